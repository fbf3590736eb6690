/// What cgraph read from DOT text.
public struct ParsedGraph: Sendable {
  public struct Node: Hashable, Sendable {
    /// The node's id as cgraph stores it.
    public var name: String
    /// The `label` attribute as cgraph stores it (escape sequences such as `\n` still written).
    public var label: String?
    public var tooltip: String?
  }
  public var nodes: [Node]
  public var edgeCount: Int
  /// Names of the subgraphs at the top level (clusters are `cluster_…`).
  public var subgraphs: [String]
  public var warnings: [String]
}
