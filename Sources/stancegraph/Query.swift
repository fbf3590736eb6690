import ArgumentParser
import StanceGraph

struct Query: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the statements that match filters on actor, relation, claim and date.",
    discussion: """
      Filters combine with AND; repeated --actor or --relation options combine with OR. \
      --since and --until take YYYY, YYYY-MM or YYYY-MM-DD; a statement matches when its \
      date overlaps the range, and undated statements never match a date filter. Actors are \
      found by id, name or alias, ignoring case and periods.

      --format table (the default) is for reading; csv and tsv print an edge list; json, \
      yaml and jsonl print the whole graph with only the matching statements, ready to pipe \
      into another stancegraph command.

      Example:
        stancegraph query Examples/korea-armistice/claims.yaml \\
          --actor "North Korea" --relation denies
      """)

  @OptionGroup var input: InputOptions

  @Option(
    name: .customLong("actor"), help: "Keep statements made by or about this actor (repeatable).")
  var actors: [String] = []

  @Option(
    name: .customLong("relation"),
    help: "Keep statements with this relation (repeatable): accuses, denies, allies-with, warns.")
  var relations: [String] = []

  @Option(
    name: .customLong("claim"), help: "Keep statements that reference this claim id (repeatable).")
  var claims: [String] = []

  @Option(help: "Keep statements dated on or after this date.")
  var since: String?

  @Option(help: "Keep statements dated on or before this date.")
  var until: String?

  @Option(name: .customLong("output-format"), help: "table, csv, tsv, json, yaml or jsonl.")
  var outputFormat: String = "table"

  func validate() throws {
    for relation in relations where Relation(spelling: relation) == nil {
      let hint = Relation.suggestion(for: relation).map { "; \($0)" } ?? ""
      throw ValidationError(
        "unknown relation \"\(relation)\"; expected accuses, denies, allies-with or warns\(hint)")
    }
    for (name, date) in [("--since", since), ("--until", until)] {
      if let date, PartialDate(date) == nil {
        throw ValidationError(
          "\(name) \"\(date)\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
      }
    }
    if let since = since.flatMap(PartialDate.init), let until = until.flatMap(PartialDate.init),
      since.firstDay > until.lastDay
    {
      throw ValidationError("--since \"\(since)\" is after --until \"\(until)\"; no date can match")
    }
    if outputFormat != "table" && GraphFormat(rawValue: outputFormat) == nil {
      throw ValidationError(
        "unknown --output-format \"\(outputFormat)\"; expected table, csv, tsv, json, yaml or jsonl"
      )
    }
  }

  func run() throws {
    let graph = try input.load()
    var filter = StatementFilter(
      dates: DateRange(
        since: since.flatMap(PartialDate.init), until: until.flatMap(PartialDate.init)))
    if !relations.isEmpty { filter.relations = Set(relations.compactMap(Relation.init(spelling:))) }
    if !actors.isEmpty {
      var ids = Set<ActorID>()
      for name in actors {
        guard let id = graph.actorID(named: name) else {
          Terminal.printError(
            "error: --actor: no actor is named \"\(name)\"; \(graph.suggestion(forActorNamed: name) ?? Terminal.listActorsHint)"
          )
          throw ExitCode(1)
        }
        ids.insert(id)
      }
      filter.actors = ids
    }
    if !claims.isEmpty {
      var ids = Set<ClaimID>()
      for claim in claims {
        guard let id = graph.claimID(named: claim) else {
          let hint = graph.suggestion(forClaimNamed: claim).map { "; \($0)" } ?? ""
          Terminal.printError("error: --claim: no claim has id \"\(claim)\"\(hint)")
          throw ExitCode(1)
        }
        ids.insert(id)
      }
      filter.claims = ids
    }
    let matching = graph.statementIDs(matching: filter)
    if let format = GraphFormat(rawValue: outputFormat) {
      try Terminal.write(graph.filtered(by: filter).encoded(as: format), to: "-")
      return
    }
    var table = Table(["#", "source", "relation", "target", "claim", "date", "evidence"])
    for id in matching {
      let statement = graph[id]
      var evidence: [String] = []
      if let document = statement.evidence?.document { evidence.append(document) }
      if let sentence = statement.evidence?.sentence { evidence.append("s\(sentence)") }
      if let quote = statement.evidence?.quote { evidence.append("\"\(quote)\"") }
      table.append([
        String(id.index + 1), graph[statement.source].name, statement.relation.rawValue,
        statement.target.map { graph[$0].name } ?? "-",
        statement.claim.map { graph[$0].text } ?? "",
        statement.date?.description ?? "", evidence.joined(separator: " "),
      ])
    }
    print(table.render())
    print("\(matching.count) of \(graph.statementCount) statements")
  }
}
