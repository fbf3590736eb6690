import Foundation
import StanceTestSupport
import Testing

@testable import StanceGraph

/// Paths and builders shared by the StanceGraph tests.
enum TestSupport {
  static let packageRoot = Fixtures.packageRoot
  static let seedExample = Fixtures.seedExamplePath

  static func graph(_ text: String, _ format: GraphFormat) throws -> ClaimGraph {
    try ClaimGraph(decoding: Array(text.utf8), format: format, fileName: "test.\(format.rawValue)")
  }

  /// The Korea example's actors with a few statements, built in code.
  static func smallGraph() throws -> ClaimGraph {
    var graph = ClaimGraph(metadata: ["title": "small"])
    let us = try graph.add(
      Actor(id: "US", name: "United States", kind: .state, aliases: ["U.S.", "Washington"]))
    let kp = try graph.add(
      Actor(id: "KP", name: "North Korea", kind: .state, aliases: ["Pyongyang", "DPRK"]))
    let ru = try graph.add(Actor(id: "RU", name: "Russia", kind: .state))
    let austin = try graph.add(
      Actor(id: "austin", name: "Lloyd Austin", kind: .person, represents: "US"))
    let claim = try graph.add(
      Claim(id: "nk-arms", text: "North Korea supplies military equipment to Russia"))
    try graph.add(
      Statement(
        source: us, relation: .accuses, target: kp, claim: claim, date: PartialDate("2023-11-14"),
        evidence: Evidence(document: "unc-seoul", sentence: 6, quote: "has accused North Korea")))
    try graph.add(Statement(source: kp, relation: .denies, target: us, claim: claim))
    try graph.add(Statement(source: ru, relation: .denies, target: nil, claim: claim))
    try graph.add(
      Statement(source: austin, relation: .warns, target: kp, date: PartialDate("2023-11")))
    try graph.add(
      Statement(source: ru, relation: .alliesWith, target: kp, date: PartialDate("2023-09")))
    try graph.add(
      Statement(source: austin, relation: .accuses, target: ru, weight: 0.5))
    return graph
  }
}
