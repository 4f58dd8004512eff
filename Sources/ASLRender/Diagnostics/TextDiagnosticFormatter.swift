import ASLAnalysis
import ASLSource

/// `path:line:col: error: [rule-id] message`, with notes on lines of their own, then a
/// one-line summary. Colour (ANSI) only when the caller says the output is a terminal.
public struct TextDiagnosticFormatter: Sendable {
    public var colored: Bool

    public init(colored: Bool = false) { self.colored = colored }

    public func format(_ run: ValidationRun) -> String {
        lines(run.diagnostics[...]) + summary(run) + "\n"
    }

    /// Each finding's line and its notes' lines, appended piece by piece into one string (a
    /// repository's worth of findings is hundreds of kilobytes: no string per piece).
    public func lines(_ diagnostics: ArraySlice<Diagnostic>) -> String {
        var out = ""
        out.reserveCapacity(diagnostics.count * 160)
        for diagnostic in diagnostics {
            append(diagnostic, to: &out)
            out += "\n"
            for note in diagnostic.notes {
                appendLocation(diagnostic.file, note.position, to: &out)
                out += ": "
                appendPainted("note", .note, to: &out)
                out += ": "
                out += Self.oneLine(note.message)
                out += "\n"
            }
        }
        return out
    }

    public func line(_ d: Diagnostic) -> String {
        var out = ""
        append(d, to: &out)
        return out
    }

    private func append(_ d: Diagnostic, to out: inout String) {
        appendLocation(d.file, d.position, to: &out)
        out += ": "
        appendPainted(d.severity.rawValue, d.severity, to: &out)
        out += ": ["
        out += d.ruleID
        out += "] "
        out += Self.oneLine(d.message)
    }

    /// Keeps one finding on one line and a hostile state name from sending terminal escapes.
    static func oneLine(_ s: String) -> String { TerminalText.line(s) }

    public func summary(_ run: ValidationRun) -> String {
        let machines = run.machines.count
        let counts = "\(plural(run.count(.error), "error")), \(plural(run.count(.warning), "warning")), \(plural(run.count(.note), "note"))"
        return "\(plural(machines, "state machine")) in \(plural(run.filesScanned, "file")) checked: \(counts)."
    }

    private func appendLocation(_ file: String, _ position: SourcePosition?, to out: inout String) {
        out += file
        guard let position else { return }
        out += ":"
        out += String(position.line)
        out += ":"
        out += String(position.column)
    }

    private func appendPainted(_ text: String, _ severity: Severity, to out: inout String) {
        guard colored else { return out += text }
        let code = switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
        out += code
        out += text
        out += "\u{1B}[0m"
    }
}

func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
