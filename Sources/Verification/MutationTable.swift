/// The report's table for `--mutate-bounds F`: per claim, whether the suite refutes the
/// tightened statements, and if not, why.
public enum MutationTable {
  /// Whether the mutated claim was caught: some check expected to hold (or a correction)
  /// is refuted. With the reason when not.
  public static func outcome(_ result: ClaimResult) -> (caught: Bool, why: String) {
    let counted = result.checks.filter { !$0.isKnownErratum }
    if let hit = counted.first(where: { $0.verdict == .refuted }) {
      return (true, "\(hit.label): \(hit.explanation)")
    }
    guard let factor = result.mutation?.factor else { return (false, "no mutation") }
    let reasons = counted.map { reason($0, factor: factor) }
    // The most informative reason: underpowered, then loose, then the rest.
    for key in ["underpowered", "loose by orders of magnitude", "loose", "vacuous"] {
      if let r = reasons.first(where: { $0.hasPrefix(key) }) { return (false, r) }
    }
    return (false, reasons.first ?? "no check to mutate")
  }

  /// Why one check did not catch the mutation.
  static func reason(_ c: CheckResult, factor F: Double) -> String {
    if c.verdict == .cannotRefute { return "cannot refute (\(c.label))" }
    if c.verdict == .error { return "run error (\(c.label))" }
    switch c.detail {
    case .probability(let d):
      guard let claimed = d.claimed else { return "no claimed bound (\(c.label))" }
      if claimed <= 0 { return "vacuous: claimed probability ≤ 0 (\(c.label))" }
      if d.estimate >= claimed {
        return "loose: estimate \(Format.probability(d.estimate)) meets the mutated claim \(Format.probability(claimed)) (\(c.label))"
      }
      return "underpowered: estimate \(Format.probability(d.estimate)) < mutated claim \(Format.probability(claimed)) "
        + "but not significant" + (d.trialsNeeded.map { "; about \($0) trials would decide" } ?? "") + " (\(c.label))"
    case .always(let d):
      guard let r = d.worstRatio else { return "no numeric bound: conditions only (\(c.label))" }
      if r < 0.01 * F {
        return "loose by orders of magnitude: worst ratio \(Format.number(r, digits: 3)) (\(c.label))"
      }
      return "loose: worst ratio \(Format.number(r, digits: 3)) ≤ F = \(Format.number(F)) (\(c.label))"
    case .trend:
      return "a trend: no bound to scale, only its slack (\(c.label))"
    case .failed:
      return "run error (\(c.label))"
    }
  }

  /// The methods-section table (empty when the run was not mutated).
  static func text(_ results: [ClaimResult]) -> String {
    guard let factor = results.first(where: { $0.mutation != nil })?.mutation?.factor else { return "" }
    var out =
      "\n**Bound mutation F = \(Format.number(factor)).** Every bound was tightened by F (upper "
      + "bounds ×F, lower bounds ÷F, expected values ×F, allowed failure rates ×F, trend slacks "
      + "×F; `BoundMutation`). A claim is caught when a check expected to hold is refuted.\n\n"
      + "| claim | caught | why |\n|---|---|---|\n"
    var caught = 0
    for r in results {
      let (hit, why) = outcome(r)
      if hit { caught += 1 }
      out += "| `\(r.claim.id)` | \(hit ? "caught" : "not caught") | \(why.replacingOccurrences(of: "|", with: "\\|")) |\n"
    }
    out += "\n\(caught) of \(results.count) mutated claims caught.\n"
    return out
  }
}
