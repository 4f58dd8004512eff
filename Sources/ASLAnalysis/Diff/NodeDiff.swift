import ASLLoad

/// Field-level differences between two JSON values, as `FieldChange`s with dotted paths
/// (`Retry[1]`, `Parameters.FunctionName`). Objects are compared key by key; arrays element
/// by element along a longest common subsequence, so a Retrier inserted first reads as one
/// addition and not as every retrier changed.
enum NodeDiff {
    /// - Complexity: O(n) nodes visited plus O(a · b) per pair of arrays of lengths a and b
    ///   (arrays beyond 200 × 200 are compared by index). Iterative.
    static func changes(base: LocatedNode, head: LocatedNode, path: String = "") -> [FieldChange] {
        var result: [FieldChange] = []
        var stack: [(path: String, base: LocatedNode?, head: LocatedNode?)] = [(path, base, head)]
        while let (path, base, head) = stack.popLast() {
            switch (base, head) {
            case (nil, let head?):
                result.append(FieldChange(field: path, kind: .added, before: nil, after: CanonicalJSON.short(head), line: head.position.line))
            case (let base?, nil):
                result.append(FieldChange(field: path, kind: .removed, before: CanonicalJSON.short(base), after: nil, line: base.position.line))
            case (let base?, let head?):
                var children: [(String, LocatedNode?, LocatedNode?)] = []
                switch (base.value, head.value) {
                case (.object(let b), .object(let h)):
                    var baseByKey: [String: LocatedNode] = [:]
                    for member in b where baseByKey[member.key] == nil { baseByKey[member.key] = member.value }
                    let headKeys = Set(h.map(\.key))
                    for member in h {
                        children.append((join(path, member.key), baseByKey[member.key], member.value))
                    }
                    for member in b where !headKeys.contains(member.key) {
                        children.append((join(path, member.key), member.value, nil))
                    }
                case (.array(let b), .array(let h)):
                    for (i, j) in align(b, h) {
                        let index = j ?? i ?? 0
                        children.append(("\(path)[\(index)]", i.map { b[$0] }, j.map { h[$0] }))
                    }
                default:
                    if CanonicalJSON.text(base) != CanonicalJSON.text(head) {
                        result.append(
                            FieldChange(
                                field: path, kind: .changed, before: CanonicalJSON.short(base), after: CanonicalJSON.short(head),
                                line: head.position.line))
                    }
                }
                stack.append(contentsOf: children.reversed().map { (path: $0.0, base: $0.1, head: $0.2) })
            case (nil, nil):
                break
            }
        }
        return result
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Pairs of indices (base, head); `nil` on one side for an element only the other has.
    /// Equal elements are paired by a longest common subsequence; between two matched pairs,
    /// leftover elements are paired by position (a changed element), the rest added or removed.
    static func align(_ base: LocatedNode.Elements, _ head: LocatedNode.Elements) -> [(Int?, Int?)] {
        let (n, m) = (base.count, head.count)
        guard n * m <= 40_000 else {
            return (0..<max(n, m)).map { ($0 < n ? $0 : nil, $0 < m ? $0 : nil) }
        }
        let b = base.map(CanonicalJSON.text), h = head.map(CanonicalJSON.text)
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = b[i] == h[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var pairs: [(Int?, Int?)] = []
        var (i, j) = (0, 0)
        var pendingBase: [Int] = [], pendingHead: [Int] = []
        func flush() {
            for k in 0..<max(pendingBase.count, pendingHead.count) {
                pairs.append((k < pendingBase.count ? pendingBase[k] : nil, k < pendingHead.count ? pendingHead[k] : nil))
            }
            pendingBase.removeAll()
            pendingHead.removeAll()
        }
        while i < n || j < m {
            if i < n, j < m, b[i] == h[j] {
                flush()
                pairs.append((i, j))
                i += 1
                j += 1
            } else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] {
                pendingHead.append(j)
                j += 1
            } else {
                pendingBase.append(i)
                i += 1
            }
        }
        flush()
        return pairs
    }
}
