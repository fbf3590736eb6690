extension ClaimGraph {
  /// The rule for control characters in names: every reader refuses an actor id, name or alias
  /// that holds a control character XML 1.0 cannot carry (U+0000 to U+0008, U+000B, U+000C,
  /// U+000E to U+001F: NUL, ESC and the rest of C0 but tab, line feed and carriage return),
  /// with a located error.
  ///
  /// Why these: GraphML and SVG cannot hold them at all and write U+FFFD instead, so `A\u{0}B`,
  /// `A\u{1}B` and `A\u{FFFD}B` became one node id three times. Tab and line breaks, DEL and
  /// the C1 controls are kept: every format carries them exactly (JSON and YAML escape them,
  /// CSV quotes them). A graph built in code may still hold any of them (``add(_:)-(Actor)``
  /// takes them, and DOT keeps them apart); GraphML then gives such ids a suffix so that no two
  /// nodes share one. See `docs/limits.md`.
  ///
  /// - Returns: nil for an acceptable name, else an ``Diagnostic/Code/invalidValue`` naming the
  ///   first such character and its position in the name.
  /// - Complexity: O(*n*) in the name's length.
  static func controlCharacterProblem(in spelling: String, field: String) -> Diagnostic? {
    func isRefused(_ scalar: Unicode.Scalar) -> Bool {
      scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }
    var offset = 0
    for scalar in spelling.unicodeScalars {
      offset += 1
      if isRefused(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let shown = String(
          String.UnicodeScalarView(spelling.unicodeScalars.map { isRefused($0) ? "?" : $0 }))
        return Diagnostic(
          .invalidValue,
          "the actor name \"\(shown)\" holds control character \(code) at character \(offset)",
          field: field, value: shown, expected: "a name without control characters",
          suggestion: "remove the control character (XML, and so GraphML and SVG, cannot carry it)")
      }
    }
    return nil
  }

  /// The first control-character problem in an actor's id, name or aliases (see
  /// ``controlCharacterProblem(in:field:)``), for the readers.
  static func controlCharacterProblem(in actor: Actor) -> Diagnostic? {
    if let problem = controlCharacterProblem(in: actor.id, field: "id") { return problem }
    if let problem = controlCharacterProblem(in: actor.name, field: "name") { return problem }
    for alias in actor.aliases {
      if let problem = controlCharacterProblem(in: alias, field: "aliases") { return problem }
    }
    return nil
  }
}
