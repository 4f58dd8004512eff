import ASLAnalysis
import ASLSource

/// SARIF 2.1.0 with a `rules` table drawn from the rule catalogue, so code-scanning
/// dashboards show each rule's title, description and rationale.
public struct SARIFFormatter: Sendable {
    public var toolVersion: String

    public init(toolVersion: String) { self.toolVersion = toolVersion }

    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case version
            case schema = "$schema"
            case runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "aslkit"
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var defaultConfiguration: Configuration
        var properties: [String: String]
    }

    struct Text: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }

    struct Location: Encodable { var physicalLocation: Physical }

    struct Physical: Encodable {
        var artifactLocation: Artifact
        var region: Region?
    }

    struct Artifact: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public func format(_ run: ValidationRun) -> String {
        var text = ""
        write(run, into: &text)
        return text
    }

    /// `format`, written to `stream` as it is made.
    public func write(_ run: ValidationRun, into stream: inout some TextOutputStream) {
        let catalogue = RuleCatalogue.allRules
        let used = Set(run.diagnostics.map(\.ruleID))
        var rules = catalogue.map(Self.rule)
        for id in used.sorted() where !catalogue.contains(where: { $0.id == id }) {
            rules.append(Rule(id: id, name: id, shortDescription: Text(text: id), fullDescription: Text(text: id), defaultConfiguration: Configuration(level: "error"), properties: [:]))
        }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let results = run.diagnostics.lazy.map { d in
            Result(
                ruleId: d.ruleID, ruleIndex: index[d.ruleID] ?? 0, level: Self.level(d.severity), message: Text(text: d.message),
                locations: [
                    Location(physicalLocation: Physical(
                        artifactLocation: Artifact(uri: Self.uri(d.file)),
                        region: d.position.map { Region(startLine: $0.line, startColumn: $0.column) }))
                ])
        }
        let skeleton = Log(runs: [Run(tool: Tool(driver: Driver(version: toolVersion, rules: rules)), results: [])])
        StableJSON.write(skeleton, splicing: results, at: "results", into: &stream)
    }

    static func rule(_ r: RuleDescription) -> Rule {
        var properties = ["category": r.category.rawValue]
        if let aws = r.awsCode { properties["awsCode"] = aws }
        return Rule(
            id: r.id, name: r.title, shortDescription: Text(text: r.summary), fullDescription: Text(text: r.summary + " " + r.rationale),
            defaultConfiguration: Configuration(level: level(r.severity)), properties: properties)
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative path as a URI reference: percent-encode what a URI cannot hold, and drop a
    /// leading `./` (what `aslkit validate .` finds), so code scanning matches the path to the
    /// repository's file as written.
    static func uri(_ path: String) -> String {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return URIPath.encode(String(relative))
    }
}

