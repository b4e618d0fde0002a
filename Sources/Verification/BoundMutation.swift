/// A mutation of every bound (`theorems report --mutate-bounds F`), applied by the engine to
/// what the rules see, never to the claims: does the suite notice a wrong bound?
///
/// With factor F in (0, 1), every statement is made *tighter* (false where the data come
/// within 1/F of the bound):
/// - an upper bound b of an "always"/exact observation becomes F·b (b/F when b < 0), a lower
///   bound b becomes b/F (F·b when b < 0), an expected value e becomes F·e (1 − F when
///   e = 0); an observation with only a ratio r (≤ 1 holds) must now have r ≤ F; a bare
///   condition is unchanged;
/// - a claimed probability c becomes 1 − F·(1 − c) (the allowed failure rate times F), and
///   an exact value that is itself the statement (no claimed bound) moves the same way;
///   exact values known next to a claimed bound are the truth and do not move;
/// - a trend's slack s becomes F·s.
public struct BoundMutation: Sendable, Equatable {
  public let factor: Double

  /// - Throws: `InvalidParameter` unless 0 < F < 1.
  public init(factor: Double) throws {
    try InvalidParameterCheck.require(factor.isFinite && factor > 0 && factor < 1, "F", factor, "must lie in (0, 1)")
    self.factor = factor
  }

  /// The claimed probability under the mutation.
  public func claimed(_ c: Double) -> Double { 1 - factor * (1 - c) }

  /// The observation under the mutation (its ratio, the data's reach, is kept).
  public func mutate(_ o: Observation) -> Observation {
    let F = factor
    guard let c = o.comparison else {
      guard let r = o.ratio else { return o }
      return Observation(holds: o.holds && r <= F, ratio: r, summary: o.summary + " (mutated: ratio ≤ \(Format.number(F)))")
    }
    let holds: Bool
    let shown: Double
    switch c.kind {
    case .atMost:
      shown = c.bound >= 0 ? F * c.bound : c.bound / F
      holds = c.observed <= shown + c.relativeTolerance * abs(shown) + c.absoluteTolerance
    case .atLeast:
      shown = c.bound >= 0 ? c.bound / F : F * c.bound
      holds = c.observed >= shown - c.relativeTolerance * abs(shown) - c.absoluteTolerance
    case .equal:
      shown = c.bound != 0 ? F * c.bound : 1 - F
      let scale = c.relative ? max(abs(shown), Double.leastNormalMagnitude) : 1
      holds = abs(c.observed - shown) / scale <= c.relativeTolerance
    }
    return Observation(
      holds: holds, ratio: o.ratio, summary: o.summary + " (mutated bound \(Format.number(shown)))")
  }

  /// The check under the mutation (probability claims and trend slacks; observations are
  /// mutated as the trials return them).
  func mutate(_ check: Check) -> Check {
    switch check.body {
    case .probability(let spec):
      let claimed = spec.claimed.map(claimed)
      let exact = spec.claimed == nil ? spec.exact.map(self.claimed) : spec.exact
      return Check(
        check.label, reading: check.reading, expectation: check.expectation, budget: check.budget,
        .probability(
          ProbabilitySpec(
            event: spec.event, claimed: claimed,
            claimedDescription: claimed.map { Format.probability($0) + " (mutated)" } ?? spec.claimedDescription,
            exact: exact, exactDescription: spec.exactDescription, trial: spec.trial)))
    case .trend(let spec):
      return Check(
        check.label, reading: check.reading, expectation: check.expectation, budget: check.budget,
        .trend(
          TrendSpec(
            metric: spec.metric, range: spec.range, isBernoulli: spec.isBernoulli, arms: spec.arms,
            comparisons: spec.comparisons.map { .init($0.lhs, atMost: $0.rhs, slack: factor * $0.slack) },
            paired: spec.paired, minimumEffect: spec.minimumEffect, maximumRuns: spec.maximumRuns)))
    case .always:
      return check
    }
  }
}

import Theory

/// `InvalidParameter.require` under a name that does not clash with a claim's own helpers.
enum InvalidParameterCheck {
  static func require(_ condition: Bool, _ name: String, _ value: Double, _ requirement: String) throws {
    try InvalidParameter.require(condition, name, value, requirement)
  }
}
