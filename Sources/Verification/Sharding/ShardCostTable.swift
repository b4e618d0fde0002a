/// Estimated costs that balance `ShardPlan`: seconds per trial of each check (per arm for a
/// trend) and seconds per figure at scale 1, measured on one core (see `measured`).
///
/// Only the balance of the shards depends on these numbers, never a result: a wrong or
/// missing entry makes one shard slower, not the report different. A check missing from the
/// table costs `defaultSecondsPerTrial` and is never split; a figure missing from it costs
/// `defaultFigureSeconds`.
public struct ShardCostTable: Sendable {
  /// Seconds per trial, keyed by `claim id|check label`.
  public let secondsPerTrial: [String: Double]
  /// Seconds per figure at scale 1, keyed by figure name.
  public let figureSeconds: [String: Double]
  /// Checks whose trials take at least this long are split between shards by trial range
  /// (their raw outcomes then travel in the part files, which stays small because each trial
  /// is expensive); cheaper checks run whole in one shard.
  public let splitThreshold: Double
  public let defaultSecondsPerTrial: Double
  public let defaultFigureSeconds: Double

  public init(
    secondsPerTrial: [String: Double], figureSeconds: [String: Double], splitThreshold: Double = 2e-3,
    defaultSecondsPerTrial: Double = 1e-3, defaultFigureSeconds: Double = 1
  ) {
    self.secondsPerTrial = secondsPerTrial
    self.figureSeconds = figureSeconds
    self.splitThreshold = splitThreshold
    self.defaultSecondsPerTrial = defaultSecondsPerTrial
    self.defaultFigureSeconds = defaultFigureSeconds
  }

  func secondsPerTrial(claimID: String, check: String) -> Double {
    let s = secondsPerTrial["\(claimID)|\(check)"] ?? defaultSecondsPerTrial
    return s.isFinite && s > 0 ? s : defaultSecondsPerTrial
  }

  func isSplittable(claimID: String, check: String) -> Bool {
    guard let s = secondsPerTrial["\(claimID)|\(check)"], s.isFinite else { return false }
    return s >= splitThreshold
  }

  func figureSeconds(name: String) -> Double {
    let s = figureSeconds[name] ?? defaultFigureSeconds
    return s.isFinite && s >= 0 ? s : defaultFigureSeconds
  }
}
