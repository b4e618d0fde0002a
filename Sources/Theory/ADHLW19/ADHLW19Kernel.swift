import Foundation
import LinearAlgebra

extension ADHLW19 {
  /// How far from 1 an input's norm may be (the paper's inputs are unit vectors, §3.1).
  public static let unitNormTolerance = 1e-10

  /// Throws unless every row of `x` is finite with ‖x_i‖₂ = 1 within ``unitNormTolerance``
  /// (ADHLW19 §3.1: "‖x_i‖₂ = 1").
  public static func requireUnitRows(_ x: Matrix) throws {
    try InvalidParameter.require(x.rows >= 1 && x.columns >= 1, "X", "\(x.rows)×\(x.columns)", "needs at least one input of dimension ≥ 1")
    for i in 0..<x.rows {
      var s = 0.0
      for j in 0..<x.columns {
        let v = x.elements[i * x.columns + j]
        try InvalidParameter.requireFinite(v, "x_\(i)")
        s += v * v
      }
      try InvalidParameter.require(
        abs(s.squareRoot() - 1) <= unitNormTolerance, "‖x_\(i)‖", s.squareRoot(), "inputs must have unit norm (§3.1)")
    }
  }

  /// The angle θ ∈ [0, π] between unit rows i and j of `x`, computed stably as
  /// θ = 2·atan2(‖x_i − x_j‖, ‖x_i + x_j‖) (Kahan): accurate to a few ulps even for nearly
  /// parallel or antiparallel inputs, where arccos of a rounded inner product is not
  /// (arccos is not Lipschitz at ±1).
  public static func angle(_ x: Matrix, _ i: Int, _ j: Int) -> Double {
    let d = x.columns
    var minus = 0.0, plus = 0.0
    for c in 0..<d {
      let a = x.elements[i * d + c], b = x.elements[j * d + c]
      minus += (a - b) * (a - b)
      plus += (a + b) * (a + b)
    }
    return 2 * atan2(minus.squareRoot(), plus.squareRoot())
  }

  /// The angle between two unit vectors (same formula as ``angle(_:_:_:)``).
  public static func angle(_ u: [Double], _ v: [Double]) -> Double {
    var minus = 0.0, plus = 0.0
    for c in 0..<min(u.count, v.count) {
      minus += (u[c] - v[c]) * (u[c] - v[c])
      plus += (u[c] + v[c]) * (u[c] + v[c])
    }
    return 2 * atan2(minus.squareRoot(), plus.squareRoot())
  }

  /// H^∞_ij from the angle θ between x_i and x_j (Eq. 3): cos θ·(π − θ)/(2π).
  ///
  /// π − θ is evaluated with π's low part (π = `Double.pi` + 1.2246e-16), so the entry keeps its
  /// relative accuracy for θ near π.
  @inlinable
  public static func kernelEntry(angle theta: Double) -> Double {
    cos(theta) * ((Double.pi - theta) + piLow) / (2 * Double.pi)
  }

  /// π − `Double.pi` (the low part of π in double-double).
  public static let piLow = 1.2246467991473532e-16

  /// H^∞_ij from a = ‖x_i − x_j‖ and b = ‖x_i + x_j‖ (unit inputs): θ = 2·atan2(a, b) when
  /// a ≤ b, else the supplement φ = π − θ = 2·atan2(b, a) and H^∞_ij = −cos φ·φ/(2π), so both
  /// nearly parallel and nearly antiparallel pairs keep full relative accuracy.
  @inlinable
  public static func kernelEntry(differenceNorm a: Double, sumNorm b: Double) -> Double {
    if a <= b { return kernelEntry(angle: 2 * atan2(a, b)) }
    let phi = 2 * atan2(b, a)
    return -cos(phi) * phi / (2 * Double.pi)
  }

  /// (‖x_i − x_j‖, ‖x_i + x_j‖) for rows i and j of `x`.
  public static func differenceAndSumNorms(_ x: Matrix, _ i: Int, _ j: Int) -> (Double, Double) {
    let d = x.columns
    var minus = 0.0, plus = 0.0
    for c in 0..<d {
      let a = x.elements[i * d + c], b = x.elements[j * d + c]
      minus += (a - b) * (a - b)
      plus += (a + b) * (a + b)
    }
    return (minus.squareRoot(), plus.squareRoot())
  }

  /// H^∞_ij from t = x_iᵀx_j (Eq. 3): t(π − arccos t)/(2π), evaluated as
  /// t/4 + t·arcsin(t)/(2π) (the same function; π − arccos t = π/2 + arcsin t). Accurate for
  /// |t| bounded away from 1; near ±1 use ``kernelEntry(angle:)``.
  @inlinable
  public static func kernelEntry(innerProduct t: Double) -> Double {
    let c = min(1, max(-1, t))
    return c / 4 + c * asin(c) / (2 * Double.pi)
  }

  /// Inner products with |t| above this use the stable angle (``angle(_:_:_:)``).
  public static let stableAngleThreshold = 0.9

  /// The Gram matrix H^∞ of Eq. 3 for the unit rows of `x`:
  /// H^∞_ij = E_{w~N(0,I)}[x_iᵀx_j 1{wᵀx_i ≥ 0, wᵀx_j ≥ 0}] = x_iᵀx_j (π − arccos(x_iᵀx_j))/(2π).
  ///
  /// The diagonal is exactly 1/2. Off-diagonal entries with |x_iᵀx_j| ≤ 0.9 come from the rounded
  /// inner product (arcsin form, condition ≤ 2.3); the others from the stable angle, so nearly
  /// parallel inputs (angles down to 1e-10 and below) get entries accurate to a few ulps.
  public static func gramInfinity(_ x: Matrix) throws -> Matrix {
    try requireUnitRows(x)
    let n = x.rows
    var k = Matrix(rows: n, columns: n)
    try BLAS.syrk(.none, alpha: 1, x, beta: 0, &k)
    var h = Matrix(rows: n, columns: n)
    for i in 0..<n {
      h.elements[i * n + i] = 0.5
      for j in (i + 1)..<max(i + 1, n) {
        let t = k.elements[i * n + j]
        let v = abs(t) <= stableAngleThreshold ? kernelEntry(innerProduct: t) : { let (a, b) = differenceAndSumNorms(x, i, j); return kernelEntry(differenceNorm: a, sumNorm: b) }()
        h.elements[i * n + j] = v
        h.elements[j * n + i] = v
      }
    }
    return h
  }

  /// K = XᵀX in the paper's notation (our X·Xᵀ, the inputs being rows), with the diagonal set
  /// to its exact value 1 (§3.1 inputs are unit vectors).
  public static func innerProducts(_ x: Matrix) throws -> Matrix {
    try requireUnitRows(x)
    var k = Matrix(rows: x.rows, columns: x.rows)
    try BLAS.syrk(.none, alpha: 1, x, beta: 0, &k)
    for i in 0..<x.rows { k.elements[i * x.rows + i] = 1 }
    return k
  }

  /// The identity used in the proofs (statements file, "The kernel"):
  /// H^∞ = K/4 + K∘arcsin(K)/(2π), evaluated entrywise from K (∘ is the entrywise product).
  public static func gramFromArcsin(_ k: Matrix) throws -> Matrix {
    try InvalidParameter.require(k.isSquare, "K", "\(k.rows)×\(k.columns)", "must be square")
    var h = k
    for idx in h.elements.indices {
      let t = min(1, max(-1, k.elements[idx]))
      h.elements[idx] = t / 4 + t * asin(t) / (2 * Double.pi)
    }
    return h
  }

  /// The entrywise power K^{∘p} (Thm 6.1's proof).
  public static func hadamardPower(_ k: Matrix, _ p: Int) throws -> Matrix {
    try InvalidParameter.require(p >= 1, "p", p, "must be ≥ 1")
    var out = k
    for idx in out.elements.indices { out.elements[idx] = pow(k.elements[idx], Double(p)) }
    return out
  }

  /// The finite-width Gram matrix (statements file, "Finite width"):
  /// H(W)_ij = (x_iᵀx_j/m) Σ_r 1{w_rᵀx_i ≥ 0} 1{w_rᵀx_j ≥ 0}, for the rows w_r of `weights`
  /// (m × d). H(0) is this at the initialization. The diagonal uses x_iᵀx_i = 1.
  public static func gramAtWidth(_ x: Matrix, weights: Matrix) throws -> Matrix {
    try requireUnitRows(x)
    try InvalidParameter.require(weights.columns == x.columns, "W", "\(weights.rows)×\(weights.columns)", "must have d = \(x.columns) columns")
    try InvalidParameter.require(weights.rows >= 1, "m", weights.rows, "must be ≥ 1")
    let n = x.rows, m = weights.rows
    var z = Matrix(rows: n, columns: m)
    try BLAS.gemm(.none, .transposed, alpha: 1, x, weights, beta: 0, &z)
    for idx in z.elements.indices { z.elements[idx] = z.elements[idx] >= 0 ? 1 : 0 }
    var counts = Matrix(rows: n, columns: n)
    try BLAS.syrk(.none, alpha: 1, z, beta: 0, &counts)
    let k = try innerProducts(x)
    var h = counts
    for idx in h.elements.indices { h.elements[idx] = k.elements[idx] * counts.elements[idx] / Double(m) }
    return h
  }

  /// λ₀ = λ_min(H^∞) for two unit inputs at angle θ ∈ [0, π], in closed form:
  /// H^∞ = [[1/2, h], [h, 1/2]] with h = cos θ(π − θ)/(2π), so λ₀ = 1/2 − |h|; for θ ≤ π/2 this is
  /// sin²(θ/2) + θ cos θ/(2π) (no cancellation; ≈ θ/(2π) as θ → 0), for θ > π/2 it is
  /// 1/2 + cos θ(π − θ)/(2π).
  public static func pairLambdaZero(angle theta: Double) throws -> Double {
    try InvalidParameter.require(theta >= 0 && theta <= Double.pi, "θ", theta, "must lie in [0, π]")
    if theta <= Double.pi / 2 {
      let s = sin(theta / 2)
      return s * s + theta * cos(theta) / (2 * Double.pi)
    }
    return 0.5 + cos(theta) * ((Double.pi - theta) + piLow) / (2 * Double.pi)
  }
}
