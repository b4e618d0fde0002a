import LinearAlgebra

extension ADHLW19 {
  /// The network of §3.1: f_{W,a}(x) = (1/√m) Σ_{r=1..m} a_r ReLU(w_rᵀx). Only W is trained;
  /// the output weights a_r ∈ {−1, +1} stay fixed.
  public struct TwoLayerNetwork: Sendable, Equatable {
    /// W (m × d): row r is w_r.
    public var weights: Matrix
    /// a (m entries, each ±1).
    public let outputWeights: [Double]

    /// Throws when the sizes disagree, an entry is not finite, or some a_r is not ±1.
    public init(weights: Matrix, outputWeights: [Double]) throws {
      try InvalidParameter.require(weights.rows >= 1, "m", weights.rows, "must be ≥ 1")
      try InvalidParameter.require(outputWeights.count == weights.rows, "a", outputWeights.count, "must have m = \(weights.rows) entries")
      try InvalidParameter.require(outputWeights.allSatisfy { $0 == 1 || $0 == -1 }, "a", "…", "entries must be ±1 (§3.1)")
      try InvalidParameter.require(weights.elements.allSatisfy(\.isFinite), "W", "…", "entries must be finite")
      self.weights = weights
      self.outputWeights = outputWeights
    }

    /// m, the number of hidden units.
    public var width: Int { weights.rows }
    /// d, the input dimension.
    public var inputDimension: Int { weights.columns }

    /// u = (f(x_1), …, f(x_n)) for the rows of `x` (one GEMM for the pre-activations X·Wᵀ).
    public func outputs(_ x: Matrix) throws -> [Double] {
      try InvalidParameter.require(x.columns == inputDimension, "X", "\(x.rows)×\(x.columns)", "must have d = \(inputDimension) columns")
      var z = Matrix(rows: x.rows, columns: width)
      try BLAS.gemm(.none, .transposed, alpha: 1, x, weights, beta: 0, &z)
      return ADHLW19.outputs(preactivations: z, outputWeights: outputWeights)
    }
  }

  /// u_i = (1/√m) Σ_r a_r max(Z_ir, 0) for pre-activations Z = X·Wᵀ (n × m).
  static func outputs(preactivations z: Matrix, outputWeights a: [Double], threads: Int = 1) -> [Double] {
    var u = [Double](repeating: 0, count: z.rows)
    writeOutputs(preactivations: z, outputWeights: a, into: &u, threads: threads)
    return u
  }

  /// Writes u_i = (1/√m) Σ_r a_r max(Z_ir, 0) into `u` (``LayerKernels/outputs``).
  static func writeOutputs(preactivations z: Matrix, outputWeights a: [Double], into u: inout [Double], threads: Int = 1) {
    let n = z.rows, m = z.columns
    z.elements.withUnsafeBufferPointer { zp in
      a.withUnsafeBufferPointer { ap in
        u.withUnsafeMutableBufferPointer { up in
          LayerKernels.outputs(zp.baseAddress!, rows: n, columns: m, outputWeights: ap.baseAddress!, into: up.baseAddress!, threads: threads)
        }
      }
    }
  }

  /// Φ(W) = ½ Σ_i (y_i − u_i)² (Eq. 2; a sum over the n points, not a mean).
  public static func loss(outputs u: [Double], labels y: [Double]) throws -> Double {
    try InvalidParameter.require(u.count == y.count, "u", u.count, "must have n = \(y.count) entries")
    var s = 0.0
    for i in 0..<u.count { s += (y[i] - u[i]) * (y[i] - u[i]) }
    return s / 2
  }
}
