/// A Graphviz output format, named as Graphviz names it.
public struct RenderFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let svg = RenderFormat(rawValue: "svg")
  public static let png = RenderFormat(rawValue: "png")
  public static let pdf = RenderFormat(rawValue: "pdf")
  public static let json = RenderFormat(rawValue: "json")
  public static let plain = RenderFormat(rawValue: "plain")
  /// DOT with the layout's coordinates.
  public static let dot = RenderFormat(rawValue: "dot")

  public static let all: [RenderFormat] = [.svg, .png, .pdf, .json, .plain, .dot]

  /// The format a file name's extension implies (`.svg`, `.png`, `.pdf`, `.json`, `.plain`,
  /// `.txt` for plain, `.gv` and `.dot` for laid-out DOT), or nil.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "json": self = .json
    case "plain", "txt": self = .plain
    case "gv", "dot": self = .dot
    default: return nil
    }
  }

  /// Whether the output is bytes rather than text (PNG, PDF).
  public var isBinary: Bool { self == .png || self == .pdf }

  public var description: String { rawValue }
}
