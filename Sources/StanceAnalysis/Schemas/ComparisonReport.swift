import StanceGraph

/// What `stancegraph compare --json` prints. Actors are named by id; statements by their
/// 1-based number in the file they come from (the later side's file for moves, stances and
/// appeared ties; the earlier side's for vanished ties).
package struct ComparisonReport: Hashable, Sendable, Codable {
  package struct Move: Hashable, Sendable, Codable {
    package var actor: String
    package var from: Int
    package var to: Int
    package var statements: [Int]
  }
  package struct StanceValue: Hashable, Sendable, Codable {
    package var score: Double
    package var label: String
  }
  package struct StanceChange: Hashable, Sendable, Codable {
    package var source: String
    package var target: String
    package var before: StanceValue?
    package var after: StanceValue?
    /// The statements behind the later stance (the earlier one when it vanished).
    package var statements: [Int]
  }
  package struct Tie: Hashable, Sendable, Codable {
    package var first: String
    package var second: String
    package var weight: Double
    package var statements: [Int]
  }
  package struct Pair<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    package var before: Value
    package var after: Value
  }
  package struct Side: Hashable, Sendable, Codable {
    /// The input's name, with its period when one was cut.
    package var source: String
    package var period: PeriodRecord?
    package var statements: Int
    package init(source: String, period: PeriodRecord?, statements: Int) {
      self.source = source
      self.period = period
      self.statements = statements
    }
  }

  package var before: Side
  package var after: Side
  package var moved: [Move]
  package var stanceChanges: [StanceChange]
  package var tiesAppeared: [Tie]
  package var tiesVanished: [Tie]
  package var frustration: Pair<Int>
  /// Whether each frustration index is proven minimal.
  package var frustrationExact: Pair<Bool>
  package var polarisation: Pair<Double>
  package var blocs: Pair<[TrackedBlocRecord]>
  /// Splits, merges, blocs that appeared or dissolved.
  package var events: [BlocEventRecord]
  package var weights: String

  /// The report of `comparison`; `beforeNumber` and `afterNumber` give the 1-based number in
  /// its file of a statement of each side's input graph.
  package init(
    _ comparison: PeriodComparison, before: Side, after: Side,
    beforeNumber: (StatementID) -> Int = { $0.index + 1 },
    afterNumber: (StatementID) -> Int = { $0.index + 1 }
  ) {
    self.before = before
    self.after = after
    let old = comparison.before.projection
    let new = comparison.after.projection
    moved = comparison.moved.map {
      Move(actor: $0.actor, from: $0.from, to: $0.to, statements: $0.statements.map(afterNumber))
    }
    func value(_ stance: Stances.Stance?) -> StanceValue? {
      stance.map { StanceValue(score: JSONNumber.clean($0.score), label: $0.label.rawValue) }
    }
    stanceChanges = comparison.stanceChanges.map { change in
      let statements =
        change.after.map { $0.contributions.map { afterNumber(new.inputStatement($0.statement)) } }
        ?? change.before.map {
          $0.contributions.map { beforeNumber(old.inputStatement($0.statement)) }
        }
        ?? []
      return StanceChange(
        source: change.source, target: change.target, before: value(change.before),
        after: value(change.after), statements: Array(Set(statements)).sorted())
    }
    func tie(
      _ change: PeriodComparison.TieChange, _ projection: SignedProjection,
      _ number: (StatementID) -> Int
    ) -> Tie {
      Tie(
        first: change.first, second: change.second, weight: JSONNumber.clean(change.weight),
        statements: Array(
          Set(change.contributions.map { number(projection.inputStatement($0.statement)) })
        ).sorted())
    }
    tiesAppeared = comparison.tiesAppeared.map { tie($0, new, afterNumber) }
    tiesVanished = comparison.tiesVanished.map { tie($0, old, beforeNumber) }
    frustration = Pair(
      before: comparison.before.balance.frustrationIndex,
      after: comparison.after.balance.frustrationIndex)
    frustrationExact = Pair(
      before: comparison.before.balance.isExact, after: comparison.after.balance.isExact)
    polarisation = Pair(
      before: JSONNumber.clean(comparison.before.polarisation.polarisation),
      after: JSONNumber.clean(comparison.after.polarisation.polarisation))
    blocs = Pair(before: comparison.blocs.before, after: comparison.blocs.after)
    // Events name actors through the comparison's common numbering.
    let names = comparison.actorNames
    events = comparison.blocEvents.map {
      BlocEventRecord(
        .init(window: 1, previousWindow: 0, event: $0), naming: { names[$0.index] },
        statementNumber: afterNumber)
    }
    weights = old.policy.description
  }
}
