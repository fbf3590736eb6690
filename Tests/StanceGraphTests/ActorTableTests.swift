import Testing

@testable import StanceGraph

@Suite struct ActorTableTests {
  static func edges(_ csv: String) throws -> ClaimGraph {
    try ClaimGraph(decoding: Array(csv.utf8), format: .csv, fileName: "edges.csv")
  }

  @Test func rowsGiveNamesKindsAliasesAndRepresents() throws {
    let table = try ActorTable(
      csv: """
        id,name,kind,aliases,represents
        US,United States,state,U.S.|Washington,
        Austin,Lloyd Austin,person,,US
        """, file: "actors.csv")
    #expect(table.rows.map(\.actor.id) == ["US", "Austin"])
    #expect(table.rows.map(\.line) == [2, 3])
    #expect(table.rows[0].actor.aliases == ["U.S.", "Washington"])
    #expect(table.rows[1].actor.kind == .person)
    #expect(table.rows[1].actor.represents == "US")
  }

  @Test func quotedFieldsCRLFAndAByteOrderMark() throws {
    let table = try ActorTable(
      csv: "\u{FEFF}name,id,aliases\r\n\"Korea, North\",KP,\"DPRK; \"\"the North\"\"\"\r\n\r\n")
    #expect(table.rows.count == 1)
    #expect(table.rows[0].actor.name == "Korea, North")
    #expect(table.rows[0].actor.aliases == ["DPRK", "\"the North\""])
  }

  @Test func appliedUnifiesSpellingsAndKeepsStatementsAndMetadata() throws {
    var graph = try Self.edges("source,relation,target\nUS,accuses,KP\nWashington,warns,KP\n")
    graph.metadata["title"] = "t"
    let table = try ActorTable(csv: "id,name,kind,aliases\nUS,United States,state,Washington\n")
    let named = try table.applied(to: graph)
    #expect(named.actors.map(\.id) == ["US", "KP"])
    #expect(named.statementCount == 2)
    #expect(named.metadata["title"] == "t")
    let us = try #require(named.actorID(named: "Washington"))
    #expect(named[us].kind == .state)
    #expect(named.statements(from: us).count == 2)
  }

  @Test func problemsAreCollectedWithTheirPositions() throws {
    #expect {
      try ActorTable(csv: "id,nam,kind\n,x,state\nY,y,stat\n", file: "a.csv")
    } throws: { error in
      guard let error = error as? StanceGraphError else { return false }
      return error.diagnostics.map { "\($0.code):\($0.line ?? 0):\($0.column ?? 0)" } == [
        "unknownField:1:4", "missingField:2:1", "unknownKind:3:5",
      ]
    }
  }

  @Test func aTableWithoutAnIdColumnIsRefused() throws {
    #expect(throws: StanceGraphError.self) { try ActorTable(csv: "name,kind\nx,state\n") }
    #expect(throws: StanceGraphError.self) { try ActorTable(csv: "") }
  }

  @Test func twoRowsNamingOneActorAndRepresentsCyclesAreErrors() throws {
    let graph = try Self.edges("source,relation,target\nA,accuses,B\n")
    let duplicate = try ActorTable(csv: "id,aliases\nA,X\nB,X\n", file: "t.csv")
    #expect(throws: StanceGraphError.self) { try duplicate.applied(to: graph) }
    let cycle = try ActorTable(csv: "id,represents\nA,B\nB,A\n", file: "t.csv")
    #expect(throws: StanceGraphError.self) { try cycle.applied(to: graph) }
    let unknown = try ActorTable(csv: "id,represents\nA,Bee\n", file: "t.csv")
    do {
      _ = try unknown.applied(to: graph)
      Issue.record("an unknown represents was accepted")
    } catch {
      #expect(error.diagnostics.first?.line == 2)
      #expect(error.diagnostics.first?.code == .unknownActor)
    }
  }
}
