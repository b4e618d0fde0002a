/// Outcomes given to a check's verdict rule without running its trials: the registry walk
/// (every check must be refutable) and the bound mutations (`BoundMutation`) feed them.
public enum SyntheticOutcomes: Sendable {
  /// One Boolean per trial (did the event happen?).
  case probability([Bool])
  /// One observation per trial or case.
  case always([Observation])
  /// One value per trial, per arm (`[arm][trial]`).
  case trend([[Double]])
}

extension Engine {
  /// The verdict rule of `check` applied to `outcomes` (no trial runs): what the engine
  /// would conclude had the trials returned these values. A mismatched kind is an error.
  public static func decide(_ check: Check, of claim: Claim, outcomes: SyntheticOutcomes) -> CheckResult {
    let alpha = claim.alphaPerDecision
    switch (check.body, outcomes) {
    case (.probability(let spec), .probability(let values)):
      return ProbabilityRule.result(spec, check: check, claim: claim, outcomes: values.map { .value($0) }, alpha: alpha)
    case (.always(let spec), .always(let values)):
      let outcomes: [TrialOutcome<Observation>] = values.map { o in Engine.outcome { try o.validated() } }
      return AlwaysRule.result(spec, check: check, claim: claim, outcomes: outcomes)
    case (.trend(let spec), .trend(let values)):
      return TrendRule.result(
        spec, check: check, claim: claim, outcomes: values.map { $0.map { .value($0) } }, alpha: alpha)
    default:
      return .failed(
        check, claim, trials: 0, alpha: alpha, (-1, "synthetic outcomes of another kind of check", .trialError))
    }
  }
}

/// Whether a check can refute its statement at all: the most extreme violation of the
/// statement, fed to the check's verdict rule, must come out refuted. A check for which it
/// does not "cannot refute": its verdict says so, with the reason, and counts toward nothing.
public enum Refutability {
  /// A violation of the statement of `check` at `n` trials (per arm), with the check it
  /// must be judged against (for a probability check with an exact value, the exact value
  /// of the violating world replaces the claim's):
  /// - "always"/exact: every case holds but the last, a counterexample;
  /// - probability "≥ c": the event at rate p′ = max(0, min(1 − 10(1 − c), c − 0.01)) (ten
  ///   times the allowed failure rate), with exact value p′ where the check carries one;
  ///   `extreme` uses p′ = 0;
  /// - probability "= e" (a closed form, no claimed bound): the event at rate e/2 when
  ///   e ≥ 1/2, (1 + e)/2 otherwise; `extreme` uses 0 or 1;
  /// - trend: for comparison `comparison`, its left arm at the top of the range and its right
  ///   arm at the bottom in every trial (the other arms at the middle).
  public static func violation(
    of check: Check, trials n: Int, comparison: Int = 0, extreme: Bool = false
  ) -> (check: Check, outcomes: SyntheticOutcomes)? {
    let n = max(1, n)
    switch check.body {
    case .always:
      let holds = Observation.condition(true, "synthetic case")
      let counterexample = Observation(holds: false, ratio: 2, summary: "synthetic counterexample")
      return (check, .always(Array(repeating: holds, count: n - 1) + [counterexample]))
    case .probability(let spec):
      if let c = spec.claimed {
        let rate = extreme ? 0 : max(0, min(1 - 10 * (1 - c), c - 0.01))
        let modified = Check(
          check.label, reading: check.reading, expectation: check.expectation, role: check.role, budget: check.budget,
          .probability(
            spec.replacing(
              claimed: c, claimedDescription: spec.claimedDescription, exact: spec.exact == nil ? nil : rate,
              alternative: spec.alternative)))
        return (modified, .probability(bernoulli(rate: rate, n: n)))
      }
      guard let e = spec.exact else { return nil }
      let rate = extreme ? (e >= 0.5 ? 0 : 1) : (e >= 0.5 ? e / 2 : (1 + e) / 2)
      return (check, .probability(bernoulli(rate: rate, n: n)))
    case .trend(let spec):
      guard spec.comparisons.indices.contains(comparison) else { return nil }
      let c = spec.comparisons[comparison]
      let low = spec.range.lowerBound, high = spec.range.upperBound
      let middle = spec.isBernoulli ? low : (low + high) / 2
      let arms = spec.arms.indices.map { a in
        Array(repeating: a == c.lhs ? high : (a == c.rhs ? low : middle), count: n)
      }
      return (check, .trend(arms))
    }
  }

  /// Why no outcome of `n` trials can refute `check` (nil when its most extreme violation is
  /// refuted).
  public static func cannotRefute(_ check: Check, of claim: Claim, trials n: Int) -> String? {
    switch check.body {
    case .always:
      return nil
    case .probability(let spec):
      guard spec.claimed != nil || spec.exact != nil else {
        return "no claimed probability and no exact value: nothing to compare the estimate with"
      }
    case .trend(let spec):
      if spec.comparisons.isEmpty {
        return "a summary without a claimed comparison between its settings"
      }
    }
    let count: Int
    if case .trend(let spec) = check.body { count = spec.comparisons.count } else { count = 1 }
    for k in 0..<count {
      guard let (judged, outcomes) = violation(of: check, trials: n, comparison: k, extreme: true) else { continue }
      if Engine.decide(judged, of: claim, outcomes: outcomes).verdict == .refuted { return nil }
    }
    switch check.body {
    case .probability(let spec):
      let needed = trialsToRefute(check, of: claim, from: n)
      return "even \(spec.claimed == nil ? "the opposite outcome" : "no event") in all \(n) trials is not refuted"
        + (needed.map { "; \($0) trials would refute it" } ?? "")
    default:
      let needed = trialsToRefute(check, of: claim, from: n)
      return "even the largest reversal (every trial at the ends of the range) is not refuted with \(n) trials "
        + "per setting" + (needed.map { "; \($0) would refute it" } ?? "")
    }
  }

  /// The fewest trials (doubling from n, then bisecting; up to 2²⁰) at which the most
  /// extreme violation is refuted.
  static func trialsToRefute(_ check: Check, of claim: Claim, from n: Int) -> Int? {
    var count = 1
    if case .trend(let spec) = check.body { count = spec.comparisons.count }
    func refutes(_ m: Int) -> Bool {
      (0..<count).contains { k in
        guard let (judged, outcomes) = violation(of: check, trials: m, comparison: k, extreme: true) else {
          return false
        }
        return Engine.decide(judged, of: claim, outcomes: outcomes).verdict == .refuted
      }
    }
    var low = max(1, n)
    var high = low
    repeat {
      low = high
      high *= 2
      if high > 1 << 20 { return nil }
    } while !refutes(high)
    while high - low > 1 {
      let mid = (low + high) / 2
      if refutes(mid) { high = mid } else { low = mid }
    }
    return high
  }

  /// n outcomes with ⌊rate·n⌉ events, spread evenly.
  static func bernoulli(rate: Double, n: Int) -> [Bool] {
    let events = Int((rate * Double(n)).rounded())
    return (0..<n).map { i in (i * events) / n != ((i + 1) * events) / n }
  }
}
