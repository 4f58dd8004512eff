/// Arity of the functions an expression in Step Functions can call without defining them.
///
/// Minimums treat a parameter JSONata marks with `-` (taken from the context when omitted)
/// as optional, so `items.$sum()`-style calls and `~>` chains are not reported.
enum JSONataFunctions {
    struct Arity: Hashable, Sendable {
        var min: Int
        /// `nil` for variadic functions.
        var max: Int?

        func accepts(_ count: Int) -> Bool {
            count >= min && max.map { count <= $0 } ?? true
        }

        var description: String {
            guard let max else { return "at least \(min)" }
            return min == max ? "\(min)" : "\(min) to \(max)"
        }
    }

    private static func a(_ min: Int, _ max: Int?) -> Arity { Arity(min: min, max: max) }

    /// JSONata's built-in library (docs.jsonata.org function pages) plus the functions
    /// Step Functions adds (`$partition`, `$range`, `$hash`, `$random` with a seed,
    /// `$uuid`, `$parse`). Where AWS documents fewer details than JSONata, we accept the
    /// wider range so as not to report valid calls.
    static let arities: [String: Arity] = [
        // String
        "string": a(0, 2), "length": a(0, 1), "substring": a(1, 3), "substringBefore": a(1, 2),
        "substringAfter": a(1, 2), "uppercase": a(0, 1), "lowercase": a(0, 1), "trim": a(0, 1),
        "pad": a(1, 3), "contains": a(1, 2), "split": a(1, 3), "join": a(1, 2), "match": a(1, 3),
        "replace": a(2, 4), "eval": a(1, 2), "base64encode": a(0, 1), "base64decode": a(0, 1),
        "encodeUrlComponent": a(0, 1), "encodeUrl": a(0, 1), "decodeUrlComponent": a(0, 1), "decodeUrl": a(0, 1),
        // Numeric
        "number": a(0, 1), "abs": a(0, 1), "floor": a(0, 1), "ceil": a(0, 1), "round": a(0, 2),
        "power": a(1, 2), "sqrt": a(0, 1), "formatNumber": a(1, 3), "formatBase": a(0, 2),
        "formatInteger": a(1, 2), "parseInteger": a(1, 2),
        // Aggregation
        "sum": a(1, 1), "max": a(1, 1), "min": a(1, 1), "average": a(1, 1),
        // Boolean
        "boolean": a(0, 1), "not": a(0, 1), "exists": a(1, 1),
        // Array
        "count": a(1, 1), "append": a(2, 2), "sort": a(1, 2), "reverse": a(1, 1), "shuffle": a(1, 1),
        "distinct": a(1, 1), "zip": a(1, nil),
        // Object
        "keys": a(0, 1), "lookup": a(1, 2), "spread": a(0, 1), "merge": a(1, 1), "sift": a(0, 2), "clone": a(0, 1),
        "each": a(1, 2), "error": a(0, 1), "assert": a(1, 2), "type": a(1, 1),
        // Higher-order
        "map": a(2, 2), "filter": a(2, 2), "single": a(1, 2), "reduce": a(2, 3),
        // Date/time
        "now": a(0, 2), "millis": a(0, 0), "fromMillis": a(0, 3), "toMillis": a(0, 2),
        // Step Functions additions; `$random` takes an optional seed there.
        "random": a(0, 1), "partition": a(2, 2), "range": a(2, 3), "hash": a(1, 2), "uuid": a(0, 0), "parse": a(1, 1),
        // Not in the AWS guide, but LocalStack's tests (recorded against AWS) call it.
        "randomSeeded": a(1, 1),
    ]
}
