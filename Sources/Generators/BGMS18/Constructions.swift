import Theory

extension BGMS18 {
  /// Theorem 7 (Sec. 6.2, Sec. 9.2.2): for inputs in general position and any targets
  /// (labels y ∈ {±1}ⁿ), a first layer W̃ with N_W̃(x_i) = t_i, by `theorem7Weights`
  /// with a uniformly random plane. Retries with a fresh plane (at most `attempts`
  /// times) until every |N(x_i) − t_i| ≤ `tolerance`; rethrows the last error otherwise.
  ///
  /// Accuracy is limited by the data, not the construction: inputs at a small angle with
  /// different targets force large weights (N is positively homogeneous, without bias),
  /// and rounding grows with them (and with 1/(1−α)). Measured worst errors with inputs
  /// uniform in the unit ball, α ∈ [0.01, 0.5]: ~1e-10 at n = 50 and ~1e-9 at n = 150
  /// for d = 2; ≤ 1e-9 up to n = 200 for d = 3 and n = 300 for d ≥ 10; α = 0.9 costs
  /// about one more digit. For d = 2 every plane gives the same construction.
  public static func theorem7Construction<G: RandomNumberGenerator>(
    inputs X: [[Double]], targets t: [Double], network: Network, tolerance: Double = 1e-9,
    attempts: Int = 16, using rng: inout G
  ) throws -> Weights {
    try InvalidParameter.require(attempts >= 1, "attempts", attempts, "must be ≥ 1")
    var lastError: Error = InvalidParameter("attempts", attempts, "no attempt was made")
    for _ in 0..<attempts {
      do {
        let plane = (rng.nextNormalVector(count: network.d), rng.nextNormalVector(count: network.d))
        return try theorem7Weights(inputs: X, targets: t, network: network, plane: plane, tolerance: tolerance)
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
