import ASLSource
import Foundation

/// The loading stage's entry point: paths (files and directories) in, state machine
/// definitions and loading diagnostics out.
public enum Loader {
    /// Loads every state machine found in `paths`. Directories are walked recursively in sorted
    /// order; files found by walking that hold no machine are skipped silently, while a file
    /// named explicitly gets a `no-state-machine` warning. Unreadable files are reported and the
    /// rest still loaded.
    public static func load(paths: [String]) -> LoadResult {
        let files = files(in: paths)
        // Files are independent: read them on every core, then merge in the order found.
        let loaded = files.concurrentMap(concurrently: files.count >= 2) { load($0) }
        var result = LoadResult()
        for file in loaded { result.append(file) }
        return result
    }

    /// A file `load(paths:)` reads: named on the command line, or found by walking a directory.
    public struct InputFile: Sendable, Equatable {
        public var path: String
        /// Named explicitly: when it holds no machine, that is worth a warning.
        public var explicit: Bool
    }

    /// The files `load(paths:)` reads, in the order it reads them, for callers that process
    /// each file on its own (and free it) instead of holding every document at once.
    public static func files(in paths: [String]) -> [InputFile] {
        var files: [InputFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                files += DirectoryWalker.candidateFiles(under: path).map { InputFile(path: $0, explicit: false) }
            } else {
                files.append(InputFile(path: path, explicit: true))
            }
        }
        return files
    }

    /// The machines of one file of `files(in:)`.
    public static func load(_ file: InputFile) -> LoadResult {
        loadFile(file.path, explicit: file.explicit)
    }

    /// Loads the machines of one text, read as if it were the file `source.path` named
    /// explicitly. `DefinitionUri` references are read relative to that path.
    public static func load(_ source: SourceText) -> LoadResult {
        let read = DocumentReading.read(text: source.text, path: source.path)
        var result = load(read: read, text: { source.text }, path: source.path, explicit: true)
        result.filesScanned = 1
        return result
    }

    /// Loads the machines of raw bytes (standard input, say), read as if they were the file
    /// `path` named explicitly: its extension, or else the first character, picks the reader.
    public static func load(bytes: [UInt8], path: String) -> LoadResult {
        load(bytes: bytes, path: path, explicit: true)
    }

    static func loadFile(_ path: String, explicit: Bool) -> LoadResult {
        let bytes: [UInt8]
        switch FileContents.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return LoadResult(diagnostics: [failure.diagnostic(file: path)], filesScanned: 1)
        }
        if !explicit && !FilePaths.isASLName(path) && !ContentSniffer.mayHoldMachines(bytes) {
            return LoadResult(filesScanned: 1)
        }
        return load(bytes: bytes, path: path, explicit: explicit)
    }

    private static func load(bytes: [UInt8], path: String, explicit: Bool) -> LoadResult {
        let read = DocumentReading.read(bytes: bytes, path: path)
        var result = load(read: read, text: { String(decoding: bytes, as: UTF8.self) }, path: path, explicit: explicit)
        result.filesScanned = 1
        return result
    }

    private static func load(read: ReadResult, text: () -> String, path: String, explicit: Bool) -> LoadResult {
        guard let root = read.root else {
            return LoadResult(diagnostics: read.diagnostics)
        }
        // Lines only serve to map definitions embedded in template strings; plain ASL (the
        // common and possibly large case) skips building them.
        let lines = DocumentExtractor.isASL(root) ? nil : SourceLines(text())
        let context = ExtractionContext(file: path, lines: lines, readReferencedFile: readDefinitionFile)
        let extraction = DocumentExtractor(context: context).extract(root)
        var diagnostics = read.diagnostics + extraction.diagnostics
        if extraction.machines.isEmpty && extraction.diagnostics.isEmpty {
            guard explicit else { return LoadResult() }
            diagnostics.append(Diagnostic(
                ruleID: LoadRuleID.noStateMachine, severity: .warning,
                message: "no state machine found (expected an ASL document with StartAt and States, a template with a state machine resource, or a Serverless stepFunctions section)",
                file: path, position: nil))
        }
        return LoadResult(machines: extraction.machines, diagnostics: diagnostics)
    }

    /// Reads a file named by `DefinitionUri`; `nil` when it cannot be read.
    @Sendable static func readDefinitionFile(_ path: String) -> ReadResult? {
        guard case .success(let bytes) = FileContents.read(path) else { return nil }
        return DocumentReading.read(bytes: bytes, path: path)
    }
}
