import Foundation
import StanceEvents

/// Builds event rows in an exact layout from the fields a test cares about.
struct EventSample {
  let layout: EventLayout

  init(_ name: String) throws { layout = try EventLayout.builtIn(name) }

  /// One tab-separated row: every column empty except those named.
  func row(_ fields: [String: String]) -> String {
    layout.columns.map { fields[$0] ?? "" }.joined(separator: "\t")
  }

  /// A GDELT row: actors by country code, a CAMEO code, a YYYYMMDD date and a URL.
  func gdelt(
    _ id: Int, _ source: String, _ code: String, _ target: String, day: String = "20130415",
    url: String? = nil, sources: Int = 2
  ) -> String {
    var fields = [
      "GLOBALEVENTID": String(id), "SQLDATE": day, "Actor1Code": source + "GOV",
      "Actor1Name": source + " GOVERNMENT", "Actor1CountryCode": source, "Actor2Code": target,
      "Actor2Name": target + " NAME", "Actor2CountryCode": target, "EventCode": code,
      "NumMentions": "5", "NumSources": String(sources), "NumArticles": "4",
    ]
    if let url { fields["SOURCEURL"] = url }
    // GDELT 2.0's codebook names the first two columns GlobalEventID and Day.
    fields["GlobalEventID"] = fields["GLOBALEVENTID"]
    fields["Day"] = fields["SQLDATE"]
    return row(fields)
  }

  /// The header row of a layout with a header (ICEWS, POLECAT).
  var header: String { layout.columns.joined(separator: "\t") }
}

/// Files the tests read.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// A temporary file holding `text`, removed by the caller.
func temporaryFile(_ text: String, name: String = "events.tsv") throws -> String {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("stanceevents-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  let url = directory.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

/// Imports one file with the given options.
func importing(_ path: String, _ options: EventImporter.Options) throws -> EventImporter.Result {
  var importer = try EventImporter(options: options)
  try importer.read(path: path)
  return try importer.finish()
}
