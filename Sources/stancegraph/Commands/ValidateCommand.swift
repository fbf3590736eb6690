import ArgumentParser
import StanceGraph

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check claims files and report every problem with its line and column.",
    discussion: """
      Prints `file:line:column: error: ...` lines to stderr, one per problem (up to 50 a file), \
      and a one-line summary of each valid file to stdout. Exits 0 when every file is valid, \
      1 otherwise.

      Example:
        stancegraph validate Examples/korea-armistice/claims.yaml
        Examples/korea-armistice/claims.yaml: ok, 10 actors, 7 claims, 24 statements
      """)

  @Argument(help: "Claims files to check; '-' reads stdin (recognised by its content, or --from).")
  var files: [String]

  @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
  var quiet = false

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one file to validate") }
    if files.count(where: { $0 == "-" }) > 1 {
      throw ValidationError("stdin ('-') can be read only once")
    }
  }

  func run() throws {
    var failed = false
    for file in files {
      do {
        let graph = try reading.load(file, limits: limits)
        if !quiet {
          let name = file == "-" ? "<stdin>" : file
          print(
            "\(name): ok, \(StatementText.count(graph.actorCount, "actor")), "
              + "\(StatementText.count(graph.claimCount, "claim")), "
              + StatementText.count(graph.statementCount, "statement"))
        }
      } catch is ExitCode {
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
