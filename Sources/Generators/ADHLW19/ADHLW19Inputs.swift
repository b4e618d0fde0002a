import LinearAlgebra
import Theory

extension ADHLW19 {
  /// How synthetic unit-norm inputs are laid out (§3.1 needs ‖x_i‖ = 1 and no two parallel).
  public enum InputLayout: Sendable, Equatable, CustomStringConvertible {
    /// Uniform on the sphere S^{d−1}.
    case isotropic
    /// `clusters` centers uniform on the sphere; each point is its center plus N(0, spread²I/d)
    /// noise, normalized.
    case clustered(clusters: Int, spread: Double)
    /// Uniform on the unit sphere of a random `rank`-dimensional subspace of ℝ^d.
    case lowDimensional(rank: Int)

    public var description: String {
      switch self {
      case .isotropic: "isotropic"
      case .clustered(let c, let s): "clustered (\(c) clusters, spread \(s))"
      case .lowDimensional(let r): "low-dimensional (rank \(r))"
      }
    }
  }

  /// n unit-norm inputs in ℝ^d (rows of an n × d matrix), drawn with `rng`.
  public static func inputs<G: RandomNumberGenerator>(
    count n: Int, dimension d: Int, layout: InputLayout, using rng: inout G
  ) throws -> Matrix {
    try InvalidParameter.require(n >= 1, "n", n, "must be ≥ 1")
    try InvalidParameter.require(d >= 1, "d", d, "must be ≥ 1")
    var rows: [[Double]] = []
    rows.reserveCapacity(n)
    switch layout {
    case .isotropic:
      for _ in 0..<n { rows.append(rng.nextPointOnSphere(dimension: d)) }
    case .clustered(let clusters, let spread):
      try InvalidParameter.require(clusters >= 1, "clusters", clusters, "must be ≥ 1")
      try InvalidParameter.require(spread > 0 && spread.isFinite, "spread", spread, "must be positive")
      let centers = (0..<clusters).map { _ in rng.nextPointOnSphere(dimension: d) }
      for i in 0..<n {
        let c = centers[i % clusters]
        let noise = rng.nextNormalVector(count: d, standardDeviation: spread / Double(d).squareRoot())
        rows.append(normalized(zip(c, noise).map { $0 + $1 }))
      }
    case .lowDimensional(let rank):
      try InvalidParameter.require(rank >= 1 && rank <= d, "rank", rank, "must lie in 1…d = \(d)")
      let basis = orthonormalRows(rank, d, using: &rng)
      for _ in 0..<n {
        let c = rng.nextPointOnSphere(dimension: rank)
        var x = [Double](repeating: 0, count: d)
        for k in 0..<rank { for j in 0..<d { x[j] += c[k] * basis[k][j] } }
        rows.append(normalized(x))
      }
    }
    return try Matrix(rows)
  }

  /// Two classes on the sphere (a synthetic stand-in for two image classes): class c = ±1 with
  /// probability 1/2 each, x = normalize(c·separation·μ + g), g ~ N(0, I/d), μ = e₁. The class
  /// is the "true" label. Rows of the returned matrix are the inputs.
  public static func twoClassInputs<G: RandomNumberGenerator>(
    count n: Int, dimension d: Int, separation: Double, using rng: inout G
  ) throws -> (inputs: Matrix, classes: [Double]) {
    try InvalidParameter.require(n >= 1 && d >= 2, "n, d", "\(n), \(d)", "need n ≥ 1, d ≥ 2")
    try InvalidParameter.require(separation >= 0 && separation.isFinite, "separation", separation, "must be ≥ 0")
    var rows: [[Double]] = []
    var classes: [Double] = []
    for _ in 0..<n {
      let c = rng.nextSign()
      var x = rng.nextNormalVector(count: d, standardDeviation: 1 / Double(d).squareRoot())
      x[0] += c * separation
      rows.append(normalized(x))
      classes.append(c)
    }
    return (try Matrix(rows), classes)
  }

  /// `count` orthonormal rows in ℝ^d (Gram–Schmidt on Gaussian vectors).
  public static func orthonormalRows<G: RandomNumberGenerator>(_ count: Int, _ d: Int, using rng: inout G) -> [[Double]] {
    var basis: [[Double]] = []
    while basis.count < count {
      var v = rng.nextNormalVector(count: d)
      for b in basis {
        let p = zip(v, b).reduce(0) { $0 + $1.0 * $1.1 }
        for j in 0..<d { v[j] -= p * b[j] }
      }
      let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
      if norm > 1e-8 { basis.append(v.map { $0 / norm }) }
    }
    return basis
  }

  /// v/‖v‖ (v ≠ 0).
  public static func normalized(_ v: [Double]) -> [Double] {
    let s = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return v.map { $0 / s }
  }
}
