#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18 {
  /// The width below which Theorem 9 (first part, Sec. 7.2) says SGD on
  /// {e₁,…,e_d}×{1} with ReLU converges to a non-global minimum with probability ≥ 1 − δ:
  /// k ≤ log₂(d/(−ln δ)).
  public static func theorem9SmallWidthThreshold(d: Int, delta: Double) throws -> Double {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    try Check.delta(delta)
    return log2(Double(d) / -log(delta))
  }

  /// The width above which Theorem 9 (second part) says SGD reaches a global minimum with
  /// probability ≥ 1 − δ: log₂(2d/δ) in the statement, log₂(d/δ) in the proof
  /// (Sec. 9.3.2; the union bound d/2^k ≤ δ needs only the latter).
  public static func theorem9LargeWidthThreshold(d: Int, delta: Double, reading: Reading) throws -> Double {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    try Check.delta(delta)
    return log2((reading == .statement ? 2 : 1) * Double(d) / delta)
  }

  /// The exact probability that some e_j has ⟨w₀^(i), e_j⟩ ≤ 0 for all i (K₀ ≠ ∅,
  /// Sec. 9.3.2) when the entries of W₀ are independent and symmetric continuous:
  /// 1 − (1 − 2^{−k})^d. By Lemma 12 this is the probability that SGD gets stuck at a
  /// non-global minimum. Computed as −expm1(d·log1p(−2^{−k})).
  public static func theorem9StuckProbability(k: Int, d: Int) throws -> Double {
    try Check.k(k)
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    return -expm1(Double(d) * log1p(-pow(2, -Double(k))))
  }

  /// The number of iterations of Theorem 9 (second part): ⌈max{dC/η, d/η}⌉, where C bounds
  /// the entries of W₀ (|[W₀]_{ij}| ≤ C, Sec. 7.2). It counts non-zero updates (an order
  /// with replacement also makes zero steps).
  public static func theorem9UpdateBound(d: Int, C: Double, eta: Double) throws -> Double {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    try Check.positive(C, "C")
    try Check.positive(eta, "η")
    return (max(Double(d) * C / eta, Double(d) / eta)).rounded(.up)
  }

  /// What the proof of Theorem 9 actually shows when K₀ = ∅: at most ⌈max{C, 1}/η⌉
  /// updates on each e_j, so d·⌈max{C, 1}/η⌉ in total. This can exceed
  /// `theorem9UpdateBound` by up to d − 1 (e.g. d = 2, C = 1, η = 0.4: 6 versus 5).
  public static func theorem9PerExampleUpdateBound(C: Double, eta: Double) throws -> Double {
    try Check.positive(C, "C")
    try Check.positive(eta, "η")
    return (max(C, 1) / eta).rounded(.up)
  }

  /// The width Theorem 7 requires: k ≥ 2⌈n/(2d − 2)⌉ (Sec. 6.2). Throws unless n ≥ 1 and
  /// d ≥ 2.
  public static func theorem7Width(n: Int, d: Int) throws -> Int {
    try InvalidParameter.require(n >= 1, "n", n, "must be a positive integer")
    try InvalidParameter.require(d >= 2, "d", d, "Theorem 7 needs d ≥ 2 (2d − 2 > 0)")
    try InvalidParameter.require(n <= Int.max / 4, "n", n, "must be at most Int.max/4 (the width 2⌈n/(2d − 2)⌉ must fit an Int)")
    try InvalidParameter.require(d <= Int.max / 4, "d", d, "must be at most Int.max/4")
    // ⌈n/(2d − 2)⌉ without forming n + 2d − 3, which can overflow.
    let denominator = 2 * d - 2
    let (quotient, remainder) = n.quotientAndRemainder(dividingBy: denominator)
    return 2 * (quotient + (remainder > 0 ? 1 : 0))
  }
}
