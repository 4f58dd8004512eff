import ASLModel

/// A Map state: attempts × ⌈items / concurrency⌉ × one iteration's worst case, plus waits;
/// transitions attempts × (1 + items × one iteration's transitions).
///
/// Concurrency: `MaxConcurrency` 0 or absent means "no limit" in the definition, but the
/// service still runs at most 40 inline iterations and 10,000 distributed child executions at
/// once (ASL-FACTS §6), so those are the effective limits. A dynamic `MaxConcurrency` is
/// taken as 1 (every item in sequence), the only value that is safe for a worst case.
struct MapCostModel {
    static let inlineConcurrencyLimit = 40
    static let distributedConcurrencyLimit = 10_000

    let assumptions: Assumptions
    let scopeName: String

    func price(_ state: State, _ map: MapState, iteration: ScopeResult, into cost: inout StateCost) {
        cost.absorb(iteration)
        let (concurrency, note) = effectiveConcurrency(map, state: state.name)
        if let note { cost.notes.append(note) }
        // A negative count (invalid input, reported by validation) counts as none.
        let assumed = assumptions.mapItems[state.name].map { max(0, $0) }
        let maxItems = assumed ?? map.knownItemCount.map { max(0, $0) }
        // A literal `Items` array is exact; `ReaderConfig.MaxItems` only caps the count.
        let minItems = assumed ?? (map.usesItemReader ? 0 : max(0, map.knownItemCount ?? 0))
        cost.innerLabel = "one iteration"
        cost.inner = iteration.worstPath
        guard let maxItems else {
            cost.reasons.append(
                UnboundedReason(
                    kind: .unknownItemCount, state: state.name, scope: scopeName,
                    message: "Map item count is not in the definition; assume one with map-items"))
            cost.best = Measure(seconds: 0, transitions: 1)
            cost.applyRetries(state, attempt: .unbounded)
            return
        }
        let batches = Self.batches(maxItems, concurrency)
        let minBatches = Self.batches(minItems, concurrency)
        cost.batches = batches
        let perAttempt = Measure(
            seconds: times(Double(batches), iteration.worst.seconds),
            transitions: 1 + times(Double(maxItems), iteration.worst.transitions))
        cost.best = Measure(
            seconds: times(Double(minBatches), iteration.best.seconds),
            transitions: 1 + times(Double(minItems), iteration.best.transitions))
        cost.applyRetries(state, attempt: perAttempt)
    }

    /// ⌈items / concurrency⌉ without the overflow of `items + concurrency - 1` near `Int.max`.
    static func batches(_ items: Int, _ concurrency: Int) -> Int {
        items / concurrency + (items % concurrency == 0 ? 0 : 1)
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
