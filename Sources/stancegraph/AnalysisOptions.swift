import ArgumentParser
import StanceAnalysis
import StanceGraph

/// How statements become signed ties: shared by every analysis subcommand.
struct AnalysisOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "goldstein, unit, or RELATION=VALUE pairs (e.g. accuses=-1,allies-with=2).",
      discussion:
        "goldstein (the default) weighs accuses -2, denies -2, warns -4.4, allies-with +5.2 (Goldstein scale of the matching CAMEO codes); unit weighs every hostile relation -1 and allies-with +1."
    ))
  var weights: String = "goldstein"

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
    help: "The date decay counts back from (default: the latest statement date).")
  var referenceDate: String?

  func validate() throws {
    do {
      _ = try WeightingPolicy(parsing: weights)
    } catch {
      throw ValidationError(error.message)
    }
    if let halfLife, !(halfLife > 0) {
      throw ValidationError("--half-life must be a positive number of days")
    }
    if let referenceDate, PartialDate(referenceDate) == nil {
      throw ValidationError(
        "--reference-date \"\(referenceDate)\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD")
    }
    if referenceDate != nil && halfLife == nil {
      throw ValidationError("--reference-date needs --half-life")
    }
  }

  /// The weighting policy the options describe, for `graph`.
  func policy(for graph: ClaimGraph) throws -> WeightingPolicy {
    var policy = try WeightingPolicy(parsing: weights)
    if let halfLife {
      guard let reference = referenceDate.flatMap(PartialDate.init) ?? graph.dateRange?.upperBound
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

/// One-line descriptions of statements, for tables and explanations.
enum StatementText {
  /// `United States accuses North Korea: North Korea supplies … (2023-11-14; unc-seoul s6: “has accused …”)`
  static func describe(_ id: StatementID, in graph: ClaimGraph, target: ActorID? = nil) -> String {
    StatementDescription(graph, id, linkedTo: target).description
  }

  /// Resolves an actor named on the command line or exits with a did-you-mean.
  static func actor(_ name: String, in graph: ClaimGraph, option: String) throws -> ActorID {
    guard let id = graph.actorID(named: name) else {
      Terminal.printError(
        "error: \(option): no actor is named \"\(name)\"; \(graph.suggestion(forActorNamed: name) ?? Terminal.listActorsHint)"
      )
      throw ExitCode(1)
    }
    return id
  }

  static func number(_ value: Double) -> String { DecimalText.rounded(value, places: 3) }
}
