public import ASLLoad
import ASLSource

/// Matches the machines of two versions by origin (file relative to its side's root, and the
/// template resource) and diffs each pair. Machines with the same definition are counted, not
/// analysed.
public enum RepositoryDiffer {
    /// How machines of the two sides are paired.
    public struct Pairing: Sendable {
        /// Prefix stripped from base and head files to get the path both sides share (a
        /// directory given on the command line); empty for repository-relative paths.
        public var baseRoot: String
        public var headRoot: String
        /// Base file → head file, from git's rename detection.
        public var renames: [String: String]
        /// Pair by resource name only: two files given explicitly, whatever their names.
        public var ignoreFiles: Bool

        public init(baseRoot: String = "", headRoot: String = "", renames: [String: String] = [:], ignoreFiles: Bool = false) {
            self.baseRoot = baseRoot
            self.headRoot = headRoot
            self.renames = renames
            self.ignoreFiles = ignoreFiles
        }
    }

    /// - Parameter unchangedElsewhere: machines known to be unchanged that were not loaded
    ///   (files git reports as unmodified).
    /// - Complexity: O(s) to compare definitions of total size s, plus both versions'
    ///   analyses for each changed machine.
    public static func diff(
        base: LoadResult, head: LoadResult, baseLabel: String, headLabel: String, pairing: Pairing = Pairing(),
        options: DiffOptions = DiffOptions(), unchangedElsewhere: Int = 0
    ) -> RepositoryDiff {
        let baseByKey = keyed(base.machines, root: pairing.baseRoot, renames: pairing.renames, ignoreFiles: pairing.ignoreFiles)
        let headByKey = keyed(head.machines, root: pairing.headRoot, renames: [:], ignoreFiles: pairing.ignoreFiles)
        var diffs: [MachineDiff] = []
        var unchanged = unchangedElsewhere
        for key in Set(baseByKey.keys).union(headByKey.keys).sorted() {
            switch (baseByKey[key], headByKey[key]) {
            case (let b?, let h?):
                if b.machineType == h.machineType && NodeEquality.equal(b.definition, h.definition) {
                    unchanged += 1
                    continue
                }
                let baseName = b.origin.displayName == h.origin.displayName ? nil : b.origin.displayName
                diffs.append(
                    MachineDiffer.diff(
                        base: MachineVersion(b, options: options), head: MachineVersion(h, options: options),
                        name: h.origin.displayName, baseName: baseName))
            case (nil, let h?):
                let version = MachineVersion(h, options: options)
                var diff = MachineDiffer.empty(name: h.origin.displayName, baseName: nil, file: h.origin.file, status: .added)
                diff.after = version.metrics
                diff.introduced = version.diagnostics
                diff.brokenBudgets = version.breaches
                diff.head = version.machine
                diffs.append(diff)
            case (let b?, nil):
                let version = MachineVersion(b, options: options)
                var diff = MachineDiffer.empty(name: b.origin.displayName, baseName: nil, file: b.origin.file, status: .removed)
                diff.before = version.metrics
                diff.base = version.machine
                diffs.append(diff)
            case (nil, nil):
                break
            }
        }
        let relevant = { (d: Diagnostic) in d.ruleID != LoadRuleID.noStateMachine }
        var baseProblems: [String: Int] = [:]
        for d in base.diagnostics where relevant(d) {
            var file = relative(d.file, to: pairing.baseRoot)
            file = pairing.ignoreFiles ? "" : pairing.renames[file] ?? file
            baseProblems[[d.ruleID, file, d.message].joined(separator: "\u{1}"), default: 0] += 1
        }
        let introduced = head.diagnostics.filter(relevant).filter { d in
            let key = [d.ruleID, pairing.ignoreFiles ? "" : relative(d.file, to: pairing.headRoot), d.message].joined(separator: "\u{1}")
            guard let count = baseProblems[key], count > 0 else { return true }
            baseProblems[key] = count - 1
            return false
        }
        return RepositoryDiff(
            baseLabel: baseLabel, headLabel: headLabel, machines: diffs.sorted { $0.name < $1.name }, unchangedCount: unchanged,
            diagnostics: (base.diagnostics + head.diagnostics).filter(relevant).sorted(), introducedLoadingProblems: introduced.sorted())
    }

    /// `fail-on new-errors`: an error diagnostic the base did not have. `fail-on budget`: a
    /// budget the base kept and the head breaks.
    public static func failures(_ diff: RepositoryDiff, newErrors: Bool, budget: Bool) -> Bool {
        (newErrors && diff.introducesErrors) || (budget && diff.machines.contains { !$0.brokenBudgets.isEmpty })
    }

    private static func keyed(_ machines: [LoadedMachine], root: String, renames: [String: String], ignoreFiles: Bool) -> [String: LoadedMachine] {
        var result: [String: LoadedMachine] = [:]
        for machine in machines {
            var file = relative(machine.origin.file, to: root)
            file = renames[file] ?? file
            let key = (ignoreFiles ? "" : file) + "#" + (machine.origin.resource ?? "")
            if result[key] == nil { result[key] = machine }
        }
        return result
    }

    static func relative(_ file: String, to root: String) -> String {
        guard !root.isEmpty else { return file }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }
}
