import Foundation
import StanceAnalysis
import StanceGraph

/// Writes a claim graph in the JSON node-link format of networkx
/// (`networkx.node_link_graph(data)` reads it back as a `MultiDiGraph`) and D3 force layouts.
///
/// `{"directed": true, "multigraph": true, "graph": {metadata}, "nodes": [{"id", "name",
/// "kind", ...}], "edges": [{"source", "target", "key", "relation", ...}]}`: nodes are actors,
/// edges statements in order, with the same attributes as ``GraphMLEncoder``. networkx 3.4 and
/// later name the edge list `edges` (older versions and D3 say `links`: read it with
/// `node_link_graph(data, edges="edges")` there).
public struct NodeLinkEncoder: Sendable {
  public init() {}

  struct Document: Encodable {
    var directed = true
    var multigraph = true
    var graph: [String: String]
    var nodes: [Node]
    var edges: [Edge]
  }

  struct Node: Encodable {
    var id: String
    var name: String
    var kind: String
    var represents: String?
    var aliases: [String]?
    var bloc: Int?
  }

  struct Edge: Encodable {
    var source: String
    var target: String
    var key: Int
    var id: String
    var relation: String
    var claim: String?
    var date: String?
    var weight: Double
    var signedWeight: Double?
    var document: String?
    var sentence: Int?
    var quote: String?

    enum CodingKeys: String, CodingKey {
      case source, target, key, id, relation, claim, date, weight, document, sentence, quote
      case signedWeight = "signed_weight"
    }
  }

  /// The node-link JSON, pretty-printed with sorted keys (deterministic).
  /// The claim graph alone.
  public func encode(_ graph: ClaimGraph) -> [UInt8] {
    encode(graph, projection: nil, clusters: nil)
  }

  /// The projection's graph, with each statement's signed weight under the projection's policy.
  public func encode(_ projection: SignedProjection) -> [UInt8] {
    encode(projection.graph, projection: projection, clusters: nil)
  }

  /// The graph the blocs were found on, with signed weights and each actor's bloc.
  public func encode(_ clusters: AllianceClusters) -> [UInt8] {
    encode(clusters.graph, projection: clusters.projection, clusters: clusters)
  }

  func encode(
    _ graph: ClaimGraph, projection: SignedProjection?, clusters: AllianceClusters?
  ) -> [UInt8] {
    var signed: [StatementID: Double] = [:]
    for contribution in projection?.contributions ?? [] where !contribution.isInferred {
      signed[contribution.statement] = contribution.weight
    }
    let nodes = graph.actorIDs.map { id -> Node in
      let actor = graph[id]
      var bloc: Int?
      if let clusters {
        let index = clusters.partition.blocOf[id.index]
        // An actor with no tie is in no bloc: its bloc is left out.
        bloc = clusters.blocs[index].isIsolated ? nil : index + 1
      }
      return Node(
        id: actor.id, name: actor.name, kind: actor.kind.rawValue, represents: actor.represents,
        aliases: actor.aliases.isEmpty ? nil : actor.aliases, bloc: bloc)
    }
    var keys: [String: Int] = [:]
    var edges: [Edge] = []
    for id in graph.statementIDs {
      let statement = graph[id]
      guard let target = statement.target else { continue }
      let source = graph[statement.source].id
      let targetID = graph[target].id
      let pair = source + "\u{0}" + targetID
      let key = keys[pair, default: 0]
      keys[pair] = key + 1
      edges.append(
        Edge(
          source: source, target: targetID, key: key, id: "s\(id.index + 1)",
          relation: statement.relation.rawValue, claim: statement.claim.map { graph[$0].text },
          date: statement.date?.description, weight: statement.weight, signedWeight: signed[id],
          document: statement.evidence?.document, sentence: statement.evidence?.sentence,
          quote: statement.evidence?.quote))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let document = Document(graph: graph.metadata, nodes: nodes, edges: edges)
    return ((try? encoder.encode(document)).map { Array($0) } ?? []) + [0x0A]
  }
}
