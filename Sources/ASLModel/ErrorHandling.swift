import ASLLoad
import ASLSource

/// One entry of a state's `Retry` array, with the specification's defaults filled in.
public struct Retrier: Hashable, Sendable {
    public static let defaultIntervalSeconds = 1
    public static let defaultMaxAttempts = 3
    public static let defaultBackoffRate = 2.0

    public enum Jitter: String, Hashable, Sendable {
        case none = "NONE"
        case full = "FULL"
    }

    public var errorEquals: [Located<String>]
    public var intervalSeconds: Int
    public var maxAttempts: Int
    public var backoffRate: Double
    public var maxDelaySeconds: Int?
    public var jitter: Jitter
    public var index: Int
    public var node: LocatedNode

    public init(
        errorEquals: [Located<String>], intervalSeconds: Int, maxAttempts: Int, backoffRate: Double,
        maxDelaySeconds: Int?, jitter: Jitter, index: Int, node: LocatedNode
    ) {
        self.errorEquals = errorEquals
        self.intervalSeconds = intervalSeconds
        self.maxAttempts = maxAttempts
        self.backoffRate = backoffRate
        self.maxDelaySeconds = maxDelaySeconds
        self.jitter = jitter
        self.index = index
        self.node = node
    }

    public var errorNames: [String] { errorEquals.map(\.value) }
}

/// One entry of a state's `Catch` array.
public struct Catcher: Hashable, Sendable {
    public var errorEquals: [Located<String>]
    public var next: Located<String>?
    public var index: Int
    public var node: LocatedNode

    public init(errorEquals: [Located<String>], next: Located<String>?, index: Int, node: LocatedNode) {
        self.errorEquals = errorEquals
        self.next = next
        self.index = index
        self.node = node
    }

    public var errorNames: [String] { errorEquals.map(\.value) }
}
