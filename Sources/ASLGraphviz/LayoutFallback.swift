/// A drawing to try, and how it is simplified compared with the first one (nil for the first).
/// The DOT is made only when the drawings before it failed.
public struct LayoutCandidate: Sendable {
    public var dot: @Sendable () -> String
    public var simplification: String?

    public init(simplification: String?, dot: @escaping @Sendable () -> String) {
        self.dot = dot
        self.simplification = simplification
    }
}

/// The picture that was drawn, and what the caller should say about how.
public struct LaidOutPicture: Sendable, Equatable {
    public var output: GraphvizOutput
    /// One sentence per event worth a note on stderr: a failed or stopped layout and the
    /// simpler drawing used instead, a scaled-down bitmap.
    public var notes: [String]
    /// Index of the candidate that was drawn.
    public var candidate: Int
}

extension LayoutSupervisor {
    /// Per-attempt deadlines: together they stay under 30 s before an answer.
    public static let defaultDeadlines: [Double] = [12, 8, 8]

    /// Lays out the first candidate that succeeds within its deadline (`deadlines[i]`, the
    /// last one repeated). A DOT syntax error is not retried: the candidates share a writer.
    public func render(
        _ candidates: [LayoutCandidate], format: GraphvizFormat, deadlines: [Double] = defaultDeadlines
    ) throws(GraphvizError) -> LaidOutPicture {
        var notes: [String] = []
        var lastError = GraphvizError.layoutFailed("nothing to draw")
        for (index, candidate) in candidates.enumerated() {
            let deadline = deadlines.isEmpty ? 10 : deadlines[min(index, deadlines.count - 1)]
            do throws(GraphvizError) {
                let output = try render(dot: candidate.dot(), format: format, deadline: deadline)
                if let simplification = candidate.simplification { notes.append("drawn instead as a simpler picture: \(simplification)") }
                return LaidOutPicture(output: output, notes: notes + output.notes, candidate: index)
            } catch {
                if case .syntax = error { throw error }
                lastError = error
                let which = index == 0 ? "the full drawing" : "the simpler drawing \(index)"
                notes.append("\(which) could not be laid out: \(error)")
            }
        }
        throw lastError
    }
}
