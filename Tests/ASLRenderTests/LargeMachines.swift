import ASLAnalysis
import ASLLoad
import ASLRender

/// Machines past GitHub's Mermaid limits, for the tests of what `report` and `diff` embed:
/// generated chains of Lambda tasks (`SyntheticMachine`) and a machine of many Parallels,
/// whose diagram fits only with the Parallels collapsed.
enum LargeMachines {
    /// Parallels in a chain, each with two branches of `depth` Pass states.
    static func parallels(_ count: Int, depth: Int, changed: Bool = false) -> String {
        func branch(_ p: Int, _ b: Int) -> String {
            let states = (0..<depth).map { s in
                let next = s + 1 < depth ? "\"Next\": \"P\(p) B\(b) S\(s + 1)\"" : "\"End\": true"
                let result = changed && p == 3 && b == 1 && s == 2 ? 1 : 0
                return "\"P\(p) B\(b) S\(s)\": {\"Type\": \"Pass\", \"Result\": \(result), \(next)}"
            }
            return "{\"StartAt\": \"P\(p) B\(b) S0\", \"States\": {\(states.joined(separator: ", "))}}"
        }
        let states = (0..<count).map { p in
            let next = p + 1 < count ? "\"Next\": \"Fan \(p + 1)\"" : "\"End\": true"
            return "\"Fan \(p)\": {\"Type\": \"Parallel\", \"Branches\": [\(branch(p, 0)), \(branch(p, 1))], \(next)}"
        }
        return "{\"StartAt\": \"Fan 0\", \"States\": {\(states.joined(separator: ", "))}}"
    }

    /// The Choice of step 9 compares with 10 instead of 9.
    static func changedChain(_ stateCount: Int) -> String {
        SyntheticMachine.json(stateCount: stateCount).replacingOccurrences(of: "\"NumericLessThan\": 9,", with: "\"NumericLessThan\": 10,")
    }

    static let all: [(String, String)] = [
        ("chain-300", SyntheticMachine.json(stateCount: 300)), ("chain-800", SyntheticMachine.json(stateCount: 800)),
        ("parallels-45x2x6", parallels(45, depth: 6)),
    ]

    static func loaded(_ json: String, file: String) -> LoadedMachine {
        Loader.load(SourceText(path: file + ".asl.json", text: json)).machines[0]
    }

    static func diff(_ base: String, _ head: String, file: String) -> RepositoryDiff {
        var before = LoadResult(), after = LoadResult()
        before.machines = [loaded(base, file: file)]
        after.machines = [loaded(head, file: file)]
        return RepositoryDiffer.diff(base: before, head: after, baseLabel: "a", headLabel: "b")
    }

    static var diffs: [(String, RepositoryDiff)] {
        [
            ("chain-300", diff(SyntheticMachine.json(stateCount: 300), changedChain(300), file: "chain-300")),
            ("chain-800", diff(SyntheticMachine.json(stateCount: 800), changedChain(800), file: "chain-800")),
            ("parallels-45x2x6", diff(parallels(45, depth: 6), parallels(45, depth: 6, changed: true), file: "parallels")),
        ]
    }
}
