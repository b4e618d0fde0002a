import Theory

extension BG19 {
  /// W_0 with i.i.d. N(0, σ_g²) entries (BG19 §3.1 "initialized as IID Gaussians with
  /// zero mean and standard deviation σ_g", §4 "Training Algorithm"): 4k normals drawn
  /// in storage order (w⁽¹⁾, …, w⁽ᵏ⁾, u⁽¹⁾, …, u⁽ᵏ⁾), 8k draws of the generator.
  /// Throws unless k ≥ 1 and σ_g is finite and > 0.
  public static func gaussianWeights<G: RandomNumberGenerator>(
    k: Int, standardDeviation sigmaG: Double, using rng: inout G
  ) throws -> Weights {
    try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
    try InvalidParameter.require(sigmaG.isFinite && sigmaG > 0, "σ_g", sigmaG,
      "must be finite and > 0")
    return try Weights(k: k, storage: rng.nextNormalVector(count: 4 * k, standardDeviation: sigmaG))
  }
}
