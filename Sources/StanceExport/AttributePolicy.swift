import StanceGraph

/// Which Graphviz attributes from a user (the CLI's `-G`, `-N`, `-E`) a drawing takes, and the
/// bounds their numbers are held to.
///
/// Graphviz 2.43 reads files and draws links on request, and some numbers hang or crash it:
/// `pad=1e10` and `dpi=1e5` ask for pictures of billions of pixels, `peripheries=1e6` for a
/// million outlines, `shape=epsf` reads a PostScript file. So:
/// - attributes that read files (`image`, `shapefile`, `imagepath`, `stylesheet`, `fontpath`,
///   and the shapes `epsf` and `custom`) are refused unless ``allowsFiles``;
/// - links (`URL`, `href` and their head, tail, label and edge forms) are refused unless
///   ``allowsLinks``: the SVG would carry them to whoever opens it;
/// - numbers are held to bounds a readable drawing never needs to pass (``bounds``), with a
///   note saying so.
///
/// ```swift
/// let (value, note) = try AttributePolicy().checked("dpi", "100000")   // ("600", "dpi ... 600")
/// ```
public struct AttributePolicy: Hashable, Sendable {
  /// Accept attributes that make Graphviz read files.
  public var allowsFiles: Bool
  /// Accept link attributes.
  public var allowsLinks: Bool

  public init(allowsFiles: Bool = false, allowsLinks: Bool = false) {
    self.allowsFiles = allowsFiles
    self.allowsLinks = allowsLinks
  }

  /// Attributes that make Graphviz read a file.
  public static let fileAttributes: Set<String> = [
    "image", "shapefile", "imagepath", "stylesheet", "fontpath",
  ]
  /// Shapes that make Graphviz read a file.
  public static let fileShapes: Set<String> = ["epsf", "custom"]
  /// Link attributes.
  public static let linkAttributes: Set<String> = [
    "URL", "href", "headURL", "headhref", "tailURL", "tailhref", "labelURL", "labelhref",
    "edgeURL", "edgehref",
  ]

  /// The largest value of each numeric attribute (every number of a list such as `pad="1,2"`).
  public static let bounds: [String: Double] = [
    "pad": 10, "margin": 10, "dpi": 600, "resolution": 600, "size": 200, "peripheries": 10,
    "width": 100, "height": 100, "fontsize": 200, "labelfontsize": 200, "penwidth": 50,
    "arrowsize": 10, "nodesep": 20, "ranksep": 20, "sides": 100, "sep": 10, "esep": 10,
    "nslimit": 100, "nslimit1": 100, "mclimit": 100, "searchsize": 1_000, "maxiter": 10_000,
    "mindist": 100, "K": 100, "repulsiveforce": 100, "levels": 1_000, "quadtree": 10,
  ]

  /// Why an attribute was refused.
  public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: String, Hashable, Sendable {
      case readsFiles, link
    }
    public var name: String
    public var value: String
    public var reason: Reason

    public var description: String {
      switch reason {
      case .readsFiles:
        "\(name)=\(value) makes Graphviz read a file, which is refused unless files are allowed"
      case .link:
        "\(name)=\(value) puts a link in the drawing, which is refused unless links are allowed"
      }
    }
  }

  /// The value to use for attribute `name` given as `value`, and a note when it was clamped.
  ///
  /// - Throws: ``Refusal`` for a file or link attribute the policy does not allow.
  /// - Complexity: O(*n*) in the value's length.
  public func checked(_ name: String, _ value: String) throws(Refusal) -> (
    value: String, note: String?
  ) {
    if !allowsFiles
      && (AttributePolicy.fileAttributes.contains(name)
        || (name == "shape" && AttributePolicy.fileShapes.contains(value.lowercased())))
    {
      throw Refusal(name: name, value: value, reason: .readsFiles)
    }
    if !allowsLinks && AttributePolicy.linkAttributes.contains(name) {
      throw Refusal(name: name, value: value, reason: .link)
    }
    guard let bound = AttributePolicy.bounds[name] else { return (value, nil) }
    var clamped = false
    let parts = value.split(separator: ",", omittingEmptySubsequences: false).map { part in
      let trimmed = part.trimmingSpaces()
      let suffix = trimmed.hasSuffix("!") ? "!" : ""
      guard let number = Double(suffix.isEmpty ? trimmed : String(trimmed.dropLast())) else {
        return trimmed
      }
      guard number.isFinite, abs(number) <= bound else {
        clamped = true
        return DecimalText.rounded(number.isNaN ? 0 : (number < 0 ? -bound : bound)) + suffix
      }
      return trimmed
    }
    guard clamped else { return (value, nil) }
    let result = parts.joined(separator: ",")
    return (result, "\(name)=\(value) is beyond what a drawing needs; using \(name)=\(result)")
  }
}

extension StringProtocol {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
