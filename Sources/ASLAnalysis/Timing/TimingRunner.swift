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

    /// Reads the settings file: `path` when given (an unreadable one is an error), otherwise
    /// `.aslkit.yml` in the current directory when present.
    public static func readConfig(path: String?) -> AssumptionsConfig {
        let file = path ?? configFileName
        guard let data = FileManager.default.contents(atPath: file) else {
            var config = AssumptionsConfig()
            if path != nil {
                config.diagnostics.append(
                    Diagnostic(ruleID: "input-unreadable", severity: .error, message: "cannot read the settings file", file: file, position: nil))
            }
            return config
        }
        let read = YAMLReader.parse([UInt8](data), file: file)
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
