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
    /// `state-<slug>` by name, made once: made on each call, a node's id and the id of every
    /// edge into it were a string each (9 MB of the edges of 105,000 small states).
    private let idByName: [String: String]
    private let repeatedNames: Set<String>

    /// States given as (scope pointer, name), so that a name repeated in another scope gets
    /// ids of its own.
    public init(states: [(scope: String, name: String)]) {
        // The first scope of each name, and the names found in another scope too: a set of
        // scopes per name cost a set per state.
        var firstScope: [String: String] = [:]
        firstScope.reserveCapacity(states.count)
        var repeated: Set<String> = []
        for state in states {
            if let scope = firstScope[state.name] {
                if scope != state.scope { repeated.insert(state.name) }
            } else {
                firstScope[state.name] = state.scope
            }
        }
        self.init(names: states.map(\.name), repeated: repeated)
    }

    public init<S: Sequence>(names: S) where S.Element == String {
        self.init(names: names, repeated: [])
    }

    private init<S: Sequence>(names: S, repeated: Set<String>) where S.Element == String {
        repeatedNames = repeated
        // Each distinct name's slug, then whether two distinct names share a slug.
        var slugByName: [String: String] = [:]
        var nameBySlug: [String: String] = [:]
        var shared: Set<String> = []
        for name in names where slugByName[name] == nil {
            let slug = Self.baseSlug(name)
            slugByName[name] = slug
            if let other = nameBySlug[slug] {
                if other != name { shared.insert(slug) }
            } else {
                nameBySlug[slug] = name
            }
        }
        for (name, slug) in slugByName where shared.contains(slug) || slug.isEmpty {
            slugByName[name] = Self.hashed(slug, name)
        }
        idByName = slugByName.mapValues { Self.idPrefix + $0 }
    }

    /// The slug for `name` (names not given to `init` get the hashed form, still stable).
    public func slug(_ name: String) -> String {
        idByName[name].map { String(Substring($0.utf8.dropFirst(Self.idPrefix.utf8.count))) } ?? Self.hashed(Self.baseSlug(name), name)
    }

    public func stateID(_ name: String) -> String { idByName[name] ?? Self.idPrefix + Self.hashed(Self.baseSlug(name), name) }

    private static let idPrefix = "state-"

    /// The slug for the state `name` of the scope at `pointer`.
    public func slug(_ name: String, inScope pointer: String) -> String {
        repeatedNames.contains(name) ? Self.hashed(Self.baseSlug(name), pointer + "\u{0}" + name) : slug(name)
    }

    public func stateID(_ name: String, inScope pointer: String) -> String {
        repeatedNames.contains(name) ? Self.idPrefix + slug(name, inScope: pointer) : stateID(name)
    }

    static func baseSlug(_ name: String) -> String {
        var out: [UInt8] = []
        var pendingDash = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte | (byte >= UInt8(ascii: "A") ? 0x20 : 0))  // lower case
                if out.count >= 60 { return String(decoding: out.prefix(60), as: UTF8.self) }
            default:
                // Any other byte, including every byte of a non-ASCII scalar.
                pendingDash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
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
