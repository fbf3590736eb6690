import ArgumentParser
import StanceGraph

struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge claims files into one: actors unified by id, name or alias, repeats left out.",
    discussion: """
      The files are merged in the order given. An actor of a later file is the same as one \
      already merged when its id, name or one of its aliases names it; its new aliases are \
      added. Claims are unified by id. A statement that exactly repeats one already merged \
      (same actors, relation, claim, date, weight and evidence) is left out unless \
      --keep-duplicates. Where files disagree (an actor's kind, a claim's text) the first \
      file wins; each disagreement is reported on stderr, with a summary. Written atomically.

      Example:
        stancegraph merge monday.jsonl tuesday.jsonl -o week.jsonl
      """)

  @Argument(help: "The claims files to merge, at least two; '-' reads stdin once.")
  var files: [String]

  @Option(name: .shortAndLong, help: "The merged file; '-' writes stdout (needs --to).")
  var output: String

  @Option(
    name: .customLong("to"),
    help: ArgumentHelp("The output format when OUT's extension does not tell.", valueName: "format")
  )
  var outputFormat: GraphFormat?

  @Flag(
    name: .customLong("keep-duplicates"),
    help: "Keep statements that repeat one already merged (they are still counted).")
  var keepDuplicates = false

  @Flag(name: .shortAndLong, help: "Print only the disagreements, not the summary.")
  var quiet = false

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    if files.count < 2 { throw ValidationError("name at least two files to merge") }
    if files.count(where: { $0 == "-" }) > 1 {
      throw ValidationError("stdin ('-') can be read only once")
    }
    guard outputFormat != nil || GraphFormat(fileName: output) != nil else {
      throw ValidationError(
        "cannot tell the output format from \"\(output)\"; add --to json|yaml|csv|tsv|jsonl")
    }
    if output != "-" {
      for file in files where file != "-" && ConvertCommand.sameFile(file, output) {
        throw ValidationError(
          "refusing to overwrite the input \"\(file)\"; choose another output file")
      }
    }
  }

  func run() throws {
    var graphs: [ClaimGraph] = []
    var failed = false
    for file in files {
      do {
        graphs.append(try reading.load(file, limits: limits))
      } catch is ExitCode {
        failed = true
      }
    }
    if failed { throw ExitCode(1) }
    var merged = graphs[0]
    var duplicates = 0
    var conflicts = 0
    for (file, graph) in zip(files.dropFirst(), graphs.dropFirst()) {
      let merge = merged.merging(graph, keepingDuplicates: keepDuplicates)
      let name = file == "-" ? "<stdin>" : file
      let reported = MergeCommand.disagreements(in: merge, of: graph)
      for conflict in reported { Terminal.printError("\(name): note: \(conflict)") }
      duplicates += merge.duplicates.count
      conflicts += reported.count
      merged = merge.graph
    }
    guard let format = outputFormat ?? GraphFormat(fileName: output) else { throw ExitCode(2) }
    try Terminal.write(merged.encoded(as: format), to: output, refusing: files)
    if !quiet {
      let input = graphs.reduce(0) { $0 + $1.statementCount }
      let repeated =
        keepDuplicates
        ? "\(StatementText.count(duplicates, "repeated statement")) kept"
        : "\(StatementText.count(duplicates, "repeated statement")) left out"
      Terminal.printError(
        "merged \(StatementText.count(files.count, "file")): "
          + "\(StatementText.count(merged.actorCount, "actor")), "
          + "\(StatementText.count(merged.claimCount, "claim")), "
          + "\(StatementText.count(merged.statementCount, "statement")) "
          + "(of \(input) read; \(repeated)); "
          + StatementText.count(conflicts, "disagreement"))
    }
    if !format.isLossless && output != "-" {
      Terminal.printError(
        "note: \(format.rawValue.uppercased()) keeps statements only; actor kinds, aliases and metadata are not written"
      )
    }
  }

  /// The merge's conflicts without the kind "conflicts" of actors whose file gave no kind:
  /// edge lists and JSON Lines cannot, and their actors are `other` by default, which does not
  /// disagree with a declared kind.
  static func disagreements(in merge: Merge, of graph: ClaimGraph) -> [String] {
    var undeclared = Set<String>()
    for (index, actor) in graph.actors.enumerated() where actor.kind == .other {
      let kept = merge.graph[merge.actorMap[index]]
      undeclared.insert(
        "actor \"\(kept.id)\": kind \(kept.kind.rawValue) kept, \(actor.kind.rawValue) ignored")
    }
    return merge.conflicts.filter { !undeclared.contains($0) }
  }
}
