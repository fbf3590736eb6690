import Foundation
import Testing

/// Reading never modifies inputs: every subcommand that reads a file, run on the seed example in
/// each input format with its outputs written beside the input, leaves the input's bytes, size,
/// modification time and inode as they were, and leaves no file in its folder but the outputs
/// it was asked for (no temporary file, no lock, no backup, no cache).
@Suite struct ReadOnlyInputTests {
  static let formats = ["json", "yaml", "csv", "jsonl"]

  /// Every reading subcommand, with the arguments after the input and the files it writes.
  /// Actors are named by id (`KP`), which every format keeps (CSV keeps no names).
  static func invocations(of input: String, format: String) -> [Invocation] {
    let others = ["json", "yaml", "csv", "tsv", "jsonl"].filter { $0 != format }
    return [
      Invocation(["validate", input]),
      Invocation(["stats", input]),
      Invocation(["stats", input, "--json"]),
      Invocation(["query", input, "--actor", "KP"]),
      Invocation(["query", input, "--actor", "KP", "--relation", "denies"]),
      Invocation(["stances", input, "--actor", "KP"]),
      Invocation(["stances", input, "--roll-up", "--json"]),
      Invocation(["explain", input, "RU", "US"]),
      Invocation(["positions", input]),
      Invocation(["clusters", input]),
      Invocation(["clusters", input, "--roll-up", "--json"]),
      Invocation(["balance", input]),
      Invocation(["dot", input, "--clusters", "--legend"]),
      Invocation(["dot", input, "-o", "out.dot"], writes: ["out.dot"]),
      Invocation(["render", input, "--clusters", "-o", "out.svg"], writes: ["out.svg"]),
      Invocation(["export", input, "-o", "out.graphml"], writes: ["out.graphml"]),
      Invocation(
        ["export", input, "--clusters", "-o", "out-nodelink.json"], writes: ["out-nodelink.json"]),
      Invocation(["report", input, "--roll-up", "-o", "out.html"], writes: ["out.html"]),
    ]
      + others.map { Invocation(["convert", input, "-o", "out.\($0)"], writes: ["out.\($0)"]) }
      + [
        // Converting to the console, and twice to one file: the second replaces the first.
        Invocation(["convert", input, "-o", "-", "--to", "yaml"]),
        Invocation(["convert", input, "-o", "again.json"], writes: ["again.json"]),
        Invocation(["convert", input, "-o", "again.json"], writes: ["again.json"]),
        // Reads that fail: over a limit, and a refused conversion onto the input itself.
        Invocation(["stats", input, "--max-statements", "5"], fails: true),
        Invocation(["convert", input, "-o", input], fails: true),
      ]
  }

  struct Invocation {
    var arguments: [String]
    var writes: [String] = []
    var fails = false

    init(_ arguments: [String], writes: [String] = [], fails: Bool = false) {
      self.arguments = arguments
      self.writes = writes
      self.fails = fails
    }
  }

  /// What must not change about an input file.
  struct FileState: Equatable, CustomStringConvertible {
    var bytes: Data
    var size: Int
    var modified: Date
    var inode: Int
    var permissions: Int

    init(of path: String) throws {
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      bytes = try Data(contentsOf: URL(fileURLWithPath: path))
      size = (attributes[.size] as? NSNumber)?.intValue ?? -1
      modified = attributes[.modificationDate] as? Date ?? .distantPast
      inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
      permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    var description: String {
      "\(size) bytes, modified \(modified.timeIntervalSince1970), inode \(inode), "
        + "mode \(String(permissions, radix: 8))"
    }
  }

  @Test(arguments: formats)
  func readingSubcommandsLeaveTheirInputAsItWas(_ format: String) throws {
    let sandbox = try Sandbox()
    // The input, made from the seed example in a folder of its own, then given a modification
    // time in the past, so that any write, even of the same bytes, shows.
    try sandbox.copySeed(as: "seed.yaml")
    try sandbox.makeDirectory("work")
    let input = "claims.\(format)"
    let made = try sandbox.run("convert", "seed.yaml", "-o", "work/\(input)")
    try #require(made.status == 0, "\(made)")
    let inputPath = sandbox.path("work/\(input)")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000), .posixPermissions: 0o644],
      ofItemAtPath: inputPath)
    let before = try FileState(of: inputPath)
    #expect(before.size > 0)

    let work = sandbox.directory.appendingPathComponent("work")
    var expected: Set<String> = [input]
    for invocation in Self.invocations(of: input, format: format) {
      let run = try StanceGraphTool.run(invocation.arguments, in: work)
      if invocation.fails {
        #expect(run.status != 0, "\(run)")
      } else {
        #expect(run.status == 0, "\(run)")
      }
      expected.formUnion(invocation.writes)
      let after = try FileState(of: inputPath)
      #expect(
        after == before,
        "\(invocation.arguments.joined(separator: " ")) changed \(input): \(before) → \(after)")
      let present = Set(try FileManager.default.contentsOfDirectory(atPath: work.path))
      #expect(
        present == expected,
        """
        after \(invocation.arguments.joined(separator: " ")): \
        unexpected \(present.subtracting(expected).sorted()), \
        missing \(expected.subtracting(present).sorted())
        """)
    }
    // The outputs are real files with content.
    for output in expected.subtracting([input]) {
      #expect(try FileState(of: work.appendingPathComponent(output).path).size > 0, "\(output)")
    }
  }
}
