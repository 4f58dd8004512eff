import ASLModel

/// Which states of one scope correspond across versions: same name, or renamed (same
/// content under a new name, references following it); the rest are added or removed.
struct StateMatching {
    /// (base index, head index), head document order.
    var pairs: [(base: Int, head: Int)] = []
    var removed: [Int] = []
    var added: [Int] = []
    /// Base name → head name.
    var renames: [String: String] = [:]

    /// - Complexity: O(n · s) for n states of total size s, plus O(r²) re-checks for r
    ///   rename candidates.
    init(base: Scope, head: Scope?) {
        guard let head else {
            removed = Array(base.states.indices)
            return
        }
        var unmatchedBase = base.states.indices.filter { head.index(of: base.states[$0].name) == nil }
        let unmatchedHead = head.states.indices.filter { base.index(of: head.states[$0].name) == nil }
        var candidates = Self.renameCandidates(base: base, head: head, unmatchedBase: unmatchedBase, unmatchedHead: unmatchedHead)
        // A candidate holds only if its content agrees once every rename is applied; dropping
        // one can break another that pointed at it, so repeat until nothing changes.
        let baseTargets = Self.targetCounts(base), headTargets = Self.targetCounts(head)
        while true {
            let map = Dictionary(uniqueKeysWithValues: candidates.map { (base.states[$0.base].name, head.states[$0.head].name) })
            let kept = candidates.filter { pair in
                let (old, new) = (base.states[pair.base].name, head.states[pair.head].name)
                guard headTargets[old] == nil, baseTargets[old] == headTargets[new] else { return false }
                let mapped = StateContent.comparable(base.states[pair.base].node) { map[$0] ?? $0 }
                return NodeEquality.equal(mapped, StateContent.comparable(head.states[pair.head].node) { $0 })
            }
            if kept.count == candidates.count {
                renames = map
                break
            }
            candidates = kept
        }
        let renamedBase = Set(candidates.map(\.base)), renamedHead = Dictionary(uniqueKeysWithValues: candidates.map { ($0.head, $0.base) })
        unmatchedBase.removeAll { renamedBase.contains($0) }
        removed = unmatchedBase
        for h in head.states.indices {
            if let b = base.index(of: head.states[h].name) {
                pairs.append((b, h))
            } else if let b = renamedHead[h] {
                pairs.append((b, h))
            } else {
                added.append(h)
            }
        }
    }

    /// How often each name is a target (`StartAt`, `Next`, `Default`, a rule's or catcher's
    /// `Next`) in a scope: a rename must leave no reference to the old name and as many to the
    /// new one as there were to the old.
    private static func targetCounts(_ scope: Scope) -> [String: Int] {
        var counts: [String: Int] = [:]
        var targets = scope.startAt.map { [$0.value] } ?? []
        for state in scope.states {
            targets += state.next.map { [$0.value] } ?? []
            targets += state.catchers.compactMap { $0.next?.value }
            if let choice = state.choice {
                targets += choice.rules.compactMap { $0.next?.value } + (choice.defaultTarget.map { [$0.value] } ?? [])
            }
        }
        for target in targets { counts[target, default: 0] += 1 }
        return counts
    }

    /// Pairs whose whole content (nested scopes included) is equal with targets blanked, first
    /// come first served in document order.
    private static func renameCandidates(base: Scope, head: Scope, unmatchedBase: [Int], unmatchedHead: [Int]) -> [(base: Int, head: Int)] {
        guard !unmatchedBase.isEmpty, !unmatchedHead.isEmpty else { return [] }
        var byFingerprint: [String: [Int]] = [:]
        for h in unmatchedHead {
            byFingerprint[StateContent.renameFingerprint(head.states[h].node), default: []].append(h)
        }
        var result: [(base: Int, head: Int)] = []
        for b in unmatchedBase {
            let fingerprint = StateContent.renameFingerprint(base.states[b].node)
            if var queue = byFingerprint[fingerprint], !queue.isEmpty {
                result.append((b, queue.removeFirst()))
                byFingerprint[fingerprint] = queue
            }
        }
        return result
    }
}
