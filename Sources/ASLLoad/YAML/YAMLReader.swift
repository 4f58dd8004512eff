import ASLSource

/// Reads YAML into a `LocatedNode` document through libyaml's event parser (`LibYAMLParser`,
/// `YAMLEventReader`). libyaml marks are 0-based with columns in Unicode scalars; plus one,
/// they are exactly `SourcePosition`.
///
/// Scalars resolve as CloudFormation expects (see `YAMLScalarResolver`); CloudFormation short
/// form tags become long form objects (see `CloudFormationShortForm`); a repeated key is
/// reported and its value dropped; alias expansion is bounded, so exponential anchors yield
/// `yaml-alias-limit` instead of exhausting time or memory.
/// - Complexity: O(n) in the size of the text.
public enum YAMLReader {
    public static let maximumDepth = 512

    public static func parse(_ bytes: [UInt8], file: String) -> ReadResult {
        if let encoding = UnicodeEncodingSniffer.wideEncoding(of: bytes) {
            return failure(LoadRuleID.inputNotText, UnicodeEncodingSniffer.message(for: encoding), file: file, at: nil)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return failure(LoadRuleID.inputNotText, "the file is not UTF-8 text", file: file, at: nil)
        }
        return parse(text, file: file)
    }

    public static func parse(_ text: String, file: String) -> ReadResult {
        // libyaml counts a byte order mark as a column; the JSON reader does not. Drop it so
        // both agree with editors.
        var text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        if text.utf8.contains(0) {
            return failure(LoadRuleID.inputNotText, "the file is binary (it contains NUL bytes), not YAML text", file: file, at: nil)
        }
        let lines = SourceLines(text)
        var reader = YAMLEventReader(
            file: file, lines: lines, textEnd: YAMLTextEnd(text), budget: text.utf8.count / 2 + 100_000,
            maximumDepth: maximumDepth)
        return text.withUTF8 { bytes in
            let parser = LibYAMLParser(bytes: bytes)
            do throws(YAMLEventReader.Failure) {
                guard let root = try reader.read(from: parser) else {
                    return failure(LoadRuleID.inputEmpty, "the file is empty", file: file, at: nil)
                }
                return ReadResult(root: root, diagnostics: reader.diagnostics)
            } catch {
                let diagnostic = Diagnostic(
                    ruleID: error.ruleID, severity: .error, message: error.message, file: file, position: error.position)
                return ReadResult(root: nil, diagnostics: reader.diagnostics + [diagnostic])
            }
        }
    }

    static func failure(_ ruleID: String, _ message: String, file: String, at position: SourcePosition?) -> ReadResult {
        ReadResult(root: nil, diagnostics: [Diagnostic(ruleID: ruleID, severity: .error, message: message, file: file, position: position)])
    }
}
