extension ClaimGraph {
  /// The graph with only the statements `ids`, in the order given; every actor and claim is
  /// kept, so actor and claim ids mean the same in the result as in `self` (windowed analysis
  /// relies on this to follow an actor from one window to the next). Statement ids are
  /// renumbered: statement *i* of the result is `ids[i]` of `self`.
  ///
  /// - Precondition: every id belongs to this graph.
  /// - Complexity: O(*k* + *a*) for *k* ids and *a* actors.
  public func keepingStatements(_ ids: some Collection<StatementID>) -> ClaimGraph {
    var result = self
    var kept: [Statement] = []
    kept.reserveCapacity(ids.count)
    for id in ids {
      precondition(id.index >= 0 && id.index < statements.count, "statement id from another graph")
      kept.append(statements[id.index])
    }
    result.replaceStatements(with: kept)
    return result
  }

  /// The graph with only the statements `range` keeps, where undated statements follow
  /// `undated`; actors and claims are kept.
  ///
  /// - Complexity: O(*s* + *a*).
  public func filtered(dates range: DateRange, undated: UndatedStatements) -> ClaimGraph {
    if range.isUnbounded && undated == .include { return self }
    return keepingStatements(
      statementIDs.filter { id in
        guard let date = statements[id.index].date else { return undated == .include }
        return range.contains(date)
      })
  }
}

/// What a date range does with statements that carry no date.
///
/// `exclude` (the rule when a range has a bound) drops them: nothing says they were made in
/// the period. `include` keeps them in every period, for files where only some statements were
/// dated and the undated ones are known to be current.
public enum UndatedStatements: String, CaseIterable, Hashable, Sendable, Codable {
  case include, exclude
}
