public import ASLSource

/// What a reader gives back: the document tree when the text could be read, and everything
/// found wrong on the way. A tree can come with diagnostics (a duplicate key keeps the first
/// value and parsing goes on); `root == nil` means the text could not be read at all.
public struct ReadResult: Sendable {
    public var root: LocatedNode?
    public var diagnostics: [Diagnostic]

    public init(root: LocatedNode?, diagnostics: [Diagnostic]) {
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
