/// The report's methods section: generator, intervals, verdict rules, error budget.
enum Methods {
  static func text(_ results: [ClaimResult]) -> String {
    var out = """

      ## Methods

      **Randomness.** Every trial draws from its own Philox4x32-10 stream (Salmon et al., SC'11), \
      keyed by the run seed and the stream name (claim id and check label; FNV-1a then \
      SplitMix64) and counted by the trial index: a trial's numbers are a pure function of \
      (seed, claim, trial), so results do not depend on `--jobs` or thread scheduling, and \
      any trial can be replayed alone with `theorems replay`. Uniforms take the top 53 bits \
      of a draw; normals use Box–Muller; integers Lemire's multiply-and-reject.

      **Intervals.** Probability estimates carry exact Clopper–Pearson intervals (regularized \
      incomplete beta). A probability claim "P(event) ≥ p" is refuted only when the one-sided \
      upper bound at level 1 − α falls below p; where the exact probability is known, the \
      two-sided interval at level 1 − α must contain it. *Power* is the largest true \
      probability that the test would refute with probability ≥ 0.9 at the trial count used. \
      Trends compare setting means with one-sided bounds at level 1 − α/2 each (Clopper–Pearson \
      for 0/1 metrics, Hoeffding for bounded ones). "Always" and exact checks are refuted by a \
      single counterexample beyond floating-point tolerance (each check states its tolerance).

      **Error budget.** The chance that one run refutes a true claim is at most \
      \(Format.level(ErrorBudget.total)), by a union bound: each of the \
      \(ErrorBudget.catalogClaims) catalog claims has a share of \
      \(Format.level(ErrorBudget.perClaim)) (implemented or not, so shares never move), split \
      equally over the claim's statistical decisions; the machinery's statistical unit tests \
      have \(Format.level(ErrorBudget.machinery)) in all. Total \
      \(Format.level(Double(ErrorBudget.catalogClaims) * ErrorBudget.perClaim + ErrorBudget.machinery)).

      | claim | decisions | α per decision |
      |---|---:|---|

      """
    for r in results {
      let d = r.claim.statisticalDecisions
      out += "| `\(r.claim.id)` | \(d) | \(d == 0 ? "—" : Format.level(r.claim.alphaPerDecision)) |\n"
    }
    out += unrefutable(results)
    out += MutationTable.text(results)
    return out
  }

  /// The checks whose verdict is "cannot refute", with the reasons (empty when none).
  static func unrefutable(_ results: [ClaimResult]) -> String {
    let checks = results.flatMap { r in r.checks.filter { $0.verdict == .cannotRefute } }
    guard !checks.isEmpty else { return "" }
    var out =
      "\n**Checks that cannot refute.** No outcome of these checks' trials could refute them (the "
      + "most extreme violation of the statement, fed to the verdict rule, is not refuted); they "
      + "count toward nothing.\n\n| claim | check | why |\n|---|---|---|\n"
    for c in checks {
      let prefix = "cannot refute: "
      let reason = c.explanation.hasPrefix(prefix) ? String(c.explanation.dropFirst(prefix.count)) : c.explanation
      out += "| `\(c.claimID)` | \(c.label) | \(reason) |\n"
    }
    return out
  }
}
