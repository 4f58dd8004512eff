@testable import ASLAnalysis
import ASLLoad
import ASLModel
import ASLSource
import Testing

/// The scope graph's flat storage (32-bit edges, edge lists and components in shared arrays)
/// says what the plain per-state lists would say.
@Suite struct GraphStorageTests {
    /// A Choice with rules and a Default, Catch edges, a loop and an unreachable state.
    static let machine = PathFixtures.machine("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Next": "C",
                "Catch": [{"ErrorEquals": ["X"], "Next": "F"}, {"ErrorEquals": ["States.ALL"], "Next": "A"}]},
          "C": {"Type": "Choice", "Choices": [
            {"Variable": "$.n", "NumericGreaterThan": 1, "Next": "A"},
            {"Variable": "$.n", "NumericLessThan": 0, "Next": "F"}], "Default": "D"},
          "D": {"Type": "Succeed"},
          "F": {"Type": "Fail"},
          "U": {"Type": "Pass", "Next": "D"}}}
        """)

    /// Each edge takes 20 bytes (five 32-bit fields), not the 48 of Ints, an enum and a
    /// position: a scope keeps one or two per state.
    @Test func anEdgeIsTwentyBytes() {
        #expect(MemoryLayout<FlowEdge>.stride == 20)
    }

    @Test func edgesKeepTheirKindIndexAndPosition() {
        let kinds: [FlowEdge.Kind] = [.next, .choiceDefault, .choiceRule(0), .choiceRule(7), .catcher(0), .catcher(12)]
        for kind in kinds {
            let edge = FlowEdge(from: 3, to: 70_000, kind: kind, position: SourcePosition(line: 123_456, column: 78))
            #expect(edge.kind == kind)
            #expect(edge.from == 3 && edge.to == 70_000)
            #expect(edge.position == SourcePosition(line: 123_456, column: 78))
        }
    }

    @Test func edgeListsMatchTheEdges() {
        let graph = ScopeGraph(scope: Self.machine.root)
        #expect(graph.edges.count == 7)
        #expect(graph.outgoing.count == graph.count && graph.incoming.count == graph.count)
        for v in 0..<graph.count {
            #expect(Array(graph.outgoing[v]) == graph.edges.indices.filter { graph.edges[$0].from == v })
            #expect(Array(graph.incoming[v]) == graph.edges.indices.filter { graph.edges[$0].to == v })
        }
        #expect(graph.edges.map(\.kind) == [.next, .catcher(0), .catcher(1), .choiceRule(0), .choiceRule(1), .choiceDefault, .next])
    }

    /// The counting sort that fills the lists in place against a plain grouping, for scopes of
    /// 0 to 40 states (one state: every edge in the one list) and edges in scrambled order.
    @Test func edgeListsGroupEdgesLikeAFilter() {
        var generator = SystemRandomNumberGenerator()
        for states in 0...40 {
            for _ in 0..<5 {
                let owners = states == 0 ? [] : (0..<Int.random(in: 0...(3 * states), using: &generator)).map { _ in
                    Int.random(in: 0..<states, using: &generator)
                }
                let lists = EdgeLists(states: states, edgeCount: owners.count) { owners[$0] }
                #expect(lists.count == states)
                for v in 0..<states {
                    #expect(Array(lists[v]) == owners.indices.filter { owners[$0] == v }, "\(states) states, \(owners)")
                }
            }
        }
    }

    /// The searches that follow edge indices in place against plain searches over
    /// `successors(of:)` and `predecessors(of:)`, on random scopes of 1 to 12 states with
    /// Choice rules, `Next`, `End` and missing targets (one state: with and without a loop).
    @Test func reachabilityMatchesSearchesOverNeighbourLists() {
        func search(_ roots: [Int], _ count: Int, _ neighbours: (Int) -> [Int]) -> [Bool] {
            var seen = Array(repeating: false, count: count)
            var stack = roots
            for root in roots { seen[root] = true }
            while let node = stack.popLast() {
                for next in neighbours(node) where !seen[next] { seen[next] = true; stack.append(next) }
            }
            return seen
        }
        var generator = SystemRandomNumberGenerator()
        for size in 1...12 {
            for _ in 0..<8 {
                let states = (0..<size).map { i -> String in
                    let target = { "\"S\(Int.random(in: 0...size, using: &generator))\"" }
                    switch Int.random(in: 0..<4, using: &generator) {
                    case 0: return #""S\#(i)": {"Type": "Pass", "End": true}"#
                    case 1: return #""S\#(i)": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": \#(target())}], "Default": \#(target())}"#
                    default: return #""S\#(i)": {"Type": "Pass", "Next": \#(target())}"#
                    }
                }
                let machine = PathFixtures.machine(#"{"StartAt": "S0", "States": {"# + states.joined(separator: ", ") + "}}")
                let graph = ScopeGraph(scope: machine.root)
                #expect(graph.reachableFromStart() == search([graph.start!], graph.count, graph.successors(of:)), "\(states)")
                let terminal = (0..<graph.count).filter { graph.termination[$0] != nil }
                #expect(graph.canReachTermination() == search(terminal, graph.count, graph.predecessors(of:)), "\(states)")
            }
        }
    }

    @Test func componentsPartitionTheStatesInOrder() {
        let graph = ScopeGraph(scope: Self.machine.root)
        let components = graph.stronglyConnectedComponents().map(Array.init)
        // A and C form the loop; reverse topological order puts F and D before it, U last.
        #expect(components == [[3], [2], [0, 1], [4]])
        #expect(graph.cycles() == [[0, 1]])
    }
}
