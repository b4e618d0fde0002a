/// The verdict rule of "always" and exact checks: refuted by any trial whose observation
/// does not hold (beyond the tolerance the observation allows), holds otherwise. The worst
/// normalized ratio and the first counterexample are kept for the report and replay.
///
/// Trials outside the statement's hypothesis (`Observation.outsideHypothesis`) are neither
/// passes nor counterexamples: they are counted and shown, and the verdict rests on the
/// other trials; when no trial falls inside the hypothesis the check is inconclusive.
enum AlwaysRule {
  static func result(
    _ spec: AlwaysSpec, check: Check, claim: Claim, outcomes: [TrialOutcome<Observation>]
  ) -> CheckResult {
    let n = outcomes.count
    if let failure = Engine.firstError(outcomes) {
      return .failed(check, claim, trials: n, alpha: 0, failure)
    }
    var failures = 0
    var outside = 0
    var first: (trial: Int, summary: String)?
    var firstOutside: (trial: Int, summary: String)?
    var worst: (ratio: Double, trial: Int, summary: String)?
    for (i, outcome) in outcomes.enumerated() {
      guard case .value(let observation) = outcome else { continue }
      if observation.isOutsideHypothesis {
        outside += 1
        if firstOutside == nil { firstOutside = (i, observation.summary) }
        continue
      }
      if !observation.holds {
        failures += 1
        if first == nil { first = (i, observation.summary) }
      }
      if let r = observation.ratio, !r.isNaN, worst == nil || r > worst!.ratio {
        worst = (r, i, observation.summary)
      }
    }
    let what = spec.isExact ? "cases" : "trials"
    let inside = n - outside
    let verdict: Verdict = failures > 0 ? .refuted : (inside == 0 && n > 0 ? .inconclusive : .holds)
    var explanation =
      failures > 0
      ? "\(failures) of \(inside) \(what) violate it, "
        + "\((try? Prose.share(failures, of: inside)) ?? "?"); first: trial "
        + "\(first!.trial): \(first!.summary)"
      : (inside == 0 && n > 0
        ? "no trial inside the statement's hypothesis"
        : "all \(inside) \(what)\(outside > 0 ? " inside the hypothesis" : "") satisfy it"
          + (worst.map { "; worst ratio \(Format.number($0.ratio, digits: 4))" } ?? ""))
    if let firstOutside {
      explanation +=
        "; \(outside) of \(n) \(what) outside the hypothesis (neither passes nor counterexamples; first: trial "
        + "\(firstOutside.trial): \(firstOutside.summary))"
    }
    var detail = AlwaysDetail(
      bound: spec.bound, cases: n, failures: failures, worstRatio: worst?.ratio,
      worstTrial: worst?.trial, worstSummary: worst?.summary, firstCounterexample: first)
    detail.outsideHypothesis = outside
    detail.firstOutside = firstOutside
    return CheckResult(
      claimID: claim.id, label: check.label, reading: check.reading,
      expectation: check.expectation, kind: spec.isExact ? .exact : .always, trials: n, alpha: 0,
      verdict: verdict, explanation: explanation, detail: .always(detail))
  }
}
