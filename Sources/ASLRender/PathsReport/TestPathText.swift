import ASLAnalysis

/// How a test path reads in text and Markdown: long state sequences are cut in the middle and
/// long runs of steps that need nothing but success are folded into one line, so that a path
/// through a 5,000-state chain is a few lines, not 5,000. JSON keeps every step.
enum TestPathText {
    /// Sequences longer than 25 states show their first and last 10.
    static let abbreviation = StatePathAbbreviation(limit: 25, ends: 10)
    /// Runs of at least this many plain steps (a Task that succeeds, a Pass or Wait that goes
    /// on) are folded.
    static let foldedRun = 5

    static func sequence(_ path: TestPath) -> String { abbreviation.text(path.states) }

    /// One (state, what it needs) line per step, folded runs as one line.
    static func steps(_ path: TestPath) -> [(state: String, requirement: String)] {
        var lines: [(state: String, requirement: String)] = []
        var index = 0
        let steps = path.steps
        while index < steps.count {
            var end = index
            while end < steps.count, isPlain(steps[end]) { end += 1 }
            if end - index >= foldedRun {
                lines.append((
                    "\(steps[index].from) … \(steps[end - 1].from)",
                    "\(end - index) states in a row, each succeeds or goes on"))
                index = end
            } else {
                lines.append((steps[index].from, steps[index].requirement))
                index += 1
            }
        }
        return lines
    }

    /// A step that needs nothing but the state doing its job: no rule, no error.
    private static func isPlain(_ step: PathStep) -> Bool {
        switch step.kind {
        case .next: true
        default: false
        }
    }

    /// The line after a scope's listed test paths when some were left out.
    static func omitted(_ scope: ScopePaths) -> String? {
        let hidden = scope.testPathCount - scope.testPaths.count
        guard hidden > 0 else { return nil }
        return "… \(hidden) more test paths not listed (--max-test-paths N lists more, --all-test-paths all)"
    }
}
