import ASLLoad
import ASLSource
import Foundation
import Testing

/// Files a template names (SAM `DefinitionUri`, Serverless `${file(...)}`) are read only inside
/// the root: the git top level, else the directory given (`../shared/repro/definitionuri_outside`,
/// rebuilt here). A refusal is located, never quotes the target, and reads the same whether or
/// not the target exists.
@Suite struct PathConfinementTests {
    private static let secret = "runner-secret-7f3a"
    /// A machine whose state name is the secret: if it were read, findings would print it.
    private static let secretMachine = #"{"StartAt": "runner-secret-7f3a", "States": {"runner-secret-7f3a": {"Type": "Pass"}}}"#
    private let machine = #"{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"#

    /// `outside/secret.asl.json` beside `repo/`, a git top level (a `.git` folder).
    private struct Layout {
        let base: TemporaryDirectory
        var repo: String { base.path + "/repo" }
        var secretFile: String { base.path + "/outside/secret.asl.json" }

        init() throws {
            base = try TemporaryDirectory()
            try base.write("outside/secret.asl.json", PathConfinementTests.secretMachine)
            try FileManager.default.createDirectory(atPath: base.path + "/repo/.git", withIntermediateDirectories: true)
        }

        func link(_ relativePath: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: repo + "/" + relativePath, withDestinationPath: destination)
        }
    }

    private func samTemplate(_ uris: [String]) -> String {
        "Resources:\n" + uris.enumerated().map { index, uri in
            "  M\(index):\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: \(uri)\n"
        }.joined()
    }

    private func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

    private func expectNoSecret(_ result: LoadResult) {
        #expect(result.machines.isEmpty)
        for diagnostic in result.diagnostics { #expect(!diagnostic.message.contains(Self.secret)) }
    }

    @Test func escapesAbsolutePathsAndLinksOutOfTheRootAreRefused() throws {
        let layout = try Layout()
        defer { layout.base.remove() }
        try FileManager.default.createDirectory(atPath: layout.repo + "/sfn", withIntermediateDirectories: true)
        try layout.link("sfn/link.asl.json", to: layout.secretFile)
        try layout.link("sfn/dangling.asl.json", to: layout.base.path + "/outside/none.asl.json")
        try layout.link("up", to: "..")
        let uris = [
            "../../outside/secret.asl.json", layout.secretFile, "../sfn/link.asl.json", "../up/outside/secret.asl.json",
            "../sfn/dangling.asl.json", "../../outside/none.asl.json", "../sfn/../../outside/secret.asl.json",
        ]
        let template = try layout.base.write("repo/infra/template.yaml", samTemplate(uris))
        let result = Loader.load(paths: [template])
        expectNoSecret(result)
        #expect(result.diagnostics.map(\.ruleID) == Array(repeating: "template-file-outside-root", count: uris.count))
        #expect(result.diagnostics.map(\.position) == uris.indices.map { pos(4 * $0 + 5, 22) })
        #expect(result.diagnostics.map(\.pointer) == uris.indices.map { "/Resources/M\($0)/Properties/DefinitionUri" })
        #expect(result.diagnostics[0].message == "DefinitionUri '../../outside/secret.asl.json' resolves outside the root (the git top level, else the directory given), so it is not read; --allow-outside-root reads it")
    }

    /// The git top level, not the template's folder, is the root: `../sfn` from `infra/` is
    /// inside it, as is a link that stays inside. A missing file inside is reported as missing.
    @Test func filesInsideTheGitTopLevelAreRead() throws {
        let layout = try Layout()
        defer { layout.base.remove() }
        try layout.base.write("repo/sfn/order.asl.json", machine)
        try layout.link("sfn/alias.asl.json", to: "order.asl.json")
        let template = try layout.base.write(
            "repo/infra/template.yaml", samTemplate(["../sfn/order.asl.json", "../sfn/alias.asl.json", "../sfn/none.asl.json"]))
        let result = Loader.load(paths: [template])
        #expect(result.machines.map(\.origin.file) == [layout.repo + "/infra/../sfn/order.asl.json", layout.repo + "/infra/../sfn/alias.asl.json"])
        #expect(result.diagnostics.map(\.ruleID) == ["template-definition-uri-missing"])
        #expect(result.diagnostics.map(\.position) == [pos(13, 22)])
    }

    /// Outside git, the root is the directory given: a folder on the command line admits its
    /// subfolders' siblings, a file on the command line only its own folder.
    @Test func withoutGitTheRootIsTheDirectoryGiven() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("project/sfn/order.asl.json", machine)
        let template = try directory.write("project/infra/template.yaml", samTemplate(["../sfn/order.asl.json"]))
        let walked = Loader.load(paths: [directory.path + "/project"])
        #expect(walked.diagnostics.isEmpty)
        #expect(walked.machines.map(\.origin.resource) == ["M0", nil])
        let alone = Loader.load(paths: [template])
        #expect(alone.machines.isEmpty)
        #expect(alone.diagnostics.map(\.ruleID) == ["template-file-outside-root"])
    }

    @Test func serverlessFileReferencesAreConfinedToo() throws {
        let layout = try Layout()
        defer { layout.base.remove() }
        try layout.base.write("repo/machine.asl.json", machine)
        let file = try layout.base.write("repo/serverless.yml", """
            stepFunctions:
              stateMachines:
                inside:
                  definition: ${file(./machine.asl.json)}
                escape:
                  definition: ${file(../outside/secret.asl.json)}
                absolute:
                  definition: ${file(\(layout.secretFile))}
            """)
        let result = Loader.load(paths: [file])
        #expect(result.machines.map(\.origin.resource) == ["inside"])
        #expect(result.diagnostics.map(\.ruleID) == ["template-file-outside-root", "template-file-outside-root"])
        #expect(result.diagnostics.map(\.position) == [pos(6, 19), pos(8, 19)])
        #expect(result.diagnostics[0].message.hasPrefix("definition file '../outside/secret.asl.json' resolves outside the root"))
        for diagnostic in result.diagnostics { #expect(!diagnostic.message.contains(Self.secret)) }
    }

    @Test func allowOutsideRootLiftsTheConfinement() throws {
        let layout = try Layout()
        defer { layout.base.remove() }
        let template = try layout.base.write("repo/template.yaml", samTemplate(["../outside/secret.asl.json"]))
        let result = Loader.load(paths: [template], policy: LoadPolicy(allowOutsideRoot: true))
        #expect(result.diagnostics.isEmpty)
        #expect(result.machines.map { $0.definition["StartAt"]?.stringValue } == [Self.secret])
    }

    /// A text read as a named file (standard input, a git revision) is confined to the root
    /// given, and relative references are read from its working directory.
    @Test func sourceTextsUseTheConfinementGiven() throws {
        let layout = try Layout()
        defer { layout.base.remove() }
        try layout.base.write("repo/sfn/order.asl.json", machine)
        let confinement = PathConfinement(root: layout.repo, workingDirectory: layout.repo)
        let text = samTemplate(["sfn/order.asl.json", "../outside/secret.asl.json"])
        let result = Loader.load(SourceText(path: "template.yaml", text: text), confinement: confinement)
        #expect(result.machines.map(\.origin.file) == ["sfn/order.asl.json"])
        #expect(result.diagnostics.map(\.ruleID) == ["template-file-outside-root"])
        #expect(confinement.admit("../outside/secret.asl.json") == .outsideRoot)
        #expect(confinement.admit("sfn/../sfn/order.asl.json") == .admitted(layout.repo + "/sfn/order.asl.json"))
    }
}
