/// The form under which actor ids, names and aliases are looked up.
///
/// Case is folded, periods are dropped, typographic apostrophes become `'`, and runs of
/// whitespace become one space, so "U.S.", "us" and "US" share a key, as do
/// "North Korea’s" and "north korea's". A spelling made only of periods keeps them.
struct ActorNameKey: Hashable, Sendable {
  let text: String

  init(_ spelling: String) {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in spelling.lowercased().unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if scalar == "." { continue }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      scalars.append(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar)
    }
    text = scalars.isEmpty ? spelling.lowercased() : String(scalars)
  }
}
