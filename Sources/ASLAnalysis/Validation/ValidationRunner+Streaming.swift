import ASLLoad
import ASLSource
import Dispatch
import Foundation

extension ValidationRunner {
    /// `run(paths:options:)` that hands out findings as soon as they can be printed, in the
    /// order `run(paths:options:)` returns them (file name, then position), so that `text` and
    /// `github` output need not hold a repository's findings until the end.
    ///
    /// Files are checked concurrently in file-name order; `emit` (and `options.progress`) run on the calling thread,
    /// one call per file whose turn has come, with that file's findings. A finding is held back
    /// only while a file still to come could have one that sorts before it (two paths naming
    /// the same file). One exception to the order: a finding in a file that a template names
    /// (SAM `DefinitionUri`) comes with the template, after findings of files that sort between
    /// the two.
    ///
    /// The returned run holds the machines and totals; with `keepingDiagnostics` (for `json` and
    /// `sarif`) it is `run(paths:options:)`'s, findings included, all handed out at the end.
    public static func run(
        paths: [String], options: Options = Options(), keepingDiagnostics: Bool, emit: (ArraySlice<Diagnostic>) -> Void
    ) -> ValidationRun {
        // Nothing to print early: the whole-run path, which checks on the calling thread too
        // (measured: 197 MB peak for 16 files with 80,000 findings in JSON, against 208–220 MB
        // with the turns below).
        if keepingDiagnostics {
            let whole = run(paths: paths, options: options)
            if !whole.diagnostics.isEmpty { emit(whole.diagnostics[...]) }
            return whole
        }
        let files = Loader.files(in: paths, policy: options.loading)
        options.progress?.start(total: files.count)
        // Turn order: by path, which is the order findings are printed in.
        let turns = files.indices.sorted { files[$0].path < files[$1].path }
        let slots = OrderedSlots<ValidationRun>(count: turns.count)
        let leavesDocumentToExit = options.endsProcess && turns.count == 1
        let work = { @Sendable (turn: Int) in
            let loaded = Loader.load(files[turns[turn]])
            let run = check(loaded, options: options, leavingModelsToExit: leavesDocumentToExit)
            if leavesDocumentToExit { LeftToExit.keep(loaded) } else { releaseInBackground(consume loaded) }
            slots.store(run, at: turn)
        }
        if turns.count >= 2 {
            DispatchQueue.global().async { DispatchQueue.concurrentPerform(iterations: turns.count, execute: work) }
        } else if turns.count == 1 {
            work(0)
        }

        var result = ValidationRun(diagnostics: [], machines: [], filesScanned: 0)
        var machinesByFile = [[ValidationRun.MachineSummary]](repeating: [], count: files.count)
        var pending: [Diagnostic] = []
        for turn in turns.indices {
            let run = slots.take(turn)
            // Told here, on the thread that prints, so that the progress line and the findings
            // never write over each other.
            defer { options.progress?.advance(item: files[turns[turn]].path) }
            result.filesScanned += run.filesScanned
            machinesByFile[turns[turn]] = run.machines
            pending = pending.isEmpty ? run.diagnostics : merge(pending, run.diagnostics)
            // Every finding of a later file names that file (or one that sorts after it).
            let cut = turn + 1 < turns.count ? (pending.firstIndex { !($0.file < files[turns[turn + 1]].path) } ?? pending.count) : pending.count
            guard cut > 0 else { continue }
            let ready = pending[..<cut]
            result.streamed.add(ready)
            emit(ready)
            pending.removeFirst(cut)
        }
        // Machines in the order the walk found them, as `run(paths:options:)` lists them.
        result.machines = machinesByFile.flatMap { $0 }
        return result
    }

    /// Two sorted lists as one; on ties the first list's element comes first.
    static func merge(_ first: [Diagnostic], _ second: [Diagnostic]) -> [Diagnostic] {
        var merged: [Diagnostic] = []
        merged.reserveCapacity(first.count + second.count)
        var i = first.startIndex, j = second.startIndex
        while i < first.endIndex && j < second.endIndex {
            if second[j] < first[i] {
                merged.append(second[j])
                j += 1
            } else {
                merged.append(first[i])
                i += 1
            }
        }
        merged += first[i...]
        merged += second[j...]
        return merged
    }
}

/// One slot per turn, filled by the worker that checked it and emptied by the one thread that
/// waits for each turn in order. The condition guards every access, which makes the unchecked
/// `Sendable` sound.
private final class OrderedSlots<T>: @unchecked Sendable {
    private let condition = NSCondition()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        condition.lock()
        slots[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until `index` is filled, then hands its value out and empties the slot.
    func take(_ index: Int) -> T {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let value = slots[index]!
        slots[index] = nil
        return value
    }
}

/// A value never freed: the process ends right after the run and the system takes its memory
/// back at once, where freeing a large document node by node costs 70–90% of reading it (on a
/// loaded machine the background thread that would free it competes with the output).
final class LeftToExit<T>: Sendable where T: Sendable {
    let value: T

    private init(_ value: T) { self.value = value }

    static func keep(_ value: T) { _ = Unmanaged.passRetained(LeftToExit(value)) }
}
