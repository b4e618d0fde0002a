import LinearAlgebra

extension ADHLW19 {
  /// An orthonormal basis Q (d × r) of the span of the training inputs and their coordinates
  /// X̃ = X·Q (n × r), for training in r ≤ n dimensions when the inputs live in ℝ^d with d > n
  /// (MNIST: d = 784, App. A).
  ///
  /// Why it is exact (§3.1): GD sees the inputs only through the pre-activations w_rᵀx_i, and
  /// every update of w_r is a combination of the x_i (the GD step of §3.1). With X = X̃Qᵀ, the
  /// iteration on W̃ = W·Q with inputs X̃ has the same pre-activations, outputs u(k), residuals
  /// and per-neuron movements ‖w_r(k) − w_r(0)‖ = ‖w̃_r(k) − w̃_r(0)‖, and
  /// W(k) = W(0) + (W̃(k) − W̃(0))Qᵀ. Only rounding differs (tested against the full-space run).
  public struct InputSpan: Sendable {
    /// Q: d × r, orthonormal columns spanning the rows of X.
    public let basis: Matrix
    /// X̃ = X·Q: n × r.
    public let coordinates: Matrix
    /// r, the dimension of the span (≤ min(n, d)).
    public var rank: Int { basis.columns }

    /// Modified Gram–Schmidt over the rows of `inputs`, each orthogonalized twice ("twice is
    /// enough"); a row whose remainder is below 1e-10 of its norm adds no direction.
    public init(_ inputs: Matrix) throws {
      let n = inputs.rows, d = inputs.columns
      try InvalidParameter.require(n >= 1 && d >= 1, "X", "\(n)×\(d)", "must be non-empty")
      try InvalidParameter.require(inputs.elements.allSatisfy(\.isFinite), "X", "…", "inputs must be finite")
      var directions: [[Double]] = []
      for i in 0..<n {
        var v = inputs.row(i)
        let size = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard size > 0 else { continue }
        for _ in 0..<2 {
          for b in directions {
            var p = 0.0
            for j in 0..<d { p += v[j] * b[j] }
            for j in 0..<d { v[j] -= p * b[j] }
          }
        }
        let rest = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if rest > 1e-10 * size { directions.append(v.map { $0 / rest }) }
      }
      try InvalidParameter.require(!directions.isEmpty, "X", "…", "all inputs are zero")
      let r = directions.count
      var q = Matrix(rows: d, columns: r)
      for (c, b) in directions.enumerated() { for j in 0..<d { q[j, c] = b[j] } }
      var x = Matrix(rows: n, columns: r)
      try BLAS.gemm(.none, .none, alpha: 1, inputs, q, beta: 0, &x)
      basis = q
      coordinates = x
    }
  }

  /// ``train(_:inputs:labels:stepSize:iterations:keepResiduals:)`` carried out in the span of
  /// the inputs (``InputSpan``): the same run (same W(0), same iterates up to rounding) at
  /// O(n·r·m) instead of O(n·d·m) per step. The record's network is W(K) in ℝ^d, so it
  /// evaluates inputs outside the span (a test set) exactly. Falls back to the full-space run
  /// when the span is all of ℝ^d.
  public static func trainInInputSpan(
    _ network: TwoLayerNetwork, inputs: Matrix, labels: [Double], stepSize: Double, iterations: Int,
    keepResiduals: Set<Int> = []
  ) throws -> TrainingRecord {
    try InvalidParameter.require(inputs.columns == network.inputDimension, "X", inputs.columns, "must have d = \(network.inputDimension) columns")
    let span = try InputSpan(inputs)
    guard span.rank < inputs.columns else {
      return try train(network, inputs: inputs, labels: labels, stepSize: stepSize, iterations: iterations, keepResiduals: keepResiduals)
    }
    var w0 = Matrix(rows: network.width, columns: span.rank)
    try BLAS.gemm(.none, .none, alpha: 1, network.weights, span.basis, beta: 0, &w0)
    let reduced = try TwoLayerNetwork(weights: w0, outputWeights: network.outputWeights)
    var record = try train(
      reduced, inputs: span.coordinates, labels: labels, stepSize: stepSize, iterations: iterations,
      keepResiduals: keepResiduals)
    // W(K) = W(0) + (W̃(K) − W̃(0))Qᵀ.
    var delta = record.network.weights
    for i in delta.elements.indices { delta.elements[i] -= w0.elements[i] }
    var full = network.weights
    try BLAS.gemm(.none, .transposed, alpha: 1, delta, span.basis, beta: 1, &full)
    record.network = try TwoLayerNetwork(weights: full, outputWeights: network.outputWeights)
    return record
  }
}
