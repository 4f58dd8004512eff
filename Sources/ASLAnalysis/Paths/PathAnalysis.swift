import ASLModel
import BigInt

/// `aslkit paths`: loops, path counts, a covering set of test paths and, on request, prime
/// paths, for every scope of a machine. Nested scopes (Parallel branches, Map processors) are
/// analysed on their own and name the state that runs them.
public enum PathAnalysis {
    public static func analyze(_ machine: StateMachine, options: PathOptions = PathOptions()) -> PathReport {
        var scopes: [ScopePaths] = []
        scopes.reserveCapacity(machine.allScopes.count)
        forEachScope(of: machine, options: options) { scopes.append($0) }
        return PathReport(options: options, scopes: scopes)
    }

    /// The scopes of `analyze(_:options:)`, in the same order, each handed to `body` as soon as
    /// it is analysed, its graph built just before and freed just after: a caller that writes
    /// each scope out holds neither the report nor the graphs of all scopes (15,000 small
    /// scopes held 6 MB of graphs and 5 MB of results).
    public static func forEachScope(of machine: StateMachine, options: PathOptions = PathOptions(), _ body: (ScopePaths) -> Void) {
        for scope in machine.allScopes { body(analyze(scope: ScopeGraph(scope: scope), options: options)) }
    }

    /// - Complexity: O((K + 1) · (V + E)) for counting plus the cover (see `TestPathCover`),
    ///   per scope; prime paths are bounded by their cap.
    public static func analyze(_ graph: MachineGraph, options: PathOptions = PathOptions()) -> PathReport {
        PathReport(options: options, scopes: graph.scopes.map { analyze(scope: $0, options: options) })
    }

    /// The machine's own scope alone (what a report shows), without its nested scopes' graphs.
    public static func analyzeMachineScope(_ machine: StateMachine, options: PathOptions = PathOptions()) -> ScopePaths {
        analyze(scope: ScopeGraph(scope: machine.root), options: options)
    }

    /// Path count of one scope alone, for benchmarks.
    public static func countPaths(_ graph: ScopeGraph, loopUnroll: Int = 1) -> BigInt {
        PathCounting(graph: graph, order: DepthFirstOrder(graph: graph), loopUnroll: max(0, loopUnroll)).count()
    }

    /// Test paths of one scope alone, for benchmarks.
    public static func testPaths(_ graph: ScopeGraph) -> [TestPath] {
        let order = DepthFirstOrder(graph: graph)
        let cover = TestPathCover(graph: graph, order: order)
        return cover.paths().map { describe(cover.edges(of: $0), in: graph) }
    }

    static func analyze(scope graph: ScopeGraph, options: PathOptions) -> ScopePaths {
        let scope = graph.scope
        let order = DepthFirstOrder(graph: graph)
        let reachable = graph.count == 0 ? [] : (0..<graph.count).map(order.isReachable)
        let canEnd = graph.canReachTermination()
        let loops = graph.cycles().sorted { $0[0] < $1[0] }.map { members in
            LoopInfo(
                states: members.map { scope.states[$0].name }, isReachable: members.contains { reachable[$0] },
                isTrap: !members.contains { canEnd[$0] })
        }
        let cover = TestPathCover(graph: graph, order: order)
        let coverable = cover.coverableEdges()
        let allTestPaths = options.includeTestPaths ? cover.paths() : []
        let listed = options.testPathLimit.map { allTestPaths.prefix($0) } ?? allTestPaths[...]
        let uncoverable = graph.edges.indices.filter { reachable[graph.edges[$0].from] && !coverable[$0] }
        var primes: PrimePathResult?
        if options.includePrimePaths {
            let found = PrimePaths(graph: graph, reachable: reachable).enumerate(cap: options.primePathCap)
            primes = PrimePathResult(
                paths: found.paths.map { $0.map { scope.states[$0].name } }, capped: found.capped, cap: options.primePathCap)
        }
        return ScopePaths(
            pointer: scope.pointer, name: scope.displayName, parentState: parentState(of: scope),
            stateCount: graph.count,
            unreachableStates: (0..<graph.count).filter { !reachable[$0] }.map { scope.states[$0].name },
            loops: loops,
            pathCount: PathCounting(graph: graph, order: order, loopUnroll: options.loopUnroll).count(),
            testPaths: listed.map { describe(cover.edges(of: $0), in: graph) },
            testPathCount: allTestPaths.count,
            uncoverableEdges: uncoverable.map { EdgeText.describe(graph.edges[$0], in: scope) },
            primePaths: primes)
    }

    static func parentState(of scope: Scope) -> String? {
        switch scope.kind {
        case .root: nil
        case .parallelBranch(let parent, _), .mapProcessor(let parent): parent
        }
    }

    static func describe(_ edges: [Int], in graph: ScopeGraph) -> TestPath {
        let scope = graph.scope
        let steps = edges.map { e in
            let edge = graph.edges[e]
            return PathStep(
                from: scope.states[edge.from].name, to: scope.states[edge.to].name, kind: edge.kind,
                requirement: StepRequirement.text(for: edge, in: scope))
        }
        let last = edges.last.map { graph.edges[$0].to } ?? graph.start ?? 0
        return TestPath(steps: steps, finalState: scope.states[last].name, ending: graph.termination[last] ?? .succeeds)
    }
}
