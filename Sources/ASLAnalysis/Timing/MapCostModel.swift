import ASLModel

/// A Map state, per attempt.
///
/// Inline: ⌈items / concurrency⌉ waves of one iteration's worst case; transitions 1 + items ×
/// one iteration's.
///
/// Distributed: `ItemBatcher.MaxItemsPerBatch` b turns n items into ⌈n / b⌉ child executions,
/// each of which runs the item processor once on its batch; ⌈children / concurrency⌉ waves of
/// one child's worst case. An `EXPRESS` child is stopped at 5 minutes and billed as an Express
/// execution (one request, its duration rounded up to 100 ms × memory), not per transition; a
/// `STANDARD` child has no 5-minute cap and its transitions are billed like the parent's.
/// `ToleratedFailure…` changes no bound: at worst every child runs to its bound, and failures
/// past the tolerance fail the Map, whose Retry and Catch then apply.
///
/// Concurrency: `MaxConcurrency` 0 or absent means "no limit" in the definition, but the
/// service runs at most 40 inline iterations and 10,000 distributed child executions at once
/// (ASL-FACTS §6, from AWS's Map pages), so those are the effective limits; an inline Map's
/// `MaxConcurrency` above 40 is still 40. A dynamic `MaxConcurrency` or `MaxItemsPerBatchPath`
/// is taken as 1, the only value that is safe for a worst case.
struct MapCostModel {
    static let inlineConcurrencyLimit = 40
    static let distributedConcurrencyLimit = 10_000

    let assumptions: Assumptions
    let scopeName: String

    func price(_ state: State, _ map: MapState, iteration: ScopeResult, into cost: inout StateCost) {
        let express = map.mode == .distributed && map.executionType == .express
        if express {
            // The 5-minute cap bounds an Express child whatever its states do, and nothing in
            // it is billed per transition: what would leave it unbounded is only worth a note.
            var capped = iteration
            capped.notes += iteration.reasons.map { "\($0.state) (in an Express child of \(state.name), stopped at 5 minutes): \($0.message)" }
            capped.reasons = []
            cost.absorb(capped)
        } else {
            cost.absorb(iteration)
        }
        let (concurrency, note) = effectiveConcurrency(map, state: state.name)
        if let note { cost.notes.append(note) }
        // A negative count (invalid input, reported by validation) counts as none.
        let assumed = assumptions.mapItems[state.name].map { max(0, $0) }
        let maxItems = assumed ?? map.knownItemCount.map { max(0, $0) }
        // A literal `Items` array is exact; `ReaderConfig.MaxItems` only caps the count.
        let minItems = assumed ?? (map.usesItemReader ? 0 : max(0, map.knownItemCount ?? 0))
        let distributed = map.mode == .distributed
        cost.innerLabel = distributed ? "one child execution" : "one iteration"
        cost.inner = iteration.worstPath
        guard let maxItems else {
            cost.reasons.append(
                UnboundedReason(
                    kind: .unknownItemCount, state: state.name, scope: scopeName,
                    message: "Map item count is not in the definition; assume one with map-items"))
            cost.best = Measure(seconds: 0, transitions: 1)
            var child = iteration.worst
            if express { child.expressChildDollars = 1 }
            cost.applyRetries(state, attempt: .unbounded(repeating: child))
            return
        }
        guard distributed else {
            let batches = Self.batches(maxItems, concurrency)
            cost.batches = batches
            let perAttempt = Measure(
                seconds: times(Double(batches), iteration.worst.seconds),
                transitions: 1 + times(Double(maxItems), iteration.worst.transitions),
                expressChildDollars: times(Double(maxItems), iteration.worst.expressChildDollars))
            cost.best = Measure(
                seconds: times(Double(Self.batches(minItems, concurrency)), iteration.best.seconds),
                transitions: 1 + times(Double(minItems), iteration.best.transitions),
                expressChildDollars: times(Double(minItems), iteration.best.expressChildDollars))
            cost.applyRetries(state, attempt: perAttempt)
            return
        }
        let perChild = itemsPerChild(map, state: state.name, into: &cost)
        let children = Self.batches(maxItems, perChild.worst)
        let fewestChildren = Self.batches(minItems, perChild.best)
        let waves = Self.batches(children, concurrency)
        cost.batches = waves
        cost.childExecutions = children
        var worstChild = iteration.worst
        var bestChild = iteration.best
        if express {
            let limit = TimingAnalyzer.expressLimitSeconds
            if worstChild.seconds > limit {
                cost.notes.append(
                    "\(state.name): an Express child execution stops at 5 minutes, so each child counts 5 min, not its path's \(SecondsText.format(worstChild.seconds))")
            }
            worstChild.seconds = min(worstChild.seconds, limit)
            bestChild.seconds = min(bestChild.seconds, limit)
            worstChild.expressChildDollars += expressDollars(seconds: worstChild.seconds)
            bestChild.expressChildDollars += expressDollars(seconds: bestChild.seconds)
            // Transitions inside an Express child are not billed; the report counts billed ones.
            worstChild.transitions = 0
            bestChild.transitions = 0
        }
        let perAttempt = Measure(
            seconds: times(Double(waves), worstChild.seconds),
            transitions: 1 + times(Double(children), worstChild.transitions),
            expressChildDollars: times(Double(children), worstChild.expressChildDollars))
        cost.best = Measure(
            seconds: times(Double(Self.batches(fewestChildren, concurrency)), bestChild.seconds),
            transitions: 1 + times(Double(fewestChildren), bestChild.transitions),
            expressChildDollars: times(Double(fewestChildren), bestChild.expressChildDollars))
        cost.applyRetries(state, attempt: perAttempt)
    }

    /// ⌈items / concurrency⌉ without the overflow of `items + concurrency - 1` near `Int.max`.
    static func batches(_ items: Int, _ concurrency: Int) -> Int {
        items / concurrency + (items % concurrency == 0 ? 0 : 1)
    }

    /// Items per child execution for the worst case (fewest per child: most children) and the
    /// best case (most per child).
    private func itemsPerChild(_ map: MapState, state: String, into cost: inout StateCost) -> (worst: Int, best: Int) {
        switch map.batching {
        case nil: return (1, 1)
        case .items(.literal(let b, _)): return (max(1, b), max(1, b))
        case .items(let dynamic):
            cost.notes.append(
                "\(state): MaxItemsPerBatch is set at run time (\(dynamic.dynamicDescription ?? "dynamically")); assumed 1 item per child execution")
            return (1, 1)
        case .bytesOnly:
            cost.notes.append(
                "\(state): MaxInputBytesPerBatch alone bounds no item count (a batch may hold one item); assumed 1 item per child execution")
            return (1, 1)
        }
    }

    /// One Express child execution of `seconds`: a request plus its duration, rounded up to
    /// 100 ms, × the assumed memory in 64 MB chunks.
    private func expressDollars(seconds: Double) -> Double {
        let memory = Double(Pricing.billedExpressMemoryMB(assumptions.expressMemoryMB ?? Pricing.expressMemoryChunkMB)) / 1024
        return Pricing.expressPerRequest + Pricing.billedExpressSeconds(seconds) * memory * Pricing.expressPerGBSecond
    }

    private func effectiveConcurrency(_ map: MapState, state: String) -> (Int, String?) {
        let limit = map.mode == .inline ? Self.inlineConcurrencyLimit : Self.distributedConcurrencyLimit
        switch map.maxConcurrency {
        case nil, .literal(0, _): return (limit, nil)
        case .literal(let c, _): return (max(1, min(c, limit)), nil)
        case .path, .jsonata:
            let from = map.maxConcurrency?.dynamicDescription ?? "dynamically"
            return (1, "\(state): MaxConcurrency is set at run time (\(from)); assumed 1 (iterations in sequence)")
        }
    }
}
