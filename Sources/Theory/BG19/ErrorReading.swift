extension BG19 {
  /// How a network output N(x) = 0 is scored when asking whether the model errs on
  /// (x, y). BG19 §3.1 and Thm. 3.4 speak of sign(N_W(x)) = f*(x) and of "errs" without
  /// fixing sign(0), and N(x) = 0 does happen: e.g. a k = 2 XORD network at convergence
  /// in which no filter fires on a pattern set gives N = 0 exactly.
  public enum ErrorReading: Sendable, CaseIterable {
    /// Errs iff sign(N(x)) ≠ y with sign(0) = 0. This is the same as y·N(x) ≤ 0: an
    /// output of exactly 0 is always an error. (The two readings one might write down,
    /// "sign(N) ≠ y with sign(0) = 0" and "y·N ≤ 0", coincide on every input.)
    case signWithZero
    /// Errs iff the prediction (N(x) ≥ 0 ? 1 : −1) differs from y: an output of 0
    /// predicts +1 (the usual `N >= 0` thresholding), so it errs only on negatives.
    case zeroPredictsPositive
    /// Errs iff the prediction (N(x) > 0 ? 1 : −1) differs from y: an output of 0 predicts
    /// −1 (sign(0) = −1), so it errs only on positives.
    case zeroPredictsNegative

    /// The reading in words, as the report's reading column shows it.
    public var text: String {
      switch self {
      case .signWithZero: return "0 counts as an error: y·N ≤ 0 (sign(0) = 0)"
      case .zeroPredictsPositive: return "sign(0) = +1: prediction N ≥ 0 ? +1 : −1"
      case .zeroPredictsNegative: return "sign(0) = −1: prediction N > 0 ? +1 : −1"
      }
    }
  }

  /// Whether a model with output N(x) = `output` errs on a point with label `label` ∈ {±1},
  /// under the given reading of sign(0) (see ``ErrorReading``).
  @inlinable
  public static func errs(output: Double, label: Double, reading: ErrorReading = .signWithZero)
    -> Bool
  {
    switch reading {
    case .signWithZero: return label * output <= 0
    case .zeroPredictsPositive: return (output >= 0 ? 1.0 : -1.0) != label
    case .zeroPredictsNegative: return (output > 0 ? 1.0 : -1.0) != label
    }
  }
}
