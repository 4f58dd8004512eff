import ASLModel
import ASLSource

/// A transition between two states of one scope, with what drives it.
public struct FlowEdge: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `Next` of a non-Choice state.
        case next
        /// Choice rule at this index (0-based) in `Choices`.
        case choiceRule(Int)
        case choiceDefault
        /// Catcher at this index (0-based) in `Catch`.
        case catcher(Int)

        /// Stable short name for output formats and CSS classes.
        public var name: String {
            switch self {
            case .next: "next"
            case .choiceRule: "choice"
            case .choiceDefault: "default"
            case .catcher: "catch"
            }
        }
    }

    /// Stored in 32-bit fields (20 bytes instead of 48): a scope has an edge or two per state
    /// and keeps them all. State indices and positions beyond 2^31 - 1 cannot occur in a
    /// document that fits in memory; positions are clamped as the reader's are.
    private let storedFrom: Int32
    private let storedTo: Int32
    /// `next` 0, `choiceDefault` 1, `choiceRule(i)` 2 + 2i, `catcher(i)` 3 + 2i.
    private let storedKind: Int32
    private let storedLine: Int32
    private let storedColumn: Int32

    public var from: Int { Int(storedFrom) }
    public var to: Int { Int(storedTo) }

    public var kind: Kind {
        switch storedKind {
        case 0: .next
        case 1: .choiceDefault
        case let code where code % 2 == 0: .choiceRule(Int(code - 2) / 2)
        case let code: .catcher(Int(code - 3) / 2)
        }
    }

    /// Where the target name is written.
    public var position: SourcePosition { SourcePosition(line: Int(storedLine), column: Int(storedColumn)) }

    public init(from: Int, to: Int, kind: Kind, position: SourcePosition) {
        storedFrom = Int32(from)
        storedTo = Int32(to)
        storedKind = switch kind {
        case .next: 0
        case .choiceDefault: 1
        case .choiceRule(let i): Int32(clamping: 2 + 2 * i)
        case .catcher(let i): Int32(clamping: 3 + 2 * i)
        }
        storedLine = Int32(clamping: position.line)
        storedColumn = Int32(clamping: position.column)
    }
}

/// How a state can end its scope.
public enum Termination: Hashable, Sendable {
    /// `End: true`, or a Succeed state.
    case succeeds
    /// A Fail state.
    case fails
}
