import ASLLoad
import ASLModel
import ASLSource

/// The whole `validate` pipeline for a list of files and directories: load every machine,
/// build its model, run the catalogue, and collect everything in document order.
public enum ValidationRunner {
    public struct Options: Sendable {
        /// Check every machine as Express (`--type express`), whatever its template says.
        public var forceExpress: Bool

        public init(forceExpress: Bool = false) { self.forceExpress = forceExpress }
    }

    public static func run(paths: [String], options: Options = Options()) -> ValidationRun {
        let loaded = Loader.load(paths: paths)
        return run(loaded, options: options)
    }

    public static func run(_ loaded: LoadResult, options: Options = Options()) -> ValidationRun {
        var diagnostics = loaded.diagnostics
        var machines: [ValidationRun.MachineSummary] = []
        for machine in loaded.machines {
            let express = options.forceExpress || machine.machineType == .express
            let model = StateMachineBuilder.build(machine.definition)
            diagnostics += Validator.validate(model, file: machine.origin.file, isExpress: express)
            machines.append(.init(file: machine.origin.file, resource: machine.origin.resource, states: model.allStates.count))
        }
        return ValidationRun(diagnostics: diagnostics.sorted(), machines: machines, filesScanned: loaded.filesScanned)
    }
}
