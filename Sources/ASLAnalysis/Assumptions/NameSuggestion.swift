/// "did you mean …?" candidates for a mistyped name.
///
/// Edit distance written here: none of the packages this project can use (swift-algorithms,
/// swift-collections, …) provides one, and 20 lines do not justify a dependency.
enum NameSuggestion {
    /// Names equal to `name` but for case and spaces, else names within a few edits, nearest
    /// first, at most three.
    static func candidates(for name: String, among names: some Sequence<String>) -> [String] {
        let folded = fold(name)
        let all = Array(Set(names)).sorted()
        let same = all.filter { fold($0) == folded }
        if !same.isEmpty { return same }
        let limit = max(2, folded.count / 3)
        let near = all.compactMap { candidate -> (Int, String)? in
            let distance = editDistance(Array(folded), Array(fold(candidate)), limit: limit)
            return distance.map { ($0, candidate) }
        }
        return near.sorted { $0 < $1 }.prefix(3).map(\.1)
    }

    /// "; did you mean "A" or "B"?", or "".
    static func phrase(for name: String, among names: some Sequence<String>) -> String {
        let found = candidates(for: name, among: names)
        guard !found.isEmpty else { return "" }
        return "; did you mean " + found.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }

    private static func fold(_ text: String) -> String { text.lowercased().filter { !$0.isWhitespace } }

    /// Levenshtein distance, or `nil` when it is over `limit`.
    /// - Complexity: O(a × b).
    private static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
