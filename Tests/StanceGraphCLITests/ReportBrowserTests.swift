import Foundation
import Testing

/// `stancegraph report` loaded in a real browser (headless Chromium, installed by `make test`).
@Suite(.serialized) struct ReportBrowserTests {
  static let chromiumCandidates = [
    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
  ]

  static func chromium() throws -> String {
    let found = chromiumCandidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    return try #require(
      found, "headless Chromium is missing: `make test` installs it (apt-get install chromium)")
  }

  /// Runs Chromium headless on a file of the sandbox.
  static func browse(
    _ arguments: [String], file: String, fragment: String = "", in sandbox: Sandbox
  ) throws -> ToolRun {
    try StanceGraphTool.run(
      [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + sandbox.path("chromium-profile"),
      ] + arguments + ["file://" + sandbox.path(file) + fragment],
      in: sandbox.directory, environment: ["HOME": sandbox.directory.path],
      program: URL(fileURLWithPath: try chromium()))
  }

  /// Console messages Chromium logged for the page (errors, CSP violations, script output).
  static func consoleLines(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").map(String.init).filter { $0.contains("CONSOLE") }
  }

  @Test func theSeedReportLoadsWithoutConsoleErrorsAndIsNotBlank() throws {
    let sandbox = try Sandbox()
    try sandbox.copySeed()
    let report = try sandbox.run("report", "claims.yaml", "--roll-up", "-o", "report.html")
    #expect(report.status == 0, "\(report)")
    let dom = try Self.browse(["--dump-dom"], file: "report.html", in: sandbox)
    #expect(dom.status == 0, "\(dom.stderr)")
    #expect(Self.consoleLines(dom.stderr).isEmpty, "\(Self.consoleLines(dom.stderr))")
    #expect(dom.stdout.contains("<svg"))
    #expect(dom.stdout.contains("Alliance blocs"))
    #expect(dom.stdout.contains("Proven optimal"))

    let shot = try Self.browse(
      ["--window-size=1280,1600", "--screenshot=" + sandbox.path("report.png")],
      file: "report.html",
      in: sandbox)
    #expect(shot.status == 0, "\(shot.stderr)")
    let colours = try Self.distinctColours(pngAt: sandbox.path("report.png"))
    #expect(colours > 50, "a blank screenshot has one or two colours; this one has \(colours)")
  }

  @Test func hostileNamesRunNoScript() throws {
    let sandbox = try Sandbox()
    let names = [
      "<script>document.title='PWNED'</script>", "<img src=x onerror=\"document.title='PWNED'\">",
      "\"><svg onload=\"document.title='PWNED'\">", "javascript:document.title='PWNED'",
      "data:text/html,<script>document.title='PWNED'</script>", "' onmouseover='x",
      "&amp;<b>bold</b>",
    ]
    var csv = "source,relation,target,claim,evidence,document\n"
    for (index, name) in names.enumerated() {
      let next = names[(index + 1) % names.count]
      func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
      csv +=
        [
          quote(name), index % 2 == 0 ? "accuses" : "allies-with", quote(next), quote(name),
          quote(name), quote(name),
        ]
        .joined(separator: ",") + "\n"
    }
    try sandbox.write(csv, to: "hostile.csv")
    let report = try sandbox.run(
      "report", "hostile.csv", "--title", "<script>document.title='PWNED'</script>", "-o",
      "report.html")
    #expect(report.status == 0, "\(report)")
    let html = try sandbox.readText("report.html")
    // The one script is the report's own, after the footer; no name made another.
    #expect(html.components(separatedBy: "<script").count == 2)
    #expect(html.contains("</footer>\n<script>(function(){"))
    #expect(!html.contains("onerror=\""))
    let dom = try Self.browse(["--dump-dom"], file: "report.html", in: sandbox)
    #expect(dom.status == 0, "\(dom.stderr)")
    #expect(!dom.stdout.contains("<title>PWNED</title>"))
    #expect(dom.stdout.lowercased().components(separatedBy: "<script").count == 2)
    #expect(dom.stdout.contains("&lt;script&gt;"))
    #expect(Self.consoleLines(dom.stderr).isEmpty, "\(Self.consoleLines(dom.stderr))")
  }

  /// The seed, a 250-actor and a 4,000-actor generated report in Chromium: under 5 MB, the
  /// script runs (every diagram set up for zoom, `#find=` finds and marks an actor), no console
  /// error or CSP violation, bloc colours drawn, and the page ready in under 5 s (the script's
  /// own `performance.now()` when it has run, at the end of the page).
  @Test(arguments: [0, 250, 4_000])
  func reportsOfEverySizeZoomFindAndShowBlocs(actors: Int) throws {
    let sandbox = try Sandbox()
    let input: String
    let actor: String
    if actors == 0 {
      try sandbox.copySeed()
      (input, actor) = ("claims.yaml", "Russia")
    } else {
      let generated = try sandbox.run(
        "generate", "--actors", "\(actors)", "--statements", "\(actors * 4)", "--blocs", "6",
        "--seed", "7", "-o", "planted.csv")
      #expect(generated.status == 0, "\(generated)")
      (input, actor) = ("planted.csv", "a1")
    }
    let report = try sandbox.run("report", input, "-o", "report.html")
    #expect(report.status == 0, "\(report)")
    let bytes = try sandbox.readText("report.html").utf8.count
    #expect(bytes < 5_000_000)

    let started = Date()
    let dom = try Self.browse(
      ["--dump-dom", "--virtual-time-budget=2000"], file: "report.html", fragment: "#find=" + actor,
      in: sandbox)
    let wall = Date().timeIntervalSince(started)
    #expect(dom.status == 0, "\(dom.stderr)")
    #expect(Self.consoleLines(dom.stderr).isEmpty, "\(Self.consoleLines(dom.stderr))")
    let ready = Self.attribute("data-zoom-ready", in: dom.stdout).flatMap { Int($0) }
    #expect((ready ?? 0) >= 1, "the script did not run or set up no diagram")
    let milliseconds = Self.attribute("data-ready-ms", in: dom.stdout).flatMap { Int($0) }
    #expect((milliseconds ?? .max) < 5_000)
    #expect(dom.stdout.contains("class=\"node hit\""), "#find=\(actor) marked no node")
    let blocColours = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072"]
    #expect(
      blocColours.prefix(actors == 0 ? 2 : 4).allSatisfy { dom.stdout.contains("fill=\"\($0)\"") })
    print(
      "report of \(actors == 0 ? "the seed" : "\(actors) actors"): \(bytes) bytes, "
        + "ready after \(milliseconds ?? -1) ms in the page, Chromium run \(Int(wall * 1000)) ms")
  }

  /// The value of `name="…"` on the first element that has it.
  static func attribute(_ name: String, in html: String) -> String? {
    guard let start = html.range(of: name + "=\"") else { return nil }
    let rest = html[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  /// Decodes the PNG with Python's standard library (zlib) and counts distinct RGB colours.
  static func distinctColours(pngAt path: String) throws -> Int {
    let script = """
      import struct, sys, zlib
      data = open(sys.argv[1], 'rb').read()
      assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
      pos, idat, width, height, colour_type = 8, b'', 0, 0, 0
      while pos < len(data):
          length, kind = struct.unpack('>I4s', data[pos:pos + 8])
          chunk = data[pos + 8:pos + 8 + length]
          if kind == b'IHDR':
              width, height, depth, colour_type = struct.unpack('>IIBB', chunk[:10])
          elif kind == b'IDAT':
              idat += chunk
          pos += 12 + length
      channels = {2: 3, 6: 4}[colour_type]
      raw = zlib.decompress(idat)
      stride = width * channels
      previous = bytearray(stride)
      colours = set()
      for row in range(height):
          start = row * (stride + 1)
          kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
          for i in range(stride):
              a = line[i - channels] if i >= channels else 0
              b = previous[i]
              c = previous[i - channels] if i >= channels else 0
              if kind == 1: line[i] = (line[i] + a) & 255
              elif kind == 2: line[i] = (line[i] + b) & 255
              elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
              elif kind == 4:
                  p = a + b - c
                  pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                  line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
          if row % 8 == 0:
              for x in range(0, stride, channels * 4):
                  colours.add(bytes(line[x:x + 3]))
          previous = line
      print(len(colours))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Int(
      String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }
}
