import ArgumentParser
import StanceGraph

struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "List the statements that match filters on actor, relation, claim and date.",
    discussion: """
      Filters combine with AND; repeated --actor or --relation options combine with OR. \
      --since and --until take YYYY, YYYY-MM or YYYY-MM-DD; a statement matches when its \
      date overlaps the range, and undated statements are left out of a date range unless \
      --undated include. Actors are \
      found by id, name or alias, ignoring case and periods.

      --to table (the default) is for reading; csv and tsv print an edge list; json, \
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
    help: "Keep statements with this relation (repeatable): accuses, denies, allies-with, warns.",
    transform: ArgumentValue.relation)
  var relations: [Relation] = []

  @Option(
    name: .customLong("claim"), help: "Keep statements that reference this claim id (repeatable).")
  var claims: [String] = []

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp("The output: table, csv, tsv, json, yaml or jsonl.", valueName: "format"))
  var outputFormat: QueryOutput = .table

  /// The old name of `--to`, still accepted.
  @Option(name: .customLong("output-format"), help: .hidden)
  var oldOutputFormat: QueryOutput?

  /// What `query` prints: a table for people, or a claims file of the matching statements.
  enum QueryOutput: ExpressibleByArgument, Equatable {
    case table
    case graph(GraphFormat)

    init?(argument: String) {
      if argument == "table" {
        self = .table
      } else if let format = GraphFormat(rawValue: argument) {
        self = .graph(format)
      } else {
        return nil
      }
    }

    static var allValueStrings: [String] { ["table"] + GraphFormat.allCases.map(\.rawValue) }
    var defaultValueDescription: String { "table" }
  }

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    // --since, --until and --undated are applied as the file is loaded (PeriodOptions).
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    var filter = StatementFilter()
    if !relations.isEmpty { filter.relations = Set(relations) }
    if !actors.isEmpty {
      var ids = Set<ActorID>()
      for name in actors {
        ids.insert(try StatementText.actor(name, in: graph, option: "--actor"))
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
    if case .graph(let format) = oldOutputFormat ?? outputFormat {
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
        String(loaded.fileNumber(of: id)), graph[statement.source].name,
        statement.relation.rawValue,
        statement.target.map { graph[$0].name } ?? "-",
        statement.claim.map { graph[$0].text } ?? "",
        statement.date?.description ?? "", evidence.joined(separator: " "),
      ])
    }
    print(table.render())
    print(
      "\(matching.count) of \(loaded.period?.statementsRead ?? graph.statementCount) statements")
  }
}
