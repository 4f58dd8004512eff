import ASLAnalysis

/// The README's rule table, generated from the catalogue (a test keeps the README fresh).
public enum RuleTable {
    public static func markdown(_ rules: [RuleDescription]) -> String {
        var out = "| Rule | Severity | Category | What it reports | AWS code | Covers |\n|---|---|---|---|---|---|\n"
        for rule in rules {
            let aws = rule.awsCode.map { "`\($0)`" } ?? ""
            let covers = PeerInventory.peers(coveredBy: rule.id).map(\.short).joined(separator: ", ")
            out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.category.rawValue) | \(MarkdownText.escapeTableCell(rule.summary)) | \(aws) | \(covers) |\n"
        }
        return out
    }

    /// The peer inventory: every check of every peer, with the rules that cover it or why
    /// aslkit differs.
    public static func peerMarkdown(_ checks: [PeerInventory.Check]) -> String {
        var out = "| Peer | Check | aslkit rules | Difference |\n|---|---|---|---|\n"
        for check in checks {
            let rules = check.rules.map { "`\($0)`" }.joined(separator: ", ")
            out += "| \(check.peer.rawValue) | \(MarkdownText.escapeTableCell(check.check)) | \(rules.isEmpty ? "–" : rules) | \(MarkdownText.escapeTableCell(check.difference ?? "")) |\n"
        }
        return out
    }
}

/// Escaping for text placed in Markdown tables (pipes and line breaks end a cell).
public enum MarkdownText {
    public static func escapeTableCell(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
