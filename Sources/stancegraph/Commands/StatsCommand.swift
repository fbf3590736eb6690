import ArgumentParser
import Foundation
import StanceGraph

struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count actors by kind, statements by relation, claims and the date range.",
    discussion: """
      Example:
        stancegraph stats Examples/korea-armistice/claims.yaml
        stancegraph stats edges.csv --json | jq .statementsByRelation
      """)

  @OptionGroup var input: InputOptions

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func run() throws {
    let loaded = try reading.loadInput(input.file, limits: limits)
    let graph = loaded.graph
    let summary = GraphSummary(graph)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      let data = try encoder.encode(summary)
      print(String(decoding: data, as: UTF8.self))
      return
    }
    if let title = graph.metadata["title"] { print(title) }
    if let period = loaded.period { print("period      \(PeriodOptions.describe(period))") }
    print("actors      \(summary.actorCount)")
    for kind in Actor.Kind.allCases where summary.actorsByKind[kind.rawValue, default: 0] > 0 {
      print(
        "  \(kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(summary.actorsByKind[kind.rawValue, default: 0])"
      )
    }
    if summary.representingActors > 0 {
      print("  (\(summary.representingActors) speak for another actor)")
    }
    print("statements  \(summary.statementCount)")
    for relation in Relation.allCases {
      print(
        "  \(relation.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(summary.statementsByRelation[relation.rawValue, default: 0])"
      )
    }
    print(
      "claims      \(summary.claimCount) (\(summary.statementsWithClaim) statements reference one)")
    if let earliest = summary.earliestDate, let latest = summary.latestDate {
      print(
        "dates       \(earliest) to \(latest) (\(summary.datedStatements) of \(summary.statementCount) statements dated)"
      )
    } else {
      print("dates       none")
    }
  }
}
