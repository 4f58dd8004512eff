import ASLSource
import Foundation  // NSLock: `Mutex` (Synchronization) needs macOS 15, the package targets macOS 13.

/// One line on a terminal saying how far a long run has got (`validated 120/774 files:
/// infra/order.asl.json`), rewritten in place with `\r` and cleared at the end.
///
/// Quiet for short runs (nothing is drawn before `delay`), and throttled (at most one redraw
/// per `interval`), so that it costs nothing on a fast run and never floods a slow terminal.
/// The item's name is hostile text: it is escaped (`TerminalText`) and cut to fit `width`, so
/// the line never wraps (a wrapped line could not be rewritten with `\r`).
public final class ProgressLine: RunProgress, @unchecked Sendable {
    /// What the line is made of; `verb` and `noun` as in "validated 12/40 files".
    public struct Wording: Sendable {
        public var verb: String
        public var noun: String

        public init(verb: String, noun: String) {
            self.verb = verb
            self.noun = noun
        }
    }

    public static let clearLine = "\r\u{1B}[K"

    private let wording: Wording
    private let width: Int
    private let delay: Double
    private let interval: Double
    private let clock: @Sendable () -> Double
    private let sink: @Sendable (String) -> Void

    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var startedAt: Double?
    private var drawnAt: Double?

    /// - Parameters:
    ///   - width: the terminal's columns; the line stays one column short of it.
    ///   - clock: seconds from any fixed origin.
    ///   - sink: receives the bytes for the terminal (standard error, or a test's buffer).
    public init(
        _ wording: Wording, width: Int = 80, delay: Double = 0.3, interval: Double = 0.1,
        clock: @escaping @Sendable () -> Double, sink: @escaping @Sendable (String) -> Void
    ) {
        self.wording = wording
        self.width = max(width, 20)
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.sink = sink
    }

    public func start(total: Int) {
        lock.withLock {
            self.total = total
            startedAt = clock()
        }
    }

    public func advance(item: String) {
        let text: String? = lock.withLock {
            done += 1
            let now = clock()
            guard let startedAt, now - startedAt >= delay else { return nil }
            if let drawnAt, now - drawnAt < interval { return nil }
            drawnAt = now
            return "\r" + line(item: item) + "\u{1B}[K"
        }
        if let text { sink(text) }
    }

    /// Removes the line, if one was drawn, leaving the cursor where the line began.
    public func finish() {
        let drawn = lock.withLock {
            defer { drawnAt = nil }
            return drawnAt != nil
        }
        if drawn { sink(Self.clearLine) }
    }

    /// `validated 12/40 files: path`, the path cut from the left to fit.
    func line(item: String) -> String {
        let count = "\(wording.verb) \(done)/\(total) \(wording.noun)"
        let room = width - 1 - count.count - 2
        let name = TerminalText.line(item)
        guard room >= 8, !name.isEmpty else { return count }
        guard Self.columns(name) > room else { return count + ": " + name }
        var shown = Substring(name)
        while Self.columns(shown) > room - 1 { shown = shown.dropFirst() }
        return count + ": …" + shown
    }

    /// Columns `text` takes at most: a character outside ASCII may be a wide one (CJK, emoji).
    static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }
}
