import StanceGraph

/// A plain text table for people: columns padded to their widest cell, long cells cut, and
/// invisible characters from the data (bidi controls, zero-width characters, escapes) shown as
/// `⟨U+202E⟩`, so no name passes for another and no escape sequence reaches the terminal.
struct Table {
  var headers: [String]
  var rows: [[String]] = []
  var maximumWidth = 60

  init(_ headers: [String]) { self.headers = headers }

  mutating func append(_ row: [String]) { rows.append(row) }

  func render() -> String {
    let cells = ([headers] + rows).map { row in
      row.map { cell in
        let flat = VisibleText.visible(
          cell.split(whereSeparator: \.isNewline).joined(separator: " "))
        return flat.count > maximumWidth ? String(flat.prefix(maximumWidth - 1)) + "…" : flat
      }
    }
    var widths = [Int](repeating: 0, count: headers.count)
    for row in cells {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return cells.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
