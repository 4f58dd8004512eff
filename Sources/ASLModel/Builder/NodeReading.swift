import ASLLoad
import ASLSource

/// Lenient field readers: a value of the wrong type reads as absent, because the validator,
/// not the model, reports type errors.
extension LocatedNode {
    func locatedString(_ key: String) -> Located<String>? {
        guard let node = self[key], let s = node.stringValue else { return nil }
        return Located(s, at: node.position)
    }

    func int(_ key: String) -> Int? { self[key]?.numberValue?.intValue }

    func double(_ key: String) -> Double? { self[key]?.numberValue?.doubleValue }

    /// A field written as `Key` (a literal number or, in JSONata, an expression) or `KeyPath`.
    /// `pathKey` is `key` + `Path`, given by the caller so that no string is built per state.
    func dynamicInt(_ key: String, pathKey: String) -> DynamicInt? { Self.dynamicInt(value: self[key], path: self[pathKey]) }

    /// `dynamicInt(_:pathKey:)` from the two members' values, for a caller that found them already.
    static func dynamicInt(value: LocatedNode?, path: LocatedNode?) -> DynamicInt? {
        if let node = value {
            if let n = node.numberValue?.intValue { return .literal(n, node.position) }
            if let s = node.stringValue { return .jsonata(s, node.position) }
        }
        if let node = path, let s = node.stringValue {
            return .path(s, node.position)
        }
        return nil
    }

    func locatedStrings(_ key: String) -> [Located<String>] { self[key]?.locatedStringItems() ?? [] }

    /// The string items of this array (none when it is not one).
    func locatedStringItems() -> [Located<String>] {
        withElements { items in
            guard let items else { return [] }
            var strings: [Located<String>] = []
            strings.reserveCapacity(items.count)
            // The closure returns the item rather than appending it: an array captured by the
            // closure was copied on every append.
            for index in items.indices {
                let string = items.withElement(at: index) { item in item.stringValue.map { Located($0, at: item.position) } }
                if let string { strings.append(string) }
            }
            return strings
        }
    }
}

extension LocatedNode.Members {
    /// What `read` finds in the member at `offset` (as found by a one-pass field finder), or
    /// `nil` when there is no such member. The value is lent, not copied (see `withValue`).
    func read<T>(_ offset: Int?, _ read: (LocatedNode) -> T?) -> T? {
        guard let offset else { return nil }
        return withValue(at: offset, read)
    }
}
