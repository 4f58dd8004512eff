/// What one field of an ASL object may hold, and in which query language.
struct FieldSpec: Sendable {
    enum Kind: Sendable {
        case string
        case bool
        case object
        case array
        /// Any JSON value (`Result`, `Output`).
        case any
        case integer(ClosedRange<Int>)
        /// A number of at least this value (`BackoffRate` ≥ 1).
        case number(atLeast: Double, atMost: Double)
        case oneOf([String])
        /// A JSON object or, in JSONata states, a `{% %}` expression (`Arguments`, `Assign` is object only).
        case objectOrExpression
        /// An array or, in JSONata states, an expression (`Items`).
        case arrayOrExpression
        /// A boolean or an expression (`Condition`).
        case boolOrExpression
        /// A JSONPath path, or `null` (which discards input or output).
        case nullablePath
        /// `Parameters`/`ItemSelector`: an object by the specification; other JSON is accepted by
        /// AWS and reported as a warning only.
        case payloadTemplate
        /// A retrier number: an integer in range, or (JSONPath) a `$` reference resolved at run time.
        case retrierInteger(ClosedRange<Int>)
        case retrierNumber(atLeast: Double)
    }

    enum Language: Sendable {
        case both
        case jsonPathOnly
        case jsonataOnly
    }

    var name: String
    var kind: Kind
    var language: Language = .both
    var required = false

    static let maxSeconds = 99_999_999

    static func string(_ name: String, _ language: Language = .both, required: Bool = false) -> FieldSpec {
        FieldSpec(name: name, kind: .string, language: language, required: required)
    }

    static func path(_ name: String) -> FieldSpec { FieldSpec(name: name, kind: .string, language: .jsonPathOnly) }

    static func nullablePath(_ name: String) -> FieldSpec { FieldSpec(name: name, kind: .nullablePath, language: .jsonPathOnly) }

    static func seconds(_ name: String, minimum: Int = 1, maximum: Int = maxSeconds) -> FieldSpec {
        FieldSpec(name: name, kind: .integer(minimum...maximum))
    }
}
