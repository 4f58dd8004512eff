import ASLSource

/// What a validation run produced, in the order the formats print it.
public struct ValidationRun: Sendable {
    public var diagnostics: [Diagnostic]
    public var machines: [MachineSummary]
    public var filesScanned: Int
    /// Findings handed out as they were found (`ValidationRunner.run(paths:options:keepingDiagnostics:emit:)`)
    /// and not kept in `diagnostics`: only their totals.
    public var streamed = Totals()

    /// How many findings of each severity, and which rules fired.
    public struct Totals: Sendable, Equatable {
        public var counts: [Severity: Int] = [:]
        public var ruleIDs: Set<String> = []

        public init() {}

        public mutating func add<S: Sequence<Diagnostic>>(_ diagnostics: S) {
            for diagnostic in diagnostics {
                counts[diagnostic.severity, default: 0] += 1
                ruleIDs.insert(diagnostic.ruleID)
            }
        }
    }

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

    public func count(_ severity: Severity) -> Int {
        diagnostics.filter { $0.severity == severity }.count + streamed.counts[severity, default: 0]
    }

    /// Whether any finding, kept or streamed, has one of these rule ids.
    public func hasFinding(ruledBy ruleIDs: Set<String>) -> Bool {
        !streamed.ruleIDs.isDisjoint(with: ruleIDs) || diagnostics.contains { ruleIDs.contains($0.ruleID) }
    }
}
