/// "Did you mean" over a set of candidate spellings.
package enum Suggestions {
  /// The candidates closest to `word` by edit distance, best first, ignoring case.
  ///
  /// A candidate qualifies when at most a third of its characters (at least one, at most 3)
  /// must change, or when one contains the other after normalisation.
  ///
  /// - Complexity: O(*c* × *n* × *m*) for *c* candidates of length *m* and a word of length *n*,
  ///   with early exit beyond the distance cap.
  package static func closest(
    to word: String, among candidates: some Sequence<String>, limit: Int = 3
  )
    -> [String]
  {
    let target = Array(word.lowercased().unicodeScalars)
    guard !target.isEmpty else { return [] }
    var scored: [(distance: Int, candidate: String)] = []
    var seen: Set<String> = []
    for candidate in candidates where seen.insert(candidate).inserted {
      let other = Array(candidate.lowercased().unicodeScalars)
      let cap = min(3, max(1, max(other.count, target.count) / 3))
      if let distance = editDistance(target, other, cap: cap) {
        scored.append((distance, candidate))
      } else if other.count >= 3, target.count >= 3,
        ActorNameKey(word).text.contains(ActorNameKey(candidate).text)
          || ActorNameKey(candidate).text.contains(ActorNameKey(word).text)
      {
        scored.append((cap + 1, candidate))
      }
    }
    scored.sort {
      $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate
    }
    return scored.prefix(limit).map(\.candidate)
  }

  /// `did you mean "a" or "b"?`, or nil when nothing is close.
  package static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String?
  {
    let close = closest(to: word, among: candidates)
    guard !close.isEmpty else { return nil }
    return "did you mean " + listed(close.map { "\"\($0)\"" }, joiner: "or") + "?"
  }

  /// `a, b or c`.
  static func listed(_ items: [String], joiner: String = "or") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(joiner) " + (items.last ?? "")
  }

  /// Damerau-Levenshtein (optimal string alignment) distance, or nil when above `cap`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int) -> Int? {
    if abs(a.count - b.count) > cap { return nil }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > cap { return nil }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count] <= cap ? previous[b.count] : nil
  }
}
