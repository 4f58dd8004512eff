import ASLSource

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
