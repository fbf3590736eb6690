import Foundation
import StanceTestSupport
import Testing

extension CLITests {
  // MARK: - stdin without --format, in every subcommand that reads a file

  @Suite struct StandardInputIsRecognisedByContent {
    let sandbox: Sandbox
    init() throws { sandbox = try Sandbox() }

    @Test(arguments: [
      ["validate", "-"],
      ["stats", "-"],
      ["query", "-", "--actor", "KP"],
      ["convert", "-", "-o", "out.json"],
    ])
    func dashWithoutFormatReadsTheContent(arguments: [String]) throws {
      let run = try sandbox.run(arguments, input: Data(try Fixtures.seedText().utf8))
      #expect(run.status == 0, "\(run)")
      #expect(!run.stderr.contains("error"), "\(run)")
    }

    @Test func csvOnStdinIsReadAsCSV() throws {
      let csv = "source,relation,target\nUS,accuses,North Korea\n"
      let run = try sandbox.run(["stats", "-"], input: Data(csv.utf8))
      #expect(run.status == 0, "\(run)")
      #expect(run.stdout.contains("1"), "\(run)")
    }
  }
}
