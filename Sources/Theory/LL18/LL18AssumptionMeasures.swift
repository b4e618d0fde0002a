import LinearAlgebra

extension LL18 {
  /// What a sample says about (A1) and (A2) of §3: the smallest distance between two points
  /// of different classes (an upper bound on the δ of (A1)), the largest distance between two
  /// points of one component (a lower bound on its support's diameter), their ratio λ̂ (to
  /// compare with 1/(8l)), and the range of ‖x‖ ((A2) asks ‖x‖ = 1).
  public struct AssumptionMeasures: Sendable, Equatable {
    public let classDistance: Double
    public let componentDiameter: Double
    public var lambda: Double { componentDiameter / classDistance }
    public let smallestNorm: Double
    public let largestNorm: Double
  }

  /// Measures a sample X (N × d) with classes and component ids (points of one component
  /// share class and component). Pairwise distances from the Gram matrix (one GEMM).
  public static func measureAssumptions(_ x: Matrix, classes: [Int], components: [Int]) throws -> AssumptionMeasures {
    let n = x.rows
    try InvalidParameter.require(classes.count == n && components.count == n, "labels", classes.count, "needs one class and component per point")
    var g = Matrix(rows: n, columns: n)
    try BLAS.gemm(.none, .transposed, alpha: 1, x, x, beta: 0, &g)
    var between = Double.infinity, within = 0.0
    var lo = Double.infinity, hi = 0.0
    for i in 0..<n {
      let ni = g.elements[i * n + i]
      lo = min(lo, ni.squareRoot())
      hi = max(hi, ni.squareRoot())
      for j in (i + 1)..<max(i + 1, n) {
        let d = max(0, ni + g.elements[j * n + j] - 2 * g.elements[i * n + j]).squareRoot()
        if classes[i] != classes[j] {
          between = min(between, d)
        } else if components[i] == components[j] {
          within = max(within, d)
        }
      }
    }
    return AssumptionMeasures(classDistance: between, componentDiameter: within, smallestNorm: lo, largestNorm: hi)
  }
}
