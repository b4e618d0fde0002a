import Testing

/// Tests of the seeded random machinery: `Philox4x32`, `RandomStream` and the samplers of
/// `Sampling.swift`. The tests themselves live in extensions of this suite, one file per
/// concern (known answers, stream purity, continuous samplers, geometric samplers,
/// discrete samplers, the test-local statistics of `RandomTestStatistics`).
///
/// False-failure budget. The statistical tests compare a fixed-seed sample with its target
/// law; modelling Philox4x32-10 as an ideal random function, each test fails with
/// probability at most its α below, so by a union bound the whole suite fails spuriously
/// with probability at most their sum, 9.3745 × 10⁻⁷ ≤ 10⁻⁶
/// (`RandomTestBudget.total`, checked by `falseFailureBudgetIsBelowOneInAMillion`):
///
///     uniform [0,1) Kolmogorov distance (DKW)                         1e-7
///     normal Kolmogorov distance vs Φ (DKW)                           1e-7
///     normal mean (Gaussian tail)                                     1e-8
///     normal second moment (Laurent–Massart, both sides)              1e-8
///     sphere S² coordinates uniform on [−1,1] (DKW, 3 coordinates)    1e-7
///     ball P(‖x‖ ≤ r) = (r/R)^d (DKW, 2 dimensions)                   1e-7
///     nextInt(below: 3), (below: 6), (below: 7) buckets (Hoeffding)   3 × 1e-7
///     nextInt(below: 2⁶²+1) lower half (Hoeffding)                    1e-8
///     shuffle of 3 elements, 6 permutations (Hoeffding)               1e-7
///     nextSign balance (Hoeffding)                                    1e-7
///     no repeated 64-bit word in 2¹⁹ outputs (birthday bound)         7.5e-9
///     no repeated key among 10⁴ (seed, name) pairs (birthday bound)   2.7e-12
///     nextInt(below: 2⁶²+1) rejects at least one of 10⁵ words         (3/4)^(10⁵) ≈ 0
///     no repeated key among 9 near-miss (seed, name) pairs            C(9,2)/2⁶⁴ ≈ 2e-18
///
/// Because every seed is fixed, the outcome is deterministic: the budget is the
/// probability that a fixed seed chosen at random would have been unlucky.
@Suite("Random")
struct RandomTests {
  @Test("the false-failure budget of the suite is at most 1e-6")
  func falseFailureBudgetIsBelowOneInAMillion() {
    #expect(RandomTestBudget.total <= 1e-6)
  }
}

/// The false-failure probability α allotted to each statistical test of `RandomTests`.
enum RandomTestBudget {
  static let uniformKolmogorov = 1e-7
  static let normalKolmogorov = 1e-7
  static let normalMean = 1e-8
  static let normalSecondMoment = 1e-8
  static let sphereCoordinates = 1e-7
  static let ballRadius = 1e-7
  /// One per bound 3, 6 and 7.
  static let intBuckets = 1e-7
  static let intHugeBoundHalf = 1e-8
  static let shuffleOfThree = 1e-7
  static let signBalance = 1e-7
  /// C(2¹⁹, 2)/2⁶⁴: 8 trials × 2¹⁶ outputs of 64 bits, modelled as uniform words.
  static let trialWordCollision = Double(1 << 19) * Double((1 << 19) - 1) / 2 * 0x1p-64
  /// C(10⁴, 2)/2⁶⁴: 10 seeds × 1000 names, keys modelled as uniform words.
  static let keyCollision = 1e4 * (1e4 - 1) / 2 * 0x1p-64

  static var total: Double {
    uniformKolmogorov + normalKolmogorov + normalMean + normalSecondMoment
      + sphereCoordinates + ballRadius + 3 * intBuckets + intHugeBoundHalf
      + shuffleOfThree + signBalance + trialWordCollision + keyCollision
  }
}
