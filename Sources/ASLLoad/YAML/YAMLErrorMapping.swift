import ASLSource
import Yams

/// Turns a Yams error into a located `yaml-syntax` (or `yaml-too-deep`) diagnostic with the
/// line and column libyaml reports.
enum YAMLErrorMapping {
    /// `textEnd` (when given) moves a position past the end of the text to its end
    /// (`YAMLTextEnd`).
    static func diagnostic(for error: any Error, file: String, textEnd: YAMLTextEnd? = nil) -> Diagnostic {
        func place(_ mark: Mark) -> SourcePosition {
            let position = SourcePosition(line: mark.line, column: mark.column)
            return textEnd?.clamped(position) ?? position
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

