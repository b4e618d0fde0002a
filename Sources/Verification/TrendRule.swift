import Foundation
import Theory

/// The verdict rule of trend checks, for a comparison mean(lhs) ≤ mean(rhs) + slack with
/// share α.
///
/// **Unpaired** (`TrendSpec.paired == false`): a lower confidence bound L on mean(lhs) and an
/// upper bound U on mean(rhs), each at level 1 − α/2 (Clopper–Pearson for 0/1 metrics,
/// Hoeffding otherwise); refuted when L − U > slack, inconclusive when the point estimates
/// violate the claim but the bounds do not, holds otherwise. The difference is reported
/// with the interval [L − U, U' − L'] of level 1 − 2α.
///
/// **Paired**: trial i of every arm is one unit; the comparison is decided on the differences
/// D_i = lhs_i − rhs_i ∈ [−w, w] (w the range's width). The one-sided bounds on E D at level
/// 1 − α each take the better of two distribution-free bounds, each at α/2 (a union bound,
/// so the level holds exactly, however small α): Hoeffding, half-width
/// 2w·√(ln(2/α)/(2n)), and the empirical Bernstein bound of Maurer & Pontil (COLT 2009,
/// Theorem 4), half-width √(2V ln(4/α)/n) + 7·2w·ln(4/α)/(3(n − 1)) with V the unbiased
/// sample variance of the D_i; no normality is assumed (a t interval would not be sound at
/// α ≈ 10⁻⁷). Refuted when the lower bound exceeds the slack. When the mean difference
/// exceeds the slack without being refuted, inconclusive with the runs that would refute it
/// were the observed mean and variance the truth. Otherwise it holds, unless a minimum
/// effect e is stated and the smallest reversal the check would refute with probability
/// about 0.9 — half-width + 1.2816·√(V/n) — exceeds e: then inconclusive with the runs that
/// would detect e.
enum TrendRule {
  static func result(
    _ spec: TrendSpec, check: Check, claim: Claim, outcomes: [[TrialOutcome<Double>]],
    alpha: Double, firstTrial: Int = 0
  ) -> CheckResult {
    let n = outcomes.first?.count ?? 0
    for arm in outcomes {
      if let failure = Engine.firstError(arm) {
        return .failed(
          check, claim, trials: n, alpha: alpha, (failure.trial + firstTrial, failure.message, failure.kind))
      }
    }
    let values: [[Double]] = outcomes.map { arm in
      arm.map { if case .value(let v) = $0 { return v } else { return .nan } }
    }
    for (a, arm) in values.enumerated() {
      if let i = arm.firstIndex(where: { !spec.range.contains($0) }) {
        return .failed(
          check, claim, trials: n, alpha: alpha,
          (i + firstTrial, "arm \(spec.arms[a].label): value \(arm[i]) outside the declared range", .trialError))
      }
    }
    guard n > 0, values.count == spec.arms.count, values.allSatisfy({ $0.count == n }) else {
      return .failed(check, claim, trials: n, alpha: alpha, (-1, "every arm needs the same number (≥ 1) of trials", .trialError))
    }
    do {
      return spec.paired
        ? try paired(spec, check: check, claim: claim, values: values, alpha: alpha)
        : try unpaired(spec, check: check, claim: claim, values: values, alpha: alpha)
    } catch {
      return .failed(check, claim, trials: n, alpha: alpha, (-1, "\(error)", .trialError))
    }
  }

  static func unpaired(
    _ spec: TrendSpec, check: Check, claim: Claim, values: [[Double]], alpha: Double
  ) throws -> CheckResult {
    let n = values[0].count
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
  }

  static func paired(
    _ spec: TrendSpec, check: Check, claim: Claim, values: [[Double]], alpha: Double
  ) throws -> CheckResult {
    let n = values[0].count
    let w = spec.range.upperBound - spec.range.lowerBound
    var arms: [TrendDetail.ArmResult] = []
    for (a, arm) in values.enumerated() {
      let mean = arm.reduce(0, +) / Double(n)
      let (l, u) = try bounds(arm, spec: spec, alpha: alpha / 2)
      arms.append(.init(label: spec.arms[a].label, mean: mean, interval: l...u))
    }
    var comparisons: [TrendDetail.ComparisonResult] = []
    var verdict = Verdict.holds
    var reasons: [String] = []
    for c in spec.comparisons {
      let d = (0..<n).map { values[c.lhs][$0] - values[c.rhs][$0] }
      let mean = d.reduce(0, +) / Double(n)
      let variance = n > 1 ? d.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1) : w * w
      let h = try pairedHalfWidth(n: n, variance: variance, width: w, alpha: alpha)
      let low = max(-w, mean - h), high = min(w, mean + h)
      let detectable = h + 1.2816 * (variance / Double(n)).squareRoot()
      let refuted = low > c.slack
      var needed: Int?
      let name = "mean(\(spec.arms[c.lhs].label)) − mean(\(spec.arms[c.rhs].label))"
      if refuted {
        verdict = .refuted
        reasons.append("\(name) ≥ \(Format.number(low, digits: 4)) > \(Format.number(c.slack))")
      } else if mean > c.slack {
        needed = try runsToDetect(mean - c.slack, variance: variance, width: w, alpha: alpha)
        if verdict == .holds { verdict = .inconclusive }
        reasons.append(
          "\(name) = \(Format.number(mean, digits: 4)) goes the wrong way but is not significant; "
            + (needed.map { "about \($0) paired runs would decide" } ?? "more than 10^7 paired runs would decide"))
      } else if let e = spec.minimumEffect, detectable > e {
        needed = try runsToDetect(e, variance: variance, width: w, alpha: alpha)
        if verdict == .holds { verdict = .inconclusive }
        reasons.append(
          "\(name): a reversal of \(Format.number(e)) (the stated minimum effect) would not be refuted "
            + "(smallest refuted ≈ \(Format.number(detectable, digits: 3))); "
            + (needed.map { "about \($0) paired runs would" } ?? "more than 10^7 paired runs would"))
      }
      var result = TrendDetail.ComparisonResult(
        lhs: spec.arms[c.lhs].label, rhs: spec.arms[c.rhs].label, slack: c.slack,
        difference: mean, interval: low...high, refuted: refuted)
      result.detectableReversal = detectable
      result.runsNeeded = needed
      comparisons.append(result)
    }
    let explanation: String
    switch verdict {
    case .refuted: explanation = "paired: " + reasons.joined(separator: "; ")
    case .inconclusive: explanation = "paired: " + reasons.joined(separator: "; ")
    default:
      let worst = comparisons.compactMap(\.detectableReversal).max()
      explanation =
        "paired: no interval excludes the claimed direction"
        + (worst.map { "; a reversal of \(Format.number($0, digits: 3)) or more would be refuted" } ?? "")
    }
    var detail = TrendDetail(
      metric: spec.metric, arms: arms, comparisons: comparisons,
      method: "paired differences, Hoeffding/empirical Bernstein")
    detail.paired = true
    return CheckResult(
      claimID: claim.id, label: check.label, reading: check.reading,
      expectation: check.expectation, kind: .trend, trials: n, alpha: alpha, verdict: verdict,
      explanation: explanation, detail: .trend(detail))
  }

  /// The one-sided half-width at level 1 − alpha on the mean of n paired differences in
  /// [−width, width] with sample variance `variance`: the smaller of Hoeffding and empirical
  /// Bernstein (Maurer & Pontil 2009, Theorem 4), each at alpha/2.
  static func pairedHalfWidth(n: Int, variance: Double, width w: Double, alpha: Double) throws -> Double {
    let hoeffding = try ConcentrationBounds.hoeffdingHalfWidth(samples: n, range: 2 * w, alpha: alpha / 2)
    guard n >= 2 else { return hoeffding }
    let l = log(4 / alpha)
    let bernstein = (2 * variance * l / Double(n)).squareRoot() + 7 * 2 * w * l / (3 * Double(n - 1))
    return min(hoeffding, bernstein)
  }

  /// The fewest paired runs at which a true mean difference `effect` beyond the slack would be
  /// refuted with probability about 0.9, at this variance (nil: more than 10⁷).
  static func runsToDetect(_ effect: Double, variance: Double, width: Double, alpha: Double) throws -> Int? {
    guard effect > 0 else { return nil }
    func detects(_ n: Int) throws -> Bool {
      try pairedHalfWidth(n: n, variance: variance, width: width, alpha: alpha)
        + 1.2816 * (variance / Double(n)).squareRoot() < effect
    }
    var low = 1, high = 2
    while try !detects(high) {
      low = high
      high *= 2
      if high > 10_000_000 { return nil }
    }
    while high - low > 1 {
      let mid = (low + high) / 2
      if try detects(mid) { high = mid } else { low = mid }
    }
    return high
  }

  /// The runs a paired trend result asks for (the largest over its comparisons).
  static func runsNeeded(_ result: CheckResult) -> Int? {
    guard case .trend(let d) = result.detail else { return nil }
    return d.comparisons.compactMap(\.runsNeeded).max()
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
