import Theory

/// The verdict rule of trend checks. For a comparison mean(lhs) ≤ mean(rhs) + slack with
/// share α: a lower confidence bound L on mean(lhs) and an upper bound U on mean(rhs), each
/// at level 1 − α/2 (Clopper–Pearson for 0/1 metrics, Hoeffding otherwise); refuted when
/// L − U > slack, inconclusive when the point estimates violate the claim but the bounds do
/// not, holds otherwise. The difference is reported with the interval [L − U, U' − L'] of
/// level 1 − 2α.
enum TrendRule {
  static func result(
    _ spec: TrendSpec, check: Check, claim: Claim, outcomes: [[TrialOutcome<Double>]],
    alpha: Double
  ) -> CheckResult {
    let n = outcomes.first?.count ?? 0
    for arm in outcomes {
      if let failure = Engine.firstError(arm) {
        return .failed(check, claim, trials: n, alpha: alpha, failure)
      }
    }
    let values: [[Double]] = outcomes.map { arm in
      arm.map { if case .value(let v) = $0 { return v } else { return .nan } }
    }
    for (a, arm) in values.enumerated() {
      if let i = arm.firstIndex(where: { !spec.range.contains($0) }) {
        return .failed(
          check, claim, trials: n, alpha: alpha,
          (i, "arm \(spec.arms[a].label): value \(arm[i]) outside the declared range", .trialError))
      }
    }
    do {
      let half = alpha / 2
      var arms: [TrendDetail.ArmResult] = []
      var lower: [Double] = []
      var upper: [Double] = []
      for (a, arm) in values.enumerated() {
        let mean = arm.reduce(0, +) / Double(arm.count)
        let (l, u) = try bounds(arm, spec: spec, alpha: half)
        lower.append(l)
        upper.append(u)
        arms.append(.init(label: spec.arms[a].label, mean: mean, interval: l...u))
      }
      var comparisons: [TrendDetail.ComparisonResult] = []
      var verdict = Verdict.holds
      for c in spec.comparisons {
        let difference = arms[c.lhs].mean - arms[c.rhs].mean
        let low = lower[c.lhs] - upper[c.rhs]
        let high = upper[c.lhs] - lower[c.rhs]
        let refuted = low > c.slack
        if refuted { verdict = .refuted } else if difference > c.slack, verdict == .holds {
          verdict = .inconclusive
        }
        comparisons.append(
          .init(
            lhs: spec.arms[c.lhs].label, rhs: spec.arms[c.rhs].label, slack: c.slack,
            difference: difference, interval: low...high, refuted: refuted))
      }
      let explanation: String
      switch verdict {
      case .refuted:
        let c = comparisons.first { $0.refuted }!
        explanation =
          "\(spec.metric) at \(c.lhs) exceeds \(c.rhs) by at least \(Format.number(c.interval.lowerBound, digits: 4))"
      case .inconclusive:
        explanation = "some estimates go the wrong way, but no interval excludes the claim"
      default:
        explanation = "no interval excludes the claimed direction"
      }
      let detail = TrendDetail(
        metric: spec.metric, arms: arms, comparisons: comparisons,
        method: spec.isBernoulli ? "Clopper–Pearson" : "Hoeffding")
      return CheckResult(
        claimID: claim.id, label: check.label, reading: check.reading,
        expectation: check.expectation, kind: .trend, trials: n, alpha: alpha, verdict: verdict,
        explanation: explanation, detail: .trend(detail))
    } catch {
      return .failed(check, claim, trials: n, alpha: alpha, (-1, "\(error)", .trialError))
    }
  }

  /// One-sided lower and upper bounds on the mean of `values`, each at level 1 − alpha.
  static func bounds(_ values: [Double], spec: TrendSpec, alpha: Double) throws -> (Double, Double) {
    let n = values.count
    if spec.isBernoulli {
      let x = values.reduce(0) { $0 + ($1 >= 0.5 ? 1 : 0) }
      return (
        try ClopperPearson.lowerBound(successes: x, trials: n, alpha: alpha),
        try ClopperPearson.upperBound(successes: x, trials: n, alpha: alpha)
      )
    }
    let mean = values.reduce(0, +) / Double(n)
    let width = try ConcentrationBounds.hoeffdingHalfWidth(
      samples: n, range: spec.range.upperBound - spec.range.lowerBound, alpha: alpha)
    return (max(spec.range.lowerBound, mean - width), min(spec.range.upperBound, mean + width))
  }
}
