import ASLModel
import Foundation

/// Short human text for labels: durations and cut-down strings.
enum Abbreviation {
    /// `text` on one line, cut to `limit` characters with "…".
    static func cut(_ text: String, limit: Int) -> String {
        // A text no longer in bytes than the limit, with no byte that can start a line break
        // (ASCII 0x0A–0x0D, 0xC2 for U+0085, 0xE2 for U+2028/U+2029), is kept as it is.
        if text.utf8.count <= limit, !text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
            return text
        }
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        return String(flat.prefix(max(1, limit - 1))).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word keeps its
    /// own line): a caption as wide as its longest sentence made pictures several times wider
    /// than the machine they show.
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// "45 s", "7 min", "1 h 30 min", "2 d 3 h", "3.2 y" — two units at most.
    /// Values no duration has (invalid input: negative or beyond any integer) still get text.
    static func duration(seconds: Double) -> String {
        guard seconds.isFinite else { return "unbounded" }
        if seconds < 60 {
            if seconds == seconds.rounded() && seconds > -1e15 { return "\(Int(seconds)) s" }
            return String(format: seconds > -1e15 ? "%.1f s" : "%.3g s", seconds)
        }
        if seconds >= 365 * 86_400 { return String(format: seconds < 1e15 ? "%.1f y" : "%.3g y", seconds / (365 * 86_400)) }
        let total = Int(seconds.rounded())
        let units: [(String, Int)] = [("d", 86_400), ("h", 3_600), ("min", 60), ("s", 1)]
        var parts: [String] = []
        var rest = total
        for (name, size) in units where parts.count < 2 {
            let value = rest / size
            rest -= value * size
            if value > 0 || !parts.isEmpty {
                if value > 0 { parts.append("\(value) \(name)") } else { break }
            }
        }
        return parts.joined(separator: " ")
    }

    /// A seconds field: "30 s", "from $.timeout", or "JSONata" when it is an expression.
    static func seconds(_ value: DynamicInt) -> String {
        switch value {
        case .literal(let v, _): duration(seconds: Double(v))
        case .path(let p, _): "from \(p)"
        case .jsonata: "from JSONata"
        }
    }
}
