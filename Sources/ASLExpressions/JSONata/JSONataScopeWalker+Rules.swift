/// The Step Functions rules applied at single nodes: top-level references, `$states`
/// fields, function names and arities, and variable reads.
extension JSONataScopeWalker {
    static let statesFields: Set<String> = ["input", "context", "result", "errorOutput"]

    mutating func topLevel(_ what: String, _ offset: Int) {
        findings.append(ExpressionFinding(
            .jsonataTopLevelReference,
            "\(what) refers to the input at the top level, which Step Functions does not support "
                + "(UNSUPPORTED_JSONATA_EXPRESSION); start from $states.input",
            at: offset))
    }

    mutating func variable(_ name: String, _ offset: Int, top: Bool) {
        switch name {
        case "": if top { topLevel("'$'", offset) }
        case "$": if top { topLevel("'$$'", offset) }
        case "states": break
        default:
            if !isBound(name) && JSONataFunctions.arities[name] == nil {
                reads.append(VariableRead(name: name, offset: offset))
            }
        }
    }

    mutating func resolveCall(_ name: String, argumentCount: Int, _ offset: Int) {
        if isBound(name) { return }
        if let arity = JSONataFunctions.arities[name] {
            if !arity.accepts(argumentCount) {
                findings.append(ExpressionFinding(
                    .jsonataArity, "$\(name) takes \(arity.description) argument(s) but is given \(argumentCount)", at: offset))
            }
        } else if context.knownVariables?.contains(name) ?? true {
            reads.append(VariableRead(name: name, offset: offset))
        } else {
            findings.append(ExpressionFinding(
                .jsonataUnknownFunction, "$\(name) is not a JSONata or Step Functions function, nor a variable in scope", at: offset))
        }
    }

    /// The field name a path step starts with, looking through predicates and `@`/`#`
    /// bindings (which bind tighter than `.`): `input` in `$states.input[0]`.
    func leadingName(_ step: JSONataNodeID) -> (name: String, offset: Int)? {
        var id = step
        while true {
            switch ast[id].kind {
            case .filter(let inner, _), .bindContext(let inner, _, _): id = inner
            case .name(let name): return (name, ast[id].offset)
            default: return nil
            }
        }
    }

    /// `$states.<field>`: the field must exist and be allowed here. Also notes
    /// `$states.context.Map…`, which is only meaningful inside a Map state.
    mutating func checkStatesField(_ lhs: JSONataNodeID, _ rhs: JSONataNodeID) {
        if case .path(let states, let field) = ast[lhs].kind, case .variable("states") = ast[states].kind,
           leadingName(field)?.name == "context", leadingName(rhs)?.name == "Map" {
            usesMapContext = true
        }
        guard case .variable("states") = ast[lhs].kind, let (field, offset) = leadingName(rhs) else { return }
        if !Self.statesFields.contains(field) {
            findings.append(ExpressionFinding(
                .jsonataUnknownStatesField,
                "'$states.\(field)' does not exist (input, context, result, errorOutput)", at: offset))
        } else if field == "result" && !context.allowsStatesResult {
            findings.append(ExpressionFinding(
                .jsonataStatesResultNotAllowed,
                "'$states.result' is only available in the Output or Assign of a Task, Map or Parallel state", at: offset))
        } else if field == "errorOutput" && !context.allowsErrorOutput {
            findings.append(ExpressionFinding(
                .jsonataStatesErrorOutputNotAllowed,
                "'$states.errorOutput' is only available in a Catcher's Output or Assign", at: offset))
        }
    }
}
