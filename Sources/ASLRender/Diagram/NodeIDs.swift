/// Stable, unique, CSS- and XML-safe ids for states (`state-<slug>`).
///
/// The slug is the name lower-cased with every run of other characters turned into `-`. When
/// two names share a slug ("Fan out" and "Fan-out"), or a name has no ASCII letters or digits,
/// every such name gets an 8-hex-digit FNV-1a hash of its exact text appended, so an id never
/// depends on document order and renaming one state does not renumber the others.
public struct NodeIDs: Sendable {
    private let slugByName: [String: String]

    public init<S: Sequence>(names: S) where S.Element == String {
        var namesBySlug: [String: Set<String>] = [:]
        for name in names { namesBySlug[Self.baseSlug(name), default: []].insert(name) }
        var result: [String: String] = [:]
        for (slug, names) in namesBySlug {
            for name in names {
                result[name] = names.count > 1 || slug.isEmpty ? Self.hashed(slug, name) : slug
            }
        }
        slugByName = result
    }

    /// The slug for `name` (names not given to `init` get the hashed form, still stable).
    public func slug(_ name: String) -> String {
        slugByName[name] ?? Self.hashed(Self.baseSlug(name), name)
    }

    public func stateID(_ name: String) -> String { "state-" + slug(name) }

    static func baseSlug(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out += String(scalar).lowercased()
            } else {
                pendingDash = true
            }
        }
        return String(out.prefix(60))
    }

    static func hashed(_ slug: String, _ name: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        let padded = String(repeating: "0", count: 8 - hex.count) + hex
        return slug.isEmpty ? padded : slug + "-" + padded
    }
}
