#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BG19 {
  /// The exact probability of Lemma 6.1's event ||W_0⁺(1) ∪ W_0⁺(3)| − k/2| ≤ 2√k with
  /// the argmax sets of §6: w⁽ʲ⁾ ∈ W_0⁺(1) ∪ W_0⁺(3) iff w⁽ʲ⁾ lies in the open first or
  /// third quadrant (w·p1 = a + b beats |a − b| iff a, b > 0), probability 1/2
  /// independently over j, so the count is Bin(k, 1/2) and the probability is
  /// ``binomialWithinTwoRootKProbability(k:)``. Throws unless k ≥ 1.
  public static func lemma6_1ExactProbability(k: Int) throws -> Double {
    try binomialWithinTwoRootKProbability(k: k)
  }

  /// The bound 1 − 4e⁻⁸ of BG19 Lemma 6.1 (Hoeffding gives the stronger 1 − 2e⁻⁸).
  /// Throws unless k ≥ 120 (§6.1).
  public static func lemma6_1ProbabilityBound(k: Int) throws -> Double {
    try InvalidParameter.require(k >= 120, "k", k, "Sec. 6.1 assumes k ≥ 120")
    return 1 - 4 * exp(-8.0)
  }

  /// The bound 1 − √(2k)/(√π e^{8k}) of BG19 Lemma 6.2 (log space). Throws unless
  /// k ≥ 120 (§6.1).
  public static func lemma6_2ProbabilityBound(k: Int) throws -> Double {
    try InvalidParameter.require(k >= 120, "k", k, "Sec. 6.1 assumes k ≥ 120")
    return 1 - exp(0.5 * log(2 * Double(k)) - 0.5 * log(Double.pi) - 8 * Double(k))
  }

  /// The iteration count 28(γ + 1 + 8c_η)/c_η of BG19 Thm. 6.3: GD is at a global
  /// minimum recovering f* after any T ≥ it. Throws unless 0 < c_η ≤ 1/410 and γ ≥ 8.
  public static func theorem6_3IterationThreshold(gamma: Double, cEta: Double) throws -> Double {
    try requireSection6_1(gamma: gamma, cEta: cEta)
    return 28 * (gamma + 1 + 8 * cEta) / cEta
  }

  /// The smallest integer T ≥ ``theorem6_3IterationThreshold(gamma:cEta:)`` (the
  /// threshold is computed in floating point; e.g. γ = 8, c_η = 1/410 gives 103544).
  /// Throws when it does not fit an Int (c_η near 0 or γ huge).
  public static func theorem6_3MinimumIterations(gamma: Double, cEta: Double) throws -> Int {
    let threshold = try theorem6_3IterationThreshold(gamma: gamma, cEta: cEta).rounded(.up)
    try InvalidParameter.require(
      threshold.isFinite && threshold < 9.2e18, "c_η", cEta,
      "with γ = \(gamma), the iteration count \(threshold) does not fit an Int")
    return Int(threshold)
  }

  /// The angle bound arccos((γ − 1 − 2c_η)/(γ − 1 + c_η)) (radians) between w_T⁽ʲ⁾ and
  /// p_i, i ∈ {1, 3}, j ∈ W_0⁺(i), of BG19 Thm. 6.3. Throws unless 0 < c_η ≤ 1/410 and γ ≥ 8.
  public static func theorem6_3AngleBound(gamma: Double, cEta: Double) throws -> Double {
    try requireSection6_1(gamma: gamma, cEta: cEta)
    return acos((gamma - 1 - 2 * cEta) / (gamma - 1 + cEta))
  }

  /// The probability 1 − c − 16e⁻⁸ of BG19 Thm. 6.3. Throws unless 0 ≤ c ≤ 10⁻¹⁰.
  public static func theorem6_3ProbabilityBound(c: Double = 0) throws -> Double {
    try requireNegligible(c)
    return 1 - c - 16 * exp(-8.0)
  }

  /// The probability (1 − c)·33/48 of BG19 Thm. 6.4 (k = 2). Throws unless 0 ≤ c ≤ 10⁻¹⁰.
  public static func theorem6_4ProbabilityBound(c: Double = 0) throws -> Double {
    try requireNegligible(c)
    return (1 - c) * 33 / 48
  }

  /// The least δ Thm. 6.5 allows: 1 − p₊p₋(1 − c − 16e⁻⁸). Throws unless p₊, p₋ ∈ (0, 1)
  /// and 0 ≤ c ≤ 10⁻¹⁰.
  public static func theorem6_5MinimumDelta(pPlus: Double, pMinus: Double, c: Double = 0) throws
    -> Double
  {
    try requireDiversity(pPlus: pPlus, pMinus: pMinus)
    return 1 - pPlus * pMinus * (try theorem6_3ProbabilityBound(c: c))
  }

  /// The lower bound m₂(ε, δ) ≥ 2 log(48δ/(33(1 − c)))/log(p₊p₋) of BG19 Thm. 6.5, in
  /// samples (m positive plus m negative: the training set is all diverse with
  /// probability (p₊p₋)^m). It exceeds m₁ ≤ 2 iff 48δ/(33(1 − c)) < p₊p₋, and is ≤ 0 for
  /// δ ≥ 33(1 − c)/48. Throws unless p₊, p₋ ∈ (0, 1), 0 ≤ c ≤ 10⁻¹⁰ and
  /// δ ∈ [``theorem6_5MinimumDelta(pPlus:pMinus:c:)``, 1] (the theorem's hypothesis).
  public static func theorem6_5SampleComplexityBound(pPlus: Double, pMinus: Double, delta: Double,
    c: Double = 0) throws -> Double
  {
    let minimum = try theorem6_5MinimumDelta(pPlus: pPlus, pMinus: pMinus, c: c)
    try InvalidParameter.require(delta.isFinite && delta >= minimum && delta <= 1, "δ", delta,
      "Thm. 6.5 needs δ ≥ 1 − p₊p₋(1 − c − 16e⁻⁸) = \(minimum) and δ ≤ 1")
    return 2 * log(48 * delta / (33 * (1 - c))) / log(pPlus * pMinus)
  }

  /// The δ at which ``theorem6_5SampleComplexityBound(pPlus:pMinus:delta:c:)`` equals
  /// `samples`: δ = 33(1 − c)/48·(p₊p₋)^{samples/2} (it need not satisfy the theorem's
  /// lower limit on δ). Throws unless p₊, p₋ ∈ (0, 1), 0 ≤ c ≤ 10⁻¹⁰, samples finite.
  public static func theorem6_5Delta(forBound samples: Double, pPlus: Double, pMinus: Double,
    c: Double = 0) throws -> Double
  {
    try requireDiversity(pPlus: pPlus, pMinus: pMinus)
    try requireNegligible(c)
    try InvalidParameter.requireFinite(samples, "m₂")
    return 33 * (1 - c) / 48 * pow(pPlus * pMinus, samples / 2)
  }

  /// The p at which Thm. 6.5 with p₊ = p₋ = p and the least allowed δ stops showing a
  /// gap (bound = 2 = m₁): p₊p₋ = 1/(1 − c − 16e⁻⁸ + 33(1 − c)/48), so p ≈ 0.7710
  /// for c = 0. For p ≤ 0.7 (§6.3, "no gap") the bound is below 2. Throws unless
  /// 0 ≤ c ≤ 10⁻¹⁰.
  public static func theorem6_5GapThreshold(c: Double = 0) throws -> Double {
    let product = 1 / (try theorem6_3ProbabilityBound(c: c) + theorem6_4ProbabilityBound(c: c))
    return product.squareRoot()
  }

  private static func requireSection6_1(gamma: Double, cEta: Double) throws {
    try InvalidParameter.require(cEta.isFinite && cEta > 0 && cEta <= 1.0 / 410, "c_η", cEta,
      "Sec. 6.1 assumes 0 < c_η ≤ 1/410")
    try InvalidParameter.require(gamma.isFinite && gamma >= 8, "γ", gamma, "Sec. 6.1 assumes γ ≥ 8")
  }

  private static func requireNegligible(_ c: Double) throws {
    try InvalidParameter.require(c.isFinite && c >= 0 && c <= 1e-10, "c", c,
      "Sec. 6 takes a negligible constant 0 ≤ c ≤ 10⁻¹⁰")
  }

  private static func requireDiversity(pPlus: Double, pMinus: Double) throws {
    try InvalidParameter.require(pPlus.isFinite && pPlus > 0 && pPlus < 1, "p₊", pPlus,
      "must lie in (0, 1)")
    try InvalidParameter.require(pMinus.isFinite && pMinus > 0 && pMinus < 1, "p₋", pMinus,
      "must lie in (0, 1)")
  }
}
