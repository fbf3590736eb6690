import StanceGraph

/// The period an output was computed on (`--since`, `--until`, `--undated`), recorded in every
/// JSON output that has provenance.
package struct PeriodRecord: Hashable, Sendable, Codable {
  package var since: String?
  package var until: String?
  /// `include` or `exclude`: what happened to statements without a date.
  package var undated: String
  /// Statements in the file, and those the period kept.
  package var statementsRead: Int
  package var statementsKept: Int

  package init(
    since: PartialDate?, until: PartialDate?, undated: UndatedStatements, statementsRead: Int,
    statementsKept: Int
  ) {
    self.since = since?.description
    self.until = until?.description
    self.undated = undated.rawValue
    self.statementsRead = statementsRead
    self.statementsKept = statementsKept
  }
}

/// One window of a windowed output: `{"start": "2020-01-01", "end": "2020-12-31", ...}`.
package struct WindowRecord: Hashable, Sendable, Codable {
  package var index: Int
  package var start: String
  package var end: String
  package var statements: Int
  package var empty: Bool

  package init(_ window: TimeWindow, statements: Int) {
    index = window.index
    start = window.start.description
    end = window.end.description
    self.statements = statements
    empty = statements == 0
  }
}

/// ``Polarisation`` as JSON.
package struct PolarisationRecord: Hashable, Sendable, Codable {
  /// Share of |weight| that agrees with the two camps (1 − frustrated / total).
  package var polarisation: Double
  /// Share of hostile |weight| that runs between the two camps.
  package var hostileAcrossShare: Double
  package var totalWeight: Double
  /// Whether the camps are proven optimal (else `polarisation` is a lower bound).
  package var exact: Bool

  package init(_ value: Polarisation) {
    polarisation = JSONNumber.clean(value.polarisation)
    hostileAcrossShare = JSONNumber.clean(value.hostileAcrossShare)
    totalWeight = JSONNumber.clean(value.totalWeight)
    exact = value.isExact
  }
}

/// A bloc of one window with its identity across windows.
package struct TrackedBlocRecord: Hashable, Sendable, Codable {
  package var identity: Int
  package var members: [String]
  package init(identity: Int, members: [String]) {
    self.identity = identity
    self.members = members
  }
}

/// A ``BlocTracking/Event`` as JSON: `kind` is `appeared`, `dissolved`, `split`, `merged` or
/// `moved`; actors by id; statements by their 1-based number in the file.
package struct BlocEventRecord: Hashable, Sendable, Codable {
  package var kind: String
  package var window: Int
  package var previousWindow: Int?
  package var bloc: Int?
  package var blocs: [Int]?
  package var into: [Int]?
  package var members: [String]?
  package var actor: String?
  package var from: Int?
  package var to: Int?
  package var statements: [Int]?

  /// The record of `event`, naming actors of `graph` and numbering statements with
  /// `statementNumber` (the 1-based number in the file of an input statement).
  package init(
    _ event: BlocTracking.WindowEvent, in graph: ClaimGraph,
    statementNumber: (StatementID) -> Int = { $0.index + 1 }
  ) {
    self.init(event, naming: { graph[$0].id }, statementNumber: statementNumber)
  }

  /// The record of `event`, naming actors with `name`.
  package init(
    _ event: BlocTracking.WindowEvent, naming name: (ActorID) -> String,
    statementNumber: (StatementID) -> Int = { $0.index + 1 }
  ) {
    window = event.window
    previousWindow = event.previousWindow
    switch event.event {
    case .appeared(let bloc, let members):
      kind = "appeared"
      self.bloc = bloc
      self.members = members.map(name)
    case .dissolved(let bloc, let members):
      kind = "dissolved"
      self.bloc = bloc
      self.members = members.map(name)
    case .split(let bloc, let into):
      kind = "split"
      self.bloc = bloc
      self.into = into
    case .merged(let blocs, let into):
      kind = "merged"
      self.blocs = blocs
      self.into = [into]
    case .moved(let actor, let from, let to, let statements):
      kind = "moved"
      self.actor = name(actor)
      self.from = from
      self.to = to
      self.statements = statements.map(statementNumber)
    }
  }
}

/// What `stancegraph stances --window ... --json` prints per window (one JSON line each).
package struct StancesWindowReport: Hashable, Sendable, Codable {
  package var window: WindowRecord
  package var period: PeriodRecord?
  package var stances: [StanceRecord]
  package init(window: WindowRecord, period: PeriodRecord?, stances: [StanceRecord]) {
    self.window = window
    self.period = period
    self.stances = stances
  }
}

extension ClustersReport {
  /// Renumbers the statements cited (`frustrated[].statements[].id`, 1-based) with `map`, for
  /// reports computed on a graph cut from the file (a period, a window).
  package mutating func renumberStatements(_ map: (Int) -> Int) {
    for index in frustrated.indices {
      for statement in frustrated[index].statements.indices {
        frustrated[index].statements[statement].id = map(frustrated[index].statements[statement].id)
      }
    }
  }
}

extension PositionsReport {
  /// Renumbers the statements cited (1-based) with `map`.
  package mutating func renumberStatements(_ map: (Int) -> Int) {
    for index in claims.indices { claims[index].statements = claims[index].statements.map(map) }
  }
}
