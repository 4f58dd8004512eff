import ASLAnalysis
import ASLModel

/// `aslkit paths` output: text for people, JSON for tools, Markdown for reviews.
public enum PathsReportFormatter {
    public static func text(_ report: PathReport) -> String {
        var text = ""
        writeText(options: report.options, into: &text) { scope in report.scopes.forEach(scope) }
        return text
    }

    /// The text of `text(_:)`, written into `out` a scope at a time and line by line as
    /// `scopes` hands each over (scopes analysed one after the other): neither the report nor
    /// its text is held whole.
    public static func writeText(
        options: PathOptions, into out: inout some TextOutputStream, scopes: (_ each: (ScopePaths) -> Void) -> Void
    ) {
        var wroteLine = false
        scopes { scope in
            writeLines(scope, options) { line in
                out.write(TerminalText.line(line))
                out.write("\n")
            }
            wroteLine = true
        }
        // A report of no scope is one empty line, as `TerminalText.lines` makes it.
        if !wroteLine { out.write("\n") }
    }

    /// The lines of one scope, unescaped, each handed to `line`.
    static func writeLines(_ scope: ScopePaths, _ options: PathOptions, _ line: (String) -> Void) {
        let parent = scope.parentState.map { " — run by \"\($0)\"" } ?? ""
        line("\(scope.name) [\(scope.pointer.isEmpty ? "/" : scope.pointer)]\(parent): \(scope.stateCount) states")
        if !scope.unreachableStates.isEmpty { line("  unreachable: \(scope.unreachableStates.joined(separator: ", "))") }
        for loop in scope.loops {
            let notes = [loop.isReachable ? nil : "unreachable", loop.isTrap ? "trap: it never ends" : nil].compactMap { $0 }
            line("  loop: \(NameList.joined(loop.states))" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))"))
        }
        line("  paths: " + countText(scope, options))
        line("  test paths: \(scope.testPathCount) cover every state and edge a complete path can reach")
        for (i, path) in scope.testPaths.enumerated() {
            line("    \(i + 1). \(TestPathText.sequence(path))")
            for step in TestPathText.steps(path) { line("       \(step.state): \(step.requirement)") }
            line("       \(path.finalState): \(endingText(path.ending))")
        }
        if let omitted = TestPathText.omitted(scope) { line("    \(omitted)") }
        if !scope.uncoverableEdges.isEmpty {
            line("  edges no complete path can take: \(NameList.joined(scope.uncoverableEdges, separator: "; "))")
        }
        if let primes = scope.primePaths {
            line("  prime paths: \(primes.paths.count)" + (primes.capped ? " (stopped at the cap of \(primes.cap); more exist)" : ""))
            for path in primes.paths { line("    \(TestPathText.abbreviation.text(path))") }
        }
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
        var text = ""
        writeJSON(options: report.options, into: &text) { scope in report.scopes.forEach(scope) }
        return text
    }

    /// The text of `json(_:)`, written into `out` a scope at a time (a test path's steps one at
    /// a time) as `scopes` hands each over.
    public static func writeJSON(
        options: PathOptions, into out: inout some TextOutputStream, scopes: (_ each: (ScopePaths) -> Void) -> Void
    ) {
        out.write("{\n  \"loopUnroll\": \(options.loopUnroll),\n  \"scopes\": ")
        var written = 0
        scopes { scope in
            out.write(written == 0 ? "[\n    " : ",\n    ")
            written += 1
            scopeJSON(scope).write(indent: 2, into: &out)
        }
        out.write(written == 0 ? "[]\n}\n" : "\n  ]\n}\n")
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
                    ("states", .items(count: path.steps.count + 1) { .string($0 < path.steps.count ? path.steps[$0].from : path.finalState) }),
                    ("steps", .items(count: path.steps.count) { i in
                        let step = path.steps[i]
                        return .object([("from", .string(step.from)), ("to", .string(step.to)), ("kind", .string(step.kind.name)), ("requirement", .string(step.requirement))])
                    }),
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
