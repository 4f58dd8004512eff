import ASLAnalysis

/// The README's rule table, generated from the catalogue (a test keeps the README fresh).
public enum RuleTable {
    public static func markdown(_ rules: [RuleDescription]) -> String {
        var out = "| Rule | Severity | Category | What it reports | AWS code |\n|---|---|---|---|---|\n"
        for rule in rules {
            let aws = rule.awsCode.map { "`\($0)`" } ?? ""
            out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.category.rawValue) | \(MarkdownText.escapeTableCell(rule.summary)) | \(aws) |\n"
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
