import ASLGraphviz
import ASLRender
import Testing

@Suite struct SVGStructureTests {
    @Test(arguments: Fixtures.sampleNames)
    func everyStateIsOneNodeWithIDAndClasses(_ name: String) throws {
        let machine = try Fixtures.sample(name)
        let svg = try GraphvizRenderer().render(dot: DOTWriter().write(machine), format: .svg)
        let elements = try SVGStructure.parse(svg.bytes)
        let states = elements.filter { $0.classes.contains("state") }
        #expect(states.count == machine.allStates.count)
        let ids = NodeIDs(names: machine.allStates.map(\.state.name))
        #expect(states.map(\.id).sorted() == machine.allStates.map { ids.stateID($0.state.name) }.sorted())
        for (_, state) in machine.allStates {
            let element = states.first { $0.id == ids.stateID(state.name) }
            #expect(element?.classes.contains(state.type!.rawValue.lowercased()) == true)
        }
        #expect(elements.contains { $0.id == "start" && $0.classes.contains("start") })
    }

    @Test func catchAndChoiceEdgesCarryClasses() throws {
        let svg = try GraphvizRenderer().render(dot: DOTWriter().write(try Fixtures.sample("order-workflow.asl.json")), format: .svg)
        let elements = try SVGStructure.parse(svg.bytes)
        #expect(elements.filter { $0.classes.contains("edge-catch") }.count == 5)
        #expect(elements.filter { $0.classes.contains("edge-choice") }.count == 1)
        #expect(elements.filter { $0.classes.contains("edge-default") }.count == 1)
        #expect(elements.contains { $0.id == "edge-state-charge-card--state-refund-payment" })
    }
}
