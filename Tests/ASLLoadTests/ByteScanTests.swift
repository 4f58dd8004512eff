import ASLSource
import Testing

@testable import ASLLoad

/// The eight-bytes-at-a-time scans agree with a byte-at-a-time reading at every offset, and
/// the key table's cache never changes which id a key gets.
@Suite struct ByteScanTests {
    @Test func censusFindsAZeroAtEveryOffset() {
        for length in 0...20 {
            let clean = Array("[a,b:c".utf8.prefix(length)) + [UInt8](repeating: 0x41, count: max(0, length - 6))
            let census = clean.withUnsafeBufferPointer(StructuralBytes.census)
            #expect(!census.hasZeroByte, "length \(length)")
            #expect(census.separators == clean.filter { $0 == 0x5B || $0 == 0x2C || $0 == 0x3A }.count)
            for position in 0..<length {
                var bytes = clean
                bytes[position] = 0
                #expect(bytes.withUnsafeBufferPointer(StructuralBytes.census).hasZeroByte, "length \(length) at \(position)")
            }
        }
    }

    @Test func equalComparesEveryByte() {
        for length in 0...20 {
            let a = (0..<length).map { UInt8($0 + 1) }
            #expect(a.withUnsafeBufferPointer { x in a.withUnsafeBufferPointer { ByteWords.equal(x.baseAddress!, $0.baseAddress!, count: length) } })
            for position in 0..<length {
                var b = a
                b[position] ^= 0x40
                let same = a.withUnsafeBufferPointer { x in
                    b.withUnsafeBufferPointer { ByteWords.equal(x.baseAddress!, $0.baseAddress!, count: length) }
                }
                #expect(!same, "length \(length) at \(position)")
            }
        }
    }

    /// A string whose first special byte (quote, backslash, control, non-ASCII) sits at each
    /// offset of a word reads as before: the same value, or the same error at the same column.
    @Test func stringsStopAtTheirFirstSpecialByteAtEveryOffset() throws {
        for prefix in 0...17 {
            let run = String(repeating: "a", count: prefix)
            let escaped = try #require(JSONReader.parse("[\"\(run)\\n\(run)\"]", file: "e.json").root)
            #expect(escaped.arrayValue?.first?.stringValue == run + "\n" + run)
            let wide = try #require(JSONReader.parse("{\"\(run)é\": \"\(run)é\"}", file: "u.json").root)
            #expect(wide[run + "é"]?.stringValue == run + "é")
            let plain = try #require(JSONReader.parse("{\"\(run)\": \"\(run)\"}", file: "p.json").root)
            #expect(plain[run]?.stringValue == run)
            #expect(plain[run]?.contentStart == SourcePosition(line: 1, column: prefix + 7))
            let control = JSONReader.parse("[\"\(run)\u{01}\"]", file: "c.json")
            #expect(control.root == nil)
            #expect(control.diagnostics.map(\.position) == [SourcePosition(line: 1, column: prefix + 3)])
            #expect(control.diagnostics.first?.message == "expected a string character (control characters must be escaped), found control character U+0001")
            let open = JSONReader.parse("[\"\(run)", file: "o.json")
            #expect(open.diagnostics.map(\.message) == ["expected '\"' to close the string, found end of input"])
        }
    }

    @Test func keysSharingACacheSlotKeepTheirIds() {
        // Same length, first and last byte: one cache slot for all of them.
        let keys = ["aXb", "aYb", "aZb", "", "aXb", "a", "aYb", "", "aZb", "a"].map { Array($0.utf8) }
        var table = KeyTable()
        let ids = keys.map { key in key.withUnsafeBufferPointer { table.id(of: $0) } }
        #expect(ids == [0, 1, 2, 3, 0, 4, 1, 3, 2, 4])
        #expect(table.keys == ["aXb", "aYb", "aZb", "", "a"])
        #expect(table.id(of: "aYb") == 1)
        #expect(table.id(of: "aQb") == 5)
    }
}
