import Foundation
import StanceTestSupport
import Testing

/// `stancegraph merge`: actors unified by id, name or alias; repeats left out; disagreements
/// reported on stderr.
@Suite struct MergeCommandTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  static let first = """
    actors:
      - id: US
        name: United States
        kind: state
        aliases: [Washington]
      - id: KP
        name: North Korea
        kind: state
    statements:
      - source: US
        relation: accuses
        target: KP
        date: 2024-01-02

    """

  /// Names the same actors by alias and name, repeats the first statement, adds one.
  static let second = """
    {"source": "Washington", "relation": "accuses", "target": "North Korea", "date": "2024-01-02"}
    {"source": "North Korea", "relation": "denies", "target": "Washington"}

    """

  @Test func unifiesActorsAndLeavesOutRepeats() throws {
    try sandbox.write(MergeCommandTests.first, to: "a.yaml")
    try sandbox.write(MergeCommandTests.second, to: "b.jsonl")
    let run = try sandbox.run("merge", "a.yaml", "b.jsonl", "-o", "merged.yaml")
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    #expect(
      run.stderrLines == [
        "merged 2 files: 2 actors, 0 claims, 2 statements (of 3 read; 1 repeated statement left out); 0 disagreements"
      ], "\(run)")
    let check = try sandbox.run("validate", "merged.yaml")
    #expect(check.stdout == "merged.yaml: ok, 2 actors, 0 claims, 2 statements\n", "\(check)")
  }

  @Test func keepDuplicatesKeepsTheRepeat() throws {
    try sandbox.write(MergeCommandTests.first, to: "a.yaml")
    try sandbox.write(MergeCommandTests.second, to: "b.jsonl")
    let run = try sandbox.run(
      "merge", "a.yaml", "b.jsonl", "-o", "-", "--to", "jsonl", "--keep-duplicates", "--quiet")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.isEmpty, "\(run)")
    #expect(run.stdoutLines.filter { $0.contains("\"relation\"") }.count == 3, "\(run)")
  }

  /// `cat a b | stats -` reads one file with two actors sections; merge reads two.
  @Test func theSeedMergedWithItselfIsTheSeed() throws {
    try sandbox.copySeed(as: "a.yaml")
    try sandbox.copySeed(as: "b.yaml")
    let run = try sandbox.run("merge", "a.yaml", "b.yaml", "-o", "c.json")
    #expect(run.status == 0, "\(run)")
    #expect(run.stderr.contains("24 repeated statements left out); 0 disagreements"), "\(run)")
    let check = try sandbox.run("validate", "c.json")
    #expect(check.stdout == "c.json: ok, 10 actors, 7 claims, 24 statements\n", "\(check)")
  }

  @Test func disagreementsAreReportedAndTheFirstFileWins() throws {
    try sandbox.write(MergeCommandTests.first, to: "a.yaml")
    try sandbox.write(
      """
      actors:
        - id: US
          kind: organization
        - id: KP
          kind: state
      statements:
        - source: US
          relation: warns
          target: KP

      """, to: "b.yaml")
    let run = try sandbox.run("merge", "a.yaml", "b.yaml", "-o", "m.yaml")
    #expect(run.status == 0, "\(run)")
    #expect(
      run.stderrLines.first
        == #"b.yaml: note: actor "US": kind state kept, organization ignored"#, "\(run)")
    #expect(run.stderr.contains("; 1 disagreement\n"), "\(run)")
  }

  @Test func badInputIsReportedForEveryFileAndNothingIsWritten() throws {
    try sandbox.write(Fixtures.badYAML, to: "a.yaml")
    try sandbox.write("source,relation,target\nUS,acuses,KP\n", to: "b.csv")
    let run = try sandbox.run("merge", "a.yaml", "b.csv", "-o", "m.yaml")
    #expect(run.status == 1, "\(run)")
    #expect(run.stderrLines.contains { $0.hasPrefix("a.yaml:8:") }, "\(run)")
    #expect(run.stderrLines.contains { $0.hasPrefix("b.csv:2:") }, "\(run)")
    #expect(!sandbox.exists("m.yaml"))
  }

  @Test(arguments: [
    ["merge", "a.yaml", "-o", "m.yaml"],
    ["merge", "a.yaml", "b.yaml", "-o", "m.txt"],
    ["merge", "a.yaml", "b.yaml", "-o", "a.yaml"],
  ])
  func usageErrors(arguments: [String]) throws {
    try sandbox.copySeed(as: "a.yaml")
    try sandbox.copySeed(as: "b.yaml")
    let run = try sandbox.run(arguments, input: nil)
    #expect(run.status == CLITests.usageError, "\(run)")
    #expect(run.stdout.isEmpty, "\(run)")
    #expect(run.stderr.contains("Error: "), "\(run)")
  }
}
