import ASLSource
import CLibYAML

/// One event of libyaml's parser, copied out of C memory.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case scalar, alias, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    enum ScalarStyle {
        case plain, singleQuoted, doubleQuoted, block
    }

    var kind: Kind
    /// libyaml's start mark, 1-based: the node's first character, its tag or anchor if it
    /// has properties, its quote if quoted.
    var start: SourcePosition
    var anchor: String?
    /// The tag as written and resolved against `%TAG` directives (`!Sub`,
    /// `tag:yaml.org,2002:str` for `!!str`); `nil` when none is written.
    var tag: String?
    /// A scalar's text; an alias's anchor name.
    var value: String = ""
    var style: ScalarStyle = .plain
}

/// What libyaml reports when it cannot go on.
struct LibYAMLError: Error {
    /// A reader error: the bytes are not text in the declared encoding.
    var isReaderError: Bool
    var problem: String
    var problemMark: SourcePosition
    var context: String?
    var contextMark: SourcePosition
}

/// libyaml's event parser over UTF-8 bytes that outlive it.
///
/// Events rather than a composed tree: the reader builds the document arena as events arrive,
/// so a document costs the arena and nothing per node besides.
final class LibYAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>

    /// `bytes` must stay valid while the parser is in use.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    func next() throws(LibYAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw error() }
        defer { yaml_event_delete(&event) }
        let start = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT: return YAMLEvent(kind: .streamStart, start: start)
        case YAML_STREAM_END_EVENT: return YAMLEvent(kind: .streamEnd, start: start)
        case YAML_DOCUMENT_START_EVENT: return YAMLEvent(kind: .documentStart, start: start)
        case YAML_DOCUMENT_END_EVENT: return YAMLEvent(kind: .documentEnd, start: start)
        case YAML_ALIAS_EVENT:
            return YAMLEvent(kind: .alias, start: start, value: Self.text(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let style: YAMLEvent.ScalarStyle =
                switch scalar.style {
                case YAML_PLAIN_SCALAR_STYLE: .plain
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
                default: .block
                }
            return YAMLEvent(
                kind: .scalar, start: start, anchor: Self.text(scalar.anchor), tag: Self.text(scalar.tag), value: value,
                style: style)
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            return YAMLEvent(kind: .sequenceStart, start: start, anchor: Self.text(sequence.anchor), tag: Self.text(sequence.tag))
        case YAML_SEQUENCE_END_EVENT: return YAMLEvent(kind: .sequenceEnd, start: start)
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            return YAMLEvent(kind: .mappingStart, start: start, anchor: Self.text(mapping.anchor), tag: Self.text(mapping.tag))
        default: return YAMLEvent(kind: .mappingEnd, start: start)
        }
    }

    private func error() -> LibYAMLError {
        func mark(_ mark: yaml_mark_t) -> SourcePosition {
            SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        let state = parser.pointee
        return LibYAMLError(
            isReaderError: state.error == YAML_READER_ERROR,
            problem: state.problem.map { String(cString: $0) } ?? "the YAML cannot be read",
            problemMark: mark(state.problem_mark), context: state.context.map { String(cString: $0) },
            contextMark: mark(state.context_mark))
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
