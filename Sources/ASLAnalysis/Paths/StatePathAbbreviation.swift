import ASLSource
/// A path of states short enough for one line: the first and last states, the states the
/// caller marks (the changed ones in a diff), and `… N states …` for every run left out. A
/// path through a 5,000-state chain is one line of a few dozen names, not 85,000 characters.
///
/// Every report that prints a path on one line (`diff`'s worst-case path, `audit`'s and
/// `diff`'s budget messages, `analyze`'s best case, `paths`' test and prime paths) uses this;
/// JSON output keeps every state.
public struct StatePathAbbreviation: Sendable {
    /// One element of the shortened path.
    public enum Piece: Hashable, Sendable {
        case state(String)
        /// `count` states left out here, `marked` of them marked.
        case gap(count: Int, marked: Int)
    }

    /// Paths of at most this many states are written whole.
    public var limit: Int
    /// States kept at each end.
    public var ends: Int

    public init(limit: Int = 25, ends: Int = 5) {
        self.limit = max(limit, 2 * ends + 1)
        self.ends = max(ends, 1)
    }

    /// The pieces of `states`: the ends, then marked states in path order while they fit in
    /// `limit`; a run of one state is shown rather than counted.
    /// - Complexity: O(n) for n states.
    public func pieces(_ states: [String], marked: Set<String> = []) -> [Piece] {
        guard states.count > limit else { return states.map(Piece.state) }
        var keep = [Bool](repeating: false, count: states.count)
        for i in 0..<ends { keep[i] = true; keep[states.count - 1 - i] = true }
        var room = limit - 2 * ends
        for i in ends..<(states.count - ends) where room > 0 && marked.contains(states[i]) {
            keep[i] = true
            room -= 1
        }
        var pieces: [Piece] = []
        var i = 0
        while i < states.count {
            if keep[i] {
                pieces.append(.state(states[i]))
                i += 1
                continue
            }
            var end = i
            var markedCount = 0
            while end < states.count, !keep[end] {
                if marked.contains(states[end]) { markedCount += 1 }
                end += 1
            }
            pieces.append(end - i == 1 ? .state(states[i]) : .gap(count: end - i, marked: markedCount))
            i = end
        }
        return pieces
    }

    /// Plain text: `A → B → … 4,990 states … → Y → Z`.
    public func text(_ states: [String], marked: Set<String> = []) -> String {
        Self.join(pieces(states, marked: marked), state: { $0 }, gap: { $0 })
    }

    /// The pieces joined by ` → `, each state through `state` and each gap's words through `gap`.
    public static func join(_ pieces: [Piece], state: (String) -> String, gap: (String) -> String) -> String {
        pieces.map { piece in
            switch piece {
            case .state(let name): state(name)
            case .gap(let count, let marked): gap(gapText(count: count, marked: marked))
            }
        }.joined(separator: " → ")
    }

    /// `… 4,990 states …`, `… 1,200 states (3 changed) …`.
    public static func gapText(count: Int, marked: Int, markedWord: String = "changed") -> String {
        let states = "\(DigitGrouping.grouped(count)) state\(count == 1 ? "" : "s")"
        return "… " + states + (marked > 0 ? " (\(DigitGrouping.grouped(marked)) \(markedWord))" : "") + " …"
    }
}
