import LinearAlgebra
import Theory

extension ADHLW19 {
  /// The initialization of Eq. 1: w_r(0) ~ N(0, κ²I) and a_r uniform on {−1, +1}, all
  /// independent. Draws 2md normals' worth (W, row by row) and then m signs.
  public static func initialization<G: RandomNumberGenerator>(
    width m: Int, dimension d: Int, kappa: Double, using rng: inout G
  ) throws -> TwoLayerNetwork {
    try InvalidParameter.require(m >= 1, "m", m, "must be ≥ 1")
    try InvalidParameter.require(d >= 1, "d", d, "must be ≥ 1")
    try InvalidParameter.require(kappa > 0 && kappa <= 1, "κ", kappa, "must lie in (0, 1] (Eq. 1)")
    let w = try Matrix(rows: m, columns: d, elements: rng.nextNormalVector(count: m * d, standardDeviation: kappa))
    let a = (0..<m).map { _ in rng.nextSign() }
    return try TwoLayerNetwork(weights: w, outputWeights: a)
  }
}
