/// How many trials a check runs: a small number in `swift test`, a larger one in the report.
public struct Budget: Sendable, Equatable {
  /// Trials in `swift test`.
  public var test: Int
  /// Trials in `theorems report` at `--scale 1`.
  public var report: Int
  /// Whether `--scale` multiplies the count. Exhaustive checks (a fixed list of cases) are
  /// not scaled.
  public var scalable: Bool

  public init(test: Int, report: Int, scalable: Bool = true) {
    self.test = test
    self.report = report
    self.scalable = scalable
  }

  /// A fixed list of `cases` cases, the same in tests and in the report.
  public static func exhaustive(_ cases: Int) -> Budget {
    Budget(test: cases, report: cases, scalable: false)
  }

  /// The trial count at a level: tests, or the report at a scale (at least one trial).
  public func trials(at level: BudgetLevel) -> Int {
    switch level {
    case .test: return test
    case .report(let scale):
      guard scalable else { return report }
      return max(1, Int((Double(report) * scale).rounded()))
    }
  }
}

/// Which budget a run uses.
public enum BudgetLevel: Sendable, Equatable {
  case test
  case report(scale: Double)
}
