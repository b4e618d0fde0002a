#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// η = c_η/k, the learning rate of BG19 §3.1 (and §6.1). Throws unless k ≥ 1 and
  /// c_η is finite and > 0.
  public static func learningRate(k: Int, cEta: Double) throws -> Double {
    try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
    try InvalidParameter.require(cEta.isFinite && cEta > 0, "c_η", cEta, "must be finite and > 0")
    return cEta / Double(k)
  }

  /// The largest initialization scale the analysis allows, σ_g = c_η/(16 k^{3/2})
  /// (BG19 §3.1 and §6.1). Throws unless k ≥ 1 and c_η is finite and > 0.
  public static func maximalInitializationScale(k: Int, cEta: Double) throws -> Double {
    _ = try learningRate(k: k, cEta: cEta)
    return cEta / (16 * pow(Double(k), 1.5))
  }

  /// The interval [k/2 − 2√k, k/2 + 2√k] of BG19 Lemma 3.1 (and Lemma 6.1). Throws
  /// unless k ≥ 1.
  public static func lemma3_1Interval(k: Int) throws -> ClosedRange<Double> {
    try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
    let half = Double(k) / 2
    let width = 2 * Double(k).squareRoot()
    return (half - width)...(half + width)
  }

  /// The exact probability of Lemma 3.1's event, q(k)⁴ with
  /// q(k) = ``binomialWithinTwoRootKProbability(k:)``.
  ///
  /// For Gaussian filters (§3.1 sets, by the sign of w·x_i): w·x1 and w·x2 are
  /// independent (x1 ⊥ x2, ‖x1‖ = ‖x2‖, w isotropic), so |W_0⁺(1)| and |W_0⁺(2)| are
  /// independent Bin(k, 1/2), and so are |U_0⁺(1)|, |U_0⁺(2)| (independent of the w's);
  /// x3 = −x1 gives |W_0⁺(3)| = k − |W_0⁺(1)| almost surely, and |k − B − k/2| = |B − k/2|,
  /// so i = 3, 4 add no constraint. Throws unless k ≥ 1 (the lemma assumes k > 16).
  public static func lemma3_1ExactProbability(k: Int) throws -> Double {
    let q = try binomialWithinTwoRootKProbability(k: k)
    return q * q * q * q
  }

  /// The bound 1 − 8e⁻⁸ of BG19 Lemma 3.1 (Hoeffding: each of the four independent
  /// counts leaves the interval with probability ≤ 2e⁻⁸). Throws unless k > 16 (§3.2).
  public static func lemma3_1ProbabilityBound(k: Int) throws -> Double {
    try InvalidParameter.require(k > 16, "k", k, "Sec. 3.2 assumes k > 16")
    return 1 - 8 * exp(-8.0)
  }

  /// The bound 1 − √(8k)/(√π e^{8k}) of BG19 Lemma 3.2 (computed in log space; it is 1
  /// to double precision for k ≥ 5). Throws unless k > 16 (§3.2).
  public static func lemma3_2ProbabilityBound(k: Int) throws -> Double {
    try InvalidParameter.require(k > 16, "k", k, "Sec. 3.2 assumes k > 16")
    return 1 - exp(0.5 * log(8 * Double(k)) - 0.5 * log(Double.pi) - 8 * Double(k))
  }

  /// The iteration count (1/c_η)·16√k/(√k − 4) of BG19 Thm. 3.3: GD is at a global
  /// minimum after any T strictly greater. Throws unless k > 16 and 0 < c_η < 1/2.
  public static func theorem3_3IterationThreshold(k: Int, cEta: Double) throws -> Double {
    try InvalidParameter.require(k > 16, "k", k, "Thm. 3.3 assumes k > 16")
    try InvalidParameter.require(cEta.isFinite && cEta > 0 && cEta < 0.5, "c_η", cEta,
      "Thm. 3.3 assumes 0 < c_η < 1/2")
    let r = Double(k).squareRoot()
    return 16 * r / ((r - 4) * cEta)
  }

  /// The smallest integer T > ``theorem3_3IterationThreshold(k:cEta:)``.
  /// Throws when it does not fit an Int (c_η near 0).
  public static func theorem3_3MinimumIterations(k: Int, cEta: Double) throws -> Int {
    let threshold = try theorem3_3IterationThreshold(k: k, cEta: cEta).rounded(.down)
    try InvalidParameter.require(
      threshold.isFinite && threshold < 9.2e18, "c_η", cEta, "too small: the iteration count \(threshold) does not fit an Int")
    return Int(threshold) + 1
  }

  /// The angle bound arccos((1 − 2c_η)/(1 + c_η)) (radians) between w_T⁽ʲ⁾ and x_i,
  /// i ∈ {1, 3}, j ∈ W_0⁺(i), of BG19 Thm. 3.3. Throws unless 0 < c_η < 1/2.
  public static func theorem3_3AngleBound(cEta: Double) throws -> Double {
    try InvalidParameter.require(cEta.isFinite && cEta > 0 && cEta < 0.5, "c_η", cEta,
      "Thm. 3.3 assumes 0 < c_η < 1/2")
    return acos((1 - 2 * cEta) / (1 + cEta))
  }

  /// The probability 1 − √(8k)/(√π e^{8k}) − 8e⁻⁸ of BG19 Thm. 3.3. Throws unless k > 16.
  public static func theorem3_3ProbabilityBound(k: Int) throws -> Double {
    try lemma3_2ProbabilityBound(k: k) - 8 * exp(-8.0)
  }

  /// The bound 0.75 of BG19 Thm. 3.4 (k = 2). It is exact:
  /// ``theorem3_4ExactProbability(k:)`` at k = 2.
  public static let theorem3_4ProbabilityBound = 0.75

  /// The exact probability, for i.i.d. Gaussian (any continuous symmetric) filters, that
  /// W_0⁺(i) = ∅ for some i ∈ {1, 3} or U_0⁺(i) = ∅ for some i ∈ {2, 4} (§3.1 sets):
  /// 1 − (1 − 2^{1−k})². W_0⁺(1) = ∅ iff all k signs of w⁽ʲ⁾·x1 are negative and
  /// W_0⁺(3) = ∅ iff all are positive (x3 = −x1): disjoint events of probability 2^{−k}
  /// each; the same for the u's on x2, independently. At k = 2 this is
  /// 1 − (1/2)² = 3/4, the 0.75 of Thm. 3.4 — which is therefore attained, not just a
  /// lower bound. Throws unless k ≥ 1.
  public static func theorem3_4ExactProbability(k: Int) throws -> Double {
    try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
    let explored = 1 - pow(2, Double(1 - k))
    return 1 - explored * explored
  }
}
