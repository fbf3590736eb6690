import ArgumentParser
import StanceAnalysis
import StanceGraph

/// How alliance blocs are found: shared by `clusters`, `report` and the `--clusters` of `dot`,
/// `render` and `export`.
struct ClusteringOptions: ParsableArguments {
  @Option(help: "auto, exact or fast: how the blocs are found.")
  var method: AllianceClusters.Method = .auto

  @Option(
    name: .customLong("max-blocs"), help: "At most this many blocs (default: as many as fit best).")
  var maxBlocs: Int?

  @Option(help: "Seed of the fast solver.")
  var seed: UInt64 = 1

  @Option(help: "Runs of the fast solver; the best is kept.")
  var restarts: Int = 8

  @Option(
    name: .customLong("exact-limit"),
    help: "The largest connected group of actors the exact solver takes (default: no limit).")
  var exactLimit: Int?

  @Option(
    name: .customLong("time-limit"),
    help: "Seconds the proof may take (default \(Int(StructuralBalance.defaultTimeLimit))).")
  var timeLimit: Double = StructuralBalance.defaultTimeLimit

  @Option(name: .customLong("node-budget"), help: "Search nodes the exact solver may explore.")
  var nodeBudget: Int = 20_000_000

  func validate() throws {
    if let maxBlocs, maxBlocs < 1 { throw ValidationError("--max-blocs must be at least 1") }
    if restarts < 1 { throw ValidationError("--restarts must be at least 1") }
    if let exactLimit, exactLimit < 1 { throw ValidationError("--exact-limit must be at least 1") }
    if !(timeLimit >= 0) || !timeLimit.isFinite {
      throw ValidationError("--time-limit must be a non-negative number of seconds")
    }
    if nodeBudget < 0 { throw ValidationError("--node-budget must not be negative") }
  }

  /// The solver options the flags describe.
  var options: AllianceClusters.Options {
    .init(
      method: method, maxBlocs: maxBlocs, seed: seed, restarts: restarts, exactLimit: exactLimit,
      nodeBudget: nodeBudget, timeLimit: timeLimit)
  }

  /// The blocs of `projection`, or the error on stderr and exit status 1.
  func clusters(of projection: SignedProjection) throws -> AllianceClusters {
    do {
      return try Progress.run(
        "finding blocs among \(projection.graph.actorCount) actors",
        size: projection.graph.statementCount
      ) {
        try AllianceClusters(of: projection, options: options)
      }
    } catch {
      Terminal.printError(Terminal.describe(error))
      throw ExitCode(1)
    }
  }
}
