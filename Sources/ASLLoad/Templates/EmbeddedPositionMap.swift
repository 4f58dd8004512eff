import ASLSource

/// Maps positions inside a string's text (a definition written as a JSON string) back onto the
/// file that holds the string.
///
/// Exact for a YAML literal block scalar (`DefinitionString: !Sub |` followed by JSON lines):
/// inner line L is file line `firstContentLine + L - 1`, shifted right by the block's indentation.
/// Exact for a single-line string without escapes (it has a `contentStart`). Otherwise (escaped
/// JSON inside a JSON string) every inner position becomes the string's own. For `Fn::Join`,
/// positions inside pieces written without escapes map exactly; the rest fall back to the
/// `Fn::Join` object.
struct EmbeddedPositionMap {
    /// A stretch of one inner line that comes from one source string.
    struct Segment {
        var line: Int
        var columns: Range<Int>
        var source: SourcePosition
    }

    private enum Kind {
        case block(firstLine: Int, indentation: Int)
        case sameLine(SourcePosition)
        case segments([Segment], fallback: SourcePosition)
        case collapsed(SourcePosition)
    }

    private let kind: Kind

    static func collapsed(to position: SourcePosition) -> EmbeddedPositionMap {
        EmbeddedPositionMap(kind: .collapsed(position))
    }

    static func segments(_ segments: [Segment], fallback: SourcePosition) -> EmbeddedPositionMap {
        EmbeddedPositionMap(kind: .segments(segments, fallback: fallback))
    }

    private init(kind: Kind) { self.kind = kind }

    init(for node: LocatedNode, text: String, lines: SourceLines?) {
        if let contentStart = node.contentStart {
            kind = .sameLine(contentStart)
        } else if let lines, let block = Self.literalBlock(text, startingAfter: node.position.line, in: lines) {
            kind = .block(firstLine: block.firstLine, indentation: block.indentation)
        } else {
            kind = .collapsed(node.position)
        }
    }

    func map(_ inner: SourcePosition) -> SourcePosition {
        switch kind {
        case .block(let firstLine, let indentation):
            SourcePosition(line: firstLine + inner.line - 1, column: inner.column + indentation)
        case .sameLine(let start):
            inner.line == 1 ? start.advanced(by: inner.column - 1) : start
        case .segments(let segments, let fallback):
            Self.segment(containing: inner, in: segments).map { $0.source.advanced(by: inner.column - $0.columns.lowerBound) }
                ?? fallback
        case .collapsed(let position):
            position
        }
    }

    /// The segment holding `inner`, by binary search: segments are made in text order (by line,
    /// then column), and an `Fn::Join` of 50,000 pieces maps every one of its nodes.
    /// - Complexity: O(log segments).
    private static func segment(containing inner: SourcePosition, in segments: [Segment]) -> Segment? {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            let start = segments[middle]
            if (start.line, start.columns.lowerBound) <= (inner.line, inner.column) { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let candidate = segments[low - 1]
        return candidate.line == inner.line && candidate.columns.contains(inner.column) ? candidate : nil
    }

    /// Checks that `text` is written line for line, at one indentation, on the lines after
    /// `headerLine` (the line of the `|` indicator); returns where it starts and how indented.
    private static func literalBlock(_ text: String, startingAfter headerLine: Int, in lines: SourceLines)
        -> (firstLine: Int, indentation: Int)?
    {
        var innerLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if innerLines.last?.isEmpty == true { innerLines.removeLast() }
        guard let firstText = innerLines.firstIndex(where: { !$0.isEmpty }),
            let indentation = lines.indentation(of: headerLine + 1 + firstText)
        else { return nil }
        let firstLine = headerLine + 1
        for (offset, inner) in innerLines.enumerated() {
            guard let source = lines.line(firstLine + offset) else { return nil }
            if inner.isEmpty {
                guard source.allSatisfy({ $0 == " " }) else { return nil }
            } else {
                let prefix = source.unicodeScalars.prefix(indentation)
                guard prefix.count == indentation, prefix.allSatisfy({ $0 == " " }),
                    source.unicodeScalars.dropFirst(indentation).elementsEqual(inner.unicodeScalars)
                else { return nil }
            }
        }
        return (firstLine, indentation)
    }
}
