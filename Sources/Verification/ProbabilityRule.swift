import Theory

/// The verdict rule of probability checks.
///
/// With x events in n trials and the check's share α of the error budget (split over the
/// check's decisions, see `Check.statisticalDecisions`), in this order:
/// 1. **exact value contradicted** (a run error, never a pass): the check carries an exact
///    probability and a claimed bound, and the two-sided Clopper–Pearson interval at level
///    1 − α excludes the exact value. The exact computation (or the simulation) is wrong, so
///    nothing about the claim is concluded. When the check claims *only* the exact value
///    (`claimed == nil`, a closed form checked by sampling) the exact value is the statement,
///    and the same event refutes it.
/// 2. **refuted**: the one-sided Clopper–Pearson upper bound at level 1 − α is below the
///    claimed probability (the sample alone refutes the claim).
/// 3. **refuted**: the exact value, confirmed by the interval, is below the claimed
///    probability (beyond a relative 10⁻¹²): the claim is false by the exact computation,
///    and the sample agrees with that computation. (An erratum when the check is the printed
///    statement of one, `Expectation.refutedAsPrinted`.)
/// 4. **holds**: the exact value, confirmed by the interval, meets the claim (a bound attained
///    exactly: the estimate then falls below it half the time by chance).
/// 5. **inconclusive** when not refuted but the estimate is below the claim (the result says
///    how many trials would refute with power 0.9 were the estimate the truth), or when no
///    outcome of n trials could refute the claim;
/// 6. **holds** otherwise. Power: the largest true probability the test refutes with
///    probability at least 0.9.
enum ProbabilityRule {
  static func result(
    _ spec: ProbabilitySpec, check: Check, claim: Claim, outcomes: [TrialOutcome<Bool>],
    alpha: Double
  ) -> CheckResult {
    let n = outcomes.count
    if let failure = Engine.firstError(outcomes) {
      return .failed(check, claim, trials: n, alpha: alpha, failure)
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
      var runError: RunError?
      var explanation: String
      var needed: Int?
      var detectable: Double?
      if let claimed = spec.claimed {
        detectable = try ProbabilityPower.detectableProbability(claimed: claimed, trials: n, alpha: alpha)
      }
      if consistent == false, spec.claimed != nil {
        verdict = .error
        runError = .exactValueContradicted
        explanation =
          "the interval \(Format.interval(interval)) excludes the exact value "
          + "\(Format.probability(spec.exact!)): the exact computation (or the simulation) is wrong, "
          + "so the claim is not decided"
      } else if let claimed = spec.claimed, upper < claimed {
        verdict = .refuted
        explanation = "upper bound \(Format.probability(upper)) < claimed \(spec.claimedDescription)"
      } else if consistent == false {
        verdict = .refuted
        explanation =
          "the interval \(Format.interval(interval)) excludes the exact value "
          + "\(Format.probability(spec.exact!))"
      } else if let claimed = spec.claimed, let exact = spec.exact, exact < claimed * (1 - 1e-12) {
        // The exact probability violates the bound, and the sample confirms the exact value.
        verdict = .refuted
        explanation =
          "exact value \(Format.probability(exact)) < claimed \(spec.claimedDescription), and the "
          + "interval \(Format.interval(interval)) confirms the exact value"
      } else if let claimed = spec.claimed, spec.exact != nil, estimate < claimed {
        // The exact probability meets the bound (a bound attained exactly) and the sampled
        // interval confirms the exact value: the estimate falls below an attained bound
        // half the time by chance, which is no evidence against the claim.
        explanation =
          "exact value \(Format.probability(spec.exact!)) ≥ claimed \(spec.claimedDescription), and the "
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
        verdict: verdict, explanation: explanation, detail: .probability(detail), runError: runError)
    } catch {
      return .failed(check, claim, trials: n, alpha: alpha, (-1, "\(error)", .trialError))
    }
  }
}
