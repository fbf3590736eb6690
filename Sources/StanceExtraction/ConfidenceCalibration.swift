/// The map from the rules' score to the share of statements that are right.
///
/// The rules' score (``ExtractedStatement/ruleScore``: a trigger's reliability times factors
/// for references back, shared subjects, implied targets and discourse links) orders
/// statements, but its values are not rates: on the development half, statements the rules
/// scored 0.64 or less were right 75 times in 82. This table is an isotonic regression (pool
/// adjacent violators) of rightness on the rules' score over the 212 statements the rules
/// found in `DevSet/dev` and `DevSet/news-dev` on 2026-12-04, each block's rate smoothed as
/// (right + 1) / (statements + 2); `DevSet/scripts/calibration.py --fit dev news-dev` prints
/// it again. docs/extraction.md shows the reliability table on the development half and on
/// the held-out halves, which the fit never saw.
///
/// Refit whenever the rules change what they find: the table is only as true as the text it
/// was fitted on.
///
/// References: B. Zadrozny and C. Elkan, "Transforming classifier scores into accurate
/// multiclass probability estimates", KDD 2002, doi:10.1145/775047.775151.
public enum ConfidenceCalibration {
  /// (highest rule score of the block, share right): 2, 38, 42, 63 and 67
  /// statements.
  public static let steps: [(upTo: Double, calibrated: Double)] = [
    (0.36, 0.50), (0.58, 0.90), (0.64, 0.91), (0.77, 0.94), (1.0, 0.99),
  ]

  /// The calibrated confidence of a statement the rules scored `score`.
  ///
  /// - Complexity: O(1): five steps.
  public static func calibrated(_ score: Double) -> Double {
    for step in steps where score <= step.upTo + 1e-9 { return step.calibrated }
    return steps.last?.calibrated ?? score
  }
}
