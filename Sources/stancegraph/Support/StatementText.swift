import ArgumentParser
import StanceGraph

/// One-line descriptions of statements, for tables and explanations.
enum StatementText {
  /// `United States accuses North Korea: North Korea supplies … (2023-11-14; unc-seoul s6: “has accused …”)`
  static func describe(_ id: StatementID, in graph: ClaimGraph, target: ActorID? = nil) -> String {
    StatementDescription(graph, id, linkedTo: target).description
  }

  /// Resolves an actor named on the command line or exits with a did-you-mean.
  static func actor(_ name: String, in graph: ClaimGraph, option: String) throws -> ActorID {
    guard let id = graph.actorID(named: name) else {
      Terminal.printError(
        "error: \(option): no actor is named \"\(name)\"; \(suggestion(forActorNamed: name, in: graph))"
      )
      throw ExitCode(1)
    }
    return id
  }

  /// "did you mean ...?" over the actors' ids, names and aliases, or how to list them.
  static func suggestion(forActorNamed name: String, in graph: ClaimGraph) -> String {
    graph.suggestion(forActorNamed: name) ?? "list the actors with `stancegraph actors FILE`"
  }

  /// `1 actor`, `2 actors`.
  static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(value) \(value == 1 ? singular : plural ?? singular + "s")"
  }

  static func number(_ value: Double) -> String { DecimalText.rounded(value, places: 3) }
}
