import Foundation
import Testing

@testable import ASLRender

/// The progress line with a clock and a terminal of the test's own.
@Suite struct ProgressLineTests {
    final class Terminal: @unchecked Sendable {
        private let lock = NSLock()
        private var written: [String] = []
        var now = 0.0
        var output: [String] { lock.withLock { written } }
        func write(_ text: String) { lock.withLock { written.append(text) } }
    }

    static func line(_ terminal: Terminal, width: Int = 80) -> ProgressLine {
        ProgressLine(
            ProgressLine.Wording(verb: "validated", noun: "files"), width: width, delay: 0.3, interval: 0.1,
            clock: { terminal.now }, sink: { terminal.write($0) })
    }

    @Test func drawsAfterTheDelayAtMostTenTimesASecondAndClearsAtTheEnd() {
        let terminal = Terminal()
        let progress = Self.line(terminal)
        progress.start(total: 5)
        terminal.now = 0.1
        progress.advance(item: "a.json")
        #expect(terminal.output.isEmpty)
        terminal.now = 0.35
        progress.advance(item: "b.json")
        terminal.now = 0.40
        progress.advance(item: "c.json")
        terminal.now = 0.46
        progress.advance(item: "d.json")
        progress.finish()
        #expect(terminal.output == [
            "\rvalidated 2/5 files: b.json\u{1B}[K",
            "\rvalidated 4/5 files: d.json\u{1B}[K",
            "\r\u{1B}[K",
        ])
    }

    @Test func aFastRunDrawsNothing() {
        let terminal = Terminal()
        let progress = Self.line(terminal)
        progress.start(total: 2)
        progress.advance(item: "a.json")
        progress.advance(item: "b.json")
        progress.finish()
        #expect(terminal.output.isEmpty)
    }

    /// A hostile file name neither moves the cursor nor colours the terminal, and a long one
    /// is cut from the left so the line never wraps.
    @Test func namesAreEscapedAndCut() {
        let terminal = Terminal()
        let wide = Self.line(terminal, width: 80)
        wide.start(total: 9)
        terminal.now = 1
        wide.advance(item: "evil\r\u{1B}[2J\n.json")
        let narrow = Self.line(terminal, width: 40)
        narrow.start(total: 9)
        terminal.now = 2
        narrow.advance(item: "very/long/folder/names/that/go/on/order.asl.json")
        #expect(terminal.output == [
            "\rvalidated 1/9 files: evil\\r\\u{1B}[2J\\n.json\u{1B}[K",
            "\rvalidated 1/9 files: …on/order.asl.json\u{1B}[K",
        ])
        #expect(terminal.output[1].count - 4 == 39)
    }

    /// Characters outside ASCII count as two columns (they may be wide), so the line still fits.
    @Test func wideCharactersCountTwice() {
        let terminal = Terminal()
        let progress = Self.line(terminal, width: 40)
        progress.start(total: 9)
        terminal.now = 1
        progress.advance(item: "注文/注文/注文/注文/注文/order.json")
        #expect(terminal.output == ["\rvalidated 1/9 files: …/注文/order.json\u{1B}[K"])  // "…" and 16 columns: the 18 left fit
    }
}
