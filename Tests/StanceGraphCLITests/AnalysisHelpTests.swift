import Foundation
import StanceTestSupport
import Testing

extension AnalysisCommandTests {
  // MARK: - help

  @Suite struct Help {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    static let subcommands = ["stances", "explain", "positions", "clusters", "balance"]

    /// The lines of the discussion's example block: from `Example:` to `USAGE:`.
    static func exampleBlock(_ help: String) -> [String] {
      let lines = ToolRun.lines(of: help)
      guard let start = lines.firstIndex(where: { $0.hasPrefix("Example") }) else { return [] }
      let end = lines[start...].firstIndex(where: { $0.hasPrefix("USAGE:") }) ?? lines.endIndex
      return Array(lines[(start + 1)..<end]).filter { !$0.isEmpty }
    }

    /// Splits an example command line into arguments, honouring double quotes.
    static func arguments(of command: String) -> [String] {
      var arguments: [String] = []
      var current = ""
      var quoted = false
      var started = false
      for character in command {
        if character == "\"" {
          quoted.toggle()
          started = true
        } else if character == " " && !quoted {
          if started { arguments.append(current) }
          current = ""
          started = false
        } else {
          current.append(character)
          started = true
        }
      }
      if started { arguments.append(current) }
      return arguments
    }

    // That each subcommand's help shows an example that fits the help width is checked for
    // every subcommand in CLITests.Help; here the examples are also run.

    /// The examples on the seed example run from the package root.
    @Test(arguments: subcommands)
    func examplesRun(subcommand: String) throws {
      let help = try sandbox.run(subcommand, "--help")
      let commands = Help.exampleBlock(help.stdout)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { $0.hasPrefix("stancegraph \(subcommand) Examples/") }
      #expect(!commands.isEmpty, "\(help)")
      for command in commands {
        let arguments = Array(Help.arguments(of: command).dropFirst())
        let run = try StanceGraphTool.run(arguments, in: Fixtures.packageRoot)
        #expect(run.status == 0, "\(run)")
        #expect(!run.stdout.isEmpty, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
      }
    }

    @Test func topLevelHelpListsTheAnalysisSubcommands() throws {
      let run = try sandbox.run("--help")
      #expect(run.status == 0, "\(run)")
      for subcommand in Help.subcommands {
        #expect(run.stdout.contains("  \(subcommand) "), "\(run)")
      }
    }
  }
}
