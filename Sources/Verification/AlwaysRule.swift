/// The verdict rule of "always" and exact checks: refuted by any trial whose observation
/// does not hold (beyond the tolerance the observation allows), holds otherwise. The worst
/// normalized ratio and the first counterexample are kept for the report and replay.
enum AlwaysRule {
  static func result(
    _ spec: AlwaysSpec, check: Check, claim: Claim, outcomes: [TrialOutcome<Observation>]
  ) -> CheckResult {
    let n = outcomes.count
    if let failure = Engine.firstError(outcomes) {
      return .failed(check, claim, trials: n, alpha: 0, failure)
    }
    var failures = 0
    var first: (trial: Int, summary: String)?
    var worst: (ratio: Double, trial: Int, summary: String)?
    for (i, outcome) in outcomes.enumerated() {
      guard case .value(let observation) = outcome else { continue }
      if !observation.holds {
        failures += 1
        if first == nil { first = (i, observation.summary) }
      }
      if let r = observation.ratio, !r.isNaN, worst == nil || r > worst!.ratio {
        worst = (r, i, observation.summary)
      }
    }
    let verdict: Verdict = failures > 0 ? .refuted : .holds
    let explanation =
      failures > 0
      ? "\(failures) of \(n) \(spec.isExact ? "cases" : "trials") violate it; first: trial "
        + "\(first!.trial): \(first!.summary)"
      : "all \(n) \(spec.isExact ? "cases" : "trials") satisfy it"
        + (worst.map { "; worst ratio \(Format.number($0.ratio, digits: 4))" } ?? "")
    let detail = AlwaysDetail(
      bound: spec.bound, cases: n, failures: failures, worstRatio: worst?.ratio,
      worstTrial: worst?.trial, worstSummary: worst?.summary, firstCounterexample: first)
    return CheckResult(
      claimID: claim.id, label: check.label, reading: check.reading,
      expectation: check.expectation, kind: spec.isExact ? .exact : .always, trials: n, alpha: 0,
      verdict: verdict, explanation: explanation, detail: .always(detail))
  }
}
