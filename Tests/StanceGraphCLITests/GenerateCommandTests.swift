import Foundation
import Testing

extension CLITests {
  // MARK: - generate

  @Suite struct Generate {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// The parts of the canonical JSON that the tests read.
    struct Graph: Decodable {
      struct Actor: Decodable {
        var id: String
        var attributes: [String: String]?
      }
      struct Statement: Decodable {
        var source: String
        var relation: String
        var target: String?
      }
      var actors: [Actor]
      var statements: [Statement]
    }

    func generate(_ output: String, seed: Int = 7, _ extra: String...) throws -> ToolRun {
      let run = try sandbox.run(
        [
          "generate", "--actors", "20", "--statements", "200", "--blocs", "3", "--seed",
          String(seed), "-o", output,
        ] + extra, input: nil)
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      return run
    }

    @Test(arguments: ["json", "yaml", "csv", "tsv", "jsonl"])
    func sameSeedGivesIdenticalBytes(format: String) throws {
      _ = try generate("first.\(format)")
      _ = try generate("second.\(format)")
      let first = try sandbox.read("first.\(format)")
      #expect(!first.isEmpty)
      #expect(try sandbox.read("second.\(format)") == first)
    }

    @Test func differentSeedGivesDifferentGraph() throws {
      _ = try generate("seven.json", seed: 7)
      _ = try generate("eight.json", seed: 8)
      #expect(try sandbox.read("seven.json") != sandbox.read("eight.json"))
    }

    @Test func actorsCarryTheirPlantedBloc() throws {
      _ = try generate("planted.json")
      let graph = try JSONDecoder().decode(Graph.self, from: try sandbox.read("planted.json"))
      #expect(graph.actors.count == 20)
      #expect(graph.statements.count == 200)
      // Actors are dealt round-robin: actor i is in bloc i mod 3.
      for (index, actor) in graph.actors.enumerated() {
        #expect(actor.attributes?["bloc"] == "b\(index % 3)", "actor \(actor.id)")
      }
    }

    @Test func withoutNoiseAlliancesStayInsideBlocs() throws {
      _ = try generate("clean.json", "--noise", "0")
      let graph = try JSONDecoder().decode(Graph.self, from: try sandbox.read("clean.json"))
      var bloc: [String: String] = [:]
      for actor in graph.actors { bloc[actor.id] = actor.attributes?["bloc"] }
      #expect(bloc.count == 20)
      for statement in graph.statements {
        let target = try #require(statement.target)
        let inside = bloc[statement.source] == bloc[target]
        #expect(inside == (statement.relation == "allies-with"), "\(statement)")
      }
    }

    @Test(arguments: ["json", "yaml", "csv", "tsv", "jsonl"])
    func generatedFileValidates(format: String) throws {
      _ = try generate("planted.\(format)")
      let run = try sandbox.run("validate", "planted.\(format)")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.hasPrefix("planted.\(format): ok, "), "\(run)")
      #expect(run.stdout.hasSuffix(", 200 statements\n"), "\(run)")
    }

    @Test func tooManyBlocsIsUsageError() throws {
      let run = try sandbox.run("generate", "--actors", "20", "--blocs", "11", "-o", "g.json")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("at most 10 blocs"), "\(run)")
      #expect(!sandbox.exists("g.json"))
      let most = try sandbox.run("generate", "--actors", "20", "--blocs", "10", "-o", "g.json")
      #expect(most.status == 0, "\(most)")
    }

    @Test func dashWithToWritesStandardOutput() throws {
      let run = try generate("-", "--to", "json")
      try sandbox.write(run.standardOutput, to: "stdout.json")
      _ = try generate("file.json")
      #expect(try sandbox.read("file.json") == run.standardOutput)

      let missingTo = try sandbox.run("generate", "-o", "-")
      #expect(missingTo.status == CLITests.usageError, "\(missingTo)")
      #expect(missingTo.stderr.contains("--to"), "\(missingTo)")
    }

    /// Output far larger than a pipe's buffer arrives whole (and the harness does not stall).
    @Test func largeOutputThroughStandardOutput() throws {
      let run = try sandbox.run(
        "generate", "--actors", "500", "--statements", "20000", "--seed", "3", "-o", "-",
        "--to", "csv")
      #expect(run.status == 0, "\(run)")
      #expect(run.standardOutput.count > 256 * 1_024)
      #expect(run.stdoutLines.count == 20_001)
      let check = try sandbox.run(["validate", "-", "--from", "csv"], input: run.standardOutput)
      #expect(check.status == 0, "\(check)")
      #expect(check.stdout.hasSuffix(", 20000 statements\n"), "\(check)")
    }
  }
}
