/// The report's mutation table (`BoundMutation`): per claim and mutation, whether the suite
/// refutes the mutated statement, and if not, why. Every run fills it from the checks'
/// re-decided verdicts (`CheckResult.mutations`): no trial runs twice.
public enum MutationTable {
  /// Whether `result`'s claim was caught under the mutation named `name`: some check
  /// expected to hold (or a correction) is refuted. With what refuted it, or why not.
  public static func outcome(_ result: ClaimResult, mutation name: String) -> (caught: Bool, why: String) {
    let counted = result.checks.filter { !$0.isKnownErratum }
    let verdicts = counted.compactMap { c in c.mutations.first { $0.mutation == name } }
    if let hit = verdicts.first(where: { $0.verdict == .refuted }) { return (true, hit.why) }
    // The most informative reason: underpowered, then loose, then the rest.
    for key in ["underpowered", "loose by orders of magnitude", "loose", "vacuous"] {
      if let r = verdicts.first(where: { $0.why.hasPrefix(key) }) { return (false, r.why) }
    }
    return (false, verdicts.first?.why ?? "no check")
  }

  /// `outcome` under the run's own mutation (`theorems report --mutate-bounds F`), else F = 0.5.
  public static func outcome(_ result: ClaimResult) -> (caught: Bool, why: String) {
    outcome(result, mutation: (result.mutation ?? BoundMutation.standard[0]).name)
  }

  /// One line: what refuted the mutated check, or why it was not refuted.
  static func why(_ c: CheckResult, mutation m: BoundMutation) -> String {
    if c.verdict == .refuted { return "\(c.label): \(c.explanation)" }
    if c.verdict == .cannotRefute { return "cannot refute (\(c.label))" }
    if c.verdict == .error { return "run error (\(c.label))" }
    let F = m.factor
    switch c.detail {
    case .probability(let d):
      guard let claimed = d.claimed else {
        return m.scalesBounds ? "exact value not rejected (\(c.label))" : "exact value not rejected after the shift (\(c.label))"
      }
      if claimed <= 0 { return "vacuous: claimed probability ≤ 0 (\(c.label))" }
      if d.estimate >= claimed {
        return "loose: estimate \(Format.probability(d.estimate)) meets the mutated claim \(Format.probability(claimed)) (\(c.label))"
      }
      return "underpowered: estimate \(Format.probability(d.estimate)) < mutated claim \(Format.probability(claimed)) "
        + "but not significant" + (d.trialsNeeded.map { "; about \($0) trials would decide" } ?? "") + " (\(c.label))"
    case .always(let d):
      guard m.scalesBounds else { return "no probability claim (\(c.label))" }
      guard let r = d.worstRatio else { return "no numeric bound: conditions only (\(c.label))" }
      if r < 0.01 * F {
        return "loose by orders of magnitude: worst ratio \(Format.number(r, digits: 3)) (\(c.label))"
      }
      return "loose: worst ratio \(Format.number(r, digits: 3)) ≤ F = \(Format.number(F)) (\(c.label))"
    case .trend:
      return m.scalesBounds ? "a trend: no bound to scale, only its slack (\(c.label))" : "no probability claim (\(c.label))"
    case .failed:
      return "run error (\(c.label))"
    }
  }

  /// The mutations tabulated for `results`: the standard ones, then the run's own.
  static func mutations(_ results: [ClaimResult]) -> [String] {
    var names = BoundMutation.standard.map(\.name)
    if let own = results.lazy.compactMap(\.mutation).first, !names.contains(own.name) { names.append(own.name) }
    return names
  }

  /// The methods-section table.
  static func text(_ results: [ClaimResult]) -> String {
    guard !results.isEmpty else { return "" }
    let names = mutations(results)
    var out =
      "\n**Mutations.** Would the suite notice a wrong statement? Each check is re-decided, from the same "
      + "trial outcomes (no trial runs twice), with its statement mutated (`BoundMutation`): **F** — every bound "
      + "tightened by F (upper bounds ×F, lower bounds ÷F, expected values ×F, bounds inside a probability "
      + "check's event ×F, allowed failure rates ×F, trend slacks ×F); **p + s** — every claimed probability "
      + "raised by s (capped at 1; an exact value that is the statement moves by s), bounds unchanged. A claim "
      + "is caught when a check expected to hold is refuted (the cell names it); otherwise the cell says why "
      + "not: *loose* (the data reach only a fraction of the bound, or the estimate meets the mutated claim), "
      + "*loose by orders of magnitude*, *underpowered* (the estimate is below the mutated claim but the trials "
      + "cannot show it), *no numeric bound*, *no probability claim*, *a trend*, *cannot refute*.\n\n"
      + "| claim |" + names.map { " \($0) |" }.joined() + "\n|---|" + names.map { _ in "---|" }.joined() + "\n"
    var caught = [Int](repeating: 0, count: names.count)
    for r in results {
      out += "| `\(r.claim.id)` |"
      for (i, name) in names.enumerated() {
        let (hit, why) = outcome(r, mutation: name)
        if hit { caught[i] += 1 }
        out += " \(hit ? "**caught**" : "not caught"): \(cell(why)) |"
      }
      out += "\n"
    }
    out += "\nCaught: " + names.enumerated().map { "\($1) \(caught[$0]) of \(results.count)" }.joined(separator: "; ") + ".\n"
    return out
  }

  /// A table cell: pipes escaped, long explanations cut.
  static func cell(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: "|", with: "\\|")
    return escaped.count > 120 ? String(escaped.prefix(117)) + "…" : escaped
  }
}
