/// One pull-request comment that aslkit keeps up to date instead of adding one per push: it is
/// found again by a hidden marker on its first line.
public enum StickyComment {
    public static let marker = "<!-- aslkit:pr-report -->"
    /// GitHub refuses a comment body longer than this (characters).
    public static let maximumCharacters = 65_536

    public enum Plan: Equatable, Sendable {
        case create
        case update(commentID: Int)
    }

    /// A comment as the GitHub API lists it (only what the decision needs).
    public struct Existing: Equatable, Sendable {
        public var id: Int
        public var body: String

        public init(id: Int, body: String) {
            self.id = id
            self.body = body
        }
    }

    /// Update the oldest comment that starts with the marker (so that a duplicate left by a
    /// race never takes over), else create one.
    public static func plan(existing: [Existing], marker: String = marker) -> Plan {
        guard let mine = existing.filter({ $0.body.hasPrefix(marker) }).min(by: { $0.id < $1.id }) else { return .create }
        return .update(commentID: mine.id)
    }

    /// The marker, then the report, cut to GitHub's limit at a line break with a note saying
    /// so (the report is normally made to fit already, by `diff --max-chars`).
    public static func body(report: String, marker: String = marker) -> String {
        let head = marker + "\n"
        let whole = head + report
        guard whole.count > maximumCharacters else { return whole }
        let note = "\n\n… the report was cut to fit GitHub's comment size; run `aslkit diff` for all of it.\n"
        let fenceRoom = 4
        var kept = String(report.prefix(maximumCharacters - head.count - note.count - fenceRoom))
        if let lastBreak = kept.lastIndex(of: "\n") { kept = String(kept[..<lastBreak]) }
        // A cut inside a fenced block (a Mermaid diagram) would swallow the note: close it.
        let fences = kept.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("```") }.count
        if fences % 2 == 1 { kept += "\n```" }
        return head + kept + note
    }
}
