import Theory

extension BGMS18 {
  /// Theorem 7 (Sec. 6.2, Sec. 9.2.2): for inputs in general position and any targets
  /// (labels y ∈ {±1}ⁿ), a first layer W̃ with N_W̃(x_i) = t_i, by
  /// `interpolatingWeights` with directions drawn uniformly on the sphere. Retries with
  /// fresh directions (at most `attempts` times) when a draw is unusable; rethrows the
  /// last error otherwise.
  public static func theorem7Construction<G: RandomNumberGenerator>(
    inputs X: [[Double]], targets t: [Double], network: Network, tolerance: Double = 1e-9,
    attempts: Int = 8, using rng: inout G
  ) throws -> Weights {
    try InvalidParameter.require(attempts >= 1, "attempts", attempts, "must be ≥ 1")
    var lastError: Error = InvalidParameter("attempts", attempts, "no attempt was made")
    for _ in 0..<attempts {
      let directions = (0..<network.k).map { _ in rng.nextPointOnSphere(dimension: network.d) }
      do {
        return try interpolatingWeights(
          inputs: X, targets: t, directions: directions, network: network, tolerance: tolerance)
      } catch {
        lastError = error
      }
    }
    throw lastError
  }

  /// A direction of Lemma 11 (Sec. 9.3.1): first −(mean of the inputs), then up to
  /// `attempts` uniformly random directions, each passed through `lemma11Direction`.
  /// Returns nil if none works (e.g. S = {(x, 1), (−x, −1)}, where none exists).
  public static func findLemma11Direction<G: RandomNumberGenerator>(
    on S: TrainingSet, attempts: Int = 64, using rng: inout G
  ) throws -> Lemma11Direction? {
    var mean = [Double](repeating: 0, count: S.d)
    for i in 0..<S.n {
      for j in 0..<S.d { mean[j] -= S.inputs[i * S.d + j] / Double(S.n) }
    }
    if mean.contains(where: { $0 != 0 }), let found = try lemma11Direction(from: mean, on: S) {
      return found
    }
    for _ in 0..<attempts {
      if let found = try lemma11Direction(from: rng.nextPointOnSphere(dimension: S.d), on: S) {
        return found
      }
    }
    return nil
  }
}
