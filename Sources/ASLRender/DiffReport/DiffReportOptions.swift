/// How the diff report is written.
public struct DiffReportOptions: Sendable {
    /// Prefix of links to lines of the head version, e.g.
    /// `https://github.com/o/r/blob/SHA/`; `nil` writes `file#Lline` as text.
    public var linkBase: String?
    /// The longest comment to write (GitHub allows 65,536 characters): the report lists as
    /// many changes as fit, most important first, and counts the rest (see
    /// ``DiffMarkdownRenderer``).
    public var maxCharacters: Int
    /// Draw a Mermaid diagram per changed machine.
    public var diagrams: Bool
    /// From this many changed machines on, a table of all of them comes first and each
    /// machine's section is collapsed.
    public var tableThreshold: Int
    /// The `--svg-dir` the pictures are written to, linked when a diagram had to be cut.
    public var svgDirectory: String?

    public init(linkBase: String? = nil, maxCharacters: Int = 65_000, diagrams: Bool = true, tableThreshold: Int = 4) {
        self.linkBase = linkBase
        self.maxCharacters = maxCharacters
        self.diagrams = diagrams
        self.tableThreshold = tableThreshold
    }
}
