/// The loop the DOT and Mermaid escapers share: each scalar of a text becomes what the
/// escaper's replacement gives for it, when it gives anything; other control characters, which
/// no label can show, become a space; U+FFFE and U+FFFF, which XML forbids (Graphviz refuses an
/// HTML label holding one, and an SVG attribute holding one makes the SVG unreadable), become
/// U+FFFD; bidirectional controls are named (`⟨U+202E⟩`); everything else is kept.
///
/// The text is scanned as UTF-8 bytes and unchanged runs are copied whole: most names need
/// no escaping at all and come back as they are. Appending one scalar at a time was 19 % of
/// `render --format dot` on a 50,000-state machine. Replacements are for ASCII scalars only
/// (every escaper's are), so a byte at or above 0x80 needs a look only when it starts one of
/// the few non-ASCII scalars changed here: U+0600–U+063F (lead byte 0xD8, for U+061C),
/// U+2000–U+2FFF (0xE2, the other bidi controls) and U+F000–U+FFFF (0xEF, U+FFFE/U+FFFF).
struct ScalarEscaping: Sendable {
    /// What each ASCII byte becomes, `nil` when it is kept.
    private let ascii: [String?]
    /// The bytes `ascii` changes, as a bit set over 0..<128.
    private let changedLow: UInt64
    private let changedHigh: UInt64

    /// `replacement` is asked once about each ASCII scalar.
    init(_ replacement: (Unicode.Scalar) -> String?) {
        var ascii: [String?] = []
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(byte)
            let replaced = replacement(scalar) ?? (byte < 0x20 || byte == 0x7F ? " " : nil)
            ascii.append(replaced)
            if replaced != nil {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }
        self.ascii = ascii
        changedLow = low
        changedHigh = high
    }

    /// `text` escaped; `text` itself when nothing in it changes.
    func escaped(_ text: String) -> String {
        guard let first = firstChange(in: text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        append(text, from: first, to: &out)
        return out
    }

    /// `text` escaped, appended to `out`.
    func append(_ text: String, to out: inout String) {
        guard let first = firstChange(in: text) else {
            out += text
            return
        }
        append(text, from: first, to: &out)
    }

    private func isChanged(_ byte: UInt8) -> Bool {
        byte < 64 ? changedLow & (1 << UInt64(byte)) != 0 : changedHigh & (1 << UInt64(byte - 64)) != 0
    }

    /// The UTF-8 offset of the first byte that may change, `nil` when none does.
    private func firstChange(in text: String) -> Int? {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for (offset, byte) in bytes.enumerated() {
                if byte < 0x80 ? isChanged(byte) : Self.mayChange(lead: byte) { return offset }
            }
            return nil
        }
        if let found { return found }
        // Not stored as contiguous UTF-8 (a bridged string): look at a native copy.
        var copy = text
        copy.makeContiguousUTF8()
        return firstChange(in: copy)
    }

    private static func mayChange(lead byte: UInt8) -> Bool { byte == 0xD8 || byte == 0xE2 || byte == 0xEF }

    /// Appends `text` escaped, from its UTF-8 offset `start` (a scalar boundary before which
    /// nothing changes).
    private func append(_ text: String, from start: Int, to out: inout String) {
        var native = text
        native.makeContiguousUTF8()
        let text = native, utf8 = native.utf8
        /// The text between two UTF-8 offsets, both on scalar boundaries.
        func run(_ from: Int, _ to: Int) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)]
        }
        if start > 0 { out += run(0, start) }
        utf8.withContiguousStorageIfAvailable { bytes in
            var kept = start
            var i = start
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    guard isChanged(byte) else {
                        i += 1
                        continue
                    }
                    if kept < i { out += run(kept, i) }
                    out += ascii[Int(byte)]!
                    i += 1
                    kept = i
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard Self.mayChange(lead: byte) else {
                    i += length
                    continue
                }
                var value = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                let scalar = Unicode.Scalar(value)!
                let replaced: String? =
                    if value == 0xFFFE || value == 0xFFFF { "\u{FFFD}" } else if scalar.isBidiControl { scalar.bidiMarker } else { nil }
                if let replaced {
                    if kept < i { out += run(kept, i) }
                    out += replaced
                    kept = i + length
                }
                i += length
            }
            if kept < bytes.count { out += run(kept, bytes.count) }
        }
    }

    /// The scalar-by-scalar loop the fast path must agree with, byte for byte (tests compare
    /// the two on hostile strings).
    static func escapedScalarByScalar(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                out += " "
            } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                out += "\u{FFFD}"
            } else if scalar.isBidiControl {
                out += scalar.bidiMarker
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
