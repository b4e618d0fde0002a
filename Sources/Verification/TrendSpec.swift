/// "A metric compares across settings in the claimed direction." Each arm is a setting
/// (e.g. a number of channels k) whose trials return a value of the metric in `range`.
/// A comparison claims mean(lhs) ≤ mean(rhs) + slack; it is refuted only when a confidence
/// bound on the difference excludes that (Clopper–Pearson for 0/1 metrics, Hoeffding
/// otherwise, each arm at half the comparison's share).
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

  public init(
    metric: String, range: ClosedRange<Double>, isBernoulli: Bool = false, arms: [Arm],
    comparisons: [Comparison]
  ) {
    self.metric = metric
    self.range = range
    self.isBernoulli = isBernoulli
    self.arms = arms
    self.comparisons = comparisons
  }

  /// Claims the metric does not grow from each arm to the next (mean(a+1) ≤ mean(a) + slack).
  public static func nonIncreasing(
    metric: String, range: ClosedRange<Double>, isBernoulli: Bool = false, slack: Double = 0,
    arms: [Arm]
  ) -> TrendSpec {
    TrendSpec(
      metric: metric, range: range, isBernoulli: isBernoulli, arms: arms,
      comparisons: (0..<max(0, arms.count - 1)).map { Comparison($0 + 1, atMost: $0, slack: slack) })
  }
}
