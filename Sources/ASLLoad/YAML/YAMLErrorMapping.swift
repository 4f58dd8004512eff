import ASLSource
import Yams

/// Turns a Yams error into a located `yaml-syntax` (or `yaml-too-deep`) diagnostic with the
/// line and column libyaml reports.
enum YAMLErrorMapping {
    /// `text` (when given) moves a position past the end of the text to the end of its last
    /// line: at the end of a text without a final line break, libyaml reports the line after
    /// the last one, which no editor or annotation can show.
    static func diagnostic(for error: any Error, file: String, text: String? = nil) -> Diagnostic {
        let end = text.map { SourcePosition(endOf: $0) }
        func place(_ mark: Mark) -> SourcePosition {
            let position = SourcePosition(line: mark.line, column: mark.column)
            guard let end, position.line > end.line else { return position }
            return end
        }
        var message = "\(error)"
        var position: SourcePosition?
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                .composer(let context, let problem, let mark, _):
                position = place(mark)
                message = problem + (context.map { " (\($0.text) at \(place($0.mark)))" } ?? "")
            case .reader(let problem, _, _, _):
                return Diagnostic(ruleID: LoadRuleID.inputNotText, severity: .error, message: problem, file: file, position: nil)
            default:
                break
            }
        }
        let tooDeep = message.contains("nesting level")
        return Diagnostic(
            ruleID: tooDeep ? LoadRuleID.yamlTooDeep : LoadRuleID.yamlSyntax, severity: .error,
            message: tooDeep ? "nodes are nested too deeply (libyaml's limit)" : message, file: file, position: position)
    }
}

/// Where libyaml's last line ends: lines counted by every break libyaml knows (LF, CR, CRLF,
/// NEL, LS, PS), columns in scalars, the position just after the last character.
private extension SourcePosition {
    init(endOf text: String) {
        var line = 1
        var column = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where afterCR: break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default: column += 1
            }
            afterCR = scalar == "\r"
        }
        self.init(line: line, column: column)
    }
}
