import ASLAnalysis
import ASLGraphviz
import ASLLoad
import ASLModel
import ASLRender

/// Model to DOT and Mermaid text, for every machine of the input: the full drawing plain and
/// with every overlay (coverage, a highlighted path, findings), and the two simpler fallback
/// drawings. Each DOT must parse with Graphviz's own parser (`agmemread`, no layout), its
/// HTML labels must be well-formed (`HTMLLabelCheck`), and it must hold no character XML
/// forbids (Graphviz copies labels, tooltips and ids into the SVG); each Mermaid text must
/// pass `MermaidStructure`.
enum DiagramTarget {
    /// Big inputs are the readers' business; here they would only slow the search down.
    static let maximumMachines = 4

    static let target = FuzzTarget(name: "diagram", summary: "DOTWriter and MermaidWriter, DOT parsed by Graphviz (ASLRender)") { bytes in
        let loaded = Loader.load(bytes: bytes, path: FuzzWorkspace.inputPath)
        var nodes = 0
        var labels = 0
        for machine in loaded.machines.prefix(maximumMachines) {
            let model = StateMachineBuilder.build(machine.definition)
            for (options, attempts) in variants(of: model, file: machine.origin.file) {
                for dot in attempts.map({ MachineDrawing(machine: model, options: options).dot(attempt: $0) }) {
                    if let scalar = dot.unicodeScalars.first(where: { !HTMLLabelCheck.isXMLCharacter($0.value) }) {
                        FuzzFailure.fail("the DOT holds U+\(String(scalar.value, radix: 16)), which makes Graphviz's SVG unreadable XML")
                    }
                    let parsed: ParsedDOT
                    do {
                        parsed = try DOTSyntaxCheck.parse(dot)
                    } catch {
                        FuzzFailure.fail("Graphviz cannot read the DOT: \(error)\n\(dot.prefix(4000))")
                    }
                    for label in parsed.htmlLabels {
                        if let problem = HTMLLabelCheck.problem(in: label) {
                            FuzzFailure.fail("an HTML label Graphviz will refuse (\(problem)): \(label.prefix(500).debugDescription)")
                        }
                    }
                    nodes += parsed.nodes
                    labels += parsed.htmlLabels.count
                }
                let mermaid = MermaidWriter(options: options).write(model)
                let problems = MermaidStructure.problems(in: mermaid)
                FuzzFailure.require(problems.isEmpty, "Mermaid: \(problems.prefix(5).joined(separator: "; "))\n\(mermaid.prefix(4000))")
            }
        }
        return "\(loaded.machines.count) machines, \(nodes) DOT nodes, \(labels) HTML labels"
    }

    /// The plain drawing, and one with every overlay: every other state covered, a path
    /// through the first states highlighted, the validator's findings on their states; with
    /// the DOT drawings (`MachineDrawing.simplifications`) written for each: the full one for
    /// both, one of the simpler ones for the second (every drawing of every variant would
    /// halve the executions per second for little more coverage).
    static func variants(of model: StateMachine, file: String) -> [(DiagramOptions, attempts: [Int])] {
        let names = model.allStates.map(\.state.name)
        var overlaid = DiagramOptions(
            title: names.first,
            highlight: HighlightedPath(stateNames: Array(names.prefix(3)), caption: "worst case \(names.count) states"),
            coverage: CoverageOverlay(coveredStates: Set(names.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))),
            diagnostics: Validator.validate(model, file: file))
        overlaid.collapse = names.count % 3 == 0
        return [(DiagramOptions(), [0]), (overlaid, [0, 1 + names.count % 2])]
    }
}
