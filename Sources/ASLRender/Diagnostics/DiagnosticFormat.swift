import ASLAnalysis

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
}
