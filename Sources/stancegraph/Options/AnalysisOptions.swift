import ArgumentParser
import StanceAnalysis
import StanceGraph

/// How statements become signed ties: shared by every analysis subcommand.
struct AnalysisOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "goldstein, unit, or RELATION=VALUE pairs (e.g. accuses=-1,allies-with=2).",
      discussion:
        "goldstein (the default) weighs accuses -2, denies -2, warns -4.4, allies-with +5.2 (Goldstein scale of the matching CAMEO codes); unit weighs every hostile relation -1 and allies-with +1, and is the default for a source,target,sign edge list (the file's metadata weights)."
    ))
  var weights: String?

  @Flag(
    name: .customLong("roll-up"),
    help: "Fold people and agencies into the actors they represent first.")
  var rollUp = false

  @Option(
    name: .customLong("half-life"),
    help: "Halve a statement's weight every DAYS days before --reference-date.")
  var halfLife: Double?

  @Option(
    name: .customLong("reference-date"),
    help: ArgumentHelp(
      "The date decay counts back from (default: the latest statement date).",
      valueName: "date"),
    transform: ArgumentValue.date)
  var referenceDate: PartialDate?

  func validate() throws {
    do {
      if let weights { _ = try WeightingPolicy(parsing: weights) }
    } catch {
      throw ValidationError("--weights: \(error.message)")
    }
    if let halfLife, !(halfLife > 0) {
      throw ValidationError("--half-life must be a positive number of days")
    }
    if referenceDate != nil && halfLife == nil {
      throw ValidationError("--reference-date needs --half-life")
    }
  }

  /// The weighting policy the options describe, for `graph`.
  func policy(for graph: ClaimGraph) throws -> WeightingPolicy {
    // A file may say what its ties were made for (a signed edge list: unit); --weights wins.
    let text = weights ?? graph.metadata[ClaimGraph.weightsMetadataKey] ?? "goldstein"
    var policy: WeightingPolicy
    do {
      policy = try WeightingPolicy(parsing: text)
    } catch {
      throw ValidationError("the file's metadata weights: \(error.message)")
    }
    if let halfLife {
      guard let reference = referenceDate ?? graph.dateRange?.upperBound
      else {
        throw ValidationError("--half-life needs dated statements or --reference-date")
      }
      policy.decay = TimeDecay(halfLifeDays: halfLife, reference: reference)
    }
    return policy
  }

  func projection(of graph: ClaimGraph) throws -> SignedProjection {
    SignedProjection(graph, policy: try policy(for: graph), rollingUp: rollUp)
  }
}
