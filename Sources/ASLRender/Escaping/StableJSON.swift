import Foundation

/// Deterministic JSON: sorted keys, pretty-printed, slashes unescaped, and a final newline;
/// written in pieces, with the bytes of encoding the whole value at once.
///
/// JSONEncoder builds a tree of the whole value before it writes a byte, several times the
/// size of its output: a SARIF log of 50,000 findings peaked at 238 MB. Here a value is
/// encoded as a skeleton whose large arrays are empty, and their elements are encoded 256 at
/// a time, each batch indented to its place in the whole (sound because encoded strings never
/// hold a raw newline), and written to the stream as they are made. A spliced element may
/// itself be a skeleton with arrays spliced in (a diff's machines, each with its changes).
enum StableJSON {
    /// Writes `skeleton` (and a newline) with its array at `key` holding `elements`; the
    /// skeleton has that array empty, and no other array of that name.
    static func write<Element: Encodable, Stream: TextOutputStream>(
        _ skeleton: some Encodable, splicing elements: some Collection<Element>, at key: String, into stream: inout Stream
    ) {
        write(skeleton, splicing: [key], into: &stream) { _, indent, stream in
            writeElements(elements, indent: indent, into: &stream)
        }
        stream.write("\n")
    }

    /// Writes `skeleton` without a final newline, every line after its first indented by
    /// `indent`, with the empty arrays named `keys` filled by `fill`. `fill` is given the index
    /// in `keys` and the indentation of the array's brackets, writes the elements (see
    /// `writeElements`), and says whether it wrote any: an array left empty keeps the
    /// encoder's form of an empty array.
    static func write<Stream: TextOutputStream>(
        _ skeleton: some Encodable, indent: [UInt8] = [], splicing keys: [String], into stream: inout Stream,
        fill: (_ key: Int, _ indent: [UInt8], _ stream: inout Stream) -> Bool
    ) {
        guard let data = try? encoder().encode(skeleton) else { return stream.write("{}") }
        let text = indented(data, by: indent)
        // An empty array is written `[`, an empty line, and `]` on its key's indentation.
        let places = keys.indices.compactMap { index in
            text.firstRange(of: Array("\"\(keys[index])\" : [\n\n".utf8)).map { (key: index, marker: $0) }
        }.sorted { $0.marker.lowerBound < $1.marker.lowerBound }
        var written = 0
        for place in places {
            let lineStart = text[..<place.marker.lowerBound].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let bracket = place.marker.upperBound - 2
            stream.write(String(decoding: text[written..<bracket], as: UTF8.self))
            let filled = fill(place.key, Array(text[lineStart..<place.marker.lowerBound]), &stream)
            // After elements, one line break before the closing bracket; else the empty line.
            written = filled ? place.marker.upperBound - 1 : bracket
        }
        stream.write(String(decoding: text[written...], as: UTF8.self))
    }

    /// Writes `elements` as the elements of a spliced array whose brackets are indented by
    /// `indent`, encoding them 256 at a time. Returns whether there were any.
    @discardableResult
    static func writeElements<Element: Encodable, Stream: TextOutputStream>(
        _ elements: some Collection<Element>, indent: [UInt8], into stream: inout Stream
    ) -> Bool {
        let encoder = encoder()
        var batch: [Element] = []
        batch.reserveCapacity(256)
        var out: [UInt8] = []
        var first = true
        func flush() {
            // Strings and integers always encode; a batch that did not would be left out, and the
            // report stay valid JSON.
            defer { batch.removeAll(keepingCapacity: true) }
            guard let data = try? encoder.encode(batch) else { return }
            // Within a batch the encoder separates the elements; between batches, this comma.
            // Bytes, not Characters: splitting a String into lines walks grapheme clusters.
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            // `[`, the elements indented by two, `]`: the brackets are dropped.
            let lines = [UInt8](data).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for line in lines.dropFirst().dropLast() {
                out.append(UInt8(ascii: "\n"))
                if !line.isEmpty { out += indent }
                out += line
            }
            stream.write(String(decoding: out, as: UTF8.self))
            out.removeAll(keepingCapacity: true)
        }
        for element in elements {
            batch.append(element)
            if batch.count == 256 { flush() }
        }
        if !batch.isEmpty { flush() }
        return !first
    }

    /// Starts the next element of a spliced array whose brackets are indented by `indent`, for
    /// a `fill` that writes elements itself: the separator, a line break and the element's
    /// indentation. The element then writes its lines after the first indented by
    /// `elementIndent(indent)`.
    static func beginElement<Stream: TextOutputStream>(first: inout Bool, indent: [UInt8], into stream: inout Stream) {
        stream.write((first ? "\n" : ",\n") + String(decoding: elementIndent(indent), as: UTF8.self))
        first = false
    }

    static func elementIndent(_ indent: [UInt8]) -> [UInt8] { indent + Array("  ".utf8) }

    /// Writes a top-level array of `count` elements (and a newline) as the encoder would,
    /// `element` writing element `index` with its lines after the first indented by the
    /// indentation it is given.
    static func writeArray<Stream: TextOutputStream>(
        count: Int, into stream: inout Stream, element: (_ index: Int, _ indent: [UInt8], _ stream: inout Stream) -> Void
    ) {
        guard count > 0 else { return stream.write("[\n\n]\n") }
        stream.write("[")
        var first = true
        for index in 0..<count {
            beginElement(first: &first, indent: [], into: &stream)
            element(index, elementIndent([]), &stream)
        }
        stream.write("\n]\n")
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// The encoder's bytes with `indent` before every non-empty line but the first.
    private static func indented(_ data: Data, by indent: [UInt8]) -> [UInt8] {
        guard !indent.isEmpty else { return [UInt8](data) }
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var atLineStart = false
        for byte in data {
            if atLineStart && byte != UInt8(ascii: "\n") { out += indent }
            atLineStart = byte == UInt8(ascii: "\n")
            out.append(byte)
        }
        return out
    }
}
