import StanceGraph

/// Groups of mentions joined by coordination ("the United States and Japan").
extension DocumentReader {
  // MARK: - Groups

  /// Joins mentions separated only by commas, "and", "or", "as well as", "both" or a
  /// parenthesis ("China (PRC) and Russia").
  mutating func buildGroups() {
    groups = []
    groupStartingAt = [:]
    groupEndingAt = [:]
    var index = 0
    var lastPlural: [Int32] = []
    while index < mentions.count {
      if mentions[index].refersToGroup, lastPlural.count >= 2 {
        mentions[index].actors = lastPlural  // "Russia and North Korea ..., both nations"
      }
      var group = MentionGroup(
        range: mentions[index].range, actors: mentions[index].actors, role: mentions[index].role,
        isAnaphor: mentions[index].isAnaphor, isMetonym: mentions[index].isMetonym,
        how: mentions[index].how)
      var next = index + 1
      var lastConfirmed = (range: group.range, actors: group.actors, next: next)
      while next < mentions.count {
        let gap = skipParenthesis(from: group.range.upperBound)
        if mentions[next].range.lowerBound < gap {
          // A mention inside the parenthesis: "China (PRC)".
          group.range = group.range.lowerBound..<gap
          next += 1
          if lastConfirmed.next == next - 1 { lastConfirmed = (group.range, group.actors, next) }
          continue
        }
        let between = gap..<mentions[next].range.lowerBound
        guard isCoordination(between), mentions[next].role == group.role else { break }
        let isConjunction = between.contains { ["and", "or", "&"].contains(tokens[$0].lower) }
        group.range = group.range.lowerBound..<mentions[next].range.upperBound
        group.actors += mentions[next].actors.filter { !group.actors.contains($0) }
        if mentions[next].role == .agent { group.role = .agent }
        group.isAnaphor = group.isAnaphor || mentions[next].isAnaphor
        group.how += "; " + mentions[next].how
        next += 1
        if isConjunction { lastConfirmed = (group.range, group.actors, next) }
      }
      // "X, Y," without "and" is an apposition, not a list: keep what "and" closed.
      if next != lastConfirmed.next {
        group.range = lastConfirmed.range
        group.actors = lastConfirmed.actors
        next = lastConfirmed.next
      }
      // "both X and Y"
      if group.range.lowerBound > 0, tokens[group.range.lowerBound - 1].lower == "both",
        group.actors.count > 1
      {
        group.range = (group.range.lowerBound - 1)..<group.range.upperBound
      }
      group.range = group.range.lowerBound..<skipParenthesis(from: group.range.upperBound)
      if group.actors.count >= 2 && group.role == .agent { lastPlural = group.actors }
      groupStartingAt[group.range.lowerBound] = groups.count
      groupEndingAt[group.range.upperBound] = groups.count
      groups.append(group)
      index = next
    }
  }

  /// Skips a short parenthesis after a mention: "China (PRC)".
  func skipParenthesis(from index: Int) -> Int {
    guard index < tokens.count, tokens[index].text == "(" else { return index }
    var close = index + 1
    while close < tokens.count && close < index + 5 {
      if tokens[close].text == ")" { return close + 1 }
      close += 1
    }
    return index
  }

  func isCoordination(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 3 else { return false }
    var sawJoin = false
    for index in range {
      let token = tokens[index]
      switch token.lower {
      case ",", "and", "or", "&", "as", "well", "both": sawJoin = true
      case "the": continue
      default: return false
      }
    }
    return sawJoin
  }

  /// The group that begins at `index` (after an optional "the", which groups include).
  func group(startingAt index: Int) -> MentionGroup? {
    groupStartingAt[index].map { groups[$0] }
  }

  /// The group that ends just before `index`.
  func group(endingAt index: Int) -> MentionGroup? {
    groupEndingAt[index].map { groups[$0] }
  }

  func text(_ range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else {
      return ""
    }
    return String(
      decoding: bytes[tokens[first].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
  }
}
