import Foundation

/// Golden-file comparison in the style of swift-argument-parser's `assertSnapshot`: the
/// expected bytes live in a file next to the test; `ASLKIT_RECORD=1 swift test` rewrites it and
/// still reports a failure, so a recording run can never pass by accident.
public enum Golden {
    /// Returns `nil` when `actual` equals the golden file, otherwise a message with a line diff.
    public static func mismatch(_ actual: String, golden relativePath: String, testFile: StaticString = #filePath) -> String? {
        let url = URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent().appendingPathComponent("Golden")
            .appendingPathComponent(relativePath)
        let record = ProcessInfo.processInfo.environment["ASLKIT_RECORD"] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if record || expected == nil {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "Recorded \(relativePath); run the tests again without ASLKIT_RECORD to compare."
        }
        guard let expected, expected != actual else { return nil }
        return "Output differs from Golden/\(relativePath) (ASLKIT_RECORD=1 swift test re-records):\n" + lineDiff(expected: expected, actual: actual)
    }

    /// A minimal line diff: the first differing lines with some context. Enough to see what
    /// changed; a full LCS diff is not worth a dependency here.
    public static func lineDiff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        var shown = 0
        for i in 0..<max(e.count, a.count) where shown < 20 {
            let el = i < e.count ? String(e[i]) : nil
            let al = i < a.count ? String(a[i]) : nil
            if el != al {
                if let el { out.append("\(i + 1) - \(el)") }
                if let al { out.append("\(i + 1) + \(al)") }
                shown += 1
            }
        }
        return out.joined(separator: "\n")
    }
}
