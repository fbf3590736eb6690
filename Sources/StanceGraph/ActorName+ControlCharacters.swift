extension ClaimGraph {
  /// The rule for control characters in names: an actor's id, name or alias holds no control
  /// character (Unicode category Cc: U+0000–U+001F, U+007F–U+009F; NUL, tab and line breaks
  /// included). Every reader refuses one with a located error, and ``add(_:)-(Actor)`` throws.
  ///
  /// Why refuse rather than map: XML 1.0 (GraphML, SVG) cannot carry most of them and DOT and
  /// terminals show them badly, so any mapping would make `A\u{0}B`, `A\u{1}B` and
  /// `A\u{FFFD}B` one output id. See `docs/limits.md`.
  ///
  /// - Returns: nil for an acceptable name, else an ``Diagnostic/Code/invalidValue`` naming the
  ///   first control character and its position in the name.
  /// - Complexity: O(*n*) in the name's length.
  static func controlCharacterProblem(in spelling: String, field: String) -> Diagnostic? {
    var offset = 0
    for scalar in spelling.unicodeScalars {
      offset += 1
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let shown = String(
          String.UnicodeScalarView(
            spelling.unicodeScalars.map {
              $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0
            }))
        return Diagnostic(
          .invalidValue,
          "the actor name \"\(shown)\" holds control character \(code) at character \(offset)",
          field: field, value: shown, expected: "a name without control characters",
          suggestion: "remove the control character (names cannot hold tabs, line breaks or NUL)")
      }
    }
    return nil
  }
}
