import ASLExpressions
import Foundation
import Testing
import TestSupport

/// Runs every expression string in the shared corpus of valid state machines (581 files from
/// AWS samples, LocalStack, the language service and linters) through the checkers and
/// expects no error: a guard against false positives. Skips when the corpus is absent.
@Suite struct CorpusSweepTests {
    struct Use {
        var file: String
        var pointer: String
        var key: String
        var value: String
    }

    static func strings(in value: Any, file: String, pointer: String, key: String, into out: inout [Use]) {
        var stack: [(Any, String, String)] = [(value, pointer, key)]
        while let (v, p, k) = stack.popLast() {
            if let dict = v as? [String: Any] {
                for (key, child) in dict { stack.append((child, p + "/" + key, key)) }
            } else if let array = v as? [Any] {
                for (i, child) in array.enumerated() { stack.append((child, p + "/\(i)", k)) }
            } else if let s = v as? String {
                out.append(Use(file: file, pointer: p, key: k, value: s))
            }
        }
    }

    /// Payload-template containers, whose plain keys (an HTTP `Path`, an `S3OutputPath`)
    /// are data rather than ASL path fields.
    static let templateContainers = ["/Parameters/", "/Arguments/", "/ResultSelector/", "/ItemSelector/", "/Assign/", "/Output/"]

    static func findings(for use: Use) -> [ExpressionFinding] {
        // `%…%` strings are placeholders the corpus substitutes before use.
        if use.value.hasPrefix("%") { return [] }
        if JSONataChecker.isExpression(use.value) {
            return JSONataChecker.check(use.value, context: JSONataContext(allowsStatesResult: true, allowsErrorOutput: true))
                .findings
        }
        if use.key.hasSuffix(".$") { return PayloadTemplateValue.check(use.value).findings }
        if templateContainers.contains(where: use.pointer.contains) { return [] }
        if use.key == "ResultPath" { return JSONPathChecker.check(use.value, as: .resultPath).findings }
        if use.key == "ErrorPath" || use.key == "CausePath", use.value.hasPrefix("States.") {
            let check = IntrinsicChecker.check(use.value)
            guard check.allowedInStringField else {
                return [ExpressionFinding(ruleID: "test-not-string", severity: .error, message: "", offset: 0)]
            }
            return check.findings
        }
        if use.key.hasSuffix("Path") || use.key == "Variable" { return JSONPathChecker.check(use.value, as: .path).findings }
        return []
    }

    @Test(.enabled(if: SharedData.isPresent("corpus"), "needs ../shared/corpus"))
    func validCorpusExpressions() throws {
        let root = try SharedData.require("corpus").appendingPathComponent("valid")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix(".asl.json") } ?? []
        var report: [String] = []
        var checked = 0
        for url in files.sorted(by: { $0.path < $1.path }) {
            guard let data = try? Data(contentsOf: url), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            var uses: [Use] = []
            Self.strings(in: json, file: url.path.replacingOccurrences(of: root.path + "/", with: ""), pointer: "", key: "", into: &uses)
            for use in uses {
                let found = Self.findings(for: use)
                checked += 1
                for f in found where f.severity == .error {
                    report.append("\(use.file) \(use.pointer) \(f.ruleID)@\(f.offset) \(f.message) :: \(use.value)")
                }
            }
        }
        #expect(checked > 10_000)
        #expect(report.sorted() == [])
    }
}
