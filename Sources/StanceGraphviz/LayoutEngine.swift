/// A Graphviz layout engine, named as Graphviz names it; engines Graphviz adds later can be
/// named with `LayoutEngine(rawValue:)`.
///
/// - ``dot``: layered drawing of directed graphs; clear for small graphs, slow for large ones
///   (a 2,000-node random graph did not finish in 10 minutes here).
/// - ``neato``, ``fdp``: spring models; ``sfdp``: multiscale spring model for large graphs.
/// - ``circo``: circular; ``twopi``: radial; ``osage``, ``patchwork``: clustered and treemap.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let dot = LayoutEngine(rawValue: "dot")
  public static let neato = LayoutEngine(rawValue: "neato")
  public static let fdp = LayoutEngine(rawValue: "fdp")
  public static let sfdp = LayoutEngine(rawValue: "sfdp")
  public static let circo = LayoutEngine(rawValue: "circo")
  public static let twopi = LayoutEngine(rawValue: "twopi")
  public static let osage = LayoutEngine(rawValue: "osage")
  public static let patchwork = LayoutEngine(rawValue: "patchwork")

  /// Chosen by the renderer from the graph it parsed: see ``forSize(nodes:edges:hasClusters:)``.
  public static let automatic = LayoutEngine(rawValue: "auto")

  /// The engines of libgvc 2.43.
  public static let all: [LayoutEngine] = [
    .dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork,
  ]

  /// The largest graph (actors plus statements drawn) `auto` lays out with `dot`; larger ones get
  /// `sfdp`. Measured on this machine: see `docs/rendering.md`.
  public static let autoDotLimit = 250

  /// The largest graph (nodes plus edges) the renderer lays out with `dot` unless told to insist:
  /// beyond it `dot` takes minutes (a 2,000-node random graph did not finish in 10 minutes).
  public static let dotRefusalLimit = 4 * autoDotLimit

  /// The largest graph (nodes plus edges) the renderer lays out with this engine unless told to
  /// insist, or nil for no limit (`sfdp`, and engines this table does not know). Measured on
  /// this machine with `Benchmarks/run-layout.sh` (see `docs/rendering.md`): beyond these sizes
  /// each engine took over a minute or gigabytes of memory on planted-bloc graphs.
  public var refusalLimit: Int? {
    switch self {
    case .dot: LayoutEngine.dotRefusalLimit
    case .circo: 400  // 9.5 s at 400, over 60 s at 600
    case .neato: 4_000  // 8.5-15 s at 2,000-4,000, over 60 s at 8,000
    case .fdp, .twopi: 8_000  // fdp 17 s, twopi 19 s at 8,000; 27 s and 34 s at 16,000
    case .osage, .patchwork: 16_000  // 6.2 s and 1.7 s at 16,000, the largest measured
    default: nil
    }
  }

  /// The largest graph (nodes plus edges) with clusters that ``automatic`` gives `fdp`, which
  /// draws cluster boxes; larger ones get `sfdp`, which cannot. Measured: see `docs/rendering.md`.
  public static let autoFDPLimit = 4_000

  /// What ``automatic`` chooses: `dot` for graphs of up to ``autoDotLimit`` nodes and edges
  /// together; beyond, `fdp` for graphs with clusters up to ``autoFDPLimit`` (it draws their
  /// boxes), and `sfdp` for the rest.
  public static func forSize(nodes: Int, edges: Int, hasClusters: Bool = false) -> LayoutEngine {
    let size = nodes + edges
    if size <= autoDotLimit { return .dot }
    return hasClusters && size <= autoFDPLimit ? .fdp : .sfdp
  }

  public var description: String { rawValue }
}
