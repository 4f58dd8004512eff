import ASLLoad

/// Entry points for `aslkit-bench`: the diff of two texts of one machine, and the analyses a
/// diff runs on one version alone (the baseline its cost is compared with).
public enum DiffBenchmark {
    /// Loads both texts as `bench.asl.json` and diffs them; `nil` when they are the same machine.
    public static func diff(base: String, head: String, options: DiffOptions = DiffOptions()) -> MachineDiff? {
        let path = "bench.asl.json"
        return RepositoryDiffer.diff(
            base: Loader.load(SourceText(path: path, text: base)), head: Loader.load(SourceText(path: path, text: head)),
            baseLabel: "base", headLabel: "head", options: options
        ).machines.first
    }

    /// Load, build, validate, time, cost and count paths for one text: what the diff does to
    /// each side before comparing. Returns the state count so the work is not optimised away.
    public static func analyseOnce(_ text: String, options: DiffOptions = DiffOptions()) -> Int {
        Loader.load(SourceText(path: "bench.asl.json", text: text)).machines.map { MachineVersion($0, options: options).metrics.states }
            .reduce(0, +)
    }
}
