import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// (d, δ) of Theorem 9's first part; k is the largest width the theorem allows.
  static let theorem9SmallGrid: [(d: Int, delta: Double)] = [(10, 0.1), (90, 0.05), (200, 0.01)]

  /// `BGMS18.Theorem9.small`: narrow ReLU networks get stuck (BGMS18 §7.2, Theorem 9, first
  /// part; proof §9.3.2).
  static let theorem9Small = Claim(
    id: "BGMS18.Theorem9.small", paper: .BGMS18, location: "§7.2, Theorem 9 (first part), proof §9.3.2",
    kinds: [.probability, .exact],
    statement:
      "On S = {e₁,…,e_d}×{1} with ReLU and W₀ from a continuous symmetric bounded distribution, if "
      + "k ≤ log₂(d/(−ln δ)) then with probability ≥ 1 − δ SGD converges to a non-global minimum.",
    notes: [
      "**Exact probability.** By Lemma 12, SGD ends at a non-global minimum iff some e_j has "
        + "⟨w₀^(i), e_j⟩ ≤ 0 for every w-row (K₀ ≠ ∅). The signs of the coordinates of W₀ are "
        + "independent and uniform for both distributions used (independent uniform entries on "
        + "[−C, C]; rows uniform in the C-ball, whose coordinate signs are uniform by reflection "
        + "symmetry), so P(K₀ ≠ ∅) = 1 − (1 − 2^{−k})^d exactly (computed as "
        + "−expm1(d·log1p(−2^{−k}))); the proof bounds it below by 1 − e^{−d/2^k} ≥ 1 − δ.",
      "**Runs.** Each trial draws W₀ (C log-uniform in [0.2, 5]), runs SGD with uniformly random "
        + "examples and η log-uniform in [0.5, 5] until L_S = 0 or until no step can change W "
        + "(detected exactly), and records which happened; a run must end one way or the other.",
      "**Grid.** For (d, δ) = (10, 0.1), (90, 0.05), (200, 0.01), k = ⌊log₂(d/(−ln δ))⌋ (2, 4, 5), "
        + "each distribution on its own, with the claimed 1 − δ and the exact value; and k + 1, "
        + "just beyond the threshold, where the theorem claims nothing (exact value only, the two "
        + "distributions alternating).",
    ],
    checks: theorem9SmallGrid.flatMap { setting -> [Check] in
      let k = Int((try? BGMS18.theorem9SmallWidthThreshold(d: setting.d, delta: setting.delta)) ?? 1)
      let budget = Budget(test: 200, report: 2000)
      return Theorem9Runs.Distribution.allCases.map { distribution in
        Theorem9Runs.check(
          "d = \(setting.d), δ = \(Format.number(setting.delta)), k = \(k), \(distribution == .ball ? "ball" : "entries")",
          reading: "k = ⌊log₂(d/(−ln δ))⌋, W₀ \(distribution.rawValue)", d: setting.d, k: k, delta: setting.delta,
          claimed: true, global: false, distributions: [distribution], budget: budget)
      } + [
        Theorem9Runs.check(
          "d = \(setting.d), k = \(k + 1)", reading: "beyond the threshold (no claim)", d: setting.d, k: k + 1,
          delta: setting.delta, claimed: false, global: false, distributions: Theorem9Runs.Distribution.allCases,
          budget: budget)
      ]
    })
}
