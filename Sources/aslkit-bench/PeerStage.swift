import ASLAnalysis
import ASLLoad
import Foundation

/// Compares aslkit with the peer the foundation issue names: Python's jsonschema validating the
/// same file against cfn-lint's state machine schema, timed inside Python (interpreter start-up
/// excluded), one Python process per pair, paired with aslkit's runs. Skipped when Python, jsonschema or cfn-lint is missing.
enum PeerStage {
    static let script = """
        import json, sys, time, os
        import jsonschema, cfnlint
        schema_path = os.path.join(os.path.dirname(cfnlint.__file__), "data/schemas/other/step_functions/statemachine.json")
        schema = json.load(open(schema_path))
        data = open(sys.argv[1], "rb").read()
        start = time.perf_counter()
        doc = json.loads(data)
        errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
        print(time.perf_counter() - start)
        """

    static func run() {
        print("== aslkit load + validate vs Python jsonschema with cfn-lint's schema (same file, same run)")
        let text = GeneratedMachines.taskChain(states: 5_000, pretty: false)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        guard (try? text.write(to: file, atomically: true, encoding: .utf8)) != nil else { return }
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = Array(text.utf8)
        guard let first = peerSeconds(file.path) else { return print("skipped: python3, jsonschema or cfn-lint not installed") }
        var library = Paired(), ours = Paired()
        for run in 0..<5 {
            // The peer's figure is its own timing inside Python; each pair runs back to back.
            let peer = run == 0 ? first : (peerSeconds(file.path) ?? .nan)
            library.candidate.append(Measure.once {
                let read = JSONReader.parse(bytes, file: "bench.json")
                if let root = read.root { _ = Validator.validate(definition: root, file: "bench.json") }
            })
            library.baseline.append(peer)
            // What `aslkit validate FILE` does, from reading the file on: the like of the peer's run.
            ours.candidate.append(Measure.once { _ = ValidationRunner.run(paths: [file.path]) })
            ours.baseline.append(peer)
        }
        print(String(format: "%.2f MB, jsonschema + cfn-lint schema median %@: aslkit's validate pipeline on the file %@; read + validate from bytes %@",
            Double(bytes.count) / 1_048_576, Measure.format(ours.baselineMedian), ours.summary, library.summary))
    }

    /// One run of the peer in a fresh interpreter, as it times itself.
    static func peerSeconds(_ path: String) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
