/// A call such as `States.Format('{}', $.a)`.
public struct IntrinsicCall: Hashable, Sendable {
    /// The full name, e.g. `States.Format`.
    public var name: String
    /// Offset of the first scalar of the name.
    public var offset: Int
    public var arguments: [IntrinsicArgument]

    public init(name: String, offset: Int, arguments: [IntrinsicArgument]) {
        self.name = name
        self.offset = offset
        self.arguments = arguments
    }
}

/// One argument of an intrinsic call, with the offset of its first scalar.
public struct IntrinsicArgument: Hashable, Sendable {
    public indirect enum Value: Hashable, Sendable {
        /// A `'…'` literal, unescaped; `placeholders` counts unescaped `{}` pairs.
        case string(String, placeholders: Int)
        /// A number literal as written; `isInteger` when it has no fraction or exponent.
        case number(String, isInteger: Bool)
        case boolean(Bool)
        case null
        /// A JSONPath (`$…`, `$$…`, `$var…`) as written.
        case path(String)
        case call(IntrinsicCall)
    }

    public var value: Value
    public var offset: Int

    public init(value: Value, offset: Int) {
        self.value = value
        self.offset = offset
    }
}

/// The JSON type an intrinsic returns or a parameter expects.
public enum IntrinsicType: String, Hashable, Sendable {
    case string, number, integer, boolean, array, object, any

    /// Whether a value of type `self` can be passed where `expected` is required.
    func fits(_ expected: IntrinsicType) -> Bool {
        if self == .any || expected == .any || self == expected { return true }
        return self == .integer && expected == .number
    }
}
