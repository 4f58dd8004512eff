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

    public var from: Int
    public var to: Int
    public var kind: Kind
    /// Where the target name is written.
    public var position: SourcePosition

    public init(from: Int, to: Int, kind: Kind, position: SourcePosition) {
        self.from = from
        self.to = to
        self.kind = kind
        self.position = position
    }
}

/// How a state can end its scope.
public enum Termination: Hashable, Sendable {
    /// `End: true`, or a Succeed state.
    case succeeds
    /// A Fail state.
    case fails
}
