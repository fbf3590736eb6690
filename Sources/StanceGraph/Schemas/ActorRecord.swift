/// One actor as `stancegraph actors --json` prints it: its spellings, kind, whom it speaks for
/// and how many statements it makes and receives.
package struct ActorRecord: Hashable, Sendable, Codable {
  package var id: String
  package var name: String
  package var kind: String
  package var aliases: [String]
  /// The id of the actor this one speaks for.
  package var represents: String?
  /// Statements the actor makes.
  package var statementsOut: Int
  /// Statements made about the actor.
  package var statementsIn: Int

  /// The record of `actor` in `graph`.
  package init(_ actor: ActorID, in graph: ClaimGraph) {
    let value = graph[actor]
    id = value.id
    name = value.name
    kind = value.kind.rawValue
    aliases = value.aliases
    represents = graph.representative(of: actor).map { graph[$0].id }
    statementsOut = graph.statements(from: actor).count
    statementsIn = graph.statements(to: actor).count
  }

  /// The records of every actor, in the graph's order.
  ///
  /// - Complexity: O(*a*) in the number of actors.
  package static func records(of graph: ClaimGraph) -> [ActorRecord] {
    graph.actorIDs.map { ActorRecord($0, in: graph) }
  }
}
