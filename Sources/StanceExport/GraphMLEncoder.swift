import StanceAnalysis
import StanceGraph

/// Writes a claim graph as GraphML (Brandes et al., "GraphML progress report", Graph Drawing
/// 2001, doi:10.1007/3-540-45848-4_59), read by Gephi, yEd, Cytoscape, networkx
/// (`read_graphml`) and igraph (`Graph.Read_GraphML`).
///
/// Nodes are actors (id = actor id) with `name` and `label` (the same text: Gephi and yEd show
/// `label`), `kind`, `represents`, `aliases` and, with blocs, `bloc` (1-based, as `clusters`
/// numbers them; left out for actors with no tie, which are in no bloc); edges are statements in order (id `s1`, `s2`…)
/// with `relation`, `claim`, `date`, `weight`, `signed_weight` (from the projection's policy,
/// when given), `document`, `sentence` and `quote`. Text is XML-escaped; characters XML 1.0
/// cannot carry become U+FFFD.
///
/// - Complexity: O(*a* + *s*).
public struct GraphMLEncoder: Sendable {
  public init() {}

  /// The claim graph alone.
  public func encode(_ graph: ClaimGraph) -> String {
    encode(graph, projection: nil, clusters: nil)
  }

  /// Each actor's node id, escaped, and never shared: an id XML can carry is written as it is
  /// (actor ids are unique, so these are too); one that holds characters XML 1.0 cannot carry
  /// (which become U+FFFD, so that `A\u{0}B` and `A\u{1}B` would read as one node) gets
  /// `~2`, `~3`… after it until no other node has it. The readers refuse such names; a graph
  /// built in code may still hold them.
  ///
  /// - Complexity: O(*a*) expected.
  static func nodeIDs(_ graph: ClaimGraph) -> [String] {
    var ids = graph.actorIDs.map { GraphMLEncoder.escaped(graph[$0].id) }
    func replacements(_ text: String) -> Int { text.unicodeScalars.count { $0 == "\u{FFFD}" } }
    let isLossy = graph.actorIDs.map { replacements(ids[$0.index]) > replacements(graph[$0].id) }
    var used = Set(ids.indices.filter { !isLossy[$0] }.map { ids[$0] })
    for index in ids.indices where isLossy[index] {
      var candidate = ids[index]
      var suffix = 1
      while used.contains(candidate) {
        suffix += 1
        candidate = ids[index] + "~\(suffix)"
      }
      used.insert(candidate)
      ids[index] = candidate
    }
    return ids
  }

  /// The projection's graph, with each statement's signed weight under the projection's policy.
  public func encode(_ projection: SignedProjection) -> String {
    encode(projection.graph, projection: projection, clusters: nil)
  }

  /// The graph the blocs were found on, with signed weights and each actor's bloc.
  public func encode(_ clusters: AllianceClusters) -> String {
    encode(clusters.graph, projection: clusters.projection, clusters: clusters)
  }

  func encode(
    _ graph: ClaimGraph, projection: SignedProjection?, clusters: AllianceClusters?
  ) -> String {
    var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    out += #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" "#
    out += #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#
    out += #"xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns "#
    out += #"http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"# + "\n"
    let nodeKeys: [(String, String)] =
      [
        ("name", "string"), ("label", "string"), ("kind", "string"), ("represents", "string"),
        ("aliases", "string"),
      ] + (clusters == nil ? [] : [("bloc", "int")])
    var edgeKeys: [(String, String)] = [
      ("relation", "string"), ("claim", "string"), ("date", "string"), ("weight", "double"),
    ]
    if projection != nil { edgeKeys.append(("signed_weight", "double")) }
    edgeKeys += [("document", "string"), ("sentence", "int"), ("quote", "string")]
    for (name, type) in nodeKeys {
      out += "  <key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
    }
    for (name, type) in edgeKeys {
      out += "  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
    }
    out += "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n"
    var blocOf: [Int] = []
    if let clusters {
      // 0 marks an actor with no tie: it gets no bloc value.
      blocOf = clusters.partition.blocOf.map { clusters.blocs[$0].isIsolated ? 0 : $0 + 1 }
    }
    let nodeIDs = GraphMLEncoder.nodeIDs(graph)
    for id in graph.actorIDs {
      let actor = graph[id]
      out += "    <node id=\"\(nodeIDs[id.index])\">"
      out += data("n_name", actor.name)
      out += data("n_label", actor.name)
      out += data("n_kind", actor.kind.rawValue)
      if let represents = actor.represents { out += data("n_represents", represents) }
      if !actor.aliases.isEmpty { out += data("n_aliases", actor.aliases.joined(separator: "; ")) }
      if !blocOf.isEmpty, blocOf[id.index] > 0 {
        out += data("n_bloc", String(blocOf[id.index]))
      }
      out += "</node>\n"
    }
    var signed: [StatementID: Double] = [:]
    if let projection {
      for contribution in projection.contributions where !contribution.isInferred {
        signed[contribution.statement] = contribution.weight
      }
    }
    for id in graph.statementIDs {
      let statement = graph[id]
      guard let target = statement.target else { continue }
      out +=
        "    <edge id=\"s\(id.index + 1)\" source=\"\(nodeIDs[statement.source.index])\""
      out += " target=\"\(nodeIDs[target.index])\">"
      out += data("e_relation", statement.relation.rawValue)
      if let claim = statement.claim { out += data("e_claim", graph[claim].text) }
      if let date = statement.date { out += data("e_date", date.description) }
      out += data("e_weight", String(statement.weight))
      if let weight = signed[id] { out += data("e_signed_weight", String(weight)) }
      if let document = statement.evidence?.document { out += data("e_document", document) }
      if let sentence = statement.evidence?.sentence { out += data("e_sentence", String(sentence)) }
      if let quote = statement.evidence?.quote { out += data("e_quote", quote) }
      out += "</edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  private func data(_ key: String, _ value: String) -> String {
    "<data key=\"\(key)\">\(GraphMLEncoder.escaped(value))</data>"
  }

  /// Text safe in XML 1.0 content and attribute values.
  static func escaped(_ text: String) -> String { MarkupText.escaped(text) }
}
