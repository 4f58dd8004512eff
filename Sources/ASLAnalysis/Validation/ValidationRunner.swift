import ASLLoad
import ASLModel
import ASLSource

/// The whole `validate` pipeline for a list of files and directories: load every machine,
/// build its model, run the catalogue, and collect everything in document order.
public enum ValidationRunner {
    public struct Options: Sendable {
        /// Check every machine as this type (`--type`, or `machine-type` in the settings file),
        /// whatever its source says; `nil` checks each as its source says (Standard when it says
        /// nothing), as the timing analysis decides.
        public var machineType: MachineType?
        /// Rules turned off or set to another severity.
        public var rules: RuleSettings
        /// Whether the walk follows links, and whether templates may name files outside the root.
        public var loading: LoadPolicy
        /// Told each file as it is checked (a progress line on a terminal).
        public var progress: (any RunProgress)?
        /// The caller ends the process right after the run (the command line): a lone file's
        /// document is then left for the exit to drop, not freed.
        public var endsProcess = false

        public init(machineType: MachineType? = nil, rules: RuleSettings = RuleSettings(), loading: LoadPolicy = LoadPolicy()) {
            self.machineType = machineType
            self.rules = rules
            self.loading = loading
        }
    }

    /// Loads and checks everything under `paths`, file by file on every core: each file's
    /// documents and models are freed (on a background thread, see `releaseInBackground`) as
    /// soon as its findings are known, so memory holds a few documents at a time, not the
    /// whole repository.
    public static func run(paths: [String], options: Options = Options()) -> ValidationRun {
        let files = Loader.files(in: paths, policy: options.loading)
        options.progress?.start(total: files.count)
        let runs = files.concurrentMap(concurrently: files.count >= 2) { file in
            let loaded = Loader.load(file)
            let run = check(loaded, options: options)
            releaseInBackground(consume loaded)
            options.progress?.advance(item: file.path)
            return run
        }
        return ValidationRun(
            diagnostics: runs.flatMap(\.diagnostics).sorted(), machines: runs.flatMap(\.machines),
            filesScanned: runs.reduce(0) { $0 + $1.filesScanned })
    }

    /// Checks one text, read as if it were the file `source.path`.
    public static func run(_ source: SourceText, options: Options = Options()) -> ValidationRun {
        let loaded = Loader.load(source)
        let run = check(loaded, options: options)
        releaseInBackground(consume loaded)
        return run
    }

    public static func run(_ loaded: LoadResult, options: Options = Options()) -> ValidationRun {
        check(loaded, options: options)
    }

    /// With `leavingModelsToExit` (a lone file in a process that ends after the run), the
    /// models are not freed: the exit drops them (freeing a 5,000-state model costs ~2% of the run).
    static func check(_ loaded: LoadResult, options: Options, leavingModelsToExit: Bool = false) -> ValidationRun {
        // Machines are independent: each is built and checked on its own core.
        let checked = loaded.machines.concurrentMap(concurrently: loaded.machines.count >= 2) { machine in
            let express = (options.machineType ?? machine.machineType) == .express
            let model = StateMachineBuilder.build(machine.definition)
            let result = (
                diagnostics: Validator.validate(model, file: machine.origin.file, isExpress: express, rules: options.rules),
                summary: ValidationRun.MachineSummary(file: machine.origin.file, resource: machine.origin.resource, states: model.allStates.count)
            )
            if leavingModelsToExit { LeftToExit.keep(model) } else { releaseInBackground(consume model) }
            return result
        }
        let diagnostics = loaded.diagnostics + checked.flatMap(\.diagnostics)
        let machines = checked.map(\.summary)
        return ValidationRun(diagnostics: diagnostics.sorted(), machines: machines, filesScanned: loaded.filesScanned)
    }
}
