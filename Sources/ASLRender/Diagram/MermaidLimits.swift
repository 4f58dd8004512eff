import ASLSource
/// What GitHub draws: Mermaid's default `maxTextSize` (50,000 characters) and `maxEdges`
/// (500). A diagram cannot raise them (GitHub ignores init directives that would), and past
/// either the reader sees an error box instead of the picture.
public enum MermaidLimits {
    public static let maxTextSize = 50_000
    public static let maxEdges = 500

    /// Mermaid counts the text as JavaScript does, in UTF-16 code units.
    static func fits(_ text: String, edgeCount: Int) -> Bool {
        text.utf16.count <= maxTextSize && edgeCount <= maxEdges
    }

    /// "612 edges and 73,204 characters"
    static func size(_ text: String, edgeCount: Int) -> String {
        size(utf16Count: text.utf16.count, edgeCount: edgeCount)
    }

    static func size(utf16Count: Int, edgeCount: Int) -> String {
        "\(DigitGrouping.grouped(edgeCount)) edge\(edgeCount == 1 ? "" : "s") and \(DigitGrouping.grouped(utf16Count)) characters"
    }

    static let limitsText = "GitHub's Mermaid limits (\(DigitGrouping.grouped(maxEdges)) edges, \(DigitGrouping.grouped(maxTextSize)) characters)"
}
