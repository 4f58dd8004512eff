import ASLLoad
import ASLSource

/// Whether the model keeps views of the document it was built from (`node` of the machine,
/// its scopes, states, retriers, catchers and Choice rules).
///
/// A view keeps the document's whole arena alive. Analyses that read only the typed fields
/// (timing, cost, paths) build without them, so that the document is freed as soon as the
/// caller drops it: on a 50,000-state chain that is about a third of `analyze`'s peak.
struct DocumentLinks {
    /// Stands in for every node when the document is not kept: an empty object at 0:0.
    private let placeholder: LocatedNode?

    init(keepingDocument: Bool) {
        placeholder = keepingDocument ? nil : LocatedNode(.object([]), at: SourcePosition(line: 0, column: 0))
    }

    /// False for a model meant to outlive its document (see `StateMachineBuilder.scope`).
    var keepsDocument: Bool { placeholder == nil }

    func link(_ node: LocatedNode) -> LocatedNode { placeholder ?? node }
}
