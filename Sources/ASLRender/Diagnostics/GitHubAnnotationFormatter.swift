import ASLAnalysis
import ASLSource

/// GitHub Actions workflow commands, one per diagnostic: `::error file=…,line=…,col=…,title=…::message`.
public struct GitHubAnnotationFormatter: Sendable {
    public init() {}

    public func format(_ run: ValidationRun) -> String {
        lines(run.diagnostics[...])
    }

    public func lines(_ diagnostics: ArraySlice<Diagnostic>) -> String {
        var out = ""
        for diagnostic in diagnostics { out += line(diagnostic) + "\n" }
        return out
    }

    func line(_ d: Diagnostic) -> String {
        let command = switch d.severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        var properties = ["file=\(Self.escapeProperty(d.file))"]
        if let p = d.position {
            properties.append("line=\(p.line)")
            properties.append("col=\(p.column)")
        }
        properties.append("title=\(Self.escapeProperty(d.ruleID))")
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(d.message))"
    }

    /// The escaping GitHub's runner applies to command data (`%`, CR, LF); other control
    /// characters (an escape sequence in a state name would colour the log) are shown as
    /// `TerminalText` shows them.
    static func escapeData(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return TerminalText.line(out)
    }

    /// Property values additionally escape `:` and `,`.
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}
