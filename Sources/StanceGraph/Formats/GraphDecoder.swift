/// Turns a parsed JSON, YAML or JSON Lines document into a ``ClaimGraph``, checking the schema
/// of `docs/formats.md` and collecting every problem with its position.
///
/// Sections are read in dependency order whatever their order in the file: actors, then
/// `represents` links, then claims, then statements. When the document has no actors
/// section, actors are created from the names statements use; likewise for claims.
struct GraphDecoder {
  static let rootKeys = ["metadata", "actors", "claims", "statements"]
  static let actorKeys = ["id", "name", "kind", "aliases", "represents", "attributes"]
  static let claimKeys = ["id", "text", "attributes"]
  static let statementKeys = [
    "source", "relation", "target", "claim", "date", "weight", "evidence", "attributes",
  ]
  static let evidenceKeys = ["document", "sentence", "quote"]

  var graph = ClaimGraph()
  var limits = ReadLimits.standard
  var actorDeclaration = ""
  var log: DiagnosticLog
  /// Turns a parser position into the line and character column to report.
  let locate: (SourcePosition) -> SourcePosition

  private init(file: String?, locate: @escaping (SourcePosition) -> SourcePosition) {
    self.log = DiagnosticLog(file: file)
    self.locate = locate
  }

  /// The sections of a document, each a list of nodes with the path prefix to report.
  struct Sections {
    var metadata: [DocumentNode.Member] = []
    var actors: [(path: NodePath, node: DocumentNode)]? = nil
    var claims: [(path: NodePath, node: DocumentNode)]? = nil
    var statements: [(path: NodePath, node: DocumentNode)] = []
    /// How the input format declares an actor, for "no actor is named" suggestions.
    var actorDeclaration = "add the actor to the actors section"
  }

  /// Where a record sits in its document, spelled only when an error is reported.
  enum NodePath: CustomStringConvertible {
    case element(String, Int)
    case line(Int, String?)

    var description: String {
      switch self {
      case .element(let section, let index): "\(section)[\(index)]"
      case .line(_, let key?): key
      case .line(_, nil): ""
      }
    }
  }

  /// Decodes a document whose root is an object with the four sections.
  static func decode(
    root: DocumentNode, file: String?, limits: ReadLimits = .standard,
    locate: @escaping (SourcePosition) -> SourcePosition = { $0 }
  ) throws(StanceGraphError) -> ClaimGraph {
    var decoder = GraphDecoder(file: file, locate: locate)
    decoder.limits = limits
    let sections = decoder.sections(of: root)
    return try decoder.decode(sections)
  }

  /// Decodes sections gathered elsewhere (JSON Lines).
  static func decode(
    _ sections: Sections, file: String?, limits: ReadLimits = .standard,
    locate: @escaping (SourcePosition) -> SourcePosition = { $0 }
  ) throws(StanceGraphError) -> ClaimGraph {
    var decoder = GraphDecoder(file: file, locate: locate)
    decoder.limits = limits
    return try decoder.decode(sections)
  }

  mutating func decode(_ sections: Sections) throws(StanceGraphError) -> ClaimGraph {
    try log.check()
    if let actors = sections.actors, actors.count > limits.maxActors {
      throw StanceGraphError(
        ReadLimits.exceeded(
          "\(actors.count) actors", limit: limits.maxActors, name: .actors, file: log.file)
      )
    }
    if sections.statements.count > limits.maxStatements {
      throw StanceGraphError(
        ReadLimits.exceeded(
          "\(sections.statements.count) statements", limit: limits.maxStatements,
          name: .statements, file: log.file))
    }
    var metadataKeys: Set<String> = []
    for member in sections.metadata {
      // JSON allows a repeated key and keeps the last; YAML refuses it. Both refuse it here.
      guard metadataKeys.insert(member.key).inserted else {
        report(
          .duplicateField, "metadata key \"\(member.key)\" appears twice",
          at: member.keyPosition, path: "metadata.\(member.key)", suggestion: "keep one of them")
        continue
      }
      if let text = scalar(member.value, path: "metadata.\(member.key)") {
        graph.metadata[member.key] = text
      }
    }
    // Set before the actors are decoded: an unknown `represents` suggests it too.
    actorDeclaration = sections.actorDeclaration
    if let actors = sections.actors { decodeActors(actors) }
    if let claims = sections.claims {
      for (path, node) in claims { decodeClaim(node, path: "\(path)") }
    }
    let actorsDeclared = sections.actors != nil
    let claimsDeclared = sections.claims != nil
    for (path, node) in sections.statements {
      if log.shouldStop(inputRemains: true) { break }
      decodeStatement(
        node, path: "\(path)", actorsDeclared: actorsDeclared, claimsDeclared: claimsDeclared)
    }
    try log.check()
    return graph
  }

  // MARK: - Sections

  mutating func sections(of root: DocumentNode) -> Sections {
    var sections = Sections()
    guard let fields = object(root, path: "", allowed: GraphDecoder.rootKeys, what: "the document")
    else { return sections }
    if let metadata = fields["metadata"] {
      if case .object(let members) = metadata.value.value {
        sections.metadata = members
      } else if !isNull(metadata.value) {
        report(
          .wrongType, "metadata must be a map of names to text", at: metadata.value,
          path: "metadata", expected: "an object")
      }
    }
    for key in ["actors", "claims", "statements"] {
      guard let member = fields[key], !isNull(member.value) else { continue }
      let list = self.list(member.value, path: key).enumerated().map {
        (NodePath.element(key, $0.offset), $0.element)
      }
      switch key {
      case "actors": sections.actors = list
      case "claims": sections.claims = list
      default: sections.statements = list
      }
    }
    if !GraphDecoder.isPresent(fields["statements"]) && !GraphDecoder.isPresent(fields["actors"]) {
      report(
        .missingField, "the document has no statements", at: root, path: "statements",
        expected: "a \"statements\" list (and optionally \"actors\" and \"claims\")")
    }
    return sections
  }

  mutating func decodeActors(_ entries: [(path: NodePath, node: DocumentNode)]) {
    var pending: [(id: ActorID, spelling: String, node: DocumentNode, path: String)] = []
    for (path, node) in entries {
      guard
        let fields = object(
          node, path: "\(path)", allowed: GraphDecoder.actorKeys, what: "an actor")
      else { continue }
      guard let id = requiredString(fields, "id", in: node, path: "\(path)") else { continue }
      let name = fields["name"].flatMap { string($0.value, path: "\(path).name") }
      var kind = Actor.Kind.other
      if let kindNode = fields["kind"], let text = string(kindNode.value, path: "\(path).kind") {
        if let parsed = Actor.Kind(rawValue: text.lowercased()) {
          kind = parsed
        } else {
          let names = Actor.Kind.allCases.map(\.rawValue)
          report(
            .unknownKind, "unknown actor kind \"\(text)\"", at: kindNode.value,
            path: "\(path).kind",
            value: text, expected: Suggestions.listed(names),
            suggestion: Suggestions.didYouMean(text, among: names))
        }
      }
      let aliases = fields["aliases"].map { stringList($0.value, path: "\(path).aliases") } ?? []
      let attributes =
        fields["attributes"].map { stringMap($0.value, path: "\(path).attributes") } ?? [:]
      do throws(StanceGraphError) {
        let actor = Actor(id: id, name: name, kind: kind, aliases: aliases, attributes: attributes)
        if let problem = ClaimGraph.controlCharacterProblem(in: actor) {
          throw StanceGraphError(problem)
        }
        let actorID = try graph.add(actor)
        if let represents = fields["represents"],
          let spelling = string(represents.value, path: "\(path).represents")
        {
          pending.append((actorID, spelling, represents.value, "\(path).represents"))
        }
      } catch {
        for diagnostic in error.diagnostics {
          var at = diagnostic.field.flatMap { fields[$0]?.value } ?? node
          // Point at the alias itself, not at its list.
          if case .array(let elements)? = fields["aliases"]?.value.value,
            diagnostic.field == "aliases",
            let alias = elements.first(where: { $0.scalarText == diagnostic.value })
          {
            at = alias
          }
          report(diagnostic, at: at, path: "\(path)." + (diagnostic.field ?? "id"))
        }
      }
    }
    for link in pending {
      guard let representative = graph.actorID(named: link.spelling) else {
        report(
          graph.unknownActorDiagnostic(link.spelling, field: "", declaration: actorDeclaration),
          at: link.node, path: link.path)
        continue
      }
      do {
        try graph.setRepresentative(of: link.id, to: representative)
      } catch {
        for diagnostic in error.diagnostics { report(diagnostic, at: link.node, path: link.path) }
      }
    }
  }

  mutating func decodeClaim(_ node: DocumentNode, path: @autoclosure () -> String) {
    guard let fields = object(node, path: path(), allowed: GraphDecoder.claimKeys, what: "a claim"),
      let id = requiredString(fields, "id", in: node, path: path())
    else { return }
    let text = fields["text"].flatMap { string($0.value, path: "\(path()).text") }
    let attributes =
      fields["attributes"].map { stringMap($0.value, path: "\(path()).attributes") } ?? [:]
    do {
      try graph.add(Claim(id: id, text: text, attributes: attributes))
    } catch {
      for diagnostic in error.diagnostics {
        report(diagnostic, at: fields["id"]?.value ?? node, path: "\(path()).id")
      }
    }
  }

  mutating func decodeStatement(
    _ node: DocumentNode, path: @autoclosure () -> String, actorsDeclared: Bool,
    claimsDeclared: Bool
  ) {
    let errorsBefore = log.count
    guard
      let fields = object(
        node, path: path(), allowed: GraphDecoder.statementKeys, what: "a statement")
    else { return }
    let source = actor(
      fields, "source", in: node, path: path(), declared: actorsDeclared, required: true)
    var relation: Relation?
    if let text = requiredString(fields, "relation", in: node, path: path()) {
      relation = Relation(rawValue: text) ?? Relation(spelling: text)
      if relation == nil, let member = fields["relation"] {
        report(Relation.unknownDiagnostic(text), at: member.value, path: "\(path()).relation")
      }
    }
    let target = actor(
      fields, "target", in: node, path: path(), declared: actorsDeclared, required: false)
    var claim: ClaimID?
    if let member = fields["claim"], let text = string(member.value, path: "\(path()).claim") {
      if claimsDeclared {
        claim = graph.claimID(named: text)
        if claim == nil {
          report(
            .unknownClaim, "no claim has id \"\(text)\"", at: member.value, path: "\(path()).claim",
            value: text, expected: "the id of a claim in the claims section",
            suggestion: Suggestions.didYouMean(text, among: graph.claims.map(\.id))
              ?? "add the claim to the claims section")
        }
      } else {
        claim = graph.claimID(forText: text)
      }
    }
    let date = fields["date"].flatMap { self.date($0.value, path: "\(path()).date") }
    var weight = 1.0
    if let member = fields["weight"], let value = number(member.value, path: "\(path()).weight") {
      if value > 0 && value <= Statement.maximumWeight {
        weight = value
      } else {
        let written = member.value.scalarText ?? value.compactDescription
        report(
          .invalidValue, "weight \(written) is not a positive number up to 1,000,000",
          at: member.value, path: "\(path()).weight", value: written,
          expected: "a number greater than 0 and at most 1,000,000",
          suggestion: "leave the weight out for the default of 1, or scale the weights down")
      }
    }
    let evidence = fields["evidence"].flatMap {
      self.evidence($0.value, path: "\(path()).evidence")
    }
    let attributes =
      fields["attributes"].map { stringMap($0.value, path: "\(path()).attributes") } ?? [:]
    guard log.count == errorsBefore, let source, let relation else {
      return
    }
    let statement = Statement(
      source: source, relation: relation, target: target, claim: claim, date: date, weight: weight,
      evidence: evidence, attributes: attributes)
    if let problem = graph.problem(with: statement) {
      let at = problem.field.flatMap { fields[$0]?.value } ?? node
      report(problem, at: at, path: path() + "." + (problem.field ?? ""))
      return
    }
    graph.append(validated: statement)
  }

  mutating func actor(
    _ fields: Fields, _ key: String, in node: DocumentNode, path: @autoclosure () -> String,
    declared: Bool, required: Bool
  ) -> ActorID? {
    let spelling =
      required
      ? requiredString(fields, key, in: node, path: path())
      : fields[key].flatMap { string($0.value, path: "\(path()).\(key)") }
    guard let spelling, let member = fields[key] else { return nil }
    if declared {
      guard let id = graph.actorID(named: spelling) else {
        report(
          graph.unknownActorDiagnostic(spelling, field: "", declaration: actorDeclaration),
          at: member.value,
          path: "\(path()).\(key)")
        return nil
      }
      return id
    }
    guard !spelling.isBlank else {
      report(
        .invalidValue, "an actor name cannot be blank", at: member.value, path: "\(path()).\(key)",
        expected: "an actor name")
      return nil
    }
    if let problem = ClaimGraph.controlCharacterProblem(in: spelling, field: key) {
      report(problem, at: member.value, path: "\(path()).\(key)")
      return nil
    }
    return graph.actorID(forName: spelling)
  }

  mutating func evidence(_ node: DocumentNode, path: @autoclosure () -> String) -> Evidence? {
    if case .string(let quote) = node.value { return Evidence(quote: quote) }
    guard
      let fields = object(node, path: path(), allowed: GraphDecoder.evidenceKeys, what: "evidence")
    else { return nil }
    var evidence = Evidence()
    evidence.document = fields["document"].flatMap { scalar($0.value, path: "\(path()).document") }
    evidence.quote = fields["quote"].flatMap { scalar($0.value, path: "\(path()).quote") }
    if let member = fields["sentence"], let value = number(member.value, path: "\(path()).sentence")
    {
      if value == value.rounded(), value >= Double(Evidence.sentenceRange.lowerBound),
        value <= Double(Evidence.sentenceRange.upperBound)
      {
        evidence.sentence = Int(value)
      } else {
        report(
          .invalidValue, "sentence \(member.value.scalarText ?? "") is not a sentence number",
          at: member.value, path: "\(path()).sentence", value: member.value.scalarText,
          expected:
            "a whole number from 1 to \(ReadLimits.describe(Evidence.sentenceRange.upperBound))")
      }
    }
    return evidence.isEmpty ? nil : evidence
  }

  mutating func date(_ node: DocumentNode, path: @autoclosure () -> String) -> PartialDate? {
    if isNull(node) { return nil }
    guard let text = node.scalarText else {
      report(
        .wrongType, "a date must be text", at: node, path: path(),
        expected: "YYYY, YYYY-MM or YYYY-MM-DD")
      return nil
    }
    guard let date = PartialDate(text.trimmingSpaces()) else {
      report(PartialDate.invalidDiagnostic(text), at: node, path: path())
      return nil
    }
    return date
  }
}
