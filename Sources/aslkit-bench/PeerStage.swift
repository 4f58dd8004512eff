import ASLAnalysis
import ASLLoad
import Foundation

/// Compares aslkit with the peer the foundation issue names: Python's jsonschema validating the
/// same file against cfn-lint's state machine schema, timed inside Python (interpreter start-up
/// excluded) in the same run. Skipped when Python, jsonschema or cfn-lint is missing.
enum PeerStage {
    static let script = """
        import json, sys, time, os
        import jsonschema, cfnlint
        schema_path = os.path.join(os.path.dirname(cfnlint.__file__), "data/schemas/other/step_functions/statemachine.json")
        schema = json.load(open(schema_path))
        data = open(sys.argv[1], "rb").read()
        best = None
        for _ in range(3):
            start = time.perf_counter()
            doc = json.loads(data)
            errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(best)
        """

    static func run() {
        print("== aslkit load + validate vs Python jsonschema with cfn-lint's schema (same file, same run)")
        let text = GeneratedMachines.taskChain(states: 5_000, pretty: false)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-bench-\(ProcessInfo.processInfo.processIdentifier).json")
        guard (try? text.write(to: file, atomically: true, encoding: .utf8)) != nil else { return }
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = Array(text.utf8)
        let library = Measure.seconds(runs: 5) {
            let read = JSONReader.parse(bytes, file: "bench.json")
            if let root = read.root { _ = Validator.validate(definition: root, file: "bench.json") }
        }
        // What `aslkit validate FILE` does, from reading the file on: the like of the peer's run.
        let ours = Measure.seconds(runs: 5) { _ = ValidationRunner.run(paths: [file.path]) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return print("skipped: python3 not found") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let peer = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return print("skipped: jsonschema or cfn-lint not installed")
        }
        print(String(format: "%.2f MB: aslkit's validate pipeline on the file %@ (read + validate from bytes %@); jsonschema + cfn-lint schema %@; aslkit is %.0f× faster (%.0f× from bytes)",
            Double(bytes.count) / 1_048_576, Measure.format(ours), Measure.format(library), Measure.format(peer), peer / ours, peer / library))
    }
}
