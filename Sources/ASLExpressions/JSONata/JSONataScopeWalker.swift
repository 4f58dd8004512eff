/// Applies the Step Functions rules to a parsed expression and collects variable reads.
///
/// Walks the arena with an explicit work stack, so depth never touches the call stack.
/// Scoping: blocks `( … )` and lambda bodies open a scope; `$v := …` binds in the innermost
/// one from that point on (before its value when the value is a lambda, so recursion
/// works); lambda parameters are bound in the body. Names bound with `@$v`/`#$i` are
/// treated as bound everywhere in the expression (an over-approximation that can only hide
/// reads, never invent them).
/// - Complexity: O(nodes × scope depth).
struct JSONataScopeWalker {
    let ast: JSONataAST
    let context: JSONataContext
    var findings: [ExpressionFinding] = []
    var reads: [VariableRead] = []
    var usesMapContext = false
    private var scopes: [Set<String>] = [[]]
    private let contextBound: Set<String>

    init(ast: JSONataAST, context: JSONataContext) {
        self.ast = ast
        self.context = context
        var bound = Set<String>()
        for node in ast.nodes {
            if case .bindContext(_, let name, _) = node.kind { bound.insert(name) }
        }
        contextBound = bound
    }

    private enum Work {
        /// `top`: evaluated against the state's input, where AWS forbids implicit references.
        /// `piped`: the right side of `~>`, which receives one extra argument.
        case visit(JSONataNodeID, top: Bool, piped: Bool)
        case pushScope([String])
        case popScope
        case bind(String)
    }

    func isBound(_ name: String) -> Bool {
        contextBound.contains(name) || scopes.contains { $0.contains(name) }
    }

    mutating func run() {
        var stack: [Work] = [.visit(ast.root, top: true, piped: false)]
        while let work = stack.popLast() {
            switch work {
            case .pushScope(let names): scopes.append(Set(names))
            case .popScope: scopes.removeLast()
            case .bind(let name): scopes[scopes.count - 1].insert(name)
            case .visit(let id, let top, let piped): visit(id, top: top, piped: piped, &stack)
            }
        }
    }

    private mutating func visit(_ id: JSONataNodeID, top: Bool, piped: Bool, _ stack: inout [Work]) {
        let node = ast[id]
        /// Children are pushed in reverse so that they are visited in source order.
        func push(_ children: [JSONataNodeID], top childTop: Bool) {
            for child in children.reversed() { stack.append(.visit(child, top: childTop, piped: false)) }
        }
        switch node.kind {
        case .string, .number, .boolean, .null, .regex, .placeholder:
            break
        case .name(let name):
            if top { topLevel("the field name '\(name)'", node.offset) }
        case .wildcard, .descendants, .parent:
            if top { topLevel("a wildcard or parent step", node.offset) }
        case .variable(let name):
            variable(name, node.offset, top: top)
        case .negate(let operand):
            push([operand], top: top)
        case .binary(_, let lhs, let rhs), .condition(let lhs, let rhs, nil):
            push([lhs, rhs], top: top)
        case .condition(let test, let then, let otherwise?):
            push([test, then, otherwise], top: top)
        case .path(let lhs, let rhs):
            checkStatesField(lhs, rhs)
            push([rhs], top: false)
            push([lhs], top: top)
        case .filter(let lhs, let predicate):
            push(predicate.map { [$0] } ?? [], top: false)
            push([lhs], top: top)
        case .groupBy(let lhs, let children), .orderBy(let lhs, let children, _):
            push(children, top: false)
            push([lhs], top: top)
        case .bindContext(let lhs, _, _):
            push([lhs], top: top)
        case .array(let items), .object(let items):
            push(items, top: top)
        case .block(let items):
            stack.append(.popScope)
            push(items, top: top)
            stack.append(.pushScope([]))
        case .call(let callee, let arguments):
            push(arguments, top: top)
            if case .variable(let name) = ast[callee].kind, !name.isEmpty, name != "$" {
                resolveCall(name, argumentCount: arguments.count + (piped ? 1 : 0), ast[callee].offset)
            } else {
                push([callee], top: top)
            }
        case .lambda(let parameters, let body):
            stack.append(.popScope)
            stack.append(.visit(body, top: false, piped: false))
            stack.append(.pushScope(parameters))
        case .bind(let name, let value):
            if case .lambda = ast[value].kind {
                stack.append(.visit(value, top: top, piped: false))
                stack.append(.bind(name))
            } else {
                stack.append(.bind(name))
                stack.append(.visit(value, top: top, piped: false))
            }
        case .chain(let lhs, let rhs):
            if case .variable(let name) = ast[rhs].kind, !name.isEmpty, name != "$" {
                resolveCall(name, argumentCount: 1, ast[rhs].offset)
            } else {
                stack.append(.visit(rhs, top: top, piped: true))
            }
            push([lhs], top: top)
        case .transform(let pattern, let update, let delete):
            push([pattern, update] + (delete.map { [$0] } ?? []), top: false)
        }
    }
}
