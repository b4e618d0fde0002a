import Foundation
import LinearAlgebra

extension ADHLW19 {
  /// The eigen-decomposition H^∞ = Σ_i λ_i v_i v_iᵀ (Thm 4.1), through the LinearAlgebra
  /// layer's symmetric eigensolver (eigenvalues ascending, so λ₀ = `values[0]`).
  public struct KernelSpectrum: Sendable {
    /// λ_1 ≤ … ≤ λ_n.
    public let values: [Double]
    /// The eigenvectors as columns (column i belongs to `values[i]`).
    public let vectors: Matrix

    public init(_ h: Matrix) throws {
      let e = try SymmetricEigen(h, computeVectors: true)
      values = e.values
      vectors = e.vectors!
    }

    /// λ₀ = λ_min(H^∞).
    public var lambdaZero: Double { values[0] }
    /// λ_max(H^∞).
    public var lambdaMax: Double { values[values.count - 1] }

    /// The projections v_iᵀy (in the order of `values`).
    public func projections(_ y: [Double]) throws -> [Double] {
      try InvalidParameter.require(y.count == values.count, "y", y.count, "must have n = \(values.count) entries")
      var p = [Double](repeating: 0, count: y.count)
      try BLAS.gemv(.transposed, alpha: 1, vectors, y, beta: 0, &p)
      return p
    }

    /// Thm 4.1's main term √(Σ_i (1 − ηλ_i)^{2k} (v_iᵀy)²) = ‖(I − ηH^∞)^k y‖₂ for k = 0…K, from
    /// the projections.
    public func predictedResiduals(projections p: [Double], stepSize eta: Double, iterations: Int) throws -> [Double] {
      try InvalidParameter.require(eta > 0 && eta.isFinite, "η", eta, "must be positive")
      try InvalidParameter.require(iterations >= 0, "K", iterations, "must be ≥ 0")
      var q = p.map { $0 * $0 }
      let factors = values.map { (1 - eta * $0) * (1 - eta * $0) }
      var out: [Double] = []
      out.reserveCapacity(iterations + 1)
      for _ in 0...iterations {
        out.append(q.reduce(0, +).squareRoot())
        for i in q.indices { q[i] *= factors[i] }
      }
      return out
    }

    /// The eigenvector of λ_min (the paper's "worst-case" labels, App. A), scaled to norm `norm`.
    public func bottomEigenvector(norm: Double) -> [Double] {
      let v = vectors.column(0)
      let s = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      // Fix the sign so that the largest-magnitude entry is positive (determinism).
      let big = v.max { abs($0) < abs($1) } ?? 1
      let sign: Double = big < 0 ? -1 : 1
      return v.map { sign * norm * $0 / s }
    }

    /// The largest residual ‖H^∞ v_i − λ_i v_i‖₂ over all pairs (for accuracy checks).
    public func maxResidual(_ h: Matrix) throws -> Double {
      let n = values.count
      var hv = Matrix(rows: n, columns: n)
      try BLAS.gemm(.none, .none, alpha: 1, h, vectors, beta: 0, &hv)
      var worst = 0.0
      for j in 0..<n {
        var s = 0.0
        for i in 0..<n {
          let r = hv[i, j] - values[j] * vectors[i, j]
          s += r * r
        }
        worst = max(worst, s.squareRoot())
      }
      return worst
    }
  }

  /// The result of solving H^∞ z = y (``quadraticForm(_:_:maxRefinements:)``).
  public struct KernelSolve: Sendable {
    /// z = (H^∞)⁻¹y.
    public let solution: [Double]
    /// yᵀ(H^∞)⁻¹y.
    public let value: Double
    /// ‖y − H^∞ z‖₂ after the last refinement.
    public let residual: Double
    /// Refinement steps taken.
    public let refinements: Int
  }

  /// yᵀ(H^∞)⁻¹y (Lemma 5.3, Thm 5.1) by a Cholesky solve with iterative refinement
  /// (z ← z + H⁻¹(y − Hz) until the residual stops decreasing); never an explicit inverse.
  /// Throws `LinearAlgebraError.notPositiveDefinite` when H is not numerically positive definite.
  public static func quadraticForm(_ h: Matrix, _ y: [Double], maxRefinements: Int = 4) throws -> KernelSolve {
    try InvalidParameter.require(h.isSquare && h.rows == y.count, "y", y.count, "must have n = \(h.rows) entries")
    try InvalidParameter.require(y.allSatisfy(\.isFinite), "y", "…", "must be finite")
    let chol = try Cholesky(h)
    var z = try chol.solve(y)
    var r = y
    func residual(_ z: [Double], _ r: inout [Double]) throws -> Double {
      r = y
      try BLAS.gemv(.none, alpha: -1, h, z, beta: 1, &r)
      return r.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
    var norm = try residual(z, &r)
    var steps = 0
    while steps < maxRefinements, norm > 0 {
      let dz = try chol.solve(r)
      let candidate = zip(z, dz).map { $0 + $1 }
      var rc = r
      let nc = try residual(candidate, &rc)
      steps += 1
      if nc >= norm { break }
      z = candidate
      r = rc
      norm = nc
    }
    let value = try BLAS.dot(y, z)
    return KernelSolve(solution: z, value: value, residual: norm, refinements: steps)
  }

  /// The data-dependent complexity of Thm 5.1: √(2 yᵀ(H^∞)⁻¹y / n).
  public static func complexity(_ h: Matrix, _ y: [Double]) throws -> Double {
    let q = try quadraticForm(h, y).value
    return (2 * q / Double(y.count)).squareRoot()
  }
}
