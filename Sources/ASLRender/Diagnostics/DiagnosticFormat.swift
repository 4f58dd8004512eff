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
}

/// What a validation run produced, in the order the formats print it.
public struct ValidationRun: Sendable {
    public var diagnostics: [Diagnostic]
    public var machines: [MachineSummary]
    public var filesScanned: Int

    public struct MachineSummary: Sendable, Hashable {
        public var file: String
        public var resource: String?
        public var states: Int

        public init(file: String, resource: String?, states: Int) {
            self.file = file
            self.resource = resource
            self.states = states
        }
    }

    public init(diagnostics: [Diagnostic], machines: [MachineSummary], filesScanned: Int) {
        self.diagnostics = diagnostics
        self.machines = machines
        self.filesScanned = filesScanned
    }

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}

import ASLSource
