import ASLGraphviz
import ASLRender
import Foundation
import Testing

@Suite struct SampleRenderingTests {
    @Test(arguments: Fixtures.sampleNames)
    func sampleRendersToSVGAndPNG(_ name: String) throws {
        let machine = try Fixtures.sample(name)
        let dot = DOTWriter().write(machine)
        let svg = try GraphvizRenderer().render(dot: dot, format: .svg)
        let png = try GraphvizRenderer().render(dot: dot, format: .png)
        #expect(svg.warnings == [])
        #expect(!svg.usedFallback)
        #expect(png.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        if let directory = ProcessInfo.processInfo.environment["ASLKIT_RENDER_DIR"] {
            let base = URL(fileURLWithPath: directory).appendingPathComponent(name.replacingOccurrences(of: ".asl.json", with: ""))
            try dot.write(to: base.appendingPathExtension("dot"), atomically: true, encoding: .utf8)
            try Data(svg.bytes).write(to: base.appendingPathExtension("svg"))
            try Data(png.bytes).write(to: base.appendingPathExtension("png"))
        }
    }
}
