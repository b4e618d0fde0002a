import Foundation
import LinearAlgebra
import Theory

extension ADHLW19 {
  /// y_i = α(βᵀx_i)^p (Thm 6.1's targets) for the rows x_i of `x`.
  public static func polynomialLabels(_ x: Matrix, alpha: Double, beta: [Double], degree p: Int) throws -> [Double] {
    try InvalidParameter.require(beta.count == x.columns, "β", beta.count, "must have d = \(x.columns) entries")
    try InvalidParameter.require(p >= 1, "p", p, "must be ≥ 1")
    var t = [Double](repeating: 0, count: x.rows)
    try BLAS.gemv(.none, alpha: 1, x, beta, beta: 0, &t)
    return t.map { alpha * pow($0, Double(p)) }
  }

  /// y = Σ_j α_j (β_jᵀx)^{p_j} (Cor 6.2's g).
  public static func sumLabels(_ x: Matrix, terms: [(alpha: Double, beta: [Double], degree: Int)]) throws -> [Double] {
    var y = [Double](repeating: 0, count: x.rows)
    for term in terms {
      let part = try polynomialLabels(x, alpha: term.alpha, beta: term.beta, degree: term.degree)
      for i in 0..<y.count { y[i] += part[i] }
    }
    return y
  }

  /// Fully random labels: i.i.d. uniform ±1 (one draw each).
  public static func randomLabels<G: RandomNumberGenerator>(count n: Int, using rng: inout G) -> [Double] {
    (0..<n).map { _ in rng.nextSign() }
  }

  /// Partly random labels, the reading of App. A's "fraction of randomized labels" as an i.i.d.
  /// corruption of the distribution (so Thm 5.1 applies): each label is replaced by a uniform
  /// ±1 with probability ρ (two draws per label).
  public static func randomizedLabels<G: RandomNumberGenerator>(_ y: [Double], fraction rho: Double, using rng: inout G) throws -> [Double] {
    try InvalidParameter.require(rho >= 0 && rho <= 1, "ρ", rho, "must lie in [0, 1]")
    return y.map { label in
      let replace = rng.nextBernoulli(rho)
      let s = rng.nextSign()
      return replace ? s : label
    }
  }

  /// Partly random labels, the "fraction ρ flipped" reading: exactly round(ρn) labels, chosen
  /// uniformly, change sign.
  public static func flippedLabels<G: RandomNumberGenerator>(_ y: [Double], fraction rho: Double, using rng: inout G) throws -> [Double] {
    try InvalidParameter.require(rho >= 0 && rho <= 1, "ρ", rho, "must lie in [0, 1]")
    let count = Int((rho * Double(y.count)).rounded())
    var out = y
    for i in rng.nextPermutation(count: y.count).prefix(count) { out[i] = -out[i] }
    return out
  }

  /// A unit vector β uniform on the sphere, scaled to `norm`.
  public static func direction<G: RandomNumberGenerator>(dimension d: Int, norm: Double = 1, using rng: inout G) -> [Double] {
    rng.nextPointOnSphere(dimension: d).map { $0 * norm }
  }
}
