/// A GitHub pipe table whose columns are padded so it also lines up as plain text. Cells
/// must already be escaped (`MarkdownEscaper` turns pipes and newlines harmless).
struct MarkdownTable {
    var header: [String]
    var rows: [[String]]

    var text: String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "| " + header.indices.map { i in
                let cell = cells.indices.contains(i) ? cells[i] : ""
                return cell + String(repeating: " ", count: max(0, widths[i] - cell.count))
            }.joined(separator: " | ") + " |\n"
        }
        let rule = "| " + widths.map { String(repeating: "-", count: max(3, $0)) }.joined(separator: " | ") + " |\n"
        return line(header) + rule + rows.map(line).joined()
    }
}
