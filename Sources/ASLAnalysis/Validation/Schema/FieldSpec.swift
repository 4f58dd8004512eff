import ASLLoad

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

/// What checking a member needs of its field's spec before the value check: the spec itself is
/// not copied for it (a copy of its name and kind counted references for every member).
struct FieldTraits {
    /// A test the value passes only when the spec's full check would report nothing; `other`
    /// for the kinds that need the full check.
    enum Test: UInt8 {
        case none, string, bool, object, array, nullablePath, integer, other
    }

    let test: Test
    let language: FieldSpec.Language
    /// For `integer`: the range of an integer (or a retrier's integer) field.
    let range: ClosedRange<Int>

    init(_ spec: FieldSpec) {
        language = spec.language
        range = switch spec.kind {
        case .integer(let range), .retrierInteger(let range): range
        default: 0...0
        }
        test = switch spec.kind {
        case .any: .none
        case .string: .string
        case .bool: .bool
        case .object: .object
        case .array: .array
        case .nullablePath: .nullablePath
        case .integer, .retrierInteger: .integer
        default: .other
        }
    }

    /// Whether `value` passes `test`; never for `other`.
    func passes(_ value: LocatedNode) -> Bool {
        switch test {
        case .none: true
        case .string: value.isString
        case .bool: value.boolValue != nil
        case .object: value.isObject
        case .array: value.isArray
        case .nullablePath: value.isString || value.isNull
        // A number written as an integer in range; the full check also takes `3.0`, `$.x`
        // and JSONata expressions.
        case .integer: value.numberValue.flatMap { Int($0.text) }.map(range.contains) ?? false
        case .other: false
        }
    }
}

/// The fields one kind of object accepts, with a look-up by name: every member of every object
/// of a machine is looked up, and a linear search of a state's thirty-odd names cost more than
/// the checks of the value found. What the walker needs to know of a field besides its spec
/// (its role in a state, its exclusive groups, whether it pairs with an `X` for `XPath`) is
/// kept by index too, so that the one look-up per member answers all of it.
///
/// A class: it is handed to the walker for every object, and a copy of three arrays counted
/// three references, a copy of this one.
final class FieldSpecList: Sendable {
    let specs: [FieldSpec]
    /// Indices of `specs` by the UTF-8 length of the name; a key of another length is no field.
    private let byLength: [[Int]]
    /// For each spec, the index of the first spec of the same name (what a look-up returns).
    private let firstOfName: [Int]
    /// For each spec, what `checkState` reads it for.
    private let roles: [StateFields.Role?]
    private let traits: [FieldTraits]
    /// For each spec, its exclusive groups, a 1 in the byte of each (see `ExclusiveGroups`).
    private let groupIncrements: [UInt64]
    /// The specs named `XPath` whose `X` is a spec too (bits by index).
    private let pathPairs: UInt64
    /// The first index of the name of each required spec (bits by index).
    private let requiredFirsts: UInt64

    /// `groups`: the exclusive groups of the state type these are the fields of; each name
    /// in them must be a spec, so that counting the members found counts every listed one.
    init(_ specs: [FieldSpec], groups: ExclusiveGroups? = nil) {
        precondition(specs.count <= 64, "a FieldSet holds 64 fields")
        self.specs = specs
        var byLength = [[Int]](repeating: [], count: (specs.map(\.name.utf8.count).max() ?? 0) + 1)
        var firstOfName: [Int] = []
        for (index, spec) in specs.enumerated() {
            let sameName = byLength[spec.name.utf8.count].first { specs[$0].name == spec.name }
            if sameName == nil { byLength[spec.name.utf8.count].append(index) }
            firstOfName.append(sameName ?? index)
        }
        self.byLength = byLength
        self.firstOfName = firstOfName
        roles = specs.map { StateFields.Role(key: $0.name) }
        traits = specs.map(FieldTraits.init)
        func firstIndex(of name: String) -> Int? {
            let length = name.utf8.count
            return length < byLength.count ? byLength[length].first { specs[$0].name == name } : nil
        }
        var groupIncrements = [UInt64](repeating: 0, count: specs.count)
        for (group, entry) in (groups?.groups ?? []).enumerated() {
            for name in entry.fields {
                guard let index = firstIndex(of: name) else { preconditionFailure("\(name) is in a group but not a field") }
                groupIncrements[index] |= 1 << UInt64(8 * group)
            }
        }
        self.groupIncrements = groupIncrements
        var pathPairs: UInt64 = 0
        var requiredFirsts: UInt64 = 0
        for (index, spec) in specs.enumerated() {
            if FieldWalker.endsInPath(spec.name), firstIndex(of: String(spec.name.dropLast(4))) != nil {
                pathPairs |= 1 << UInt64(index)
            }
            if spec.required { requiredFirsts |= 1 << UInt64(firstOfName[index]) }
        }
        self.pathPairs = pathPairs
        self.requiredFirsts = requiredFirsts
    }

    static func + (list: FieldSpecList, more: [FieldSpec]) -> FieldSpecList { FieldSpecList(list.specs + more) }

    /// The index of the first spec named `key`.
    func index(of key: String) -> Int? {
        let length = key.utf8.count
        guard length < byLength.count else { return nil }
        for index in byLength[length] where specs[index].name == key { return index }
        return nil
    }

    /// Whether the spec at `index` is present when the specs at the indices `found` holds are:
    /// a name listed twice is found at its first index.
    func isPresent(_ index: Int, found: FieldSet) -> Bool { found.contains(firstOfName[index]) }

    /// Whether a required spec is missing when the specs `found` holds are present.
    func missesRequired(found: FieldSet) -> Bool { !found.containsAll(requiredFirsts) }

    func role(_ index: Int) -> StateFields.Role? { roles[index] }

    func traits(_ index: Int) -> FieldTraits { traits[index] }

    func groupIncrement(_ index: Int) -> UInt64 { groupIncrements[index] }

    /// Whether the spec at `index` is named `XPath` and `X` is a spec too.
    func pairsWithBase(_ index: Int) -> Bool { pathPairs & 1 << UInt64(index) != 0 }
}

/// Groups of fields of which a state may have only one (`TimeoutSeconds`, `TimeoutSecondsPath`),
/// for one state type; `required` when it must have one. Counted by `FieldWalker.checkMembers`,
/// a byte per group (group 0 lowest): keys are unique in an object, so a count never passes
/// the four names of a group.
final class ExclusiveGroups: Sendable {
    let groups: [(fields: [String], required: Bool)]

    init(_ groups: [(fields: [String], required: Bool)]) {
        precondition(groups.count <= 8, "counts are kept a byte per group")
        self.groups = groups
    }

    var isEmpty: Bool { groups.isEmpty }
}

/// A set of indices into one `FieldSpecList` (at most 64 specs: a Map state has 32).
struct FieldSet {
    private var bits: UInt64 = 0
    mutating func insert(_ index: Int) { bits |= 1 << UInt64(index) }
    func contains(_ index: Int) -> Bool { bits & (1 << UInt64(index)) != 0 }
    func containsAll(_ mask: UInt64) -> Bool { bits & mask == mask }
}
