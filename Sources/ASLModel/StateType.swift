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
