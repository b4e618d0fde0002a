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

extension ADHLW19 {
  /// Nested initializations for a trend over widths (and scales κ): one Eq. 1 network of width
  /// `largest` with κ = 1 is drawn, and width m at scale κ is its first m neurons with w_r
  /// multiplied by κ. Each neuron (w_r, a_r) is i.i.d., so the first m of them, scaled, are an
  /// Eq. 1 initialization of width m (w_r ~ N(0, κ²I)); the arms of a paired trend that draw
  /// this from `TrialContext.shared` start from the same neurons.
  public static func nestedInitialization<G: RandomNumberGenerator>(
    width m: Int, largest: Int, dimension d: Int, kappa: Double, using rng: inout G
  ) throws -> TwoLayerNetwork {
    try InvalidParameter.require(m >= 1 && m <= largest, "m", m, "must lie in 1…\(largest)")
    try InvalidParameter.require(kappa > 0 && kappa <= 1, "κ", kappa, "must lie in (0, 1] (Eq. 1)")
    let all = try initialization(width: largest, dimension: d, kappa: 1, using: &rng)
    let w = try Matrix(rows: m, columns: d, elements: all.weights.elements.prefix(m * d).map { kappa * $0 })
    return try TwoLayerNetwork(weights: w, outputWeights: Array(all.outputWeights.prefix(m)))
  }
}
