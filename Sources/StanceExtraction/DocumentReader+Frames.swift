import StanceGraph

extension DocumentReader {
  /// Reads one trigger word: its context, frame, source, target and claim.
  mutating func read(trigger: Trigger, at index: Int) -> [Finding] {
    let word = tokens[index].text
    if trigger.frame == .threat {
      // Modality and negation are part of these threats: read without the verb context.
      guard let found = readThreat(trigger, at: index) else { return [] }
      notes.append(found.explanation)
      return [found]
    }
    let context = verbContext(before: index, trigger: trigger)
    if let rejection = context.rejection {
      // "a warning to Pyongyang", "issued warnings against Tehran": the noun.
      if rejection == "used as a noun", trigger.relation == .warns, !context.isNegated,
        let found = readConcern(trigger, at: index, context)
      {
        notes.append(found.explanation)
        return [found]
      }
      notes.append("\"\(word)\": \(rejection)")
      return []
    }
    if context.isNegated {
      notes.append("\"\(word)\": negated, no statement")
      return []
    }
    if context.isHypothetical {
      notes.append("\"\(word)\": hypothetical or not yet done, no statement")
      return []
    }
    let found: Finding?
    switch trigger.frame {
    case .verbObject: found = readVerbObject(trigger, at: index, context)
    case .verbThatClause: found = readThatClause(trigger, at: index, context)
    case .concern: found = readConcern(trigger, at: index, context)
    case .naming: found = readNaming(trigger, at: index, context)
    case .denial: found = readDenial(trigger, at: index, context)
    case .allianceVerb: found = readAllianceVerb(trigger, at: index, context)
    case .allianceNoun: found = readAllianceNoun(trigger, at: index, context)
    case .allyNoun: found = readAllyNoun(trigger, at: index, context)
    case .threat: found = nil  // read above
    }
    guard let found else { return [] }
    notes.append(found.explanation)
    return [found]
  }

  /// A statement from a frame: its span covers source, target, trigger and claim.
  func finding(
    _ trigger: Trigger, at index: Int, source: Party, target: Party?,
    claim: (text: String, end: Int)?,
    how: String
  ) -> Finding {
    var lower = index
    var upper = index + 1
    for range in [source.range, target?.range].compactMap({ $0 }) {
      lower = min(lower, range.lowerBound)
      upper = max(upper, range.upperBound)
    }
    if let claim { upper = max(upper, claim.end) }
    let confidence = trigger.confidence * source.factor * (target?.factor ?? 0.8)
    var explanation = "\(trigger.relation.rawValue) via \"\(tokens[index].text)\" (\(how))"
    explanation += "; source \(source.how)"
    if let target { explanation += "; target \(target.how)" }
    if let claim { explanation += "; claim \"\(claim.text)\"" }
    return Finding(
      sources: source.actors, relation: trigger.relation, targets: target?.actors ?? [],
      claim: claim?.text, trigger: index..<(index + 1), span: lower..<upper,
      confidence: (confidence * 100).rounded() / 100, explanation: explanation)
  }

  /// Records why a trigger gives no statement.
  mutating func reject(_ index: Int, _ why: String) -> Finding? {
    notes.append("\"\(tokens[index].text)\": \(why)")
    return nil
  }
}
