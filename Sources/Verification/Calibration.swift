import Theory

/// `theorems calibrate`: the suite measures its own false-refutation rate on the checks whose
/// truth is known exactly, by rerunning them with many seeds.
public enum Calibration {
  /// The checks of `claim` whose truth is known exactly and holds: probability checks
  /// carrying an exact value (a closed form, an enumeration) that meets the claimed bound or
  /// is itself the statement, not the printed statement of an erratum.
  public static func knownTrueChecks(_ claim: Claim) -> [Check] {
    claim.checks.filter { check in
      guard !check.isKnownErratum, case .probability(let spec) = check.body, let exact = spec.exact else {
        return false
      }
      return spec.claimed.map { exact >= $0 * (1 - 1e-12) } ?? true
    }
  }

  /// One claim's calibration.
  public struct Row: Sendable {
    public let claimID: String
    /// The known-true checks rerun.
    public let checks: Int
    public let runs: Int
    /// Runs in which some known-true check was refuted (a false refutation).
    public let refuted: Int
    /// Runs in which some known-true check had a run error.
    public let errors: Int
    /// The budget share these checks spend per run: their decisions × α per decision.
    public let share: Double
    /// Two-sided 95% Clopper–Pearson interval of the false-refutation rate.
    public let interval: ClosedRange<Double>
    /// Whether the rate is consistent with the share (the interval's lower end ≤ share).
    public var withinBudget: Bool { interval.lowerBound <= share && errors == 0 }
  }

  /// Reruns the known-true checks of `claims` at the test budget with seeds
  /// base + 1, …, base + runs.
  public static func run(_ claims: [Claim], runs: Int, base: UInt64, jobs: Int) throws -> [Row] {
    try InvalidParameter.require(runs >= 1, "runs", runs, "must be at least 1")
    var rows: [Row] = []
    for claim in claims {
      let checks = knownTrueChecks(claim)
      guard !checks.isEmpty else { continue }
      var refuted = 0
      var errors = 0
      for r in 1...runs {
        let options = RunOptions(seed: base &+ UInt64(r), jobs: jobs, level: .test)
        let verdicts = checks.map { Engine.evaluate($0, of: claim, options: options).verdict }
        if verdicts.contains(.refuted) { refuted += 1 }
        if verdicts.contains(.error) { errors += 1 }
      }
      let decisions = checks.reduce(0) { $0 + $1.statisticalDecisions }
      rows.append(
        Row(
          claimID: claim.id, checks: checks.count, runs: runs, refuted: refuted, errors: errors,
          share: Double(decisions) * claim.alphaPerDecision,
          interval: try ClopperPearson.interval(successes: refuted, trials: runs, alpha: 0.05)))
    }
    return rows
  }

  /// The table `theorems calibrate` prints.
  public static func table(_ rows: [Row]) -> String {
    var out =
      "| claim | known-true checks | runs | refuted | run errors | rate | 95% Clopper–Pearson | budget share | within budget |\n"
      + "|---|---:|---:|---:|---:|---|---|---|---|\n"
    for r in rows {
      out +=
        "| `\(r.claimID)` | \(r.checks) | \(r.runs) | \(r.refuted) | \(r.errors) | "
        + "\(Format.probability(Double(r.refuted) / Double(r.runs))) | \(Format.interval(r.interval)) | "
        + "\(Format.level(r.share)) | \(r.withinBudget ? "yes" : "NO") |\n"
    }
    return out
  }
}
