/// The assignment problem: pair rows with columns so that the summed cost is least.
///
/// The Hungarian algorithm (Kuhn 1955, doi:10.1002/nav.3800020109; Munkres 1957,
/// doi:10.1137/0105003) in its O(*n*² *m*) shortest-augmenting-path form with row and column
/// potentials: each row is added in turn and the cheapest alternating path to a free column is
/// found Dijkstra-style on the reduced costs. A rectangular matrix is solved as given: with
/// more columns than rows every row is paired; with more rows, the matrix is transposed.
public enum Assignment {
  /// For each row, the column paired with it (nil for the rows left over when there are
  /// more rows than columns), minimising the summed cost.
  ///
  /// - Precondition: every row has the same number of columns and every cost is finite.
  /// - Complexity: O(*n*² *m*) for *n* = min(rows, columns), *m* = max.
  public static func minimumCost(_ cost: [[Double]]) -> [Int?] {
    let rows = cost.count
    guard rows > 0, let columns = cost.first?.count, columns > 0 else {
      return Array(repeating: nil, count: rows)
    }
    precondition(cost.allSatisfy { $0.count == columns }, "a cost matrix is rectangular")
    if rows > columns {
      let transposed = (0..<columns).map { column in (0..<rows).map { cost[$0][column] } }
      let columnToRow = minimumCost(transposed)
      var result = [Int?](repeating: nil, count: rows)
      for (column, row) in columnToRow.enumerated() {
        if let row { result[row] = column }
      }
      return result
    }
    // 1-based arrays as in the classical statement; index 0 is the virtual start column.
    let n = rows
    let m = columns
    var u = [Double](repeating: 0, count: n + 1)
    var v = [Double](repeating: 0, count: m + 1)
    var rowOf = [Int](repeating: 0, count: m + 1)
    var way = [Int](repeating: 0, count: m + 1)
    for row in 1...n {
      rowOf[0] = row
      var column0 = 0
      var minimum = [Double](repeating: .infinity, count: m + 1)
      var used = [Bool](repeating: false, count: m + 1)
      repeat {
        used[column0] = true
        let row0 = rowOf[column0]
        var delta = Double.infinity
        var column1 = 0
        for column in 1...m where !used[column] {
          let reduced = cost[row0 - 1][column - 1] - u[row0] - v[column]
          if reduced < minimum[column] {
            minimum[column] = reduced
            way[column] = column0
          }
          if minimum[column] < delta {
            delta = minimum[column]
            column1 = column
          }
        }
        for column in 0...m {
          if used[column] {
            u[rowOf[column]] += delta
            v[column] -= delta
          } else {
            minimum[column] -= delta
          }
        }
        column0 = column1
      } while rowOf[column0] != 0
      repeat {
        let column1 = way[column0]
        rowOf[column0] = rowOf[column1]
        column0 = column1
      } while column0 != 0
    }
    var result = [Int?](repeating: nil, count: n)
    for column in 1...m where rowOf[column] != 0 {
      result[rowOf[column] - 1] = column - 1
    }
    return result
  }
}
