import ASLLoad
import ASLModel
import ASLSource

/// One version of a machine with the analyses a diff compares: diagnostics, timing, cost,
/// path count and budget breaches.
struct MachineVersion {
    let loaded: LoadedMachine
    let machine: StateMachine
    let graph: MachineGraph
    let diagnostics: [Diagnostic]
    let metrics: MachineMetrics
    let breaches: [BudgetBreach]

    /// - Complexity: one validation, one timing analysis and one path count of the top-level
    ///   scope; see those analyses.
    init(_ loaded: LoadedMachine, options: DiffOptions) {
        self.loaded = loaded
        machine = StateMachineBuilder.build(loaded.definition)
        graph = MachineGraph(machine: machine)
        let assumptions = options.assumptions.resolved(for: loaded)
        diagnostics = Validator.validate(
            machine, file: loaded.origin.file, isExpress: assumptions.machineType == .express, rules: options.rules)
        let timing = TimingAnalyzer.analyze(graph, assumptions: assumptions)
        let cost = CostEstimator.estimate(timing, assumptions: assumptions)
        breaches = BudgetAudit.check(timing, cost: cost, budgets: options.budgets)
        metrics = MachineMetrics(
            states: machine.allStates.count,
            transitionsDefined: graph.scopes.reduce(0) { $0 + $1.edges.count },
            paths: String(describing: PathAnalysis.countPaths(graph.root)),
            worstSeconds: timing.worstSeconds, binding: timing.binding,
            maxAttempts: timing.maxAttempts, maxAttemptsState: timing.maxAttemptsState,
            maxTransitions: timing.maxTransitions, maxDollars: cost.maxDollars,
            worstPath: timing.worstPath.map(\.state),
            unboundedReason: timing.unbounded.first.map { "\($0.state): \($0.message)" })
    }
}
