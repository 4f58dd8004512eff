import ASLModel

/// Short labels for edges, shared by path and coverage reports: `Check → Big (rule 2)`.
public enum EdgeText {
    public static func label(_ kind: FlowEdge.Kind) -> String {
        switch kind {
        case .next: "next"
        case .choiceRule(let i): "rule \(i + 1)"
        case .choiceDefault: "default"
        case .catcher(let i): "catch \(i + 1)"
        }
    }

    public static func describe(_ edge: FlowEdge, in scope: Scope) -> String {
        "\(scope.states[edge.from].name) → \(scope.states[edge.to].name) (\(label(edge.kind)))"
    }
}
