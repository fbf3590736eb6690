/// Violated odd-cycle inequalities of the two-camp model, for a fractional point.
///
/// A cycle with an odd number of negative ties cannot be balanced: at least one of its ties is
/// frustrated, `Σ_{e ∈ C} f_e ≥ 1`. The unbalanced triangles are the shortest such cycles; on
/// sparse networks most unbalanced cycles are longer, and without them the linear relaxation is
/// weak. They are separated exactly (Barahona and Mahjoub 1986, "On the cut polytope",
/// Mathematical Programming 36:157-173, doi:10.1007/BF02592023): in the signed double cover
/// (each actor twice, a positive tie joining like copies and a negative one crossing), a
/// shortest path from one copy of an actor to the other, with the `f_e` as lengths, is the
/// lightest unbalanced closed walk through that actor. A walk lighter than 1 gives a violated
/// inequality (a tie walked twice counts twice, which keeps it valid).
///
/// - Complexity: O(*t* log *n*) per source (Dijkstra with a binary heap).
enum OddCycleSeparation {
  /// Rows `Σ c_e f_e ≥ 1` (columns are tie indices plus `offset`) violated by `values`, from
  /// up to `sources` actors, at most `limit` rows, without duplicates.
  static func rows(
    _ graph: SignedGraph, values: [Double], offset: Int, sources: [Int], limit: Int
  ) -> [MixedIntegerProgram.Row] {
    let n = graph.nodeCount
    var distance = [Double](repeating: .infinity, count: 2 * n)
    var parentTie = [Int32](repeating: -1, count: 2 * n)
    var parentNode = [Int32](repeating: -1, count: 2 * n)
    var touched: [Int] = []
    var seen = Set<[Int32]>()
    var rows: [MixedIntegerProgram.Row] = []
    for source in sources {
      for node in touched {
        distance[node] = .infinity
        parentTie[node] = -1
      }
      touched.removeAll(keepingCapacity: true)
      let start = 2 * source
      let goal = 2 * source + 1
      distance[start] = 0
      touched.append(start)
      var heap = MinHeap()
      heap.push(0, start)
      while let (d, node) = heap.pop() {
        if d > distance[node] { continue }
        if node == goal || d >= 1 - 1e-6 { break }
        let actor = node >> 1
        let side = node & 1
        for slot in graph.offsets[actor]..<graph.offsets[actor + 1] {
          let tie = Int(graph.adjacentTies[slot])
          let other = Int(graph.adjacentNodes[slot])
          let otherSide = graph.adjacentWeights[slot] > 0 ? side : 1 - side
          let next = 2 * other + otherSide
          let length = max(0, values[tie])
          if d + length < distance[next] - 1e-12 {
            if distance[next] == .infinity { touched.append(next) }
            distance[next] = d + length
            parentTie[next] = Int32(tie)
            parentNode[next] = Int32(node)
            heap.push(d + length, next)
          }
        }
      }
      guard distance[goal] < 1 - 1e-6 else { continue }
      var multiplicity: [Int32: Double] = [:]
      var node = goal
      while node != start {
        multiplicity[parentTie[node], default: 0] += 1
        node = Int(parentNode[node])
      }
      let columns = multiplicity.keys.sorted()
      guard seen.insert(columns).inserted else { continue }
      rows.append(
        MixedIntegerProgram.Row(
          columns: columns.map { $0 + Int32(offset) },
          coefficients: columns.map { multiplicity[$0] ?? 1 }, sense: .greaterOrEqual,
          rightHandSide: 1))
      if rows.count >= limit { break }
    }
    return rows
  }

  /// A binary min-heap of (key, value) pairs.
  struct MinHeap {
    private var keys: [Double] = []
    private var values: [Int] = []

    mutating func push(_ key: Double, _ value: Int) {
      keys.append(key)
      values.append(value)
      var child = keys.count - 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard keys[child] < keys[parent] else { break }
        keys.swapAt(child, parent)
        values.swapAt(child, parent)
        child = parent
      }
    }

    mutating func pop() -> (Double, Int)? {
      guard let firstKey = keys.first, let firstValue = values.first else { return nil }
      let lastKey = keys.removeLast()
      let lastValue = values.removeLast()
      if !keys.isEmpty {
        keys[0] = lastKey
        values[0] = lastValue
        var parent = 0
        while true {
          let left = 2 * parent + 1
          let right = left + 1
          var smallest = parent
          if left < keys.count && keys[left] < keys[smallest] { smallest = left }
          if right < keys.count && keys[right] < keys[smallest] { smallest = right }
          if smallest == parent { break }
          keys.swapAt(parent, smallest)
          values.swapAt(parent, smallest)
          parent = smallest
        }
      }
      return (firstKey, firstValue)
    }
  }
}
