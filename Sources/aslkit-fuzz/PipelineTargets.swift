import ASLAnalysis
import ASLLoad
import Foundation

/// Where the pipeline targets pretend their input lies: an empty folder of their own, so a
/// template's `DefinitionUri` resolves inside it (and finds nothing) or is refused outside it.
enum FuzzWorkspace {
    static let directory: String = {
        let path = NSTemporaryDirectory() + "aslkit-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// No extension, so the content decides the reader (`{` or `[`: JSON) and the extractor
    /// (bare ASL, CloudFormation/SAM/CDK template, Serverless file).
    static var inputPath: String { directory + "/input" }
}

/// `Loader.load(bytes:path:)`: reader choice, then bare ASL, CloudFormation, SAM, CDK and
/// Serverless extraction, with definition strings, `Fn::Join`/`Fn::Sub` and `DefinitionUri`.
enum TemplateTarget {
    static let target = FuzzTarget(name: "template", summary: "Loader.load: template extraction (ASLLoad)") { bytes in
        let path = FuzzWorkspace.inputPath
        let loaded = Loader.load(bytes: bytes, path: path)
        let lines = LocatedChecks.lineCount(bytes)
        for diagnostic in loaded.diagnostics { LocatedChecks.check(diagnostic, lines: lines, file: path) }
        for machine in loaded.machines {
            FuzzFailure.require(machine.origin.file == path, "a machine from \(machine.origin.file), not \(path)")
        }
        return "\(loaded.machines.count) machines, " + LocatedChecks.findings(loaded.diagnostics)
    }
}

/// The whole `validate` pipeline on one file: load, build each model, run every rule.
enum ValidateTarget {
    static let target = FuzzTarget(name: "validate", summary: "ValidationRunner: load, build, every rule (ASLAnalysis)") { bytes in
        let path = FuzzWorkspace.inputPath
        let run = ValidationRunner.run(Loader.load(bytes: bytes, path: path))
        let lines = LocatedChecks.lineCount(bytes)
        for diagnostic in run.diagnostics { LocatedChecks.check(diagnostic, lines: lines, file: path) }
        FuzzFailure.require(run.diagnostics == run.diagnostics.sorted(), "findings are not in order")
        return "\(run.machines.count) machines, " + LocatedChecks.findings(run.diagnostics)
    }
}
