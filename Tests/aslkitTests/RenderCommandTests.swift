import Foundation
import TestSupport
import Testing

/// `aslkit render` through the built binary and its layout worker (issue 13).
@Suite struct RenderCommandTests {
    static let repro = SharedData.directory("repro")

    /// Each crashed `aslkit render` (SIGABRT "double free" or SIGSEGV) before the fix.
    @Test(.enabled(if: repro != nil, "needs ../shared/repro"), arguments: [
        "render_svg_heap_corruption_valid.asl.json", "render_svg_heap_corruption.asl.json",
        "render_svg_heap_corruption_2.asl.json", "render_svg_segv.asl.json", "render_svg_choice_10k_rules.asl.json",
    ])
    func reproducersRenderToSVG(_ name: String) throws {
        let path = Self.repro!.appendingPathComponent(name).path
        let run = try CommandLineTests.run(["render", "--format", "svg", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<?xml"))
        #expect(run.stdout.hasSuffix("</svg>\n"))
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func aChainOfDefaultsToOneFailRendersWithProxies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aslkit-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var states: [String] = []
        for i in 0..<300 {
            states.append("\"C\(i)\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\", \"NumericEquals\": \(i), \"Next\": \"\(i < 299 ? "C\(i + 1)" : "Done")\"}], \"Default\": \"Failed\"}")
        }
        states += ["\"Done\": {\"Type\": \"Succeed\"}", "\"Failed\": {\"Type\": \"Fail\", \"Error\": \"E\"}"]
        let file = folder.appendingPathComponent("chain.asl.json")
        try "{\"StartAt\": \"C0\", \"States\": {\(states.joined(separator: ", "))}}".write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.run(["render", "--format", "svg", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "class=\"node state fail proxy\"").count - 1 == 299)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
