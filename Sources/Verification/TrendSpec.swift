/// "A metric compares across settings in the claimed direction." Each arm is a setting
/// (e.g. a number of channels k) whose trials return a value of the metric in `range`.
/// A comparison claims mean(lhs) ≤ mean(rhs) + slack; it is refuted only when a confidence
/// bound on the difference excludes that (Clopper–Pearson for 0/1 metrics, Hoeffding
/// otherwise, each arm at half the comparison's share), or, for `paired` trends, on the
/// per-trial differences (`TrendRule.pairedBounds`).
public struct TrendSpec: Sendable {
  /// A setting and its trial.
  public struct Arm: Sendable {
    public let label: String
    public let trial: @Sendable (inout TrialContext) throws -> Double
    public init(_ label: String, trial: @escaping @Sendable (inout TrialContext) throws -> Double) {
      self.label = label
      self.trial = trial
    }
  }

  /// A claimed order between two arms: mean(lhs) ≤ mean(rhs) + slack.
  public struct Comparison: Sendable {
    public let lhs: Int
    public let rhs: Int
    public let slack: Double
    public init(_ lhs: Int, atMost rhs: Int, slack: Double = 0) {
      self.lhs = lhs
      self.rhs = rhs
      self.slack = slack
    }
  }

  /// The metric, e.g. `test error`.
  public let metric: String
  /// The range every value lies in.
  public let range: ClosedRange<Double>
  /// Whether every value is 0 or 1 (then Clopper–Pearson bounds are used).
  public let isBernoulli: Bool
  public let arms: [Arm]
  public let comparisons: [Comparison]
  /// Paired comparisons: trial i of every arm is one unit (the arms draw their common data
  /// from `TrialContext.shared`, keyed by the check and the trial index, not the arm), and a
  /// comparison is decided on the per-trial differences D_i = lhs_i − rhs_i (`TrendRule`).
  /// Unpaired (the default): each arm's mean is bounded on its own.
  public let paired: Bool
  /// The smallest reversal, beyond the slack, that the check must be able to refute (in the
  /// metric's units; paired only): a comparison "holds" only when a true mean difference of
  /// slack + minimumEffect would be refuted with probability about 0.9 at the observed
  /// variance; otherwise it is inconclusive with the runs that would decide. nil: no stated
  /// effect (the detail still reports the smallest reversal the check would refute).
  public let minimumEffect: Double?
  /// Paired only: when the budget's runs cannot decide, run this many more at most (scaled
  /// like the budget), as many as the observed variance says would decide, and decide on
  /// those fresh runs alone. nil: never more than the budget.
  public let maximumRuns: Int?

  public init(
    metric: String, range: ClosedRange<Double>, isBernoulli: Bool = false, arms: [Arm],
    comparisons: [Comparison], paired: Bool = false, minimumEffect: Double? = nil, maximumRuns: Int? = nil
  ) {
    self.metric = metric
    self.range = range
    self.isBernoulli = isBernoulli
    self.arms = arms
    self.comparisons = comparisons
    self.paired = paired
    self.minimumEffect = minimumEffect
    self.maximumRuns = maximumRuns
  }

  /// Claims the metric does not grow from each arm to the next (mean(a+1) ≤ mean(a) + slack).
  public static func nonIncreasing(
    metric: String, range: ClosedRange<Double>, isBernoulli: Bool = false, slack: Double = 0,
    arms: [Arm], paired: Bool = false, minimumEffect: Double? = nil, maximumRuns: Int? = nil
  ) -> TrendSpec {
    TrendSpec(
      metric: metric, range: range, isBernoulli: isBernoulli, arms: arms,
      comparisons: (0..<max(0, arms.count - 1)).map { Comparison($0 + 1, atMost: $0, slack: slack) },
      paired: paired, minimumEffect: minimumEffect, maximumRuns: maximumRuns)
  }
}
