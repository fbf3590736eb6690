import ArgumentParser
import StanceGraphviz

/// Which Graphviz engine lays the drawing out: shared by `render` and `report`, the commands
/// that lay out (`dot` and `export` write text and lay nothing out).
struct LayoutOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "auto, dot, neato, fdp, sfdp, circo, twopi, osage or patchwork.",
      discussion: "auto uses dot for small graphs, fdp or sfdp for larger ones."))
  var layout: LayoutEngine = .automatic

  @Flag(
    name: .customLong("force-layout"),
    help: "Lay out with dot even a large graph (it can take many minutes).")
  var forceLayout = false

  var engine: LayoutEngine { layout }
}
