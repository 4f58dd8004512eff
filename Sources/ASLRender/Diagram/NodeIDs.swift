/// Stable, unique, CSS- and XML-safe ids for states (`state-<slug>`).
///
/// The slug is the name lower-cased with every run of other characters turned into `-`. When
/// two names share a slug ("Fan out" and "Fan-out"), or a name has no ASCII letters or digits,
/// every such name gets an 8-hex-digit FNV-1a hash of its exact text appended, so an id never
/// depends on document order and renaming one state does not renumber the others.
///
/// A name used by states of several scopes (invalid: `state-name-duplicate`, but drawn all the
/// same) gets one id per scope, the hash taken over the scope's pointer and the name: with one
/// id, DOT and Mermaid merged the states into one node (found by the `diagram` fuzz target).
public struct NodeIDs: Sendable {
    private let slugByName: [String: String]
    private let repeatedNames: Set<String>

    /// States given as (scope pointer, name), so that a name repeated in another scope gets
    /// ids of its own.
    public init(states: [(scope: String, name: String)]) {
        var scopesByName: [String: Set<String>] = [:]
        for state in states { scopesByName[state.name, default: []].insert(state.scope) }
        self.init(names: states.map(\.name), repeated: Set(scopesByName.filter { $0.value.count > 1 }.keys))
    }

    public init<S: Sequence>(names: S) where S.Element == String {
        self.init(names: names, repeated: [])
    }

    private init<S: Sequence>(names: S, repeated: Set<String>) where S.Element == String {
        repeatedNames = repeated
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

    /// The slug for the state `name` of the scope at `pointer`.
    public func slug(_ name: String, inScope pointer: String) -> String {
        repeatedNames.contains(name) ? Self.hashed(Self.baseSlug(name), pointer + "\u{0}" + name) : slug(name)
    }

    public func stateID(_ name: String, inScope pointer: String) -> String { "state-" + slug(name, inScope: pointer) }

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
