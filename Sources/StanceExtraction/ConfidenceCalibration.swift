/// The map from the rules' score to the share of statements that are right.
///
/// The rules' score (``ExtractedStatement/ruleScore``: a trigger's reliability times factors
/// for references back, shared subjects, implied targets and discourse links) orders
/// statements, but its values are not rates: on the development half, statements the rules
/// scored 0.64 or less were right 67 times in 72. This table is an isotonic regression (pool
/// adjacent violators) of rightness on the rules' score over the 192 statements the rules
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
  /// (highest rule score of the block, share right): 72, 58 and 62 statements.
  public static let steps: [(upTo: Double, calibrated: Double)] = [
    (0.64, 0.92), (0.77, 0.93), (1.0, 0.98),
  ]

  /// The calibrated confidence of a statement the rules scored `score`.
  ///
  /// - Complexity: O(1): three steps.
  public static func calibrated(_ score: Double) -> Double {
    for step in steps where score <= step.upTo + 1e-9 { return step.calibrated }
    return steps.last?.calibrated ?? score
  }
}
