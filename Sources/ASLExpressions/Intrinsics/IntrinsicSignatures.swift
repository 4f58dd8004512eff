/// What the checker knows about one intrinsic function.
public struct IntrinsicSignature: Hashable, Sendable {
    public var name: String
    /// Expected type of each positional parameter; a variadic function repeats the last.
    public var parameters: [IntrinsicType]
    public var minArguments: Int
    /// `nil` when the function is variadic.
    public var maxArguments: Int?
    public var returns: IntrinsicType
    /// May be used where the field must yield a string (`ErrorPath`, `CausePath`).
    public var allowedInStringField: Bool

    /// The expected type of argument `index`.
    func parameter(_ index: Int) -> IntrinsicType {
        parameters.isEmpty ? .any : parameters[min(index, parameters.count - 1)]
    }
}

/// The intrinsic functions of the States Language (spec Appendix B, AWS intrinsic-functions page).
public enum IntrinsicSignatures {
    /// Items an `ArrayRange` may produce, and characters a Base64/Hash input may have (AWS limits).
    static let maxRangeItems = 1000
    static let maxEncodedInputLength = 10_000
    static let hashAlgorithms: Set<String> = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"]

    private static func sig(
        _ name: String, _ parameters: [IntrinsicType], _ arity: ClosedRange<Int>?, _ returns: IntrinsicType,
        string: Bool = false, variadicFrom minimum: Int = 0
    ) -> IntrinsicSignature {
        IntrinsicSignature(
            name: "States." + name, parameters: parameters,
            minArguments: arity?.lowerBound ?? minimum, maxArguments: arity?.upperBound,
            returns: returns, allowedInStringField: string)
    }

    public static let all: [String: IntrinsicSignature] = {
        let list: [IntrinsicSignature] = [
            sig("Format", [.string, .any], nil, .string, string: true, variadicFrom: 1),
            sig("StringToJson", [.string], 1...1, .any),
            sig("JsonToString", [.any], 1...1, .string, string: true),
            sig("Array", [.any], nil, .array),
            sig("ArrayPartition", [.array, .integer], 2...2, .array),
            sig("ArrayContains", [.array, .any], 2...2, .boolean),
            sig("ArrayRange", [.integer, .integer, .integer], 3...3, .array),
            // Returns whatever the item is; the language service still accepts it in string fields.
            sig("ArrayGetItem", [.array, .integer], 2...2, .any, string: true),
            sig("ArrayLength", [.array], 1...1, .integer),
            sig("ArrayUnique", [.array], 1...1, .array),
            sig("Base64Encode", [.string], 1...1, .string, string: true),
            sig("Base64Decode", [.string], 1...1, .string, string: true),
            sig("Hash", [.any, .string], 2...2, .string, string: true),
            sig("JsonMerge", [.object, .object, .boolean], 3...3, .object),
            sig("MathRandom", [.integer, .integer, .integer], 2...3, .integer),
            sig("MathAdd", [.integer, .integer], 2...2, .integer),
            sig("StringSplit", [.string, .string], 2...2, .array),
            sig("UUID", [], 0...0, .string, string: true),
        ]
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
    }()
}
