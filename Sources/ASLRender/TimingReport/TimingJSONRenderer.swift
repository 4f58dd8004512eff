import ASLAnalysis
import Foundation

/// `aslkit analyze --format json`: the report as sorted-key JSON. Unbounded values are `null`.
public enum TimingJSONRenderer {
    public static func render(file: String, report: TimingReport, cost: CostEstimate) -> String {
        encode(Document(file: file, report: report, cost: cost))
    }

    /// Several machines: a JSON array of the per-machine documents, in load order.
    public static func render(_ machines: [TimingRunner.MachineTiming]) -> String {
        encode(machines.map { Document(file: $0.name, report: $0.report, cost: $0.cost) })
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct Document: Encodable {
        var file: String
        var machineType: String
        var worstSeconds: Double?
        var pathWorstSeconds: Double?
        var binding: String
        var machineTimeoutSeconds: Int?
        var bestSeconds: Double?
        var minTransitions: Int?
        var maxTransitions: Int?
        var maxAttempts: Int
        var maxAttemptsState: String?
        var worstPath: [Step]
        var bestPath: [String]
        var states: [Row]
        var unbounded: [Unbounded]
        var findings: [Finding]
        var notes: [String]
        var cost: Cost

        init(file: String, report r: TimingReport, cost c: CostEstimate) {
            self.file = file
            machineType = r.machineType.rawValue
            worstSeconds = r.worstSeconds
            pathWorstSeconds = r.pathWorstSeconds
            binding = r.binding.rawValue
            machineTimeoutSeconds = r.machineTimeoutSeconds
            bestSeconds = r.bestSeconds
            minTransitions = r.minTransitions
            maxTransitions = r.maxTransitions
            maxAttempts = r.maxAttempts
            maxAttemptsState = r.maxAttemptsState
            worstPath = r.worstPath.map(Step.init)
            bestPath = r.bestPath.map(\.state)
            states = r.states.map(Row.init)
            unbounded = r.unbounded.map { Unbounded(kind: $0.kind.rawValue, state: $0.state, scope: $0.scope, message: $0.message) }
            findings = r.findings.map { Finding(ruleID: $0.ruleID, message: $0.message) }
            notes = r.notes
            var parts = [
                CostPart(
                    part: "machine", pricing: c.machineType == .standard ? "standard-transitions" : "express",
                    minDollars: c.machineMinDollars, maxDollars: c.machineMaxDollars)
            ]
            if c.expressChildMaxDollars != 0 {
                parts.append(
                    CostPart(
                        part: "express-child-executions", pricing: "express", minDollars: c.expressChildMinDollars,
                        maxDollars: c.expressChildMaxDollars))
            }
            cost = Cost(
                minDollars: c.minDollars, maxDollars: c.maxDollars, billedMinSeconds: c.billedMinSeconds,
                billedMaxSeconds: c.billedMaxSeconds, billedMemoryMB: c.billedMemoryMB, parts: parts, basis: c.basis)
        }
    }

    private final class Step: Encodable {
        var state: String, scope: String, type: String, attempts: Int
        var secondsPerAttempt: Double?, retryWaitSeconds: Double, seconds: Double?
        var exit: String, catcher: Int?, catchTarget: String?
        var loopStates: [String]?, loopTimes: Int?, batches: Int?, childExecutions: Int?
        var innerLabel: String?, inner: [Step]?

        init(_ s: WitnessStep) {
            state = s.state
            scope = s.scope
            type = s.type
            attempts = s.attempts
            secondsPerAttempt = s.secondsPerAttempt
            retryWaitSeconds = s.retryWaitSeconds
            seconds = s.seconds
            switch s.exit {
            case .next: exit = "next"
            case .end: exit = "end"
            case .caught(let i, let target):
                exit = "caught"
                catcher = i
                catchTarget = target
            }
            loopStates = s.loopStates.isEmpty ? nil : s.loopStates
            loopTimes = s.loopTimes
            batches = s.batches
            childExecutions = s.childExecutions
            innerLabel = s.innerLabel
            inner = s.inner.isEmpty ? nil : s.inner.map(Step.init)
        }
    }

    private struct Row: Encodable {
        var state: String, scope: String, scopePointer: String, type: String, timeout: String?, timeoutSeconds: Int?
        var retriers: Int, firingRetriers: Int, maxAttempts: Int, retryWaitSeconds: Double
        var worstSeconds: Double?, worstTransitions: Int?

        init(_ r: StateTiming) {
            state = r.state
            scope = r.scope
            scopePointer = r.scopePointer
            type = r.type
            switch r.timeout {
            case nil: timeout = nil
            case .literal(let t): (timeout, timeoutSeconds) = ("literal", t)
            case .assumed(let t): (timeout, timeoutSeconds) = ("assumed", t)
            case .missing: timeout = "missing"
            case .dynamic: timeout = "dynamic"
            }
            retriers = r.retriers
            firingRetriers = r.firingRetriers
            maxAttempts = r.maxAttempts
            retryWaitSeconds = r.retryWaitSeconds
            worstSeconds = r.worstSeconds
            worstTransitions = r.worstTransitions
        }
    }

    private struct Unbounded: Encodable { var kind: String, state: String, scope: String, message: String }
    private struct Finding: Encodable { var ruleID: String, message: String }
    private struct Cost: Encodable {
        var minDollars: Double?, maxDollars: Double?, billedMinSeconds: Double?, billedMaxSeconds: Double?
        var billedMemoryMB: Int?, parts: [CostPart], basis: [String]
    }
    /// What each part of the bill is priced by: `standard-transitions` (per state transition,
    /// Standard children's included) or `express` (requests and GB-seconds).
    private struct CostPart: Encodable { var part: String, pricing: String, minDollars: Double?, maxDollars: Double? }
}
