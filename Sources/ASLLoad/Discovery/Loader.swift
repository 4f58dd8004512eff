import ASLSource
import Foundation

/// The loading stage's entry point: paths (files and directories) in, state machine
/// definitions and loading diagnostics out.
public enum Loader {
    /// Loads every state machine found in `paths`. Directories are walked recursively in sorted
    /// order; files found by walking that hold no machine are skipped silently, while a file
    /// named explicitly gets a `no-state-machine` warning. Unreadable files are reported and the
    /// rest still loaded. `policy` says whether links are followed and files a template names
    /// may be read outside each input's root (`PathConfinement`).
    public static func load(paths: [String], policy: LoadPolicy = LoadPolicy()) -> LoadResult {
        let files = files(in: paths, policy: policy)
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
        /// Where the files its templates name may be read: the root of the input it came from.
        public var confinement: PathConfinement
    }

    /// The files `load(paths:)` reads, in the order it reads them, for callers that process
    /// each file on its own (and free it) instead of holding every document at once.
    public static func files(in paths: [String], policy: LoadPolicy = LoadPolicy()) -> [InputFile] {
        var files: [InputFile] = []
        var confinements: [String: PathConfinement] = [:]  // by directory: long lists of files share a few
        for path in paths {
            let directory = PathConfinement.directory(of: path)
            let confinement = confinements[directory] ?? PathConfinement.around(directory: directory, policy: policy)
            confinements[directory] = confinement
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if exists && isDirectory.boolValue {
                files += DirectoryWalker.candidateFiles(under: path, confinement: confinement).map {
                    InputFile(path: $0, explicit: false, confinement: confinement)
                }
            } else {
                files.append(InputFile(path: path, explicit: true, confinement: confinement))
            }
        }
        return files
    }

    /// The machines of one file of `files(in:)`.
    public static func load(_ file: InputFile) -> LoadResult {
        loadFile(file.path, explicit: file.explicit, confinement: file.confinement)
    }

    /// Loads the machines of one text, read as if it were the file `source.path` named
    /// explicitly. `DefinitionUri` references are read relative to that path, inside
    /// `confinement` (by default the root around `source.path`).
    public static func load(_ source: SourceText, confinement: PathConfinement? = nil) -> LoadResult {
        let read = DocumentReading.read(text: source.text, path: source.path)
        let confinement = confinement ?? PathConfinement.around(input: source.path)
        var result = load(read: read, text: { source.text }, path: source.path, explicit: true, confinement: confinement)
        result.filesScanned = 1
        return result
    }

    /// Loads the machines of raw bytes (standard input, say), read as if they were the file
    /// `path` named explicitly: its extension, or else the first character, picks the reader.
    public static func load(bytes: [UInt8], path: String, policy: LoadPolicy = LoadPolicy()) -> LoadResult {
        load(bytes: bytes, path: path, explicit: true, confinement: PathConfinement.around(input: path, policy: policy))
    }

    static func loadFile(_ path: String, explicit: Bool, confinement: PathConfinement) -> LoadResult {
        let bytes: [UInt8]
        switch FileContents.read(path) {
        case .success(let read): bytes = read
        case .failure(let failure): return LoadResult(diagnostics: [failure.diagnostic(file: path)], filesScanned: 1)
        }
        if !explicit && !FilePaths.isASLName(path) && !ContentSniffer.mayHoldMachines(bytes) {
            return LoadResult(filesScanned: 1)
        }
        return load(bytes: bytes, path: path, explicit: explicit, confinement: confinement)
    }

    private static func load(bytes: [UInt8], path: String, explicit: Bool, confinement: PathConfinement) -> LoadResult {
        let read = DocumentReading.read(bytes: bytes, path: path)
        var result = load(
            read: read, text: { String(decoding: bytes, as: UTF8.self) }, path: path, explicit: explicit, confinement: confinement)
        result.filesScanned = 1
        return result
    }

    private static func load(read: ReadResult, text: () -> String, path: String, explicit: Bool, confinement: PathConfinement)
        -> LoadResult
    {
        guard let root = read.root else {
            return LoadResult(diagnostics: read.diagnostics)
        }
        // Lines only serve to map definitions embedded in template strings; plain ASL (the
        // common and possibly large case) skips building them.
        let lines = DocumentExtractor.isASL(root) ? nil : SourceLines(text())
        let context = ExtractionContext(file: path, lines: lines, confinement: confinement)
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
}
