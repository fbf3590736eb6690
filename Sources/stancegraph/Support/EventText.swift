import StanceAnalysis
import StanceGraph

/// One line for a bloc event: `moved: a3 from bloc 2 to bloc 1 (statements 12, 40, 41)`.
enum EventText {
  /// The statements named after a move, at most this many.
  static let statementLimit = 10

  static func describe(
    _ event: BlocTracking.Event, in graph: ClaimGraph, statementNumber: (StatementID) -> Int
  ) -> String {
    func members(_ list: [ActorID]) -> String {
      list.map { graph[$0].name }.joined(separator: ", ")
    }
    switch event {
    case .appeared(let bloc, let list): return "appeared: bloc \(bloc) (\(members(list)))"
    case .dissolved(let bloc, let list): return "dissolved: bloc \(bloc) (\(members(list)))"
    case .split(let bloc, let into):
      return "split: bloc \(bloc) split off " + into.map { "bloc \($0)" }.joined(separator: ", ")
    case .merged(let blocs, let into):
      return "merged: " + blocs.map { "bloc \($0)" }.joined(separator: " and ")
        + " into bloc \(into)"
    case .moved(let actor, let from, let to, let statements):
      let shown = statements.prefix(statementLimit).map { String(statementNumber($0)) }
      let more = statements.count > statementLimit ? ", … \(statements.count) in all" : ""
      return
        "moved: \(graph[actor].name) from bloc \(from) to bloc \(to)"
        + (statements.isEmpty ? "" : " (statements \(shown.joined(separator: ", "))\(more))")
    }
  }
}
