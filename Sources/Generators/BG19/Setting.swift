import Theory

extension BG19.Setting {
  /// W_0: 4k i.i.d. N(0, σ_g²) entries (BG19 §3.1, §6.1).
  public func initialWeights<G: RandomNumberGenerator>(using rng: inout G) throws -> BG19.Weights {
    try BG19.gaussianWeights(k: k, standardDeviation: sigma, using: &rng)
  }
}
