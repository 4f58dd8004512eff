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
        let loaded = Loader.load(paths: paths, policy: loading)
        // Machines are independent: each is analysed on its own core, in load order.
        let analysed = loaded.machines.concurrentMap(concurrently: loaded.machines.count >= 2) { machine in
            let effective = assumptions.resolved(for: machine)
            let model = StateMachineBuilder.build(machine.definition)
            let report = TimingAnalyzer.analyze(model, assumptions: effective)
            let timing = MachineTiming(
                name: machine.origin.displayName, report: report, cost: CostEstimator.estimate(report, assumptions: effective))
            return (timing, AssumptionNameCheck.StateNames(model))
        }
        return AnalysisRun(
            machines: analysed.map(\.0),
            diagnostics: loaded.diagnostics.sorted() + unknownNames(assumptions, analysed.map(\.1)))
    }

    public static func audit(paths: [String], budgets: Budgets, assumptions: Assumptions, loading: LoadPolicy = LoadPolicy())
        -> AuditRun
    {
        let loaded = Loader.load(paths: paths, policy: loading)
        let audited = loaded.machines.concurrentMap(concurrently: loaded.machines.count >= 2) { machine in
            let model = StateMachineBuilder.build(machine.definition)
            let audit = BudgetAudit.audit(
                file: machine.origin.displayName, machine: model, budgets: budgets, assumptions: assumptions.resolved(for: machine))
            return (audit, AssumptionNameCheck.StateNames(model))
        }
        return AuditRun(
            audits: audited.map(\.0),
            diagnostics: loaded.diagnostics.sorted() + unknownNames(assumptions, audited.map(\.1)))
    }

    /// Names in the assumptions that no loaded machine has (none checked when nothing loaded).
    private static func unknownNames(_ assumptions: Assumptions, _ names: [AssumptionNameCheck.StateNames]) -> [Diagnostic] {
        guard !names.isEmpty else { return [] }
        var all = AssumptionNameCheck.StateNames()
        for machine in names { all.formUnion(machine) }
        return AssumptionNameCheck.diagnostics(assumptions, names: all)
    }
}
