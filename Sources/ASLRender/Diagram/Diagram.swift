import ASLModel
import ASLSource

/// A layout-neutral picture of a machine: nodes nested in clusters, and edges. Built once by
/// `DiagramBuilder`; `DOTWriter` and `MermaidWriter` only serialise it, so both formats show
/// the same information.
public struct Diagram: Hashable, Sendable {
    public enum NodeKind: Hashable, Sendable {
        case state(StateType?, Integration?)
        case start
        case end
        /// Where a Parallel's branches or a Map's iterations meet again.
        case join
    }

    public struct Node: Hashable, Sendable {
        public var id: String
        public var kind: NodeKind
        /// The state this node stands for (for a join, the Parallel or Map).
        public var stateName: String?
        public var title: String
        public var subtitle: String?
        /// A state's badges and tooltip, made when they are read; `storedBadges` and
        /// `storedTooltip`, when set, take their place.
        var stateText: StateText?
        var storedBadges: [String]?
        var storedTooltip: String?
        public var unreachable = false
        public var highlighted = false
        /// `nil` when no coverage overlay is given.
        public var covered: Bool?
        public var severity: Severity?
        /// Set on a DOT-only copy of a shared state (see `DiagramOptions.proxyThreshold`): the
        /// id of the node it stands for.
        public var proxyOf: String?

        init(
            id: String, kind: NodeKind, stateName: String?, title: String, subtitle: String? = nil, badges: [String]? = nil,
            tooltip: String? = nil, stateText: StateText? = nil
        ) {
            self.id = id
            self.kind = kind
            self.stateName = stateName
            self.title = title
            self.subtitle = subtitle
            self.storedBadges = badges
            self.storedTooltip = tooltip
            self.stateText = stateText
        }

        public var badges: [String] {
            get { storedBadges ?? stateText?.badges ?? [] }
            set { storedBadges = newValue }
        }

        public var tooltip: String {
            get { storedTooltip ?? stateText?.tooltip ?? "" }
            set { storedTooltip = newValue }
        }
    }

    public struct Cluster: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case parallel, map, branch, iteration }
        public var id: String
        public var kind: Kind
        public var title: String
        public var distributed = false
        public var unreachable = false
        public var items: [Item] = []
    }

    public indirect enum Item: Hashable, Sendable {
        case node(Node)
        case cluster(Cluster)
    }

    public enum EdgeKind: String, Hashable, Sendable {
        case next, choice, `default`, `catch`, start, end, branch, join
        /// A transition the other version of a diff has and this one has not.
        case removed
    }

    public struct Edge: Hashable, Sendable {
        public var from: String
        public var to: String
        public var kind: EdgeKind
        public var label: String?
        /// The full text when `label` is shortened.
        public var tooltip: String?
        /// State-to-state transition this edge draws, for overlays.
        public var transition: TransitionRef?
        /// False keeps the edge out of `dot`'s ranking (Catch edges in tuned mode).
        public var constraint = true
        public var highlighted = false
        public var covered: Bool?
    }

    public var title: String?
    public var caption: String?
    /// Remarks about how the picture was drawn (fast mode, proxies), written as comments.
    public var notes: [String] = []
    public var fastMode = false
    public var tuning = LayoutTuning.tuned
    /// Edge labels placed after layout (`xlabel`), for large machines.
    public var edgeLabelsOutsideLayout = false
    public var items: [Item] = []
    public var edges: [Edge] = []

    /// Every node, depth-first in document order.
    public var allNodes: [Node] {
        var result: [Node] = []
        var stack: [Item] = items.reversed()
        while let item = stack.popLast() {
            switch item {
            case .node(let node): result.append(node)
            case .cluster(let cluster): stack.append(contentsOf: cluster.items.reversed())
            }
        }
        return result
    }
}
