import Foundation
import StanceGraph

/// How statements become signed weights: a value per relation, times the statement's own weight,
/// times an optional time decay.
///
/// The default, ``goldstein``, uses the Goldstein (1992) conflict-cooperation scale values of the
/// CAMEO event codes that match each relation (Gerner et al. 2002): accuses -2.0 (112 "Accuse"),
/// denies -2.0 (016 "Deny responsibility"), warns -4.4 (130 "Threaten"), allies-with +5.2 (031
/// "Express intent to engage in material cooperation"). ``unit`` gives every hostile relation -1
/// and allies-with +1, as classic signed networks count ties.
///
/// ```swift
/// var policy = WeightingPolicy.goldstein
/// policy.decay = TimeDecay(halfLifeDays: 365, reference: .day(2024, 1, 1))
/// let custom = try WeightingPolicy(parsing: "accuses=-1,denies=-0.5,warns=-2,allies-with=3")
/// ```
///
/// References: J. S. Goldstein, "A Conflict-Cooperation Scale for WEIS Events Data", Journal of
/// Conflict Resolution 36(2) (1992) 369-385, doi:10.1177/0022002792036002007; D. J. Gerner,
/// P. A. Schrodt, Ö. Yilmaz, R. Abu-Jabr, "Conflict and Mediation Event Observations (CAMEO)",
/// 2002.
public struct WeightingPolicy: Hashable, Sendable, CustomStringConvertible {
  /// The policy's name: `goldstein`, `unit` or `custom`.
  public var name: String
  /// The signed value of each relation, by ``Relation/rank``.
  private var values: [Double]
  /// Optional exponential decay of older statements.
  public var decay: TimeDecay?

  public init(
    name: String = "custom", accuses: Double, denies: Double, alliesWith: Double, warns: Double,
    decay: TimeDecay? = nil
  ) {
    self.name = name
    self.values = [accuses, denies, alliesWith, warns]
    self.decay = decay
  }

  /// Goldstein-scale values of the matching CAMEO codes (the default).
  public static let goldstein = WeightingPolicy(
    name: "goldstein", accuses: -2.0, denies: -2.0, alliesWith: 5.2, warns: -4.4)

  /// -1 for every hostile relation, +1 for allies-with.
  public static let unit = WeightingPolicy(
    name: "unit", accuses: -1, denies: -1, alliesWith: 1, warns: -1)

  /// The value of one statement of `relation` with weight 1.
  public subscript(relation: Relation) -> Double {
    get { values[relation.rank] }
    set { values[relation.rank] = newValue }
  }

  /// Reads `goldstein`, `unit`, or custom values such as
  /// `accuses=-1,denies=-1,warns=-3,allies-with=2` (relations left out keep their Goldstein
  /// value; spellings are forgiving, as in files).
  ///
  /// - Throws: ``AnalysisError`` naming the part that cannot be read.
  public init(parsing text: String) throws(AnalysisError) {
    switch text.lowercased() {
    case "goldstein", "cameo", "default": self = .goldstein
    case "unit", "signs", "sign": self = .unit
    default:
      guard !text.allSatisfy(\.isWhitespace) else {
        throw AnalysisError(
          .invalidOption,
          "the weights are empty; expected goldstein, unit, or RELATION=NUMBER pairs")
      }
      var policy = WeightingPolicy.goldstein
      policy.name = "custom"
      for part in text.split(separator: ",") {
        let pieces = part.split(separator: "=", maxSplits: 1).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        guard pieces.count == 2, let relation = Relation(spelling: pieces[0]),
          let value = Double(pieces[1]), value.isFinite
        else {
          throw AnalysisError(
            .invalidOption,
            "cannot read \"\(part)\" in the weights; expected goldstein, unit, or "
              + "RELATION=NUMBER pairs such as accuses=-1,allies-with=2")
        }
        policy[relation] = value
      }
      self = policy
    }
  }

  /// The signed weight `statement` contributes: relation value × statement weight × decay.
  public func weight(of statement: Statement) -> Double {
    var value = self[statement.relation] * statement.weight
    if let decay { value *= decay.factor(for: statement.date) }
    return value
  }

  /// `goldstein (accuses -2, denies -2, allies-with 5.2, warns -4.4)`.
  public var description: String {
    let parts = Relation.allCases.map { "\($0.rawValue) \(format(self[$0]))" }
    var text = "\(name) (\(parts.joined(separator: ", ")))"
    if let decay { text += ", \(decay)" }
    return text
  }

  private func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

/// Exponential decay of a statement's weight with its age: a statement `halfLifeDays` older
/// than the reference date counts half. Statements dated after the reference count fully;
/// undated statements count fully (their age is unknown). A partial date counts from the middle
/// of the days it covers.
public struct TimeDecay: Hashable, Sendable, CustomStringConvertible {
  public var halfLifeDays: Double
  public var reference: PartialDate

  public init(halfLifeDays: Double, reference: PartialDate) {
    self.halfLifeDays = halfLifeDays
    self.reference = reference
  }

  /// The multiplier for a statement with this date, in (0, 1].
  public func factor(for date: PartialDate?) -> Double {
    guard let date, halfLifeDays > 0 else { return 1 }
    let age = TimeDecay.middleDay(of: reference) - TimeDecay.middleDay(of: date)
    guard age > 0 else { return 1 }
    return pow(2, -age / halfLifeDays)
  }

  public var description: String {
    "half-life \(halfLifeDays) days before \(reference)"
  }

  /// The middle of the days a date covers, as days since 1970-01-01.
  static func middleDay(of date: PartialDate) -> Double {
    let first = dayNumber(date.firstDay)
    let last = dayNumber(date.lastDay)
    return Double(first + last) / 2
  }

  /// Days since 1970-01-01 of a `YYYYMMDD` integer (proleptic Gregorian).
  ///
  /// Algorithm `days_from_civil` of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
  static func dayNumber(_ yyyymmdd: Int) -> Int {
    var year = yyyymmdd / 10_000
    let month = (yyyymmdd / 100) % 100
    let day = yyyymmdd % 100
    if month <= 2 { year -= 1 }
    let era = (year >= 0 ? year : year - 399) / 400
    let yearOfEra = year - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
