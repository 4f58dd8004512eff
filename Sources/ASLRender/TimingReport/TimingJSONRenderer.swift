import ASLAnalysis
import Foundation

/// `aslkit analyze --format json`: the report as sorted-key JSON. Unbounded values are `null`.
public enum TimingJSONRenderer {
    public static func render(file: String, report: TimingReport, cost: CostEstimate) -> String {
        var text = ""
        StableJSON.write(Document(file: file, report: report, cost: cost), splicing: Document.listKeys, into: &text) { key, indent, stream in
            writeList(key, of: report, indent: indent, into: &stream)
        }
        text += "\n"
        return text
    }

    /// Several machines: a JSON array of the per-machine documents, in load order.
    public static func render(_ machines: [TimingRunner.MachineTiming]) -> String {
        var text = ""
        write(machines, into: &text)
        return text
    }

    /// `render(_:)`, written to `stream` as it is made: the per-state lists (50,000 rows, steps
    /// and reasons on a long chain) are encoded a batch at a time, never as one tree of the
    /// whole report (`StableJSON`; 242 MB for a 10.7 MB chain, 22× its size, before).
    public static func write<Stream: TextOutputStream>(_ machines: [TimingRunner.MachineTiming], into stream: inout Stream) {
        StableJSON.writeArray(count: machines.count, into: &stream) { index, indent, stream in
            let machine = machines[index]
            let document = Document(file: machine.name, report: machine.report, cost: machine.cost)
            StableJSON.write(document, indent: indent, splicing: Document.listKeys, into: &stream) { key, indent, stream in
                writeList(key, of: machine.report, indent: indent, into: &stream)
            }
        }
    }

    private static func writeList<Stream: TextOutputStream>(_ key: Int, of r: TimingReport, indent: [UInt8], into stream: inout Stream) -> Bool {
        switch Document.listKeys[key] {
        case "worstPath": StableJSON.writeElements(r.worstPath.lazy.map(Step.init), indent: indent, into: &stream)
        case "bestPath": StableJSON.writeElements(r.bestPath.lazy.map(\.state), indent: indent, into: &stream)
        case "states": StableJSON.writeElements(r.states.lazy.map(Row.init), indent: indent, into: &stream)
        case "unbounded":
            StableJSON.writeElements(
                r.unbounded.lazy.map { Unbounded(kind: $0.kind.rawValue, state: $0.state, scope: $0.scope, message: $0.message) },
                indent: indent, into: &stream)
        case "notes": StableJSON.writeElements(r.notes, indent: indent, into: &stream)
        default: false
        }
    }

    /// Without the lists of `listKeys`: they are spliced in.
    private struct Document: Encodable {
        static let listKeys = ["worstPath", "bestPath", "states", "unbounded", "notes"]

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
            worstPath = []
            bestPath = []
            states = []
            unbounded = []
            findings = r.findings.map { Finding(ruleID: $0.ruleID, message: $0.message) }
            notes = []
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
