import Foundation
import StanceTestSupport
import Testing

extension CLITests {
  // MARK: - convert

  @Suite struct Convert {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    @Test func yamlToJSONToYAMLIsByteIdentical() throws {
      try sandbox.copySeed(as: "seed.yaml")
      // The hand-written seed has comments; its first conversion is the canonical form.
      for (input, output) in [
        ("seed.yaml", "a.json"), ("a.json", "b.yaml"), ("b.yaml", "c.json"), ("c.json", "d.yaml"),
      ] {
        let run = try sandbox.run("convert", input, "-o", output)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
      }
      let firstJSON = try sandbox.read("a.json")
      let firstYAML = try sandbox.read("b.yaml")
      #expect(!firstJSON.isEmpty)
      #expect(try sandbox.read("c.json") == firstJSON, "JSON changed on a YAML round trip")
      #expect(try sandbox.read("d.yaml") == firstYAML, "YAML changed on a JSON round trip")
      let check = try sandbox.run("validate", "a.json", "b.yaml", "c.json", "d.yaml")
      #expect(check.status == 0, "\(check)")
      #expect(check.stdoutLines.allSatisfy { $0.hasSuffix(CLITests.seedSummary) }, "\(check)")
    }

    @Test func jsonLinesRoundTripIsByteIdentical() throws {
      try sandbox.copySeed(as: "seed.yaml")
      for (input, output) in [
        ("seed.yaml", "a.json"), ("a.json", "b.jsonl"), ("b.jsonl", "c.json"),
      ] {
        let run = try sandbox.run("convert", input, "-o", output)
        #expect(run.status == 0, "\(run)")
      }
      #expect(try sandbox.read("c.json") == sandbox.read("a.json"))
    }

    @Test(arguments: [("edges.csv", ","), ("edges.tsv", "\t")])
    func edgeListHasHeaderAndNotesWhatIsLost(file: String, separator: String) throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", file)
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.hasPrefix("note: "), "\(run)")
      #expect(run.stderr.contains("statements only"), "\(run)")
      let lines = ToolRun.lines(of: try sandbox.readText(file))
      let header = try #require(lines.first).components(separatedBy: separator)
      #expect(Array(header.prefix(3)) == ["source", "relation", "target"])
      #expect(header.contains("date"))
      #expect(lines.count == 25, "a header and 24 statements")
      let check = try sandbox.run("stats", file, "--json")
      #expect(check.status == 0, "\(check)")
      let summary = try JSONDecoder().decode(Stats.Summary.self, from: check.standardOutput)
      #expect(summary.statementsByRelation == Stats.seedRelations)
    }

    @Test func dashWithToWritesStandardOutput() throws {
      try sandbox.copySeed()
      let file = try sandbox.run("convert", "claims.yaml", "-o", "claims.json")
      #expect(file.status == 0, "\(file)")
      let run = try sandbox.run("convert", "claims.yaml", "-o", "-", "--to", "json")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.standardOutput == (try sandbox.read("claims.json")))
      let parsed = try JSONSerialization.jsonObject(with: run.standardOutput)
      let object = try #require(parsed as? [String: Any])
      #expect((object["statements"] as? [Any])?.count == 24)
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func dashWithoutToIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", "-")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderr.contains("--to"), "\(run)")
    }

    @Test func readsStandardInput() throws {
      let run = try sandbox.run(
        "convert", "-", "--from", "yaml", "-o", "claims.json", input: try Fixtures.seedText())
      #expect(run.status == 0, "\(run)")
      let check = try sandbox.run("validate", "claims.json")
      #expect(check.stdout == "claims.json: \(CLITests.seedSummary)\n", "\(check)")
    }

    /// Ways to name the input file again as the output.
    enum SameFile: String, CaseIterable, CustomTestStringConvertible {
      case samePath, dotSlash, throughParent, absolute, throughSymlinkedFolder

      func output(in sandbox: Sandbox) -> String {
        switch self {
        case .samePath: "x.yaml"
        case .dotSlash: "./x.yaml"
        case .throughParent: "./x/../x.yaml"
        case .absolute: sandbox.path("x.yaml")
        case .throughSymlinkedFolder: "here/x.yaml"
        }
      }

      var testDescription: String { rawValue }
    }

    @Test(arguments: SameFile.allCases)
    func refusesToOverwriteTheInput(spelling: SameFile) throws {
      try sandbox.copySeed(as: "x.yaml")
      try sandbox.makeDirectory("x")
      try FileManager.default.createSymbolicLink(
        atPath: sandbox.path("here"), withDestinationPath: sandbox.directory.path)
      let before = try sandbox.read("x.yaml")
      let output = spelling.output(in: sandbox)
      let run = try sandbox.run("convert", "x.yaml", "-o", output)
      #expect(run.status != 0, "\(run)")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("refusing to overwrite the input"), "\(run)")
      #expect(try sandbox.read("x.yaml") == before, "the input was changed")
      #expect(try sandbox.hiddenFiles().isEmpty)
      // Also when --to names a format that differs from the input's.
      let retyped = try sandbox.run("convert", "x.yaml", "-o", output, "--to", "json")
      #expect(retyped.status == CLITests.usageError, "\(retyped)")
      #expect(try sandbox.read("x.yaml") == before, "the input was changed")
    }

    /// An output that is a symbolic link to the input: the input's bytes must survive.
    @Test func outputLinkedToTheInputLeavesTheInputIntact() throws {
      try sandbox.copySeed(as: "x.yaml")
      try FileManager.default.createSymbolicLink(
        atPath: sandbox.path("link.yaml"), withDestinationPath: "x.yaml")
      let before = try sandbox.read("x.yaml")
      let run = try sandbox.run("convert", "x.yaml", "-o", "link.yaml")
      #expect(run.status == 0 || run.stderr.contains("refusing to overwrite"), "\(run)")
      #expect(try sandbox.read("x.yaml") == before, "the input was changed through the link")
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func outputThatIsAFolderIsReported() throws {
      try sandbox.copySeed()
      try sandbox.makeDirectory("folder.json")
      let run = try sandbox.run("convert", "claims.yaml", "-o", "folder.json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.hasPrefix("folder.json: error: "), "\(run)")
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: sandbox.path("folder.json")).isEmpty)
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func failedConversionKeepsExistingOutputAndLeavesNoTemporaryFiles() throws {
      try sandbox.write(Fixtures.badYAML, to: "bad.yaml")
      let previous = "{\"previous\": true}\n"
      try sandbox.write(previous, to: "out/claims.json")
      let run = try sandbox.run("convert", "bad.yaml", "-o", "out/claims.json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(run.stderrLines.first?.hasPrefix("bad.yaml:8:15: error: ") == true, "\(run)")
      #expect(try sandbox.readText("out/claims.json") == previous, "the old output was replaced")
      #expect(try sandbox.hiddenFiles(in: "out").isEmpty)
      #expect(try sandbox.hiddenFiles().isEmpty)
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: sandbox.path("out")) == ["claims.json"])
    }

    @Test func successfulConversionReplacesOutputKeepingItsPermissions() throws {
      try sandbox.copySeed()
      try sandbox.write("old\n", to: "out/claims.json")
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o600], ofItemAtPath: sandbox.path("out/claims.json"))
      let run = try sandbox.run("convert", "claims.yaml", "-o", "out/claims.json")
      #expect(run.status == 0, "\(run)")
      let check = try sandbox.run("validate", "out/claims.json")
      #expect(check.stdout == "out/claims.json: \(CLITests.seedSummary)\n", "\(check)")
      let attributes = try FileManager.default.attributesOfItem(
        atPath: sandbox.path("out/claims.json"))
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
      #expect(try sandbox.hiddenFiles(in: "out").isEmpty)
    }

    @Test func missingOutputFolderIsReported() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", "missing/claims.json")
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.hasPrefix("missing/claims.json: error: "), "\(run)")
      #expect(!sandbox.exists("missing"))
      #expect(try sandbox.hiddenFiles().isEmpty)
    }

    @Test func unknownOutputExtensionWithoutToIsUsageError() throws {
      try sandbox.copySeed()
      let run = try sandbox.run("convert", "claims.yaml", "-o", "claims.txt")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains(#"cannot tell the output format from "claims.txt""#), "\(run)")
      #expect(run.stderr.contains("--to json|yaml|csv|tsv|jsonl"), "\(run)")
      #expect(!sandbox.exists("claims.txt"))

      let named = try sandbox.run("convert", "claims.yaml", "-o", "claims.txt", "--to", "yaml")
      #expect(named.status == 0, "\(named)")
      let check = try sandbox.run("validate", "--from", "yaml", "claims.txt")
      #expect(check.stdout == "claims.txt: \(CLITests.seedSummary)\n", "\(check)")
    }
  }
}
