import StanceGraph

/// A graph made from fuzz bytes.
///
/// The bytes split at `0xFF` into chunks of at most ``maxChunks``, one actor each. A chunk's first
/// byte steers (kind, relation, claim, date, evidence, representative); the rest splits at `0xFE`
/// into the actor's id, name and aliases, decoded as UTF-8 with repair, so ids and names hold
/// quotes, backslashes, control characters and any Unicode. An actor that `ClaimGraph.add`
/// rejects (a clashing id, name or alias) is skipped. Each actor added after the first gets a
/// statement from the one added before it, which `add` may also reject.
public enum FuzzGraph {
  public static let maxChunks = 64

  public static func build(_ bytes: UnsafeBufferPointer<UInt8>) -> (ClaimGraph, title: String?) {
    var graph = ClaimGraph()
    var title: String?
    var previous: ActorID?
    let chunks = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(maxChunks)
    for (index, chunk) in chunks.enumerated() {
      let control = chunk.first ?? 0
      let parts = chunk.dropFirst().split(separator: 0xFE, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
      }
      let id = parts[0]
      let name = parts.count > 1 ? parts[1] : nil
      let aliases = Array(parts.dropFirst(2))
      if index == 0 && control & 1 == 1 { graph.metadata["title"] = name ?? id }
      if index == 0 && control & 2 == 2 { title = aliases.first ?? id }
      let actor = Actor(
        id: id, name: name, kind: Actor.Kind.allCases[Int(control) % Actor.Kind.allCases.count],
        aliases: aliases,
        represents: control & 0x80 != 0 ? previous.map { graph[$0].id } : nil)
      guard let current = try? graph.add(actor) else { continue }
      defer { previous = current }
      guard let source = previous else { continue }
      let relation = Relation.allCases[Int(control >> 3) % Relation.allCases.count]
      let claim = control & 0x20 != 0 ? graph.claimID(forText: name ?? id) : nil
      let target = relation == .denies && claim != nil && control & 0x40 != 0 ? nil : current
      let statement = Statement(
        source: source, relation: relation, target: target, claim: claim,
        date: control & 0x10 != 0 ? PartialDate(year: 1900 + Int(control)) : nil,
        weight: 0.25 * Double(1 + control & 7),
        evidence: control & 0x04 != 0
          ? Evidence(document: id, sentence: Int(control), quote: aliases.first ?? name) : nil)
      _ = try? graph.add(statement)
    }
    return (graph, title)
  }
}
