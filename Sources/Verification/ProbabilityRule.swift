import Theory

/// The verdict rule of probability checks.
///
/// With x events in n trials and the check's share α of the error budget:
/// - refuted when the one-sided Clopper–Pearson upper bound at level 1 − α is below the
///   claimed probability, or when an exact value is known and the two-sided interval at level
///   1 − α excludes it (then the exact formula or the simulation is wrong);
/// - holds when an exact value is known, the interval contains it and it meets the claim
///   (a bound attained exactly: the estimate then falls below it half the time by chance);
/// - inconclusive when not refuted but the estimate is below the claim (the result says how
///   many trials would refute with power 0.9 were the estimate the truth), or when no outcome
///   of n trials could refute the claim;
/// - holds otherwise. Power: the largest true probability the test refutes with probability
///   at least 0.9.
enum ProbabilityRule {
  static func result(
    _ spec: ProbabilitySpec, check: Check, claim: Claim, outcomes: [TrialOutcome<Bool>],
    alpha: Double
  ) -> CheckResult {
    let n = outcomes.count
    if let (trial, message) = Engine.firstError(outcomes) {
      return .failed(check, claim, trials: n, alpha: alpha, trial: trial, message: message)
    }
    var successes = 0
    var failing: [Int] = []
    for (i, outcome) in outcomes.enumerated() {
      guard case .value(let happened) = outcome else { continue }
      if happened { successes += 1 } else if failing.count < 5 { failing.append(i) }
    }
    do {
      let estimate = Double(successes) / Double(n)
      let interval = try ClopperPearson.interval(successes: successes, trials: n, alpha: alpha)
      let upper = try ClopperPearson.upperBound(successes: successes, trials: n, alpha: alpha)
      let consistent = spec.exact.map { interval.contains($0) }
      var verdict = Verdict.holds
      var explanation: String
      var needed: Int?
      var detectable: Double?
      if let claimed = spec.claimed {
        detectable = try ProbabilityPower.detectableProbability(claimed: claimed, trials: n, alpha: alpha)
      }
      if let claimed = spec.claimed, upper < claimed {
        verdict = .refuted
        explanation = "upper bound \(Format.probability(upper)) < claimed \(spec.claimedDescription)"
      } else if consistent == false {
        verdict = .refuted
        explanation =
          "the interval \(Format.interval(interval)) excludes the exact value "
          + "\(Format.probability(spec.exact!))"
      } else if let claimed = spec.claimed, let exact = spec.exact, consistent == true,
        exact >= claimed * (1 - 1e-12), estimate < claimed
      {
        // The exact probability meets the bound (a bound attained exactly) and the sampled
        // interval confirms the exact value: the estimate falls below an attained bound
        // half the time by chance, which is no evidence against the claim.
        explanation =
          "exact value \(Format.probability(exact)) ≥ claimed \(spec.claimedDescription), and the "
          + "interval \(Format.interval(interval)) contains it"
      } else if let claimed = spec.claimed, estimate < claimed {
        verdict = .inconclusive
        needed = try ProbabilityPower.trialsNeeded(claimed: claimed, trueProbability: estimate, alpha: alpha)
        explanation =
          "estimate below the claim but not significantly; "
          + (needed.map { "about \($0) trials would decide" } ?? "more than 10^7 trials would decide")
      } else if let claimed = spec.claimed, detectable == nil {
        verdict = .inconclusive
        needed = try ProbabilityPower.trialsNeeded(claimed: claimed, trueProbability: claimed / 2, alpha: alpha)
        explanation =
          "no outcome of \(n) trials could refute the claim"
          + (needed.map { "; \($0) trials would detect a true probability of half the claim" } ?? "")
      } else if spec.claimed != nil {
        explanation = "upper bound \(Format.probability(upper)) ≥ claimed \(spec.claimedDescription)"
      } else {
        explanation = "the interval \(Format.interval(interval)) contains the exact value"
      }
      let detail = ProbabilityDetail(
        event: spec.event, successes: successes, trials: n, estimate: estimate,
        interval: interval, upperBound: upper, claimed: spec.claimed,
        claimedDescription: spec.claimedDescription, exact: spec.exact,
        exactDescription: spec.exactDescription, exactConsistent: consistent,
        detectable: detectable, trialsNeeded: needed, failingTrials: failing)
      return CheckResult(
        claimID: claim.id, label: check.label, reading: check.reading,
        expectation: check.expectation, kind: .probability, trials: n, alpha: alpha,
        verdict: verdict, explanation: explanation, detail: .probability(detail))
    } catch {
      return .failed(check, claim, trials: n, alpha: alpha, trial: -1, message: "\(error)")
    }
  }
}
