import ASLLoad
import ASLModel
import ASLSource
import Foundation

/// The whole `analyze` and `audit` pipelines for files and directories: load every machine
/// (ASL, CloudFormation, SAM, Serverless, CDK), build its model, analyse its timing and cost,
/// and, for `audit`, check the budgets.
public enum TimingRunner {
    /// The name of the settings file looked up in the current directory.
    public static let configFileName = ".aslkit.yml"

    public struct MachineTiming: Sendable {
        /// `file` or `template.yaml#Resource`.
        public var name: String
        public var report: TimingReport
        public var cost: CostEstimate
    }

    public struct AnalysisRun: Sendable {
        public var machines: [MachineTiming]
        /// Loading and configuration problems.
        public var diagnostics: [Diagnostic]
    }

    public struct AuditRun: Sendable {
        public var audits: [MachineAudit]
        public var diagnostics: [Diagnostic]

        /// 0 when every machine keeps every budget, 1 when one is broken or unbounded,
        /// 2 when nothing could be loaded.
        public var exitCode: Int32 {
            if audits.isEmpty && diagnostics.contains(where: { $0.severity == .error }) { return 2 }
            return BudgetAudit.exitCode(audits)
        }
    }

    /// Reads the settings file: `path` when given, otherwise `.aslkit.yml` in the current
    /// directory when present. One that cannot be read or parsed, or holds a value that cannot
    /// be used, comes back with an error diagnostic: callers stop (exit 2) rather than run on
    /// defaults the user did not choose.
    public static func readConfig(path: String?) -> AssumptionsConfig {
        let file = path ?? configFileName
        if path == nil && !FileManager.default.fileExists(atPath: file) { return AssumptionsConfig() }
        let bytes: [UInt8]
        switch FileContents.read(file) {
        case .success(let read): bytes = read
        case .failure(let failure):
            var config = AssumptionsConfig()
            var diagnostic = failure.diagnostic(file: file)
            diagnostic.message = diagnostic.message.replacingOccurrences(of: "the file", with: "the settings file")
            config.diagnostics.append(diagnostic)
            return config
        }
        let read = YAMLReader.parse(bytes, file: file)
        guard let root = read.root else {
            var config = AssumptionsConfig()
            config.diagnostics = read.diagnostics
            return config
        }
        var config = AssumptionsConfig(document: root, file: file)
        config.diagnostics = read.diagnostics + config.diagnostics
        return config
    }

    public static func analyze(paths: [String], assumptions: Assumptions, loading: LoadPolicy = LoadPolicy()) -> AnalysisRun {
        var loaded = Loader.load(paths: paths, policy: loading)
        let models = models(taking: &loaded.machines, assumptions: assumptions)
        // Machines are independent: each is analysed on its own core, in load order.
        let analysed = models.concurrentMap(concurrently: models.count >= 2) { machine in
            let report = TimingAnalyzer.analyze(machine.model, assumptions: machine.assumptions)
            let timing = MachineTiming(
                name: machine.name, report: report, cost: CostEstimator.estimate(report, assumptions: machine.assumptions))
            return (timing, stateNames(machine.model, checking: assumptions))
        }
        return AnalysisRun(
            machines: analysed.map(\.0),
            diagnostics: loaded.diagnostics.sorted() + unknownNames(assumptions, analysed.map(\.1)))
    }

    public static func audit(paths: [String], budgets: Budgets, assumptions: Assumptions, loading: LoadPolicy = LoadPolicy())
        -> AuditRun
    {
        var loaded = Loader.load(paths: paths, policy: loading)
        let models = models(taking: &loaded.machines, assumptions: assumptions)
        let audited = models.concurrentMap(concurrently: models.count >= 2) { machine in
            let audit = BudgetAudit.audit(file: machine.name, machine: machine.model, budgets: budgets, assumptions: machine.assumptions)
            return (audit, stateNames(machine.model, checking: assumptions))
        }
        return AuditRun(
            audits: audited.map(\.0),
            diagnostics: loaded.diagnostics.sorted() + unknownNames(assumptions, audited.map(\.1)))
    }

    /// A machine as timing and cost read it: the typed model alone, without the document.
    private struct ModelOnly: Sendable {
        var name: String
        var model: StateMachine
        var assumptions: Assumptions
    }

    /// Builds every machine's model, without links to its document, and then empties
    /// `machines`: timing never reads the document, so every document is freed before the
    /// analysis allocates its own tables (a third of the peak on a 50,000-state chain).
    private static func models(taking machines: inout [LoadedMachine], assumptions: Assumptions) -> [ModelOnly] {
        let models = machines.concurrentMap(concurrently: machines.count >= 2) { machine in
            ModelOnly(
                name: machine.origin.displayName, model: StateMachineBuilder.build(machine.definition, keepingDocument: false),
                assumptions: assumptions.resolved(for: machine))
        }
        machines = []
        return models
    }

    /// The names `unknownNames` checks the assumptions' against; none when they name no state
    /// (three sets of every state's name were 2 MB of a 35,000-state machine, kept to the end).
    private static func stateNames(_ model: StateMachine, checking assumptions: Assumptions) -> AssumptionNameCheck.StateNames {
        let namesStates = !assumptions.mapItems.isEmpty || !assumptions.loopBounds.isEmpty || !assumptions.stateSeconds.isEmpty
        return namesStates ? AssumptionNameCheck.StateNames(model) : AssumptionNameCheck.StateNames()
    }

    /// Names in the assumptions that no loaded machine has (none checked when nothing loaded).
    private static func unknownNames(_ assumptions: Assumptions, _ names: [AssumptionNameCheck.StateNames]) -> [Diagnostic] {
        guard !names.isEmpty else { return [] }
        var all = AssumptionNameCheck.StateNames()
        for machine in names { all.formUnion(machine) }
        return AssumptionNameCheck.diagnostics(assumptions, names: all)
    }
}
