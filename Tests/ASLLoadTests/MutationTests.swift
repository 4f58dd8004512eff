import ASLLoad
import Foundation
import Testing
import TestSupport

/// Deterministically damaged copies of the samples (a character deleted, a bracket or quote
/// inserted, the text cut short) must load without crashing, and every failure must say where.
@Suite struct MutationTests {
    @Test(arguments: ["order-sam.yaml", "cfn-definition-string.yaml", "serverless.yml", "cdk-stack.template.json"])
    func damagedSamplesNeverCrash(name: String) throws {
        let path = SharedData.projectFile("Samples/templates/\(name)").path
        let scalars = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        var generator = SplitMix(seed: 42)
        var located = 0
        for round in 0..<150 {
            var mutated = scalars
            let index = Int(generator.next() % UInt64(mutated.count))
            switch round % 4 {
            case 0: mutated.remove(at: index)
            case 1: mutated.insert(["{", "[", "\"", ":", "}", "'", "&a ", "*a", "\t"][round % 9 == 0 ? 6 : Int(generator.next() % 9)].unicodeScalars.first!, at: index)
            case 2: mutated = Array(mutated[..<index])
            default: mutated[index] = "\u{00E9}"
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: mutated)
            let result = Loader.load(SourceText(path: name, text: String(text)))
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                if diagnostic.position != nil { located += 1 }
                #expect(diagnostic.position != nil || diagnostic.ruleID == "input-empty", "\(diagnostic)")
            }
        }
        print("mutations of \(name): \(located) located errors")
    }
}

/// A tiny deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
