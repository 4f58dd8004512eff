import ASLLoad
import Testing

@testable import ASLRender

/// Names for `render --out-dir` come from file paths and template resources a pull request
/// chooses: they must be stable, unique and never leave the folder.
@Suite struct DiagramFileNamesTests {
    static func stems(_ origins: [(String, String?)], inputs: [String]) -> [String] {
        DiagramFileNames.stems(for: origins.map { MachineOrigin(file: $0.0, resource: $0.1, kind: .asl) }, inputs: inputs)
    }

    @Test func namesComeFromThePathBelowTheInputAndTheResource() {
        #expect(Self.stems([("Samples/templates/order-sam.yaml", "OrderMachine")], inputs: ["Samples"]) == ["templates-order-sam-OrderMachine"])
        #expect(Self.stems([("Samples/order-workflow.asl.json", nil)], inputs: ["Samples/"]) == ["order-workflow"])
        #expect(Self.stems([("./infra/sfn/order.asl.json", nil)], inputs: ["."]) == ["infra-sfn-order"])
        #expect(Self.stems([("infra/sfn/order.asl.json", nil)], inputs: ["infra/sfn/order.asl.json"]) == ["order"])
        #expect(Self.stems([("../elsewhere/x.json", nil)], inputs: ["Samples"]) == ["elsewhere-x"])
    }

    /// Every hostile name becomes one plain component of ASCII letters, digits, `.`, `_`, `-`.
    @Test func hostileNamesStayInsideTheFolder() {
        let cases: [((String, String?), String)] = [
            (("repo/x.asl.json", "../../etc/passwd"), "x-.._.._etc_passwd"),
            (("repo/x.asl.json", "a\u{0}b\nc\rd\u{1B}[31m"), "x-a_b_c_d_31m"),
            (("repo/-rf.asl.json", nil), "rf"),
            (("repo/.hidden.asl.json", nil), "hidden"),
            (("repo/....asl.json", nil), "machine"),
            (("repo/.asl.json", nil), "machine"),
            (("repo/con.asl.json", nil), "_con"),
            (("repo/LPT1.json", nil), "_LPT1"),
            (("repo/commande-été.asl.json", nil), "commande-_t_"),
            (("repo/a\\b.asl.json", "C:"), "a_b-C_"),
            (("repo/x.asl.json", "\u{202E}gpj.exe"), "x-_gpj.exe"),
        ]
        for ((file, resource), expected) in cases {
            let stem = Self.stems([(file, resource)], inputs: ["repo"])[0]
            #expect(stem == expected, "\(file) \(resource ?? "")")
            #expect(DiagramFolder.isPlainName(stem + ".svg"))
        }
    }

    @Test func longNamesAreCutAndStayDistinct() {
        let shared = String(repeating: "a", count: 200)
        let stems = Self.stems([("repo/x.json", shared + "1"), ("repo/x.json", shared + "2")], inputs: ["repo"])
        #expect(stems.map(\.count) == [120, 120])
        #expect(stems[0] != stems[1])
        #expect(stems[0].hasPrefix("x-aaaa"))
        #expect(stems[0] == "x-" + String(repeating: "a", count: 109) + "-" + DiagramFileNames.hash("x-" + shared + "1"))
    }

    /// Equal stems, also equal but for case (one file on macOS), get a suffix from the
    /// origin: the first in load order keeps the plain stem.
    @Test func collisionsAreToldApartDeterministically() {
        let origins: [(String, String?)] = [("repo/Order.asl.json", nil), ("repo/order.json", nil), ("repo/a b.json", nil), ("repo/a_b.json", nil)]
        let stems = Self.stems(origins, inputs: ["repo"])
        #expect(stems == [
            "Order", "order-" + DiagramFileNames.hash("repo/order.json"),
            "a_b", "a_b-" + DiagramFileNames.hash("repo/a_b.json"),
        ])
        #expect(Self.stems(origins, inputs: ["repo"]) == stems)
        #expect(Set(stems.map { $0.lowercased() }).count == 4)
    }

    /// A stem that collides with a suffixed stem gets a counter.
    @Test func aSuffixThatCollidesGetsACounter() {
        let suffixed = "x-" + DiagramFileNames.hash("repo/x.json")
        let stems = Self.stems([(("repo/" + suffixed + ".json"), nil), ("repo/x.asl.json", nil), ("repo/x.json", nil)], inputs: ["repo"])
        #expect(stems == [suffixed, "x", suffixed + "-2"])
    }

    @Test func theHashIsFixed() {
        #expect(DiagramFileNames.hash("") == "4fd0bfc1")
        #expect(DiagramFileNames.hash("repo/order.json").count == 8)
    }
}
