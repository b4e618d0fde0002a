/// What running one check produced, everything the report and the test need.
public struct CheckResult: Sendable, Codable {
  public let claimID: String
  public let label: String
  public let reading: String?
  public let expectation: Expectation
  public let kind: CheckKind
  /// Trials run (per arm for a trend).
  public let trials: Int
  /// The error share of each statistical decision of this check.
  public let alpha: Double
  public var verdict: Verdict
  /// Why the verdict is what it is, one line.
  public var explanation: String
  public var detail: Detail
  /// Why the check could not be decided, when its verdict is `.error` (nil otherwise).
  public var runError: RunError? = nil
  /// The check re-decided under each standard mutation (`BoundMutation.standard`) from the
  /// same outcomes, for the report's mutation table.
  public var mutations: [MutatedVerdict] = []

  /// Kind-specific numbers.
  public enum Detail: Sendable, Codable {
    case probability(ProbabilityDetail)
    case always(AlwaysDetail)
    case trend(TrendDetail)
    case failed(message: String, trial: Int)
  }
}

/// A check's verdict under one mutation of its statement (`BoundMutation`), and why it was
/// not refuted (or, when it was, what refuted it).
public struct MutatedVerdict: Sendable, Codable, Equatable {
  /// The mutation's name, e.g. `F = 0.5`.
  public let mutation: String
  public let verdict: Verdict
  public let why: String
}

/// What kind of run error stopped a check from being decided (verdict `.error`): never a
/// pass, never a refutation.
public enum RunError: String, Sendable, Equatable, Codable {
  /// A trial threw (invalid parameters, a rejected observation, a bug).
  case trialError = "trial error"
  /// A training run produced NaN or ∞ (`Theory.Divergence`).
  case diverged
  /// The sampled interval excludes the exact probability the check carries next to its
  /// claimed bound: the exact computation (or the simulation) is wrong.
  case exactValueContradicted = "exact value contradicted"
}

/// The numbers of a probability check.
public struct ProbabilityDetail: Sendable, Codable {
  public let event: String
  public let successes: Int
  public let trials: Int
  public let estimate: Double
  /// Two-sided Clopper–Pearson interval at level 1 − alpha.
  public let interval: ClosedRange<Double>
  /// One-sided Clopper–Pearson upper bound at level 1 − alpha (the refutation rule).
  public let upperBound: Double
  public let claimed: Double?
  public let claimedDescription: String
  public let exact: Double?
  public let exactDescription: String?
  /// Whether the two-sided interval contains the exact value (nil when none is known).
  public let exactConsistent: Bool?
  /// The largest true probability the test refutes with probability ≥ 0.9 (nil: none).
  public let detectable: Double?
  /// Trials needed to refute with power 0.9 if the truth were the estimate (when the
  /// estimate is below the claim but the interval does not exclude it).
  public let trialsNeeded: Int?
  /// Trial indices where the event did not happen (the first few), for replay.
  public let failingTrials: [Int]
}

/// The numbers of an "always" or exact check.
public struct AlwaysDetail: Sendable {
  public let bound: String
  public let cases: Int
  public let failures: Int
  /// The largest normalized ratio (≤ 1 holds) and the trial where it occurred.
  public let worstRatio: Double?
  public let worstTrial: Int?
  public let worstSummary: String?
  /// The first counterexample: its trial and what it observed.
  public let firstCounterexample: (trial: Int, summary: String)?
  /// Trials outside the statement's hypothesis (`Observation.outsideHypothesis`), and the
  /// first of them: neither passes nor counterexamples.
  public var outsideHypothesis: Int = 0
  public var firstOutside: (trial: Int, summary: String)? = nil
}

/// The numbers of a trend check.
public struct TrendDetail: Sendable, Codable {
  public struct ArmResult: Sendable, Codable {
    public let label: String
    public let mean: Double
    /// Two-sided interval for the mean at level 1 − alpha.
    public let interval: ClosedRange<Double>
  }
  public struct ComparisonResult: Sendable, Codable {
    public let lhs: String
    public let rhs: String
    public let slack: Double
    /// mean(lhs) − mean(rhs), with a two-sided interval.
    public let difference: Double
    public let interval: ClosedRange<Double>
    public let refuted: Bool
    /// Paired trends: the smallest reversal beyond the slack the check would refute with
    /// probability about 0.9 at the observed variance.
    public var detectableReversal: Double? = nil
    /// Paired trends: the runs that would decide a comparison left inconclusive.
    public var runsNeeded: Int? = nil
  }
  public let metric: String
  public let arms: [ArmResult]
  public let comparisons: [ComparisonResult]
  public let method: String
  /// Whether the comparisons were decided on per-trial differences (`TrendSpec.paired`).
  public var paired: Bool = false
}

/// The result of a claim: its checks and the combined verdict.
public struct ClaimResult: Sendable {
  public let claim: Claim
  public let seed: UInt64
  public let level: BudgetLevel
  public let checks: [CheckResult]
  /// The bound mutation the run applied (nil: the claims as stated).
  public var mutation: BoundMutation? = nil

  /// Combined verdict (defined once; the report's methods state it): an error or a refutation
  /// of a check expected to hold decides; else the worst verdict of the other checks if it is
  /// not "holds"; else a refuted printed main statement makes the claim an erratum, and
  /// refuted printed side statements alone make it "holds, with errata".
  /// Checks that cannot refute count toward nothing (the claim is "cannot refute" only when
  /// every check is).
  public var verdict: Verdict {
    if checks.contains(where: { $0.verdict == .error }) { return .error }
    if checks.contains(where: { $0.verdict == .refuted && !$0.isKnownErratum }) { return .refuted }
    let counted = checks.filter { $0.verdict != .cannotRefute }
    if counted.isEmpty && !checks.isEmpty { return .cannotRefute }
    let worst = counted.filter { !$0.isKnownErratum }.map(\.verdict).max() ?? .holds
    let refutedErrata = checks.filter { $0.verdict == .refuted && $0.isKnownErratum }
    guard !refutedErrata.isEmpty, worst == .holds else { return worst }
    return refutedErrata.contains { claim.role(of: $0.label) == .main } ? .erratum : .holdsWithErrata
  }

  /// The total number of trials run.
  public var totalTrials: Int { checks.reduce(0) { $0 + $1.trials * $1.armCount } }
}

extension CheckResult {
  /// Whether the check is the printed statement of a known erratum.
  public var isKnownErratum: Bool {
    if case .refutedAsPrinted = expectation { return true }
    return false
  }

  var armCount: Int {
    if case .trend(let t) = detail { return t.arms.count }
    return 1
  }
}
