import ASLModel

/// Colours and shapes by state type and Task integration, shared by the DOT and Mermaid
/// writers. Fills are light so black text stays readable; the border carries the hue.
public struct NodeStyle: Hashable, Sendable {
    public var shape: String
    public var fill: String
    public var border: String
    /// CSS classes, most general first: `state task lambda`.
    public var classes: [String]
}

public enum StyleTable {
    public static func style(for kind: Diagram.NodeKind) -> NodeStyle {
        switch kind {
        case .start: NodeStyle(shape: "circle", fill: "#37474F", border: "#37474F", classes: ["marker", "start"])
        case .end: NodeStyle(shape: "doublecircle", fill: "#37474F", border: "#37474F", classes: ["marker", "end"])
        case .join: NodeStyle(shape: "box", fill: "#546E7A", border: "#546E7A", classes: ["join"])
        case .state(let type, let integration): stateStyle(type, integration)
        }
    }

    static func stateStyle(_ type: StateType?, _ integration: Integration?) -> NodeStyle {
        func make(_ shape: String, _ fill: String, _ border: String, _ extra: [String] = []) -> NodeStyle {
            NodeStyle(shape: shape, fill: fill, border: border, classes: ["state", type.map { $0.rawValue.lowercased() } ?? "unknown"] + extra)
        }
        switch type {
        case .task:
            let (fill, border) = integrationColours(integration ?? .other)
            return make("box", fill, border, [integration?.rawValue.lowercased() ?? "other"])
        case .pass: return make("box", "#FAFAFA", "#757575")
        case .choice: return make("diamond", "#FFF8E1", "#F9A825")
        case .wait: return make("box", "#E1F5FE", "#0288D1")
        case .succeed: return make("box", "#E8F5E9", "#2E7D32")
        case .fail: return make("box", "#FFEBEE", "#C62828")
        case .parallel: return make("box", "#EDE7F6", "#5E35B1")
        case .map: return make("box", "#E0F2F1", "#00897B")
        case nil: return make("box", "#FFFFFF", "#9E9E9E")
        }
    }

    static func integrationColours(_ integration: Integration) -> (String, String) {
        switch integration {
        case .lambda: ("#FFF3E0", "#E65100")
        case .sns: ("#FCE4EC", "#AD1457")
        case .sqs: ("#F3E5F5", "#7B1FA2")
        case .dynamodb: ("#E3F2FD", "#1565C0")
        case .ecs, .batch: ("#FBE9E7", "#D84315")
        case .glue: ("#E8EAF6", "#3949AB")
        case .sagemaker: ("#E0F7FA", "#00838F")
        case .activity: ("#F1F8E9", "#558B2F")
        case .http: ("#ECEFF1", "#455A64")
        case .stepFunctions, .eventBridge: ("#FCE4EC", "#C2185B")
        case .sdk, .other: ("#F5F5F5", "#616161")
        }
    }

    /// Colours of overlays and edges.
    static let highlight = "#1E63D6"
    static let unreachableFill = "#EEEEEE"
    static let unreachableText = "#9E9E9E"
    static let errorBorder = "#D50000"
    static let warningBorder = "#FF8F00"
    static let coveredBorder = "#2E7D32"
    /// "Never entered" has a colour of its own: the warning colour would read as a finding.
    static let uncoveredBorder = "#78909C"
    static let uncoveredEdge = "#BDBDBD"

    /// What the coverage overlay's colours mean, for a caption or a line under a diagram.
    public static let coverageLegend =
        "Coverage: green border = entered, white with a dashed blue-grey border = never entered, light grey arrow = never taken."

    static func edgeColour(_ kind: Diagram.EdgeKind) -> String {
        switch kind {
        case .catch: "#C62828"
        case .choice: "#8D6E00"
        case .default: "#5D4037"
        case .branch, .join: "#78909C"
        case .removed: "#8C959F"
        case .next, .start, .end: "#455A64"
        }
    }
}
