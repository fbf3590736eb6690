import ArgumentParser
import StanceExport
import StanceGraphviz

/// Which part of the graph is drawn: shared by `dot`, `render` and `report`. At most one view;
/// the whole graph by default. `--bloc` and `--summary` draw blocs, so they compute them.
struct ViewOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Draw only this actor (id, name or alias) and the actors within --depth ties of it.",
      valueName: "actor"))
  var focus: String?

  @Option(help: "With --focus: how many ties away from the actor to draw (0: the actor alone).")
  var depth: Int = 1

  @Option(
    help: ArgumentHelp(
      "Draw only the N actors with the largest total statement weight, and the ties among them (with --bloc: the bloc's N heaviest members).",
      valueName: "N"))
  var top: Int?

  @Option(
    help: ArgumentHelp(
      "Draw bloc K (numbered as in the drawing, largest first) and its ties to the rest, each other bloc as one node.",
      valueName: "K"))
  var bloc: Int?

  @Flag(
    help:
      "Draw one node per bloc (sized by members) with the summed friendly and hostile weight between blocs; singletons as one \"unaligned\" node."
  )
  var summary = false

  func validate() throws {
    // --top with --bloc narrows the bloc to its heaviest members; otherwise one view.
    let given = [focus != nil, top != nil && bloc == nil, bloc != nil, summary].filter { $0 }.count
    if given > 1 {
      throw ValidationError(
        "--focus, --top, --bloc and --summary are different views: give one (or --bloc with --top)")
    }
    if depth < 0 { throw ValidationError("--depth \(depth): give 0 or more") }
    if depth != 1 && focus == nil { throw ValidationError("--depth goes with --focus") }
    if let top, top < 1 { throw ValidationError("--top \(top): give 1 or more") }
    if let bloc, bloc < 1 { throw ValidationError("--bloc \(bloc): blocs are numbered from 1") }
  }

  /// The view asked for; the whole graph when none was.
  var view: DrawingView {
    if let focus { return .focus(actor: focus, depth: depth) }
    if let bloc { return .bloc(bloc, top: top) }
    if let top { return .top(top) }
    if summary { return .summary }
    return .whole
  }

  /// The option that chose the view, without its dashes.
  var optionName: String {
    focus != nil ? "focus" : top != nil ? "top" : bloc != nil ? "bloc" : "summary"
  }

  /// The engine for `engine` as asked: `auto` lays the summary out with circo (blocs on a
  /// circle, straight ties: easier to read than dot's ranks for a dense graph of few nodes)
  /// while it is within circo's refusal limit, and leaves every other choice alone.
  func engine(_ engine: LayoutEngine, for dot: String) -> LayoutEngine {
    guard engine == .automatic, view == .summary else { return engine }
    return ViewOptions.summaryEngine(for: dot)
  }

  /// circo for a summary within circo's refusal limit (counted as DOT lines, an upper bound on
  /// nodes plus edges), auto beyond.
  static func summaryEngine(for dot: String) -> LayoutEngine {
    let size = dot.split(separator: "\n").count
    return size <= (LayoutEngine.circo.refusalLimit ?? 0) ? .circo : .automatic
  }

  /// Whether a view other than the whole graph was asked for.
  var isGiven: Bool { view != .whole }
}
