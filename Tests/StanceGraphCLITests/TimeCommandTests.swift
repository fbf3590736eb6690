import Foundation
import Testing

extension CLITests {
  // MARK: - --since/--until everywhere, --window, compare

  @Suite struct Time {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    /// Every subcommand that reads a claims file, with the arguments it needs besides the file.
    static let readers: [[String]] = [
      ["validate", "claims.yaml"], ["stats", "claims.yaml"],
      ["convert", "claims.yaml", "-o", "out.json"], ["query", "claims.yaml"],
      ["stances", "claims.yaml"], ["explain", "claims.yaml", "United States", "North Korea"],
      ["positions", "claims.yaml"], ["clusters", "claims.yaml"], ["balance", "claims.yaml"],
      ["dot", "claims.yaml"], ["render", "claims.yaml", "-o", "out.svg"],
      ["export", "claims.yaml", "-o", "out.graphml"], ["report", "claims.yaml", "-o", "out.html"],
      ["merge", "claims.yaml", "claims.yaml", "-o", "merged.yaml"], ["actors", "claims.yaml"],
      ["compare", "claims.yaml", "--at", "2023-11-14"],
    ]

    @Test func everySubcommandThatReadsClaimsTakesADateRange() throws {
      try sandbox.copySeed()
      for arguments in Self.readers {
        let run = try sandbox.run(
          arguments + ["--since", "2023-09", "--until", "2023-12", "--undated", "exclude"],
          input: nil)
        #expect(run.status == 0, "\(run)")
        let backwards = try sandbox.run(
          arguments + ["--since", "2024", "--until", "2023"], input: nil)
        #expect(backwards.status != 0, "\(backwards)")
        #expect(backwards.stderr.contains("--since"), "\(backwards)")
      }
    }

    @Test func thePeriodIsRecordedInJSONAndTheDOTComment() throws {
      try sandbox.copySeed()
      for command in ["clusters", "balance", "positions"] {
        let run = try sandbox.run(
          [command, "claims.yaml", "--since", "2023-11", "--json"], input: nil)
        #expect(run.status == 0, "\(run)")
        let object = try #require(
          try JSONSerialization.jsonObject(with: run.standardOutput) as? [String: Any])
        let period = try #require(object["period"] as? [String: Any], "\(run)")
        #expect(period["since"] as? String == "2023-11")
        #expect(period["undated"] as? String == "exclude")
        #expect(period["statementsRead"] as? Int == 24)
        #expect(period["statementsKept"] as? Int == 22)
      }
      let dot = try sandbox.run("dot", "claims.yaml", "--since", "2023-11")
      #expect(
        dot.stdoutLines.first?.hasPrefix("/* claims.yaml: statements dated 2023-11..") == true,
        "\(dot)")
    }

    /// The planted regime change: two blocs over ten years, a3 switches in year 6 (2020), the
    /// bloc a3 joined splits in year 8 (2022).
    func generateRegimeChange() throws {
      let run = try sandbox.run(
        "generate", "--actors", "12", "--blocs", "2", "--statements", "6000", "--noise", "0",
        "--years", "10", "--switch", "a3@6", "--split", "b0@8", "--seed", "4", "-o", "rc.csv")
      #expect(run.status == 0, "\(run)")
    }

    @Test func windowedClustersFindThePlantedEventsWithTheirStatements() throws {
      try generateRegimeChange()
      let run = try sandbox.run("clusters", "rc.csv", "--window", "1y", "--json")
      #expect(run.status == 0, "\(run)")
      let lines = run.stdoutLines
      #expect(lines.count == 10, "\(run)")
      var later: [(Int, [String: Any])] = []
      for (index, line) in lines.enumerated() {
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let window = try #require(object["window"] as? [String: Any])
        #expect(window["start"] as? String == "\(2015 + index)-01-01")
        #expect(window["end"] as? String == "\(2015 + index)-12-31")
        for event in object["events"] as? [[String: Any]] ?? [] where event["previousWindow"] != nil
        {
          later.append((index, event))
        }
      }
      #expect(later.count == 2, "\(later)")
      let move = try #require(later.first { $0.1["kind"] as? String == "moved" })
      #expect(move.0 == 5)
      #expect(move.1["actor"] as? String == "a3")
      let split = try #require(later.first { $0.1["kind"] as? String == "split" })
      #expect(split.0 == 7)
      // The statements cited are rows of the file from 2020 involving a3.
      let rows = try String(contentsOfFile: sandbox.path("rc.csv"), encoding: .utf8)
        .split(separator: "\n").map(String.init)
      let numbers = try #require(move.1["statements"] as? [Int])
      #expect(!numbers.isEmpty)
      for number in numbers {
        let fields = rows[number].split(separator: ",").map(String.init)
        #expect(fields[0] == "a3" || fields[2] == "a3", "\(rows[number])")
        #expect(fields[3].hasPrefix("2020-"), "\(rows[number])")
      }
    }

    @Test func compareFindsTheSwitchAndTheSplit() throws {
      try generateRegimeChange()
      let switched = try sandbox.run(
        "compare", "rc.csv", "--before", "2019..2019", "--after", "2020..2020", "--json")
      #expect(switched.status == 0, "\(switched)")
      let object = try #require(
        try JSONSerialization.jsonObject(with: switched.standardOutput) as? [String: Any])
      let moved = try #require(object["moved"] as? [[String: Any]])
      #expect(moved.count == 1)
      #expect(moved.first?["actor"] as? String == "a3")
      #expect((moved.first?["statements"] as? [Int])?.isEmpty == false)
      let frustration = try #require(object["frustration"] as? [String: Int])
      #expect(frustration == ["before": 0, "after": 0])
      for key in ["stanceChanges", "tiesAppeared", "tiesVanished"] {
        #expect(object[key] is [Any], "\(key)")
      }
      let split = try sandbox.run("compare", "rc.csv", "--at", "2022", "--json")
      let after = try #require(
        try JSONSerialization.jsonObject(with: split.standardOutput) as? [String: Any])
      let events = try #require(after["events"] as? [[String: Any]])
      #expect(events.contains { $0["kind"] as? String == "split" }, "\(split)")
      let table = try sandbox.run("compare", "rc.csv", "--before", "2019", "--after", "2020")
      #expect(
        table.stdout.contains("a3: bloc 1 → bloc 2")
          || table.stdout.contains("a3: bloc 2 → bloc 1"), "\(table)")
    }

    @Test func balanceSeriesAndEmptyWindows() throws {
      try generateRegimeChange()
      let run = try sandbox.run(
        "balance", "rc.csv", "--window", "1y", "--since", "2013", "--until", "2016", "--json")
      #expect(run.status == 0, "\(run)")
      let objects = try run.stdoutLines.map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
      }
      #expect(objects.count == 4)
      let empty = objects.map { ($0["window"] as? [String: Any])?["empty"] as? Bool }
      #expect(empty == [true, true, false, false])
      let polarisation = objects[2]["polarisation"] as? [String: Any]
      #expect(polarisation?["polarisation"] as? Double == 1)
      let refused = try sandbox.run("stances", "rc.csv", "--step", "1m")
      #expect(refused.status != 0)
      #expect(refused.stderr.contains("--step needs --window"), "\(refused)")
    }
  }
}
