import ASLAnalysis

/// The wording shared by the text and Markdown timing reports.
enum TimingPhrases {
    static func timeout(_ source: TimeoutSource?) -> String {
        switch source {
        case nil: "-"
        case .literal(let t): "\(SecondsText.format(Double(t)))"
        case .assumed(let t): "\(SecondsText.format(Double(t))) (assumed)"
        case .missing: "none"
        case .dynamic(let from): "dynamic \(from)"
        }
    }

    static func machineType(_ type: Assumptions.MachineType) -> String {
        type == .express ? "Express" : "Standard"
    }

    /// What the witness assumes of one step, e.g. "6 attempts of timeout 5 min, 5 fail and are
    /// retried (back-off 1 min 2 s)".
    static func step(_ step: WitnessStep) -> String {
        if !step.loopStates.isEmpty {
            let times = step.loopTimes.map { "\($0) times" } ?? "without a bound"
            return joined("loop through \(StatePathAbbreviation().text(step.loopStates)), \(times)", step.exit)
        }
        var perAttempt: String
        switch step.type {
        case "Task": perAttempt = "timeout \(SecondsText.format(step.secondsPerAttempt))"
        case "Parallel": perAttempt = "slowest branch \(SecondsText.format(step.secondsPerAttempt))"
        case "Map":
            if let children = step.childExecutions, let waves = step.batches, waves > 0, let total = step.secondsPerAttempt {
                let each = SecondsText.format(total / Double(waves))
                perAttempt = "\(children) child execution\(children == 1 ? "" : "s") in \(waves) wave\(waves == 1 ? "" : "s") × \(each)"
            } else if step.childExecutions == 0 {
                perAttempt = "no items"
            } else if let batches = step.batches, batches > 0, let total = step.secondsPerAttempt {
                let each = SecondsText.format(total / Double(batches))
                perAttempt = "\(batches) batch\(batches == 1 ? "" : "es") of iterations × \(each)"
            } else {
                perAttempt = step.batches == 0 ? "no items" : "unknown number of items"
            }
        case "Wait": perAttempt = "waits \(SecondsText.format(step.secondsPerAttempt))"
        default: perAttempt = ""
        }
        var text = perAttempt
        if step.attempts > 1 {
            let failing: String
            if case .caught = step.exit {
                failing = "all \(step.attempts) attempts fail"
            } else {
                failing = "\(step.attempts) attempts, \(step.attempts - 1) fail and are retried"
            }
            text = "\(failing) (\(perAttempt) each, back-off \(SecondsText.format(step.retryWaitSeconds)))"
        } else if case .caught = step.exit {
            text = perAttempt.isEmpty ? "fails" : "fails (\(perAttempt))"
        }
        return joined(text, step.exit)
    }

    private static func joined(_ text: String, _ exit: WitnessStep.Exit) -> String {
        let how: String? =
            switch exit {
            case .next: nil
            case .caught(let i, let target): "Catch #\(i + 1) → \(target)"
            case .end: "ends"
            }
        return [text, how].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// "a → b → c" for a best path.
    static func path(_ steps: [WitnessStep]) -> String { StatePathAbbreviation().text(steps.map(\.state)) }

    static func transitions(_ min: Int?, _ max: Int?) -> String {
        "\(min.map(String.init) ?? "unbounded") to \(max.map(String.init) ?? "unbounded")"
    }

    static func worstHeadline(_ report: TimingReport) -> String {
        var text = SecondsText.format(report.worstSeconds)
        if report.binding == .machineTimeout, let cap = report.machineTimeoutSeconds {
            text += " (the machine's TimeoutSeconds \(cap) s binds; the path alone: \(SecondsText.format(report.pathWorstSeconds)))"
        } else if let cap = report.machineTimeoutSeconds {
            text += " (the path binds; the machine's TimeoutSeconds is \(cap) s)"
        }
        return text
    }

    static func cost(_ cost: CostEstimate) -> String {
        "\(Dollars.format(cost.minDollars)) to \(Dollars.format(cost.maxDollars)) per execution"
    }
}
