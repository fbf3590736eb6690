import Foundation
import Testing

/// Issue 14, "Hardening inputs and outputs": one test per row of its table that the CLI guards
/// (the library's rows are in Tests/StanceGraphTests/HardeningTests.swift). Each ran against
/// the code before the fix and failed. The shell runs the built binary where the attack needs
/// one (a closed descriptor, a FIFO, process substitution).
@Suite struct HardeningTests {
  let sandbox: Sandbox
  init() throws { sandbox = try Sandbox() }

  /// Runs `script` in bash in the sandbox, with `$SG` the built `stancegraph`.
  func shell(_ script: String, timeout: Double = 60) throws -> ToolRun {
    let tool = try StanceGraphTool.executable.get()
    return try StanceGraphTool.run(
      ["-c", script], in: sandbox.directory, environment: ["SG": tool.path], timeout: timeout,
      program: URL(fileURLWithPath: "/bin/bash"))
  }

  func seedJSON() throws {
    try sandbox.copySeed(as: "seed.yaml")
    let run = try sandbox.run("convert", "seed.yaml", "-o", "x.json")
    try #require(run.status == 0, "\(run)")
  }

  // MARK: - Row 2: devices, FIFOs and /dev/stdout are written into, never renamed over

  @Test func writesStraightIntoACharacterDevice() throws {
    try seedJSON()
    // A symbolic link to /dev/null: the old writer renamed a regular file over the link.
    let run = try shell(
      #"ln -s /dev/null sink && "$SG" convert x.json -o sink --to csv && test -L sink && test -c sink && echo still-a-device"#
    )
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "still-a-device\n", "\(run)")
    #expect(try sandbox.hiddenFiles().isEmpty, "a temporary file was left behind")
  }

  @Test func devStdoutReachesStandardOutput() throws {
    try seedJSON()
    let run = try shell(#""$SG" dot x.json -o /dev/stdout | head -c 7"#)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout == "digraph", "\(run)")
  }

  @Test func devStdoutRedirectedToAFileWritesTheFile() throws {
    try seedJSON()
    let run = try shell(
      #"echo first > out.dot && "$SG" dot x.json -o /dev/stdout >> out.dot && head -2 out.dot"#)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("first\ndigraph"), "\(run)")
  }

  @Test func helpToAClosedStandardOutputFails() throws {
    let run = try shell(#""$SG" --help >&-; echo "status $?" >&2"#)
    #expect(run.stderr.contains("status 1"), "\(run)")
  }

  @Test func aFIFOIsWrittenIntoAndStaysAFIFO() throws {
    try seedJSON()
    let run = try shell(
      #"mkfifo pipe && (cat pipe > got.csv &) && "$SG" convert x.json -o pipe --to csv 2>/dev/null && sleep 0.2 && test -p pipe && head -1 got.csv"#
    )
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("source,relation,target"), "\(run)")
  }

  // MARK: - Row 3: no command writes over its own input

  @Test(arguments: [
    ["export", "x.json", "-o", "x.json"], ["dot", "x.json", "-o", "x.json"],
    ["render", "x.json", "-o", "x.json"], ["report", "x.json", "-o", "x.json"],
    ["export", "x.json", "-o", "link.json"], ["dot", "x.json", "-o", "hard.json"],
    ["render", "x.json", "-o", "hard.json"], ["report", "x.json", "-o", "link.json"],
    ["convert", "x.json", "-o", "hard.json"], ["merge", "x.json", "seed.yaml", "-o", "link.json"],
  ])
  func refusesToOverwriteItsInput(_ arguments: [String]) throws {
    try seedJSON()
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.path("link.json"), withDestinationPath: "x.json")
    try FileManager.default.linkItem(
      atPath: sandbox.path("x.json"), toPath: sandbox.path("hard.json"))
    let before = try sandbox.read("x.json")
    let run = try sandbox.run(arguments, input: nil)
    #expect(run.status != 0, "\(run)")
    #expect(run.stderr.contains("refusing to overwrite the input"), "\(run)")
    #expect(try sandbox.read("x.json") == before, "the input was overwritten")
  }

  // MARK: - Row 4: a failed write to stdout is an error

  @Test(arguments: ["query", "stats", "validate", "clusters", "stances", "balance", "actors"])
  func closedStandardOutputFails(_ command: String) throws {
    try seedJSON()
    let run = try shell(#""$SG" \#(command) x.json >&-; echo "status $?" >&2"#)
    #expect(!run.stderr.contains("status 0"), "\(run)")
    #expect(run.stderr.contains("cannot write"), "\(run)")
  }

  @Test func fullDiskOnStandardOutputFails() throws {
    try seedJSON()
    let run = try shell(#""$SG" stats x.json > /dev/full; echo "status $?" >&2"#)
    #expect(run.stderr.contains("status 1"), "\(run)")
  }

  // MARK: - Row 5: a failed diagnostic write never crashes

  @Test func closedOrFullStandardErrorDoesNotCrash() throws {
    try seedJSON()
    // convert to CSV prints a note on stderr; the old FileHandle write trapped (SIGILL, 132).
    let run = try shell(
      #""$SG" convert x.json -o a.csv 2>&-; echo "closed $?"; "$SG" convert x.json -o b.csv 2>/dev/full; echo "full $?"; "$SG" validate missing.json 2>&-; echo "error $?""#
    )
    #expect(run.stdout == "closed 0\nfull 0\nerror 1\n", "\(run)")
  }

  // MARK: - Row 6 and 7: non-regular inputs are streams under the size limit

  @Test func readsProcessSubstitutionAndFIFOs() throws {
    try seedJSON()
    let run = try shell(
      #""$SG" validate <(cat x.json) --from json --quiet && echo substitution; mkfifo in && (cat x.json > in &) && "$SG" stats in --from json | head -1"#
    )
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix("substitution\nUN Command"), "\(run)")
  }

  @Test func anEndlessDeviceStopsAtTheLimit() throws {
    let run = try shell(#""$SG" validate /dev/zero --from json --max-input-size 4M"#, timeout: 30)
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("over the limit of 4 MiB"), "\(run)")
    #expect(run.stderr.contains("--max-input-size"), "\(run)")
  }

  @Test func aFileThatClaimsNoSizeIsCountedAsRead() throws {
    // /proc files report a size of 0 whatever they hold.
    let run = try shell(#""$SG" validate /proc/self/maps --from csv --max-input-size 64"#)
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("over the limit of 64"), "\(run)")
  }

  // MARK: - Row 8 and 9: YAML refused from its size, long lines while reading

  @Test func hugeYAMLIsRefusedBeforeReading() throws {
    // A sparse 1 GB file: refused from its size, in milliseconds and without reading it.
    let run = try shell(
      #"truncate -s 1G big.yaml && /usr/bin/time -f '%M' "$SG" validate big.yaml 2>&1 | tail -1"#)
    let kilobytes = Int(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .max
    #expect(kilobytes < 200_000, "\(run)")
    let refused = try sandbox.run("validate", "big.yaml")
    #expect(refused.stderr.contains("over the limit of 64 MiB"), "\(refused)")
  }

  @Test func aLongLineStopsTheReading() throws {
    // 8 MB on one line under a 1 MB line limit: the reader stops at the line, not at the end.
    let run = try shell(
      #"(echo source,relation,target; head -c 8000000 /dev/zero | tr '\0' a) | "$SG" validate - --from csv"#
    )
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("line 2 (1,048,577 bytes or more)"), "\(run)")
  }

  // MARK: - Row 15: YAML's fixed nesting limit is named as such

  @Test func yamlDepthNamesTheFixedLimit() throws {
    let deep = String(repeating: "[", count: 1_200) + String(repeating: "]", count: 1_200)
    try sandbox.write(
      "statements:\n- source: a\n  relation: accuses\n  target: b\n  attributes:\n    x: \(deep)\n",
      to: "deep.yaml")
    let run = try sandbox.run("validate", "deep.yaml", "--max-depth", "1000")
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("nested more than 1,000 deep"), "\(run)")
    #expect(run.stderr.contains("fixed limit"), "\(run)")
    #expect(!run.stderr.contains("yaml_"), "\(run)")
  }
}

extension HardeningTests {
  // MARK: - Row 1: no depth option goes past the stack

  @Test func depthBeyondTheCeilingIsRefused() throws {
    try sandbox.write(
      String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
      to: "deep.json")
    let run = try sandbox.run("validate", "deep.json", "--max-depth", "1000000")
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("at most 1000"), "\(run)")
  }
}

extension HardeningTests {
  @Test func yamlOnStandardInputStopsAtTheYAMLLimit() throws {
    // No --from: the content looks like YAML, so the 64 MiB YAML limit applies while reading.
    let run = try shell(
      #"head -c 200000000 /dev/zero | tr '\0' a | "$SG" validate -"#, timeout: 60)
    #expect(run.status == 1, "\(run)")
    #expect(run.stderr.contains("over the limit of 64 MiB"), "\(run)")
  }
}
