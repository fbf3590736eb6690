extension SignedGraph {
  /// A triangle given by the indices in ``ties`` of its three ties.
  struct Triangle: Hashable, Sendable {
    var ties: (Int32, Int32, Int32)
    static func == (a: Triangle, b: Triangle) -> Bool { a.ties == b.ties }
    func hash(into hasher: inout Hasher) {
      hasher.combine(ties.0)
      hasher.combine(ties.1)
      hasher.combine(ties.2)
    }
  }

  /// Every triangle once, as tie indices, up to `limit` of them: nodes are ranked by degree
  /// and each triangle is found from its lowest-ranked node (Chiba and Nishizeki 1985,
  /// doi:10.1137/0214017).
  ///
  /// - Complexity: O(*t* √*t*) for *t* ties.
  func triangles(limit: Int = .max) -> [Triangle] {
    let rank = (0..<nodeCount).sorted {
      degree(of: $0) != degree(of: $1) ? degree(of: $0) < degree(of: $1) : $0 < $1
    }
    var position = [Int](repeating: 0, count: nodeCount)
    for (index, node) in rank.enumerated() { position[node] = index }
    var forward = [[(node: Int, tie: Int32)]](repeating: [], count: nodeCount)
    for (index, tie) in ties.enumerated() {
      let (low, high) =
        position[tie.first] < position[tie.second]
        ? (tie.first, tie.second) : (tie.second, tie.first)
      forward[low].append((high, Int32(index)))
    }
    var mark = [Int](repeating: -1, count: nodeCount)
    var markTie = [Int32](repeating: 0, count: nodeCount)
    var result: [Triangle] = []
    for u in 0..<nodeCount {
      for (v, tie) in forward[u] {
        mark[v] = u
        markTie[v] = tie
      }
      for (v, uv) in forward[u] {
        for (w, vw) in forward[v] where mark[w] == u {
          result.append(Triangle(ties: (uv, vw, markTie[w])))
          if result.count >= limit { return result }
        }
      }
    }
    return result
  }
}
