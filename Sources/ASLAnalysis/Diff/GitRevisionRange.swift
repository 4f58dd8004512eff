/// What `aslkit diff --git` was given: `REV` (against the working tree) or `A..B`, checked
/// before git sees any of it. A revision starting with `-` would reach git as an option
/// (`--output=FILE` makes git write that file), so it is refused as a usage error; what is
/// left is resolved to a commit id by `git rev-parse --verify`, and only ids go further.
public struct GitRevisionRange: Sendable, Equatable {
    public var base: String
    /// `nil`: the working tree.
    public var head: String?

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public init(parsing text: String) throws(Problem) {
        guard !text.contains("...") else {
            throw Problem(description: "--git: '\(text)': three-dot ranges are not supported; give REV or BASE..HEAD")
        }
        let parts = text.components(separatedBy: "..")
        guard parts.count <= 2 else { throw Problem(description: "--git: '\(text)' holds more than one '..'") }
        for part in parts {
            if part.hasPrefix("-") {
                throw Problem(description: "--git: '\(part)' starts with '-': a revision cannot, and git would take it for an option")
            }
            if part.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw Problem(description: "--git: a revision holds a control character")
            }
        }
        guard !parts[0].isEmpty else { throw Problem(description: "--git: the base revision is empty") }
        base = parts[0]
        head = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    }
}
