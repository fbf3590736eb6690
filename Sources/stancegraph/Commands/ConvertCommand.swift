import ArgumentParser
import Foundation
import StanceGraph

struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a claims file between JSON, YAML, CSV, TSV and JSON Lines.",
    discussion: """
      The output is written atomically: to a temporary file that replaces OUT only when \
      complete. CSV and TSV keep the statements only (no actor kinds, aliases or metadata).

      Examples:
        stancegraph convert Examples/korea-armistice/claims.yaml -o claims.json
        stancegraph convert edges.csv -o - --to yaml | less
      """)

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "The output file; '-' writes stdout (needs --to).")
  var output: String

  @Option(name: .customLong("to"), help: "The output format when OUT's extension does not tell.")
  var outputFormat: GraphFormat?

  @OptionGroup var reading: InputFormatOptions

  @OptionGroup var limits: LimitOptions

  func validate() throws {
    guard outputFormat != nil || GraphFormat(fileName: output) != nil else {
      throw ValidationError(
        "cannot tell the output format from \"\(output)\"; add --to json|yaml|csv|tsv|jsonl")
    }
    if output != "-" && input.file != "-" && ConvertCommand.sameFile(input.file, output) {
      throw ValidationError(
        "refusing to overwrite the input \"\(input.file)\"; choose another output file")
    }
  }

  func run() throws {
    let graph = try reading.load(input.file, limits: limits)
    guard let format = outputFormat ?? GraphFormat(fileName: output) else { throw ExitCode(2) }
    try Terminal.write(graph.encoded(as: format), to: output, refusing: [input.file])
    if !format.isLossless && output != "-" {
      Terminal.printError(
        "note: \(format.rawValue.uppercased()) keeps statements only; actor kinds, aliases and metadata are not written"
      )
    }
  }

  /// Whether two paths name one file: the same device and inode after following symbolic links,
  /// or the same resolved path when the output does not exist yet.
  static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    if stat(first, &a) == 0, stat(second, &b) == 0 {
      return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
    return URL(fileURLWithPath: first).resolvingSymlinksInPath().path
      == URL(fileURLWithPath: second).resolvingSymlinksInPath().path
  }
}
