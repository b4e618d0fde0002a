/// A mutation of the claims' statements, applied by the engine to what the verdict rules see,
/// never to the claims: does the suite notice a wrong bound or a wrong probability?
///
/// Every run re-decides each check under the standard mutations (`standard`) from the same
/// trial outcomes — no trial runs twice — and the report's methods tabulate, per claim,
/// whether the mutated statement is refuted (`MutationTable`). `theorems report
/// --mutate-bounds F` makes the F-scaled statements the run's own verdicts.
///
/// **Bounds scaled by F** in (0, 1) (`scale`): every statement made *tighter*, false where the
/// data come within 1/F of the bound:
/// - an upper bound b of an "always"/exact observation becomes F·b (b/F when b < 0), a lower
///   bound b becomes b/F (F·b when b < 0), an expected value e becomes F·e (1 − F when
///   e = 0); an observation with only a ratio r (≤ 1 holds) must now have r ≤ F; a bare
///   condition is unchanged;
/// - a bound inside a probability check's event (`ProbabilitySpec.bounded`) is scaled the
///   same way: the event must now have reach ≤ F (`EventOutcome`); events of checks that
///   carry an exact value are not moved (the exact value is the event's truth);
/// - a claimed probability c becomes 1 − F·(1 − c) (the allowed failure rate times F), and
///   an exact value that is itself the statement (no claimed bound) moves the same way;
///   exact values known next to a claimed bound are the truth and do not move;
/// - a trend's slack s becomes F·s.
///
/// **Probabilities shifted by s** (`probabilityShift`): only claimed probabilities move,
/// c ↦ min(1, c + s), and an exact value that is itself the statement moves to e + s (e − s
/// when e + s > 1); bounds, events, exact values next to a claim and trends are unchanged.
public struct BoundMutation: Sendable, Equatable, Codable {
  public enum Kind: Sendable, Equatable, Codable {
    case scale(Double)
    case probabilityShift(Double)
  }

  public let kind: Kind

  /// Bounds scaled by F.
  /// - Throws: `InvalidParameter` unless 0 < F < 1.
  public init(factor: Double) throws {
    try InvalidParameterCheck.require(factor.isFinite && factor > 0 && factor < 1, "F", factor, "must lie in (0, 1)")
    kind = .scale(factor)
  }

  /// Claimed probabilities raised by s.
  /// - Throws: `InvalidParameter` unless 0 < s < 1.
  public init(probabilityShift s: Double) throws {
    try InvalidParameterCheck.require(s.isFinite && s > 0 && s < 1, "s", s, "must lie in (0, 1)")
    kind = .probabilityShift(s)
  }

  /// The mutations every run re-decides and the report tabulates: bounds ×0.5 and ×0.9,
  /// claimed probabilities + 0.01 and + 0.05.
  public static let standard: [BoundMutation] = [
    try! BoundMutation(factor: 0.5), try! BoundMutation(factor: 0.9),
    try! BoundMutation(probabilityShift: 0.01), try! BoundMutation(probabilityShift: 0.05),
  ]

  /// F for a scaling, 1 for a probability shift (bounds unchanged).
  public var factor: Double {
    if case .scale(let F) = kind { return F }
    return 1
  }

  /// The table's name of the mutation: `F = 0.5`, `p + 0.01`.
  public var name: String {
    switch kind {
    case .scale(let F): "F = \(Format.number(F))"
    case .probabilityShift(let s): "p + \(Format.number(s))"
    }
  }

  /// Whether the mutation moves bounds (rather than only claimed probabilities).
  public var scalesBounds: Bool {
    if case .scale = kind { return true }
    return false
  }

  /// The claimed probability under the mutation.
  public func claimed(_ c: Double) -> Double {
    switch kind {
    case .scale(let F): 1 - F * (1 - c)
    case .probabilityShift(let s): min(1, c + s)
    }
  }

  /// An exact value that is itself the statement (no claimed bound), under the mutation.
  func statedExact(_ e: Double) -> Double {
    switch kind {
    case .scale: claimed(e)
    case .probabilityShift(let s): e + s <= 1 ? e + s : e - s
    }
  }

  /// A probability trial's event under the mutation (`exactKnown`: the check carries an
  /// exact value, the truth of the unmutated event, so the event is not moved).
  public func event(_ outcome: EventOutcome, exactKnown: Bool) -> Bool {
    guard case .scale(let F) = kind, !exactKnown else { return outcome.happened }
    return outcome.scaled(by: F)
  }

  /// The observation under the mutation (its ratio, the data's reach, is kept).
  public func mutate(_ o: Observation) -> Observation {
    guard case .scale(let F) = kind else { return o }
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

  /// The check under the mutation (probability claims and trend slacks; observations and
  /// events are mutated as the trials return them).
  func mutate(_ check: Check) -> Check {
    switch check.body {
    case .probability(let spec):
      let claimed = spec.claimed.map(claimed)
      let exact = spec.claimed == nil ? spec.exact.map(statedExact) : spec.exact
      return Check(
        check.label, reading: check.reading, expectation: check.expectation, role: check.role, budget: check.budget,
        .probability(
          spec.replacing(
            claimed: claimed,
            claimedDescription: claimed.map { Format.probability($0) + " (mutated)" } ?? spec.claimedDescription,
            exact: exact, alternative: spec.alternative.map { self.claimed($0) })))
    case .trend(let spec):
      guard case .scale(let F) = kind else { return check }
      return Check(
        check.label, reading: check.reading, expectation: check.expectation, role: check.role, budget: check.budget,
        .trend(
          TrendSpec(
            metric: spec.metric, range: spec.range, isBernoulli: spec.isBernoulli, arms: spec.arms,
            comparisons: spec.comparisons.map { .init($0.lhs, atMost: $0.rhs, slack: F * $0.slack) },
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
