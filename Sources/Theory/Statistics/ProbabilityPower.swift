/// Power analysis of the one-sided test behind a "probability" verdict (CLAIMS.md): the claim
/// "P(event) ≥ p" is refuted after x events in n independent trials when the
/// Clopper–Pearson upper bound at level α falls below p.
///
/// Since P_q(X ≤ x) decreases in q and equals α at q = p_U(x), the test refutes exactly when
/// P_p(X ≤ x) < α, that is when x ≤ x_crit; the test therefore has level α, and at a true
/// probability p′ it refutes with probability P_{p′}(X ≤ x_crit).
public enum ProbabilityPower {
  /// The critical count x_crit: the largest x in 0...n whose Clopper–Pearson upper bound at
  /// level α is below p (equivalently P_p(X ≤ x) < α), or nil when no x refutes
  /// ((1 − p)ⁿ ≥ α, e.g. n too small or p = 0). Binary search over x.
  ///
  /// - Throws: `InvalidParameter` naming `p` (in [0, 1]), `n` (n ≥ 1) or `α` (in (0, 1)).
  public static func criticalSuccesses(claimed p: Double, trials n: Int, alpha: Double) throws -> Int? {
    try Binomial.validate(trials: n, success: p)
    try ClopperPearson.validate(alpha: alpha)
    return criticalValue(claimed: p, trials: n, alpha: alpha)
  }

  /// The detectable probability: the largest true probability p′ < p at which the test
  /// refutes with probability at least `power`, i.e. the p′ with
  /// P_{p′}(X ≤ x_crit) = power (it is the Clopper–Pearson upper bound of x_crit at level
  /// `power`). nil when no x refutes (then no p′ ≥ 0 reaches any power).
  ///
  /// - Throws: `InvalidParameter` naming `p`, `n`, `α`, or `power` when power is outside
  ///   (0, 1) or at most P_p(X ≤ x_crit) (below α), where every p′ < p reaches it and no
  ///   largest one exists.
  public static func detectableProbability(
    claimed p: Double, trials n: Int, alpha: Double, power: Double = 0.9
  ) throws -> Double? {
    try Binomial.validate(trials: n, success: p)
    try ClopperPearson.validate(alpha: alpha)
    try validate(power: power)
    guard let critical = criticalValue(claimed: p, trials: n, alpha: alpha) else { return nil }
    let sizeAtP = Binomial.lowerTailValue(atMost: critical, trials: n, success: p)
    try InvalidParameter.require(
      power > sizeAtP, "power", power,
      "must exceed the refutation probability at p itself, P_p(X ≤ \(critical)) = \(sizeAtP)")
    return ClopperPearson.upperBoundValue(successes: critical, trials: n, alpha: power).value
  }

  /// The number of trials needed: the smallest n at which a true probability
  /// `trueProbability` < p is refuted with probability at least `power`, searched by
  /// doubling n and then bisecting; nil when even n = `limit` falls short.
  ///
  /// Guaranteed: the n returned reaches the power and n − 1 does not. But the power
  /// P_{p′}(X ≤ x_crit(n)) of the exact test is a sawtooth in n (x_crit moves in unit
  /// steps), so it need not be the global minimum and a larger n may fall short again: for
  /// p = 0.9, p′ = 0.7, α = 0.05 the power at n = 30…40 is 0.841, 0.865, 0.887, 0.906,
  /// 0.921, 0.867, 0.888, 0.905, 0.921, 0.934, 0.945; this search returns 37, while 33 is the
  /// smallest n with power ≥ 0.9 (and 35, 36 miss it).
  ///
  /// - Throws: `InvalidParameter` naming `p` (in (0, 1]), `trueProbability` (in [0, p)),
  ///   `α` (in (0, 1)), `power` (in (0, 1)) or `limit` (≥ 1).
  public static func trialsNeeded(
    claimed p: Double, trueProbability: Double, alpha: Double, power: Double = 0.9,
    limit: Int = 10_000_000
  ) throws -> Int? {
    try InvalidParameter.require(p > 0 && p <= 1, "p", p, "the claimed probability must lie in (0, 1]")
    try InvalidParameter.require(
      trueProbability >= 0 && trueProbability < p, "trueProbability", trueProbability,
      "the true probability must lie in [0, p) with p = \(p)")
    try ClopperPearson.validate(alpha: alpha)
    try validate(power: power)
    try InvalidParameter.require(limit >= 1, "limit", limit, "the largest number of trials must be at least 1")

    func reaches(_ n: Int) -> Bool {
      guard let critical = criticalValue(claimed: p, trials: n, alpha: alpha) else { return false }
      return Binomial.lowerTailValue(atMost: critical, trials: n, success: trueProbability) >= power
    }
    // Doubling: the first n = 2^j (or the limit) that reaches the power.
    var failing = 0
    var n = 1
    while !reaches(n) {
      if n >= limit { return nil }
      failing = n
      n = n > limit / 2 ? limit : 2 * n
    }
    // Bisection: `failing` does not reach the power (0 stands for "no trials"), n does.
    var reaching = n
    while reaching - failing > 1 {
      let middle = failing + (reaching - failing) / 2
      if reaches(middle) { reaching = middle } else { failing = middle }
    }
    return reaching
  }

  /// x_crit for validated arguments: the largest x with P_p(X ≤ x) < α.
  static func criticalValue(claimed p: Double, trials n: Int, alpha: Double) -> Int? {
    // P_p(X ≤ x) increases in x; P_p(X ≤ n) = 1 ≥ α.
    if !(Binomial.lowerTailValue(atMost: 0, trials: n, success: p) < alpha) { return nil }
    var refuting = 0
    var accepting = n
    while accepting - refuting > 1 {
      let middle = refuting + (accepting - refuting) / 2
      if Binomial.lowerTailValue(atMost: middle, trials: n, success: p) < alpha {
        refuting = middle
      } else {
        accepting = middle
      }
    }
    return refuting
  }

  /// Checks power in (0, 1) (not NaN).
  static func validate(power: Double) throws {
    try InvalidParameter.require(power > 0 && power < 1, "power", power, "a power must lie in (0, 1)")
  }
}
