/// Text for XML and HTML (GraphML, SVG-bound labels, the HTML report): `&`, `<`, `>`, `"` and `'`
/// as entities, and the characters XML 1.0 cannot carry (C0 controls but tab and line breaks,
/// U+FFFE, U+FFFF) as U+FFFD. Safe in element content and in quoted attribute values.
///
/// - Complexity: O(*n*) for *n* scalars.
package enum MarkupText {
  /// `text` escaped; with `lineBreak`, each line break (LF, CR or CRLF) becomes that markup.
  package static func escaped(_ text: String, lineBreak: String? = nil) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var previousWasCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\n" where lineBreak != nil:
        if !previousWasCarriageReturn { out += lineBreak ?? "" }
      case "\r" where lineBreak != nil: out += lineBreak ?? ""
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
