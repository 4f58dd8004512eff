import ASLAnalysis
import ASLSource

/// The output formats of `aslkit validate`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// `path:line:col: severity: [rule-id] message`, the form compilers use and editors parse.
    case text
    /// The documented JSON report (see README, "JSON output").
    case json
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`).
    case github

    public func render(_ run: ValidationRun, colored: Bool = false, toolVersion: String) -> String {
        switch self {
        case .text: TextDiagnosticFormatter(colored: colored).format(run)
        case .json: JSONDiagnosticFormatter().format(run)
        case .sarif: SARIFFormatter(toolVersion: toolVersion).format(run)
        case .github: GitHubAnnotationFormatter().format(run)
        }
    }

    /// Whether the format prints findings one by one (`text`, `github`), so that they can be
    /// printed as they are found: `renderFindings` for each batch, then `writeEnd`.
    public var streams: Bool { self == .text || self == .github }

    /// The lines of a batch of findings, as `render` prints them.
    public func renderFindings(_ diagnostics: ArraySlice<Diagnostic>, colored: Bool = false) -> String {
        switch self {
        case .text: TextDiagnosticFormatter(colored: colored).lines(diagnostics)
        case .github: GitHubAnnotationFormatter().lines(diagnostics)
        case .json, .sarif: ""
        }
    }

    /// What follows the findings, written to `stream` as it is made: the summary line for
    /// `text`, nothing for `github`, and the whole report for the formats that do not stream
    /// (a SARIF log of 50,000 findings is 31 MB).
    public func writeEnd(_ run: ValidationRun, colored: Bool = false, toolVersion: String, into stream: inout some TextOutputStream) {
        switch self {
        case .text: stream.write(TextDiagnosticFormatter(colored: colored).summary(run) + "\n")
        case .github: break
        case .json: JSONDiagnosticFormatter().write(run, into: &stream)
        case .sarif: SARIFFormatter(toolVersion: toolVersion).write(run, into: &stream)
        }
    }
}
