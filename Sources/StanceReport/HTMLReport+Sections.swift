import StanceAnalysis
import StanceGraph

/// The report's sections after the diagram: blocs, the stance heat map, positions on claims,
/// the timeline and the provenance.
extension HTMLReport {
  func blocsSection(
    _ page: inout HTMLPage, _ clusters: AllianceClusters, _ projection: SignedProjection
  ) {
    let graph = projection.graph
    page.section("blocs", "Alliance blocs")
    let certainty: String
    if let certificate = clusters.certificate {
      certainty =
        "<strong>Proven optimal</strong> by the exact solver (\(certificate.nodesExplored) search "
        + "nodes)."
    } else {
      let stability = clusters.stability.map { HTMLReport.number($0) } ?? "–"
      certainty =
        "<strong>Heuristic</strong> (fast solver, best of \(clusters.restartsRun) runs; "
        + "stability \(stability), where 1 means every run agreed). Not proven optimal."
    }
    page.raw(
      "<p>\(certainty) Disagreement \(HTMLReport.number(clusters.disagreement)) over "
        + "\(clusters.violations) frustrated tie\(clusters.violations == 1 ? "" : "s").</p>")
    page.raw("<table class=\"blocs\"><thead><tr><th>Bloc</th><th>Members</th>")
    page.raw("<th>Internal weight</th></tr></thead><tbody>")
    var number = 0
    for bloc in clusters.blocs where !bloc.isIsolated {
      number += 1
      var members = bloc.members.prefix(options.memberLimit).map { name(graph[$0].name) }
        .joined(separator: ", ")
      if bloc.members.count > options.memberLimit {
        members +=
          " <span class=\"note\">… and \(bloc.members.count - options.memberLimit) more</span>"
      }
      page.raw(
        "<tr><td>\(number). \(name(bloc.name)) (\(bloc.members.count))</td><td>\(members)</td>"
          + "<td class=\"num\">\(HTMLReport.number(bloc.internalWeight))</td></tr>")
    }
    page.raw("</tbody></table>")
    let isolated = clusters.blocs.filter(\.isIsolated).flatMap(\.members)
    if !isolated.isEmpty {
      let more = isolated.count - options.memberLimit
      page.raw(
        "<p class=\"note\">No ties (\(isolated.count)): "
          + isolated.prefix(options.memberLimit).map { name(graph[$0].name) }
          .joined(separator: ", ") + (more > 0 ? " … and \(more) more" : "") + ".</p>")
    }
    if clusters.frustratedTies.isEmpty {
      page.raw("<p>No statement goes against the blocs.</p>")
    } else {
      page.raw("<h3>Statements that go against the blocs</h3><ul class=\"frustrated\">")
      for tie in clusters.frustratedTies.prefix(options.frustratedLimit) {
        let kind = tie.isInside ? "hostile inside a bloc" : "friendly across blocs"
        page.raw(
          "<li><strong>\(name(graph[tie.first].name)) – \(name(graph[tie.second].name))"
            + "</strong> (\(kind), \(HTMLReport.number(tie.weight)))<ul>")
        for contribution in tie.contributions {
          page.raw("<li>" + statementHTML(graph, contribution.statement) + "</li>")
        }
        page.raw("</ul></li>")
      }
      page.raw("</ul>")
      let more = clusters.frustratedTies.count - options.frustratedLimit
      if more > 0 {
        page.raw("<p class=\"note\">… and \(more) more frustrated ties, left out here.</p>")
      }
    }
    page.close()
  }

  func stanceMatrix(_ page: inout HTMLPage, _ stances: Stances, _ graph: ClaimGraph) {
    page.section("stances", "Stances between the main actors")
    var activity = [Int](repeating: 0, count: graph.actorCount)
    for statement in graph.statements {
      activity[statement.source.index] += 1
      if let target = statement.target { activity[target.index] += 1 }
    }
    let chosen = graph.actorIDs.filter { activity[$0.index] > 0 }
      .sorted {
        activity[$0.index] != activity[$1.index] ? activity[$0.index] > activity[$1.index] : $0 < $1
      }
      .prefix(options.matrixActors)
    // Ordered by bloc (largest first, as numbered above), then by actor order.
    var blocOf = Array(repeating: Int.max, count: graph.actorCount)
    if clusters.graph.actorCount == graph.actorCount {
      for (index, bloc) in clusters.blocs.enumerated() {
        for actor in bloc.members { blocOf[actor.index] = index }
      }
    }
    let main = chosen.sorted { (blocOf[$0.index], $0) < (blocOf[$1.index], $1) }
    let startsBloc = main.indices.map {
      $0 > 0 && blocOf[main[$0].index] != blocOf[main[$0 - 1].index]
    }
    let largest = max(1, stances.stances.map { abs($0.score) }.max() ?? 1)
    let active = activity.count { $0 > 0 }
    page.raw(
      "<p class=\"note\">Row toward column: the summed weight of what the row actor said about "
        + "the column actor (\(escaped(stances.projection.policy.description))). Red is adversary, green "
        + "ally; hover over a cell for the statements behind it. Actors are grouped by bloc, "
        + "with a line between blocs."
        + (active > main.count
          ? " The \(main.count) most active of \(active) actors are shown; "
            + "\(active - main.count) are left out." : "")
        + "</p>")
    page.raw("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th></th>")
    func blocLabel(_ actor: ActorID) -> String {
      blocOf[actor.index] == Int.max ? "" : "Bloc \(blocOf[actor.index] + 1): "
    }
    for (position, column) in main.enumerated() {
      let full = VisibleText.visible(graph[column].name)
      page.raw(
        "<th class=\"col\(startsBloc[position] ? " sep" : "")\" title=\"\(escaped(blocLabel(column) + full))\">"
          + "<span><bdi>\(escaped(HTMLReport.shortened(full, to: 48)))</bdi></span></th>")
    }
    page.raw("</tr></thead><tbody>")
    for (rowPosition, row) in main.enumerated() {
      page.raw(
        "<tr\(startsBloc[rowPosition] ? " class=\"sep\"" : "")><th title=\"\(escaped(blocLabel(row)))\">"
          + "\(name(graph[row].name))</th>")
      for (position, column) in main.enumerated() {
        let separator = startsBloc[position] ? " sep" : ""
        guard row != column, let stance = stances.stance(from: row, to: column) else {
          page.raw("<td class=\"empty\(separator)\"></td>")
          continue
        }
        let tooltip = stance.contributions.map {
          HTMLReport.plainStatement(graph, $0.statement) + " [\(HTMLReport.number($0.weight))]"
        }.joined(separator: "\n")
        page.raw(
          "<td class=\"\(separator)\" style=\"background:\(HTMLReport.colour(stance.score, largest))\" "
            + "title=\"\(escaped("\(stance.label.rawValue), \(HTMLReport.number(stance.score))\n" + tooltip))\">"
            + HTMLReport.number(stance.score) + "</td>")
      }
      page.raw("</tr>")
    }
    page.raw("</tbody></table></div>")
    page.close()
  }

  func positionsSection(_ page: inout HTMLPage, _ positions: Positions, _ graph: ClaimGraph) {
    page.section("positions", "Positions on claims")
    if positions.claims.isEmpty {
      page.raw("<p>No statement names a claim.</p>")
    } else {
      page.raw("<table><thead><tr><th>Claim</th><th>Supporters (accuse with it)</th>")
      page.raw("<th>Opponents (deny it)</th><th>Implicated</th></tr></thead><tbody>")
      for position in positions.claims {
        func names(_ actors: [ActorID]) -> String {
          actors.isEmpty ? "–" : actors.map { name(graph[$0].name) }.joined(separator: ", ")
        }
        page.raw(
          "<tr><td>\(escaped(graph[position.claim].text))</td><td>\(names(position.supporters))</td>"
            + "<td>\(names(position.opponents))</td><td>\(names(position.implicated))</td></tr>")
      }
      page.raw("</tbody></table>")
    }
    page.close()
  }

  func timeline(_ page: inout HTMLPage, _ graph: ClaimGraph) {
    page.section("timeline", "Timeline")
    let dated = graph.statementIDs.compactMap { id in graph[id].date.map { (id, $0) } }
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.map(\.0)
    if dated.isEmpty {
      page.raw("<p>No statement is dated.</p>")
    } else {
      page.raw("<ol class=\"timeline\">")
      var lastDate: PartialDate?
      for id in dated.prefix(options.timelineLimit) {
        let date = graph[id].date
        if date != lastDate {
          if lastDate != nil { page.raw("</ul></li>") }
          page.raw("<li><time>\(escaped(date?.description ?? ""))</time><ul>")
          lastDate = date
        }
        page.raw("<li>" + statementHTML(graph, id) + "</li>")
      }
      page.raw("</ul></li></ol>")
      if dated.count > options.timelineLimit {
        page.raw("<p class=\"note\">… and \(dated.count - options.timelineLimit) more.</p>")
      }
    }
    let undated = graph.statementCount - dated.count
    if undated > 0 { page.raw("<p class=\"note\">\(undated) statements have no date.</p>") }
    page.close()
  }

  func provenance(
    _ page: inout HTMLPage, _ input: ClaimGraph, _ projection: SignedProjection,
    _ clusters: AllianceClusters, _ engine: String
  ) {
    page.section("provenance", "Provenance")
    let summary = GraphSummary(input)
    var rows: [(String, String)] = [
      ("Input", options.source),
      (
        "Actors",
        "\(summary.actorCount) ("
          + Actor.Kind.allCases.compactMap { kind in
            let count = summary.actorsByKind[kind.rawValue, default: 0]
            return count > 0 ? "\(count) \(kind.rawValue)" : nil
          }.joined(separator: ", ") + ")"
      ),
      (
        "Statements",
        "\(summary.statementCount) ("
          + Relation.allCases.map {
            "\(summary.statementsByRelation[$0.rawValue, default: 0]) \($0.rawValue)"
          }.joined(separator: ", ") + ")"
      ),
      ("Claims", String(summary.claimCount)),
      ("Dates", summary.earliestDate.map { "\($0) to \(summary.latestDate ?? $0)" } ?? "none"),
      ("Weighting", projection.policy.description),
      (
        "Roll-up",
        projection.rollUp == nil
          ? "no" : "people and agencies folded into the actors they represent"
      ),
      (
        "Blocs",
        "\(clusters.method.rawValue) solver" + (clusters.isOptimal ? ", proven optimal" : "")
      ),
      ("Drawing", "Graphviz \(engine)"),
    ]
    if let source = input.metadata["source"] { rows.insert(("Source", source), at: 1) }
    page.raw("<dl>")
    for (name, value) in rows { page.raw("<dt>\(escaped(name))</dt><dd>\(escaped(value))</dd>") }
    page.raw("</dl>")
    page.close()
  }
}
