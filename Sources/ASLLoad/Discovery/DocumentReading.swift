import ASLSource

/// Chooses the reader for a file: JSON for `.json`, YAML for `.yaml`/`.yml`, and by the first
/// character for anything else (`{` or `[` means JSON).
enum DocumentReading {
    static func read(bytes: [UInt8], path: String) -> ReadResult {
        if isJSON(path: path, firstByte: bytes.first { !isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) {
            return JSONReader.parse(bytes, file: path)
        }
        return YAMLReader.parse(bytes, file: path)
    }

    static func read(text: String, path: String) -> ReadResult {
        if isJSON(path: path, firstByte: text.utf8.first { !isSpace($0) }) {
            return JSONReader.parse(text, file: path)
        }
        return YAMLReader.parse(text, file: path)
    }

    private static func isJSON(path: String, firstByte: UInt8?) -> Bool {
        let name = FilePaths.lowercasedName(path)
        if name.hasSuffix(".json") { return true }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return false }
        return firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
