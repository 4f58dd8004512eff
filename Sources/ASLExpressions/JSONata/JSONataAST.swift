/// Index of a node in `JSONataAST.nodes`.
public typealias JSONataNodeID = Int

/// One node of a parsed JSONata expression. Children are ids into the same arena, so
/// that a very long left-deep chain (`a.b.c…`, `1+1+…`) never needs recursion to build,
/// walk or free.
public struct JSONataNode: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case string(String)
        case number(Double)
        case boolean(Bool)
        case null
        case regex(pattern: String, flags: String)
        /// A field name step (plain or backtick-quoted).
        case name(String)
        /// `$name`; `""` is the context `$`, `"$"` is the root `$$`.
        case variable(String)
        /// `*`
        case wildcard
        /// `**`
        case descendants
        /// `%`
        case parent
        /// `?` as a partial-application placeholder argument.
        case placeholder
        /// Unary minus.
        case negate(JSONataNodeID)
        /// Arithmetic, comparison, `and`, `or`, `in`, `&`, `..`, `?:`, `??`.
        case binary(op: String, JSONataNodeID, JSONataNodeID)
        /// `lhs.rhs`: rhs is evaluated once per item of lhs.
        case path(JSONataNodeID, JSONataNodeID)
        /// `lhs[predicate]`; `nil` for the keep-array form `lhs[]`.
        case filter(JSONataNodeID, predicate: JSONataNodeID?)
        /// `lhs{k: v, …}`, pairs flattened as key, value, key, value.
        case groupBy(JSONataNodeID, pairs: [JSONataNodeID])
        /// `lhs^(term, …)`; `descending` holds the terms written with `>`.
        case orderBy(JSONataNodeID, terms: [JSONataNodeID], descending: [Bool])
        /// `lhs@$name` (focus) or `lhs#$name` (index, when `isIndex`).
        case bindContext(JSONataNodeID, name: String, isIndex: Bool)
        case array([JSONataNodeID])
        /// `{k: v, …}`, pairs flattened as key, value, key, value.
        case object(pairs: [JSONataNodeID])
        /// `(e1; e2; …)`
        case block([JSONataNodeID])
        case call(callee: JSONataNodeID, arguments: [JSONataNodeID])
        /// `function($a, $b) { body }`, parameter names without `$`.
        case lambda(parameters: [String], body: JSONataNodeID)
        case condition(JSONataNodeID, then: JSONataNodeID, otherwise: JSONataNodeID?)
        /// `$name := value`
        case bind(name: String, value: JSONataNodeID)
        /// `lhs ~> rhs`
        case chain(JSONataNodeID, JSONataNodeID)
        /// `| pattern | update, delete |`
        case transform(pattern: JSONataNodeID, update: JSONataNodeID, delete: JSONataNodeID?)
    }

    public var kind: Kind
    /// Offset of the node's first token in the field text.
    public var offset: Int
}

/// A parsed JSONata expression.
public struct JSONataAST: Hashable, Sendable {
    public var nodes: [JSONataNode]
    public var root: JSONataNodeID

    public subscript(id: JSONataNodeID) -> JSONataNode { nodes[id] }
}
