/// The outcome of a check or a claim.
public enum Verdict: String, Sendable, Comparable, Codable {
  /// Not refuted, and the trials had the power to refute it (see the report's power column).
  case holds
  /// The printed statement is refuted and its corrected statement holds.
  case erratum
  /// No outcome of the trials run could refute the check (a summary without a claimed
  /// comparison, too few trials for any interval to exclude the claim): it counts toward
  /// nothing, and the result says why.
  case cannotRefute = "cannot refute"
  /// Not refuted, but too few trials to decide; the result says how many would.
  case inconclusive
  /// The evidence refutes the statement: an exact interval excludes the claimed probability,
  /// or a counterexample beyond floating-point tolerance was found.
  case refuted
  /// A trial threw (invalid parameters, a diverging run, a bug): nothing is concluded.
  case error

  /// Severity order used to combine verdicts:
  /// holds < erratum < cannot refute < inconclusive < refuted < error.
  public static func < (a: Verdict, b: Verdict) -> Bool {
    let order: [Verdict] = [.holds, .erratum, .cannotRefute, .inconclusive, .refuted, .error]
    return order.firstIndex(of: a)! < order.firstIndex(of: b)!
  }
}
