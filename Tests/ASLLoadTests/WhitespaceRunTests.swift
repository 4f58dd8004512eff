import ASLSource
import Testing

@testable import ASLLoad

/// Whitespace skipped eight bytes at a time leaves the reader where a byte-at-a-time reading
/// would: every run of 0 to 40 bytes, at every alignment, of each JSON whitespace byte, and of
/// spaces broken by one other whitespace byte at each place, puts the next value and the next
/// error at the same line and column.
@Suite struct WhitespaceRunTests {
    static let whitespace: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]

    /// Line and column after `bytes`, counted a byte at a time (LF, CR and CR LF end a line;
    /// the text here is ASCII, so a column is a byte).
    static func position(after bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var column = 1
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// `[` after `lead` spaces, the run, `1`, the run again, then `tail`.
    static func check(run: [UInt8], lead: Int, _ comment: Comment) {
        let opening = [UInt8](repeating: 0x20, count: lead) + [UInt8(ascii: "[")] + run
        let valueAt = position(after: opening)
        let closing = opening + [UInt8(ascii: "1")] + run
        let endAt = position(after: closing)

        let read = JSONReader.parse(closing + [UInt8(ascii: "]")] + run, file: "w.json")
        #expect(read.diagnostics.isEmpty, comment)
        #expect(read.root?.position == SourcePosition(line: 1, column: lead + 1), comment)
        #expect(read.root?.arrayValue?.first?.position == valueAt, comment)

        let broken = JSONReader.parse(closing + [UInt8(ascii: "x")], file: "w.json")
        #expect(broken.root == nil, comment)
        #expect(broken.diagnostics.map(\.message) == ["expected ',' or ']', found 'x'"], comment)
        #expect(broken.diagnostics.map(\.position) == [endAt], comment)

        let unfinished = JSONReader.parse(closing, file: "w.json")
        #expect(unfinished.diagnostics.map(\.message) == ["expected ',' or ']', found end of input"], comment)
        #expect(unfinished.diagnostics.map(\.position) == [endAt], comment)
    }

    @Test func runsOfOneWhitespaceByte() {
        for byte in Self.whitespace {
            for length in 0...40 {
                for lead in 0..<8 {
                    Self.check(run: [UInt8](repeating: byte, count: length), lead: lead, "byte \(byte) length \(length) lead \(lead)")
                }
            }
        }
    }

    @Test func spacesBrokenByOtherWhitespace() {
        for byte in Self.whitespace.dropFirst() {
            for length in 1...40 {
                for place in 0..<length {
                    var run = [UInt8](repeating: 0x20, count: length)
                    run[place] = byte
                    for lead in 0..<8 {
                        Self.check(run: run, lead: lead, "byte \(byte) length \(length) at \(place) lead \(lead)")
                    }
                }
            }
        }
    }

    /// CR LF counts one line, also when the pair straddles a word.
    @Test func crLFIsOneLineAtEveryAlignment() {
        for spaces in 0...16 {
            let run = [UInt8](repeating: 0x20, count: spaces) + [0x0D, 0x0A] + [UInt8](repeating: 0x20, count: spaces)
            let read = JSONReader.parse([UInt8(ascii: "[")] + run + [UInt8(ascii: "7"), UInt8(ascii: "]")], file: "w.json")
            #expect(read.root?.arrayValue?.first?.position == SourcePosition(line: 2, column: spaces + 1), "spaces \(spaces)")
        }
    }
}
