import ArgumentParser
import StanceGraph

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check claims files and report every problem with its line and column.",
    discussion: """
      Prints `file:line:column: error: ...` lines to stderr, one per problem (up to 50 a file), \
      and a one-line summary of each valid file to stdout. Exits 0 when every file is valid, \
      1 otherwise.

      Example:
        stancegraph validate Examples/korea-armistice/claims.yaml
        Examples/korea-armistice/claims.yaml: ok, 10 actors, 7 claims, 24 statements
      """)

  @Argument(help: "Claims files to check; '-' reads stdin (needs --format).")
  var files: [String]

  @Option(help: "The format of every file, when the extensions do not tell.")
  var format: GraphFormat?

  @OptionGroup(title: "Input limits") var limitOptions: LimitOptions

  @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
  var quiet = false

  func validate() throws {
    if files.isEmpty { throw ValidationError("name at least one file to validate") }
    if files.count(where: { $0 == "-" }) > 1 {
      throw ValidationError("stdin ('-') can be read only once")
    }
  }

  func run() throws {
    var failed = false
    let limits = try limitOptions.limits()
    for file in files {
      do {
        let graph = try ClaimGraph(contentsOf: file, format: format, limits: limits)
        if !quiet {
          let name = file == "-" ? "<stdin>" : file
          print(
            "\(name): ok, \(graph.actorCount) actors, \(graph.claimCount) claims, "
              + "\(graph.statementCount) statements")
        }
      } catch {
        Terminal.report(error)
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
  }
}
