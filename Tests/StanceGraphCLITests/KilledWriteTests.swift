import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Killing the CLI while it writes (SIGKILL, no chance to clean up) loses nothing: the previous
/// output is intact or the new one complete, and no partial file is left beside it.
@Suite struct KilledWriteTests {
  @Test(arguments: [0.05, 0.3, 0.8, 1.5])
  func aKilledWriteLeavesTheOldFileOrTheNewOneAndNothingElse(delay: Double) throws {
    let sandbox = try Sandbox()
    let previous = "{\"statements\": []}\n"
    try sandbox.write(previous, to: "out.json")
    let process = Process()
    process.executableURL = try StanceGraphTool.executable.get()
    process.arguments = [
      "generate", "--actors", "20000", "--statements", "600000", "--blocs", "5", "-o", "out.json",
    ]
    process.currentDirectoryURL = sandbox.directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    let text = try sandbox.readText("out.json")
    if text != previous {
      // The rename happened: the file must be the whole new graph.
      #expect(
        text.hasSuffix("]\n}\n"), "a partial file replaced the output (\(text.utf8.count) bytes)")
    }
    let leftovers = try sandbox.hiddenFiles()
    #expect(leftovers.isEmpty, "left behind: \(leftovers)")
  }
}
