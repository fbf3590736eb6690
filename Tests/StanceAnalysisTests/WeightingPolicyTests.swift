import StanceGraph
import Testing

@testable import StanceAnalysis

/// How statements become signed weights: relation values (Goldstein, unit, custom), the
/// statement's own weight, and the time decay.
@Suite struct WeightingPolicyTests {
  static func statement(_ relation: Relation, weight: Double = 1, date: PartialDate? = nil)
    -> Statement
  {
    Statement(
      source: ActorID(rawValue: 0), relation: relation, target: ActorID(rawValue: 1), date: date,
      weight: weight)
  }

  @Test func goldsteinValuesAreThoseOfTheMatchingCAMEOCodes() {
    let policy = WeightingPolicy.goldstein
    #expect(policy[.accuses] == -2.0)
    #expect(policy[.denies] == -2.0)
    #expect(policy[.warns] == -4.4)
    #expect(policy[.alliesWith] == 5.2)
  }

  @Test func unitGivesEveryHostileRelationMinusOne() {
    for relation in Relation.allCases {
      #expect(WeightingPolicy.unit[relation] == (relation == .alliesWith ? 1 : -1))
    }
  }

  @Test func theStatementsWeightMultiplies() {
    #expect(WeightingPolicy.unit.weight(of: Self.statement(.accuses, weight: 2.5)) == -2.5)
    #expect(WeightingPolicy.goldstein.weight(of: Self.statement(.alliesWith, weight: 0.5)) == 2.6)
  }

  @Test(arguments: ["goldstein", "GOLDSTEIN", "cameo", "default"])
  func namesOfTheGoldsteinPolicy(text: String) throws {
    #expect(try WeightingPolicy(parsing: text) == .goldstein)
  }

  @Test func customValuesKeepGoldsteinForRelationsLeftOut() throws {
    let policy = try WeightingPolicy(parsing: "accuses=-1, allies with=3")
    #expect(policy[.accuses] == -1)
    #expect(policy[.alliesWith] == 3)
    #expect(policy[.warns] == WeightingPolicy.goldstein[.warns])
    #expect(policy.name == "custom")
  }

  @Test(arguments: ["", "  ", "accuses", "accuses=x", "blames=-1", "accuses=inf", "accuses=nan"])
  func unreadableTextIsAnInvalidOptionNamingNoFlag(text: String) {
    let error = #expect(throws: AnalysisError.self) { try WeightingPolicy(parsing: text) }
    #expect(error?.code == .invalidOption)
    #expect(error?.message.contains("--") == false, "the library names no CLI option")
  }

  /// Exponential decay: a statement one half-life before the reference counts half.
  @Test func decayHalvesPerHalfLife() throws {
    var policy = WeightingPolicy.unit
    policy.decay = TimeDecay(halfLifeDays: 10, reference: .day(2024, 1, 21))
    let atReference = policy.weight(of: Self.statement(.accuses, date: .day(2024, 1, 21)))
    let halfLifeBefore = policy.weight(of: Self.statement(.accuses, date: .day(2024, 1, 11)))
    let twoBefore = policy.weight(of: Self.statement(.accuses, date: .day(2024, 1, 1)))
    #expect(abs(atReference + 1) < 1e-12)
    #expect(abs(halfLifeBefore + 0.5) < 1e-12)
    #expect(abs(twoBefore + 0.25) < 1e-12)
  }

  /// A partial date decays from its middle day; an undated statement does not decay.
  @Test func partialAndMissingDates() throws {
    var policy = WeightingPolicy.unit
    policy.decay = TimeDecay(halfLifeDays: 30, reference: .day(2024, 1, 31))
    let month = policy.weight(of: Self.statement(.alliesWith, date: .month(2024, 1)))
    #expect(month > 0.6 && month < 0.8, "\(month)")
    #expect(policy.weight(of: Self.statement(.alliesWith)) == 1)
  }
}
