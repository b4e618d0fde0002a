/// The outcome of a check or a claim.
public enum Verdict: String, Sendable, Comparable, Codable {
  /// Not refuted, and the trials had the power to refute it (see the report's power column).
  case holds
  /// The printed statement is refuted and its corrected statement holds.
  case erratum
  /// Not refuted, but too few trials to decide; the result says how many would.
  case inconclusive
  /// The evidence refutes the statement: an exact interval excludes the claimed probability,
  /// or a counterexample beyond floating-point tolerance was found.
  case refuted
  /// A trial threw (invalid parameters, a diverging run, a bug): nothing is concluded.
  case error

  /// Severity order used to combine verdicts: holds < erratum < inconclusive < refuted < error.
  public static func < (a: Verdict, b: Verdict) -> Bool {
    let order: [Verdict] = [.holds, .erratum, .inconclusive, .refuted, .error]
    return order.firstIndex(of: a)! < order.firstIndex(of: b)!
  }
}
