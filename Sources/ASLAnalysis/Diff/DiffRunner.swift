import ASLLoad
import Foundation

/// The whole `aslkit diff` pipeline: read both versions (two files, two directories, or git
/// revisions), diff every machine, decide the exit status.
public enum DiffRunner {
    public enum Input: Sendable {
        /// Two files, or two directories.
        case paths(base: String, head: String)
        /// `REV` (against the working tree) or `A..B`, in the repository around `directory`.
        case git(range: String, directory: String = ".")
    }

    public struct Run: Sendable {
        /// `nil` when the input could not be read at all (`error` says why).
        public var diff: RepositoryDiff?
        public var error: String?
        /// The file `error` is about, when it is about one.
        public var errorFile: String? = nil

        /// 2 unreadable input, 1 when a `--fail-on` condition holds, else 0.
        public func exitCode(failOnNewErrors: Bool, failOnBudget: Bool) -> Int32 {
            guard let diff else { return 2 }
            return RepositoryDiffer.failures(diff, newErrors: failOnNewErrors, budget: failOnBudget) ? 1 : 0
        }
    }

    public static func run(_ input: Input, options: DiffOptions = DiffOptions()) -> Run {
        switch input {
        case .paths(let base, let head):
            return diffPaths(base: base, head: head, options: options)
        case .git(let range, let directory):
            do {
                return Run(diff: try diffGit(range: range, directory: directory, options: options))
            } catch {
                return Run(diff: nil, error: "\(error)")
            }
        }
    }

    static func diffPaths(base: String, head: String, options: DiffOptions) -> Run {
        for path in [base, head] where !FileManager.default.fileExists(atPath: path) {
            return Run(diff: nil, error: "\(path): no such file or directory")
        }
        let (baseIsDirectory, headIsDirectory) = (isDirectory(base), isDirectory(head))
        guard baseIsDirectory == headIsDirectory else {
            return Run(diff: nil, error: "compare two files or two directories, not a file with a directory")
        }
        let pairing =
            baseIsDirectory
            ? RepositoryDiffer.Pairing(baseRoot: base, headRoot: head) : RepositoryDiffer.Pairing(ignoreFiles: true)
        let (baseLoad, headLoad) = (Loader.load(paths: [base], policy: options.loading), Loader.load(paths: [head], policy: options.loading))
        // A side that exists but cannot be read (a FIFO, a device, a file over the size limit) is
        // not an empty side: calling every machine of the other one added would be a false report.
        let unreadable = [LoadRuleID.inputUnreadable, LoadRuleID.inputTooLarge]
        if let failure = (baseLoad.diagnostics + headLoad.diagnostics).first(where: { unreadable.contains($0.ruleID) }) {
            return Run(diff: nil, error: failure.message, errorFile: failure.file)
        }
        let diff = RepositoryDiffer.diff(
            base: baseLoad, head: headLoad, baseLabel: base, headLabel: head, pairing: pairing, options: options)
        return Run(diff: diff)
    }

    /// Loads only the files git reports as changed, on both sides; files that may hold
    /// machines and did not change are loaded once, to count their machines as unchanged.
    /// Files a template names are read from the working tree, inside the repository.
    static func diffGit(range: String, directory: String, options: DiffOptions) throws -> RepositoryDiff {
        let revisions = try GitRevisionRange(parsing: range)
        let repository = try GitRepository(containing: directory)
        let (base, head) = (revisions.base, revisions.head)
        let baseCommit = try repository.resolveCommit(base)
        let headCommit = try head.map { try repository.resolveCommit($0) }
        let changes = try repository.changes(base: baseCommit, head: headCommit)
        let baseCandidates = try repository.candidateFiles(at: baseCommit)
        let headCandidates = try repository.candidateFiles(at: headCommit)
        let confinement = PathConfinement(root: repository.root, workingDirectory: repository.root, policy: options.loading)
        func load(_ paths: some Sequence<String>, at revision: String?) throws -> LoadResult {
            var result = LoadResult()
            for path in paths.sorted() {
                let source = SourceText(path: path, text: try repository.text(of: path, at: revision))
                let loaded = Loader.load(source, confinement: confinement)
                result.machines += loaded.machines
                result.diagnostics += loaded.diagnostics
                result.filesScanned += 1
            }
            return result
        }
        let baseLoad = try load(changes.basePaths.intersection(baseCandidates), at: baseCommit)
        let headLoad = try load(changes.headPaths.intersection(headCandidates), at: headCommit)
        let unchanged = try load(headCandidates.subtracting(changes.headPaths), at: headCommit).machines.count
        return RepositoryDiffer.diff(
            base: baseLoad, head: headLoad, baseLabel: base, headLabel: head ?? "working tree",
            pairing: RepositoryDiffer.Pairing(renames: changes.renames), options: options, unchangedElsewhere: unchanged)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
