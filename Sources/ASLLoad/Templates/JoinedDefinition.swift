import ASLSource

/// The text of an `Fn::Join` definition (`{"Fn::Join": [delimiter, [pieces]]}`), with a position
/// map that sends every character of a piece written without escapes back to its source.
/// Non-string pieces (`{"Ref": ..}`, `{"Fn::GetAtt": ..}`) become placeholder text.
enum JoinedDefinition {
    /// - Complexity: O(length of the joined text).
    static func make(_ join: LocatedNode, resolver: IntrinsicResolver) -> (text: String, map: EmbeddedPositionMap)? {
        guard let operand = join["Fn::Join"], let items = operand.arrayValue, items.count == 2,
            let pieces = items[1].arrayValue
        else { return nil }
        let delimiter = items[0].stringValue ?? ""
        var text = ""
        var segments: [EmbeddedPositionMap.Segment] = []
        var line = 1
        var column = 1
        func append(_ part: String) {
            text += part
            for scalar in part.unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
        }
        for (index, piece) in pieces.enumerated() {
            if index > 0 { append(delimiter) }
            let part = piece.stringValue ?? resolver.intrinsicText(piece) ?? "${Value}"
            if piece.stringValue != nil, let start = piece.contentStart, !part.isEmpty, !part.contains("\n") {
                let length = part.unicodeScalars.count
                segments.append(.init(line: line, columns: column..<(column + length), source: start))
            }
            append(part)
        }
        return (text, .segments(segments, fallback: join.position))
    }
}
