import ASLAnalysis
import ASLLoad
import ASLRender
import ArgumentParser
import Foundation

/// What `aslkit validate` was asked to do, as plain values: the parsed command's options, or
/// the defaults for a command line of paths alone (`plain(_:)`), which skips ArgumentParser.
struct ValidateInvocation: Equatable {
    var paths: [String]
    var stdinFilename = "<stdin>"
    var format: DiagnosticFormat = .text
    var strict = false
    var type: MachineKindArgument?
    var ignoredRules: [String] = []
    var loading = LoadPolicy()
    var config: String?

    /// `validate` followed only by paths, none of which could be an option (`-`, `--x`, `-x`)
    /// or is empty; `nil` for anything else, which the full parser then reads.
    ///
    /// ArgumentParser's parse of `validate` is mostly the runtime's first protocol-conformance
    /// look-ups, each a scan of every conformance in the binary: 15 M of the 22 M instructions
    /// of `validate tiny.json` with the static binary, ~4% of a 1 MB definition's.
    static func plain(_ arguments: ArraySlice<String>) -> ValidateInvocation? {
        guard arguments.first == ValidateCommand._commandName, arguments.count >= 2 else { return nil }
        let paths = Array(arguments.dropFirst())
        guard paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") }) else { return nil }
        return ValidateInvocation(paths: paths)
    }

    func run() throws {
        let settings = try SettingsFile.read(path: config)
        // `--type` wins over the file's `machine-type`, and both over the source, as in `analyze`.
        let express = type.map { $0 == .express } ?? settings.assumptions.machineType.map { $0 == .express }
        var options = ValidationRunner.Options(
            machineType: express.map { $0 ? MachineType.express : .standard },
            rules: RuleOptions.settings(ignoring: ignoredRules, over: settings.rules), loading: loading)
        options.endsProcess = true
        let progress = TerminalProgress.line(verb: "validated", noun: "files")
        options.progress = progress
        let colored = format == .text && Terminal.isInteractive
        let run = paths == ["-"]
            ? ValidationRunner.run(ValidateCommand.loadStandardInput(named: stdinFilename, policy: loading), options: options)
            : try ValidateCommand.streamingFindings(paths: paths, options: options, format: format, colored: colored, progress: progress)
        progress?.finish()
        if paths == ["-"] {
            try OutputWriter.standardOutput.write(format.render(run, colored: colored, toolVersion: ASLKitCommand.version))
        } else {
            try OutputWriter.standardOutput.write { format.writeEnd(run, colored: colored, toolVersion: ASLKitCommand.version, into: &$0) }
        }
        throw ExitCode(ExitStatus.forValidation(run, strict: strict))
    }
}
