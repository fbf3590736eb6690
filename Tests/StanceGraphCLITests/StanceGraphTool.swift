import Foundation
import StanceTestSupport
import Synchronization
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of the built `stancegraph` binary: what it printed and how it exited.
struct ToolRun: CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var standardOutput: Data
  var standardError: Data

  var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
  var stderr: String { String(decoding: standardError, as: UTF8.self) }

  /// The lines of standard output, without the empty piece after a final newline.
  var stdoutLines: [String] { ToolRun.lines(of: stdout) }
  /// The lines of standard error, without the empty piece after a final newline.
  var stderrLines: [String] { ToolRun.lines(of: stderr) }

  /// Everything about the run, for failure messages.
  var description: String {
    """
    $ stancegraph \(arguments.map(ToolRun.quoted).joined(separator: " "))
    exit status \(status)
    --- stdout (\(standardOutput.count) bytes) ---
    \(stdout.prefix(4_000))
    --- stderr (\(standardError.count) bytes) ---
    \(stderr.prefix(4_000))
    """
  }

  static func lines(of text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  private static func quoted(_ argument: String) -> String {
    argument.isEmpty || argument.contains(where: { " \"'$".contains($0) })
      ? "'\(argument)'" : argument
  }
}

/// Where the `stancegraph` executable is: the build products directory that holds this test
/// bundle, found by walking up from the running test binary.
enum StanceGraphTool {
  /// Overrides the search, for running the suite against an installed binary.
  static let environmentVariable = "STANCEGRAPH_EXECUTABLE"

  struct NotFound: Error, CustomStringConvertible {
    var searched: [String]
    var description: String {
      """
      the built `stancegraph` executable was not found next to the test bundle. \
      Build it first (swift build --build-tests, or swift test without --skip-build), \
      or set \(StanceGraphTool.environmentVariable) to its path. Searched: \
      \(searched.joined(separator: ", "))
      """
    }
  }

  /// The executable, located once.
  static let executable: Result<URL, NotFound> = locate()

  private static func locate() -> Result<URL, NotFound> {
    let manager = FileManager.default
    if let override = ProcessInfo.processInfo.environment[environmentVariable], !override.isEmpty {
      return manager.isExecutableFile(atPath: override)
        ? .success(URL(fileURLWithPath: override)) : .failure(NotFound(searched: [override]))
    }
    // The test binary (Linux: StanceGraphPackageTests.xctest, an executable in the products
    // directory; macOS: a bundle inside it) tells where the products directory is.
    var starts: [URL] = [Bundle.main.bundleURL]
    if let executable = Bundle.main.executableURL { starts.append(executable) }
    if let first = CommandLine.arguments.first, first.contains("/") {
      starts.append(URL(fileURLWithPath: first))
    }
    if let selfPath = try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      starts.append(URL(fileURLWithPath: selfPath))
    }
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    var searched: [String] = []
    for start in starts {
      var directory = start.standardizedFileURL.resolvingSymlinksInPath()
      // Walk up from the bundle: at most a few levels (X.xctest/Contents/MacOS/X on macOS).
      for _ in 0..<5 {
        directory.deleteLastPathComponent()
        let candidate = directory.appendingPathComponent("stancegraph")
        if !searched.contains(candidate.path) { searched.append(candidate.path) }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, manager.isExecutableFile(atPath: candidate.path)
        {
          return .success(candidate)
        }
        if directory.path == "/" { break }
      }
    }
    return .failure(NotFound(searched: searched))
  }

  /// Runs the binary in `directory` with `arguments`, feeding `input` to its standard input
  /// (or nothing: standard input is /dev/null), and waits for it.
  ///
  /// Standard output and standard error are read concurrently while the process runs, so a
  /// large output cannot fill a pipe and stall the child. A run that takes longer than
  /// `timeout` seconds is terminated and reported as an issue.
  /// `program` runs another executable the same way (an example, `/bin/sh`, Chromium); the
  /// built `stancegraph` by default.
  static func run(
    _ arguments: [String], in directory: URL, input: Data? = nil,
    environment: [String: String] = [:], timeout: Double = 120, program: URL? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ToolRun {
    let process = Process()
    process.executableURL = try program ?? executable.get()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var variables = ProcessInfo.processInfo.environment
    // Help text wraps at COLUMNS; fix it so help tests do not depend on the caller's terminal.
    variables["COLUMNS"] = "80"
    variables["LINES"] = "25"
    variables.merge(environment) { _, new in new }
    process.environment = variables

    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    let inputPipe: Pipe?
    if let input {
      let pipe = Pipe()
      process.standardInput = pipe
      inputPipe = pipe
      // Small inputs fit in the pipe's buffer: write them before the child starts, so a child
      // that exits without reading cannot make the write fail.
      if input.count <= smallInput {
        try pipe.fileHandleForWriting.write(contentsOf: input)
        try pipe.fileHandleForWriting.close()
      }
    } else {
      inputPipe = nil
      process.standardInput = FileHandle.nullDevice
    }

    let output = Collected()
    let errors = Collected()
    var timedOut = false
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    // The parent's copies of the write ends must be closed, or reading never sees end of file.
    try? outputPipe.fileHandleForWriting.close()
    try? errorPipe.fileHandleForWriting.close()

    let readers = DispatchGroup()
    for (pipe, collected) in [(outputPipe, output), (errorPipe, errors)] {
      let handle = pipe.fileHandleForReading
      DispatchQueue.global().async(group: readers) {
        collected.data.withLock { $0 = handle.readDataToEndOfFile() }
      }
    }
    if let input, let inputPipe, input.count > smallInput {
      _ = ignoreBrokenPipes
      let handle = inputPipe.fileHandleForWriting
      DispatchQueue.global().async(group: readers) {
        try? handle.write(contentsOf: input)
        try? handle.close()
      }
    }
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      process.terminate()
      finished.wait()
    }
    readers.wait()
    process.waitUntilExit()

    let run = ToolRun(
      arguments: arguments, status: process.terminationStatus,
      standardOutput: output.data.withLock { $0 }, standardError: errors.data.withLock { $0 })
    if timedOut {
      Issue.record(
        "stancegraph did not finish within \(timeout) s\n\(run)", sourceLocation: sourceLocation)
    }
    if process.terminationReason == .uncaughtSignal {
      Issue.record(
        "stancegraph was killed by signal \(run.status)\n\(run)", sourceLocation: sourceLocation)
    }
    return run
  }

  /// Inputs up to this size are written before the child starts (a pipe holds 64 KiB on Linux).
  private static let smallInput = 32 * 1_024

  /// Writing a large standard input races with a child that exits early: ignore SIGPIPE so the
  /// write fails with EPIPE instead of killing the test process.
  private static let ignoreBrokenPipes: Void = {
    _ = signal(SIGPIPE, SIG_IGN)
  }()
}

/// Bytes collected by a reader thread.
private final class Collected: Sendable {
  let data = Mutex(Data())
}

/// A fresh temporary directory for one test, removed when the test ends. The binary runs with
/// it as the working directory, so paths in arguments and messages are short and relative.
final class Sandbox {
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("stancegraph-cli-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: directory)
  }

  /// The absolute path of `name` in the sandbox.
  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Writes `text` to `name` (creating parent folders) and returns `name`.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    try write(Data(text.utf8), to: name)
  }

  @discardableResult
  func write(_ data: Data, to name: String) throws -> String {
    let url = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
    return name
  }

  func read(_ name: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(name))
  }

  func readText(_ name: String) throws -> String {
    String(decoding: try read(name), as: UTF8.self)
  }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

  func makeDirectory(_ name: String) throws {
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent(name), withIntermediateDirectories: true)
  }

  /// The names in a folder of the sandbox that start with `.` (temporary files left behind).
  func hiddenFiles(in folder: String = ".") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path(folder))
      .filter { $0.hasPrefix(".") }.sorted()
  }

  /// Copies the seed example into the sandbox and returns its name there.
  @discardableResult
  func copySeed(as name: String = "claims.yaml") throws -> String {
    try write(try Data(contentsOf: Fixtures.seedExample), to: name)
  }

  /// Runs `stancegraph` in the sandbox.
  func run(
    _ arguments: String..., input: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ToolRun {
    try StanceGraphTool.run(
      arguments, in: directory, input: input.map { Data($0.utf8) },
      sourceLocation: sourceLocation)
  }

  /// Runs `stancegraph` in the sandbox with raw bytes on standard input.
  func run(
    _ arguments: [String], input: Data?, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ToolRun {
    try StanceGraphTool.run(arguments, in: directory, input: input, sourceLocation: sourceLocation)
  }
}

/// Files that the CLI tests read from the repository, beside the shared fixtures.
extension Fixtures {
  /// `Examples/korea-armistice/claims.yaml`: 10 actors, 7 claims, 24 statements.
  static let seedExample = URL(fileURLWithPath: seedExamplePath)

  /// The seed example as text.
  static func seedText() throws -> String {
    String(decoding: try Data(contentsOf: seedExample), as: UTF8.self)
  }

  /// A YAML file with two problems: a misspelled relation on line 8 (value at column 15) and a
  /// misspelled actor on line 10 (value at column 13).
  static let badYAML = """
    actors:
      - id: US
        name: United States
      - id: KP
        name: North Korea
    statements:
      - source: US
        relation: acuses
        target: KP
      - source: Nort Korea
        relation: denies
        target: US

    """
}
