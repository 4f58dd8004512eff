import ASLSource
import Yams

/// Reads YAML into a `LocatedNode` tree through Yams's `compose` (never `YAMLDecoder`, which is
/// O(n²) on large mappings). Yams marks are 1-based, columns in Unicode scalars, which is
/// exactly `SourcePosition`.
///
/// Scalars resolve as CloudFormation expects (see `YAMLScalarResolver`); CloudFormation short
/// form tags become long form objects (see `CloudFormationShortForm`); alias expansion is
/// bounded, so exponential anchors yield `yaml-alias-limit` instead of exhausting memory.
/// - Complexity: O(n) per compose; each duplicate key costs one more compose (at most
///   `maximumDuplicateRetries`).
public enum YAMLReader {
    public static let maximumDepth = 512
    static let maximumDuplicateRetries = 64

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
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        if text.utf8.contains(0) {
            return failure(LoadRuleID.inputNotText, "the file is binary (it contains NUL bytes), not YAML text", file: file, at: nil)
        }
        let lines = SourceLines(text)
        let textEnd = YAMLTextEnd(text)
        var current = text
        var dropped: Set<SourcePosition> = []
        var diagnostics: [Diagnostic] = []
        for serial in 0...maximumDuplicateRetries {
            do {
                guard let node = try Yams.compose(yaml: current, .basic) else {
                    return failure(LoadRuleID.inputEmpty, "the file is empty", file: file, at: nil)
                }
                var converter = YAMLNodeConverter(
                    lines: lines, textEnd: textEnd, droppedKeys: dropped, budget: text.utf8.count / 2 + 100_000, maximumDepth: maximumDepth)
                do {
                    let root = try converter.convert(node)
                    return ReadResult(root: root, diagnostics: diagnostics)
                } catch {
                    let diagnostic = Diagnostic(ruleID: error.ruleID, severity: .error, message: error.message, file: file, position: error.position)
                    return ReadResult(root: nil, diagnostics: diagnostics + [diagnostic])
                }
            } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
                let key = keys.first ?? ""
                let first = SourcePosition(line: context.mark.line, column: context.mark.column)
                guard serial < maximumDuplicateRetries,
                    let found = YAMLDuplicateKeyLocator.findRepeat(of: key, after: first, in: lines)
                else {
                    let diagnostic = duplicate(key, at: first, first: nil, file: file)
                    return ReadResult(root: nil, diagnostics: diagnostics + [diagnostic])
                }
                diagnostics.append(duplicate(key, at: found.position, first: first, file: file))
                dropped.insert(found.position)
                current = YAMLDuplicateKeyLocator.renaming(current, found, serial: serial + 1)
            } catch {
                var diagnostic = YAMLErrorMapping.diagnostic(for: error, file: file, textEnd: textEnd)
                if diagnostic.ruleID == LoadRuleID.yamlTooDeep {
                    diagnostic.message = "nodes are nested more than \(maximumDepth) levels deep"
                    diagnostic.position = YAMLNestingLocator.firstTooDeepNode(in: text, limit: maximumDepth) ?? diagnostic.position
                }
                return ReadResult(root: nil, diagnostics: diagnostics + [diagnostic])
            }
        }
        return ReadResult(root: nil, diagnostics: diagnostics)
    }

    private static func duplicate(_ key: String, at position: SourcePosition, first: SourcePosition?, file: String) -> Diagnostic {
        Diagnostic(
            ruleID: LoadRuleID.yamlDuplicateKey, severity: .error,
            message: first == nil
                ? "duplicate key '\(key)'" : "duplicate key '\(key)'; the first value is kept and this one ignored",
            file: file, position: position,
            notes: first.map { [Diagnostic.Note(message: "'\(key)' first defined here", position: $0)] } ?? [])
    }

    static func failure(_ ruleID: String, _ message: String, file: String, at position: SourcePosition?) -> ReadResult {
        ReadResult(root: nil, diagnostics: [Diagnostic(ruleID: ruleID, severity: .error, message: message, file: file, position: position)])
    }
}
