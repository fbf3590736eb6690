import Foundation
import StanceGraph

/// The end of an import: events or aggregates become statements of a claim graph.
extension EventImporter {
  /// The graph of everything read.
  ///
  /// - Throws: ``EventDataError`` (code `graph`) when the graph cannot be built.
  public consuming func finish() throws(EventDataError) -> Result {
    for reason in DropReason.allCases where dropCounts[reason.index] > 0 {
      report.dropped[reason] = dropCounts[reason.index]
    }
    for relation in Relation.allCases where eventCounts[relation.rank] > 0 {
      report.events[relation] = eventCounts[relation.rank]
    }
    var graph = ClaimGraph(metadata: ["imported-from": options.format.rawValue])
    if let period = options.aggregate { graph.metadata["aggregated-by"] = period.rawValue }
    var actorIDs: [ActorID?] = Array(repeating: nil, count: names.count)
    let kind: Actor.Kind = options.actors == .country ? .state : .other
    func actor(_ id: Int32) throws(EventDataError) -> ActorID {
      if let known = actorIDs[Int(id)] { return known }
      let created = graph.actorID(forName: names.string(id), creating: kind)
      actorIDs[Int(id)] = created
      let country = countryOf[Int(id)]
      if country >= 0 {
        let countryActor: ActorID
        if let known = actorIDs[Int(country)] {
          countryActor = known
        } else {
          countryActor = graph.actorID(forName: names.string(country), creating: .state)
          actorIDs[Int(country)] = countryActor
        }
        if countryActor != created && graph[created].represents == nil {
          try? graph.setRepresentative(of: created, to: countryActor)
        }
      }
      return created
    }
    func add(_ statement: Statement) {
      do {
        try graph.add(statement)
      } catch {
        // Two spellings that fold to one actor ("U.S." and "US"): a self-event after all.
        report.events[statement.relation, default: 0] -= 1
        dropCounts[DropReason.selfEvent.index] += 1
      }
    }
    if let period = options.aggregate {
      let keyed = aggregates.map { aggregate in
        (
          aggregate,
          Array(names.string(aggregate.key.source).utf8),
          Array(names.string(aggregate.key.target).utf8)
        )
      }
      let ordered = keyed.sorted { left, right in
        if left.0.key.period != right.0.key.period { return left.0.key.period < right.0.key.period }
        if left.1 != right.1 { return left.1.lexicographicallyPrecedes(right.1) }
        if left.0.key.relation != right.0.key.relation {
          return Relation.allCases[Int(left.0.key.relation)].rawValue
            < Relation.allCases[Int(right.0.key.relation)].rawValue
        }
        return left.2.lexicographicallyPrecedes(right.2)
      }
      for (aggregate, _, _) in ordered {
        let source = try actor(aggregate.key.source)
        let target = try actor(aggregate.key.target)
        add(
          Statement(
            source: source, relation: Relation.allCases[Int(aggregate.key.relation)],
            target: target,
            date: EventImporter.date(of: aggregate.key.period, period),
            weight: (aggregate.weight * 1e6).rounded() / 1e6,
            evidence: aggregate.example.map {
              Evidence(document: String(decoding: $0, as: UTF8.self))
            },
            attributes: [
              "count": String(aggregate.count),
              "first": EventImporter.isoDay(aggregate.first),
              "last": EventImporter.isoDay(aggregate.last),
            ]))
      }
    } else {
      for event in events {
        let source = try actor(event.source)
        let target = try actor(event.target)
        var attributes = ["cameo": codes.string(event.code)]
        if !event.id.isEmpty { attributes["event"] = event.id }
        if event.counts.mentions >= 0 { attributes["mentions"] = String(event.counts.mentions) }
        if event.counts.sources >= 0 { attributes["sources"] = String(event.counts.sources) }
        if event.counts.articles >= 0 { attributes["articles"] = String(event.counts.articles) }
        let evidence = Evidence(document: event.document, sentence: event.sentence)
        add(
          Statement(
            source: source, relation: event.relation, target: target,
            date: EventImporter.date(of: event.day, .day), weight: event.weight,
            evidence: evidence.isEmpty ? nil : evidence, attributes: attributes))
      }
    }
    report.statements = graph.statementCount
    return Result(graph: graph, report: report)
  }

  static func date(of key: Int32, _ period: AggregationPeriod) -> PartialDate? {
    let value = Int(key)
    switch period {
    case .day: return PartialDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    case .month: return PartialDate(year: value / 100, month: value % 100)
    case .year: return PartialDate(year: value)
    }
  }

  static func isoDay(_ day: Int32) -> String {
    EventImporter.date(of: day, .day)?.description ?? ""
  }
}
