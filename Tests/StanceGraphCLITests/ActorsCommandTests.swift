import Foundation
import StanceGraph
import Testing

/// `stancegraph actors` and the `--actors` CSV actor table every reading command takes.
@Suite struct ActorsCommandTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  static let edges = """
    source,relation,target
    US,accuses,KP
    Washington,allies-with,ROK
    Austin,warns,Pyongyang

    """

  static let table = """
    id,name,kind,aliases,represents
    US,United States,state,U.S.|Washington,
    KP,North Korea,state,DPRK;Pyongyang,
    Austin,Lloyd Austin,person,,US

    """

  @Test func tableListsEveryActorWithItsCounts() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("actors", "claims.yaml")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
    #expect(
      AnalysisCommandTests.cells(run.stdoutLines[0])
        == ["id", "name", "kind", "aliases", "represents", "out", "in"], "\(run)")
    #expect(run.stdoutLines.last == "10 actors", "\(run)")
    #expect(run.stdoutLines.count == 12, "\(run)")
  }

  @Test func jsonIsTheLibrarySchemaAndCountsAddUp() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("actors", "claims.yaml", "--json")
    #expect(run.status == 0, "\(run)")
    let records = try JSONDecoder().decode([ActorRecord].self, from: run.standardOutput)
    #expect(records.count == 10)
    #expect(records.reduce(0) { $0 + $1.statementsOut } == 24)
    let austin = try #require(records.first { $0.name == "Lloyd Austin" })
    #expect(austin.kind == "person")
    #expect(austin.represents == "US")
    let us = try #require(records.first { $0.id == "US" })
    #expect(us.aliases.contains("Washington"))
  }

  @Test func csvCanBeReadBackAsAnActorTable() throws {
    try sandbox.copySeed()
    let csv = try sandbox.run("actors", "claims.yaml", "--csv")
    #expect(csv.status == 0, "\(csv)")
    #expect(csv.stdoutLines.first == "id,name,kind,aliases,represents,out,in", "\(csv)")
    // The counts are not table columns: keep the first five.
    let table = csv.stdoutLines.map { line in
      line.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",")
    }.joined(separator: "\n")
    try sandbox.write(table + "\n", to: "actors.csv")
    let edges = try sandbox.run("convert", "claims.yaml", "-o", "edges.csv")
    #expect(edges.status == 0, "\(edges)")
    let back = try sandbox.run("actors", "edges.csv", "--actors", "actors.csv", "--json")
    #expect(back.status == 0, "\(back)")
    let records = try JSONDecoder().decode([ActorRecord].self, from: back.standardOutput)
    #expect(records.count == 10, "\(back)")
    #expect(records.first { $0.id == "austin" || $0.name == "Lloyd Austin" }?.kind == "person")
  }

  @Test func actorTableNamesAndUnifiesAnEdgeList() throws {
    try sandbox.write(ActorsCommandTests.edges, to: "edges.csv")
    try sandbox.write(ActorsCommandTests.table, to: "actors.csv")
    let run = try sandbox.run("actors", "edges.csv", "--actors", "actors.csv", "--json")
    #expect(run.status == 0, "\(run)")
    let records = try JSONDecoder().decode([ActorRecord].self, from: run.standardOutput)
    #expect(records.map(\.id) == ["US", "KP", "Austin", "ROK"], "\(run)")
    #expect(records[0].statementsOut == 2)
    #expect(records[1].statementsIn == 2)
    #expect(records[1].aliases == ["DPRK", "Pyongyang"])
    #expect(records[2].represents == "US")
    #expect(records[3].kind == "other")
    // Without the table, Washington and Pyongyang are actors of their own.
    let bare = try sandbox.run("stats", "edges.csv")
    #expect(bare.stdout.contains("actors      6"), "\(bare)")
  }

  @Test func rollUpUsesTheTablesRepresents() throws {
    try sandbox.write(ActorsCommandTests.edges, to: "edges.csv")
    try sandbox.write(ActorsCommandTests.table, to: "actors.csv")
    let run = try sandbox.run(
      "stances", "edges.csv", "--actors", "actors.csv", "--roll-up", "--csv")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.contains { $0.hasPrefix("US,KP,") && $0.contains(",adversary,") })
  }

  @Test func badTablesAreReportedWithLineAndColumn() throws {
    try sandbox.write(ActorsCommandTests.edges, to: "edges.csv")
    try sandbox.write("id,nam,kind\nX,Y,stat\n", to: "bad.csv")
    let run = try sandbox.run("stats", "edges.csv", "--actors", "bad.csv")
    #expect(run.status == 1, "\(run)")
    #expect(
      run.stderrLines == [
        #"bad.csv:1:4: error: unknown column "nam"; expected id, name, kind, aliases, represents; did you mean "name"?"#,
        #"bad.csv:2:5: error: kind: unknown kind "stat"; expected state, organization, person, group, other; did you mean "state"?"#,
      ], "\(run)")
  }

  /// A `represents` that is close to nothing says so and ends there, without an empty hint.
  @Test func unknownRepresentsHasNoEmptySuggestion() throws {
    try sandbox.write(ActorsCommandTests.edges, to: "edges.csv")
    try sandbox.write("id,represents\nX,zzzzzzzzzz\n", to: "bad.csv")
    let run = try sandbox.run("stats", "edges.csv", "--actors", "bad.csv")
    #expect(run.status == 1, "\(run)")
    #expect(
      run.stderrLines == [
        #"bad.csv:2: error: represents: no actor is named "zzzzzzzzzz"; expected an actor id, name or alias"#
      ], "\(run)")
  }

  @Test func jsonAndCSVTogetherIsUsageError() throws {
    try sandbox.copySeed()
    let run = try sandbox.run("actors", "claims.yaml", "--json", "--csv")
    #expect(run.status == CLITests.usageError, "\(run)")
  }
}
