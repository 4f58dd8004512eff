/// The eight state types of the States Language.
public enum StateType: String, Hashable, Sendable, CaseIterable {
    case task = "Task"
    case pass = "Pass"
    case choice = "Choice"
    case wait = "Wait"
    case succeed = "Succeed"
    case fail = "Fail"
    case parallel = "Parallel"
    case map = "Map"

    /// Types that may carry `Retry` and `Catch`.
    public var acceptsErrorHandling: Bool { self == .task || self == .parallel || self == .map }

    /// Types that end their scope without `End` or `Next`.
    public var isTerminalByType: Bool { self == .succeed || self == .fail }
}

extension StateType {
    /// `init(rawValue:)`, with the one case a name can be picked by its length and first byte
    /// and then compared: the synthesized initializer compared the name with each case in turn
    /// (about 290 instructions for each state of a machine). The result is the same for every
    /// string: no case contains a `K`, the one ASCII letter with a non-ASCII canonical
    /// equivalent (U+212A), so a name equal to a case has the case's bytes and length.
    init?(name: String) {
        let candidate: StateType
        switch name.utf8.count {
        case 3: candidate = .map
        case 4:
            switch name.utf8.first {
            case UInt8(ascii: "T"): candidate = .task
            case UInt8(ascii: "P"): candidate = .pass
            case UInt8(ascii: "W"): candidate = .wait
            case UInt8(ascii: "F"): candidate = .fail
            default: return nil
            }
        case 6: candidate = .choice
        case 7: candidate = .succeed
        case 8: candidate = .parallel
        default: return nil
        }
        guard name == candidate.rawValue else { return nil }
        self = candidate
    }
}
