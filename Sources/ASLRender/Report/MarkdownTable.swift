/// A GitHub pipe table whose columns are padded so it also lines up as plain text. Cells
/// must already be escaped (`MarkdownEscaper` turns pipes and newlines harmless).
struct MarkdownTable {
    var header: [String]
    var rows: [[String]]

    /// Made in one string: a table of 50,000 rows was a line string per row, joined, and every
    /// row copied once per column to measure it.
    var text: String {
        var widths = header.map(\.count)
        for row in rows {
            for column in header.indices where row.indices.contains(column) { widths[column] = max(widths[column], row[column].count) }
        }
        var text = ""
        func line(_ cells: [String]) {
            text += "| "
            for column in header.indices {
                if column > 0 { text += " | " }
                let cell = cells.indices.contains(column) ? cells[column] : ""
                text += cell
                let padding = widths[column] - cell.count
                if padding > 0 { text += String(repeating: " ", count: padding) }
            }
            text += " |\n"
        }
        line(header)
        text += "| " + widths.map { String(repeating: "-", count: max(3, $0)) }.joined(separator: " | ") + " |\n"
        for row in rows { line(row) }
        return text
    }
}
