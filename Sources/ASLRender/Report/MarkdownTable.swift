/// A GitHub pipe table whose columns are padded so it also lines up as plain text. Cells
/// must already be escaped (`MarkdownEscaper` turns pipes and newlines harmless).
///
/// Written row by row: the cells of a row are made once to measure the columns and once more
/// to write them, so a table of 50,000 rows (7 MB of text) is never held, nor its cells.
struct MarkdownTable<Rows: Sequence> {
    var header: [String]
    var rows: Rows
    /// The escaped cells of one row; a short row leaves its last columns empty.
    var cells: (Rows.Element) -> [String]

    func write(into out: inout some TextOutputStream) {
        var widths = header.map(\.count)
        for row in rows {
            let cells = cells(row)
            for column in header.indices where cells.indices.contains(column) { widths[column] = max(widths[column], cells[column].count) }
        }
        func line(_ cells: [String]) {
            out.write("| ")
            for column in header.indices {
                if column > 0 { out.write(" | ") }
                let cell = cells.indices.contains(column) ? cells[column] : ""
                out.write(cell)
                let padding = widths[column] - cell.count
                if padding > 0 { out.write(String(repeating: " ", count: padding)) }
            }
            out.write(" |\n")
        }
        line(header)
        out.write("| ")
        for (column, width) in widths.enumerated() {
            if column > 0 { out.write(" | ") }
            out.write(String(repeating: "-", count: max(3, width)))
        }
        out.write(" |\n")
        for row in rows { line(cells(row)) }
    }
}

extension MarkdownTable where Rows == [[String]] {
    /// A table whose cells are made already (a short one, such as the summary).
    init(header: [String], rows: [[String]]) {
        self.init(header: header, rows: rows, cells: { $0 })
    }
}
