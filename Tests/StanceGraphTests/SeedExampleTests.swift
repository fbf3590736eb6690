import Foundation
import Testing

@testable import StanceGraph

@Suite struct SeedExampleTests {
  @Test func seedExampleHasTheDocumentedCounts() throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    let summary = GraphSummary(graph)
    #expect(summary.actorCount == 10)
    #expect(
      summary.actorsByKind == ["state": 7, "organization": 1, "person": 2, "group": 0, "other": 0])
    #expect(summary.statementCount == 24)
    #expect(
      summary.statementsByRelation == ["accuses": 8, "denies": 5, "allies-with": 9, "warns": 2])
    #expect(summary.claimCount == 7)
    #expect(summary.representingActors == 2)
    #expect(
      graph.statements.allSatisfy { $0.evidence?.sentence != nil && $0.evidence?.quote != nil })
  }

  @Test func seedExampleResolvesTheArticlesSpellings() throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    for (spelling, id) in [
      ("U.S.", "US"), ("Pyongyang", "KP"), ("Moscow", "RU"), ("PRC", "CN"), ("UN Command", "UNC"),
    ] {
      let actor = try #require(graph.actorID(named: spelling), "\(spelling)")
      #expect(graph[actor].id == id)
    }
  }

  @Test func everyQuoteIsInTheArticle() throws {
    let graph = try ClaimGraph(contentsOf: TestSupport.seedExample)
    let article = try String(
      contentsOfFile: TestSupport.packageRoot
        .appendingPathComponent("Examples/korea-armistice/article.txt").path, encoding: .utf8)
    let lines = article.split(separator: "\n", omittingEmptySubsequences: false)
    for statement in graph.statements {
      let evidence = try #require(statement.evidence)
      let sentence = try #require(evidence.sentence)
      try #require(sentence <= lines.count)
      #expect(lines[sentence - 1].contains(evidence.quote ?? "∅"), "sentence \(sentence)")
    }
  }
}
