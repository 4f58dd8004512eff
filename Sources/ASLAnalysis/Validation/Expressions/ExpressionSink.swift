import ASLExpressions
import ASLLoad
import ASLSource

extension LocatedNode {
    /// The source position of the scalar at `offset` inside this string when its characters
    /// map one to one onto columns; otherwise the string's own position.
    func position(atOffset offset: Int) -> SourcePosition {
        guard let start = contentStart else { return position }
        return SourcePosition(line: start.line, column: start.column + offset)
    }
}

/// What the field walkers of one validation run collect: diagnostics, and the variable facts
/// the data-flow analysis reads afterwards.
struct ExpressionSink {
    let file: String
    var diagnostics: [Diagnostic] = []
    var facts: VariableFacts

    init(file: String, scopeSizes: [Int]) {
        self.file = file
        self.facts = VariableFacts(scopeSizes: scopeSizes)
    }

    /// Maps findings of a checker to diagnostics inside `node`, keeping their rule and severity.
    mutating func report(_ findings: [ExpressionFinding], in node: LocatedNode, pointer: String, state: String) {
        for finding in findings {
            diagnostics.append(Diagnostic(
                ruleID: finding.ruleID, severity: finding.severity, message: finding.message, file: file,
                position: node.position(atOffset: finding.offset), pointer: pointer, stateName: state))
        }
    }

    mutating func report(_ rule: RuleDescription, _ message: String, at position: SourcePosition, pointer: String, state: String) {
        diagnostics.append(Diagnostic(
            ruleID: rule.id, severity: rule.severity, message: message, file: file, position: position,
            pointer: pointer, stateName: state))
    }

    mutating func read(_ reads: [VariableRead], in node: LocatedNode, pointer: String, scope: Int, state: Int) {
        for read in reads {
            facts.states[scope][state].reads.append(
                VariableUse(name: read.name, position: node.position(atOffset: read.offset), pointer: pointer))
        }
    }
}
