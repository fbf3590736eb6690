import Foundation
import StanceTestSupport
import Testing

extension CLITests {
  // MARK: - help

  @Suite struct Help {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    static let subcommands = [
      "validate", "stats", "convert", "query", "generate", "stances", "explain", "positions",
      "clusters", "balance", "merge", "actors",
    ]

    /// The subcommands that read claims files, and so take the input-limit options.
    static let readingSubcommands = [
      "validate", "stats", "convert", "query", "stances", "explain", "positions", "clusters",
      "balance", "dot", "render", "export", "report", "merge", "actors", "compare",
    ]

    /// The input-limit options, in the order `--help` lists them.
    static let limitOptions = [
      "--max-input-size", "--max-line-length", "--max-depth", "--max-actors", "--max-statements",
    ]

    /// The options a help page lists, in order: the first word of each entry of OPTIONS and of
    /// any titled section.
    static func listedOptions(_ help: String) -> [String] {
      ToolRun.lines(of: help).compactMap { line in
        guard line.hasPrefix("  -") else { return nil }
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
        return words.first.map {
          String($0).trimmingCharacters(in: CharacterSet(charactersIn: ","))
        }
      }
    }

    /// The options a user needs first come first: the input limits are the last options
    /// listed, together and in order, followed only by --version and --help.
    @Test(arguments: readingSubcommands)
    func limitOptionsAreListedLast(subcommand: String) throws {
      let run = try sandbox.run(subcommand, "--help")
      #expect(run.status == 0, "\(run)")
      let options = Help.listedOptions(run.stdout).filter { $0 != "--version" && $0 != "-h" }
      #expect(Array(options.suffix(Help.limitOptions.count)) == Help.limitOptions, "\(options)")
      #expect(options.count > Help.limitOptions.count, "\(options)")
      #expect(!run.stdout.contains("INPUT LIMITS:"), "\(run)")
    }

    @Test(arguments: [("clusterz", "clusters"), ("vaildate", "validate"), ("mrege", "merge")])
    func mistypedSubcommandGetsADidYouMean(typed: String, meant: String) throws {
      let run = try sandbox.run(typed, "claims.yaml")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
      #expect(
        run.stderrLines.first == "error: unknown subcommand '\(typed)'; did you mean '\(meant)'?",
        "\(run)")
      #expect(run.stderr.contains("subcommands: validate, stats"), "\(run)")
    }

    @Test func farFetchedSubcommandPointsToTheHelp() throws {
      let run = try sandbox.run("zzzzzzzz")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stderr.contains("see `stancegraph --help`"), "\(run)")
    }

    /// The lines of the discussion's example block: from `Example:`/`Examples:` to `USAGE:`.
    static func exampleBlock(_ help: String) -> [String] {
      let lines = ToolRun.lines(of: help)
      guard let start = lines.firstIndex(where: { $0.hasPrefix("Example") }) else { return [] }
      let end = lines[start...].firstIndex(where: { $0.hasPrefix("USAGE:") }) ?? lines.endIndex
      return Array(lines[(start + 1)..<end]).filter { !$0.isEmpty }
    }

    @Test(arguments: subcommands)
    func helpShowsAnExample(subcommand: String) throws {
      let run = try sandbox.run(subcommand, "--help")
      #expect(run.status == 0, "\(run)")
      #expect(run.stderr.isEmpty, "\(run)")
      #expect(run.stdout.contains("USAGE: stancegraph \(subcommand)"), "\(run)")
      #expect(run.stdout.contains("Example"), "\(run)")
      #expect(
        Help.exampleBlock(run.stdout).contains { $0.hasPrefix("  stancegraph \(subcommand) ") },
        "\(run)")
      // `stancegraph help X` prints the same.
      let viaHelp = try sandbox.run("help", subcommand)
      #expect(viaHelp.status == 0, "\(viaHelp)")
      #expect(viaHelp.stdout == run.stdout)
    }

    /// Every line of an example is indented: a command wrapped at the help width loses its
    /// indentation, and a reader who copies it runs half a command.
    @Test(arguments: subcommands)
    func examplesFitTheHelpWidth(subcommand: String) throws {
      let run = try sandbox.run(subcommand, "--help")
      let block = Help.exampleBlock(run.stdout)
      #expect(!block.isEmpty, "\(run)")
      for line in block {
        #expect(line.hasPrefix("  "), "wrapped example line: \"\(line)\"")
      }
    }

    @Test func topLevelHelpListsSubcommandsAndFirstSteps() throws {
      let run = try sandbox.run("--help")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.contains("  stancegraph validate Examples/korea-armistice/claims.yaml"))
      for subcommand in Help.subcommands {
        #expect(run.stdout.contains("  \(subcommand) "), "\(run)")
      }
    }

    @Test func versionIsPrinted() throws {
      let run = try sandbox.run("--version")
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == "0.1.0\n", "\(run)")
    }

    @Test func unknownSubcommandIsUsageError() throws {
      let run = try sandbox.run("vaildate", "claims.yaml")
      #expect(run.status == CLITests.usageError, "\(run)")
      #expect(run.stdout.isEmpty, "\(run)")
    }

    /// The validate help shows a command and its output: run it from the package root.
    @Test func validateHelpExampleIsExact() throws {
      let help = try sandbox.run("validate", "--help")
      let block = Help.exampleBlock(help.stdout).map { $0.trimmingCharacters(in: .whitespaces) }
      let command = try #require(block.first)
      let expected = try #require(block.dropFirst().first)
      let arguments = command.split(separator: " ").dropFirst().map(String.init)
      let run = try StanceGraphTool.run(arguments, in: Fixtures.packageRoot)
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout == expected + "\n", "\(run)")
    }

    /// The first steps the top-level help suggests work from the package root.
    @Test func firstStepsRun() throws {
      let steps: [[String]] = [
        ["validate", "Examples/korea-armistice/claims.yaml"],
        ["stats", "Examples/korea-armistice/claims.yaml"],
        ["query", "Examples/korea-armistice/claims.yaml", "--actor", "North Korea"],
      ]
      for step in steps {
        let run = try StanceGraphTool.run(step, in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run)")
        #expect(!run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
      }
    }
  }
}
