import ASLAnalysis
import ASLModel

/// `aslkit paths` output: text for people, JSON for tools, Markdown for reviews.
public enum PathsReportFormatter {
    public static func text(_ report: PathReport) -> String {
        var lines: [String] = []
        for scope in report.scopes {
            let parent = scope.parentState.map { " — run by \"\($0)\"" } ?? ""
            lines.append("\(scope.name) [\(scope.pointer.isEmpty ? "/" : scope.pointer)]\(parent): \(scope.stateCount) states")
            if !scope.unreachableStates.isEmpty { lines.append("  unreachable: \(scope.unreachableStates.joined(separator: ", "))") }
            for loop in scope.loops {
                let notes = [loop.isReachable ? nil : "unreachable", loop.isTrap ? "trap: it never ends" : nil].compactMap { $0 }
                lines.append("  loop: \(NameList.joined(loop.states))" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"))
            }
            lines.append("  paths: " + countText(scope, report.options))
            lines.append("  test paths: \(scope.testPathCount) cover every state and edge a complete path can reach")
            for (i, path) in scope.testPaths.enumerated() {
                lines.append("    \(i + 1). \(TestPathText.sequence(path))")
                for step in TestPathText.steps(path) { lines.append("       \(step.state): \(step.requirement)") }
                lines.append("       \(path.finalState): \(endingText(path.ending))")
            }
            if let omitted = TestPathText.omitted(scope) { lines.append("    \(omitted)") }
            if !scope.uncoverableEdges.isEmpty {
                lines.append("  edges no complete path can take: \(NameList.joined(scope.uncoverableEdges, separator: "; "))")
            }
            if let primes = scope.primePaths {
                lines.append("  prime paths: \(primes.paths.count)" + (primes.capped ? " (stopped at the cap of \(primes.cap); more exist)" : ""))
                for path in primes.paths { lines.append("    \(TestPathText.abbreviation.text(path))") }
            }
        }
        return TerminalText.lines(lines)
    }

    static func countText(_ scope: ScopePaths, _ options: PathOptions) -> String {
        guard scope.hasReachableLoops else { return "\(scope.pathCountText) (exact)" }
        let times = options.loopUnroll == 1 ? "once" : "\(options.loopUnroll) times"
        return "\(scope.pathCountText) taking each loop at most \(times) (the scope has loops: infinitely many otherwise)"
    }

    static func endingText(_ ending: Termination) -> String {
        switch ending {
        case .succeeds: "ends the scope (success)"
        case .fails: "ends the scope (failure)"
        }
    }

    public static func json(_ report: PathReport) -> String {
        ReportJSON.object([
            ("loopUnroll", .int(report.options.loopUnroll)),
            ("scopes", .array(report.scopes.map(scopeJSON))),
        ]).rendered()
    }

    static func scopeJSON(_ scope: ScopePaths) -> ReportJSON {
        var members: [(String, ReportJSON)] = [
            ("scope", .string(scope.pointer)), ("name", .string(scope.name)),
            ("parentState", scope.parentState.map(ReportJSON.string) ?? .null), ("states", .int(scope.stateCount)),
            ("unreachable", .strings(scope.unreachableStates)),
            ("loops", .array(scope.loops.map { .object([("states", .strings($0.states)), ("reachable", .bool($0.isReachable)), ("trap", .bool($0.isTrap))]) })),
            ("pathCount", .string(scope.pathCountText)), ("pathCountExact", .bool(!scope.hasReachableLoops)),
            ("testPathCount", .int(scope.testPathCount)),
            ("testPaths", .array(scope.testPaths.map { path in
                .object([
                    ("states", .strings(path.states)),
                    ("steps", .array(path.steps.map { .object([("from", .string($0.from)), ("to", .string($0.to)), ("kind", .string($0.kind.name)), ("requirement", .string($0.requirement))]) })),
                    ("ending", .string(path.ending == .succeeds ? "succeeds" : "fails")),
                ])
            })),
            ("uncoverableEdges", .strings(scope.uncoverableEdges)),
        ]
        if let primes = scope.primePaths {
            members.append(("primePaths", .object([("paths", .array(primes.paths.map(ReportJSON.strings))), ("capped", .bool(primes.capped)), ("cap", .int(primes.cap))])))
        }
        return .object(members)
    }
}
