import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// The parameter sets of Theorem 5 (d = 10, w* = ‖w*‖e₁, balanced classes).
  static let theorem5Settings: [GeneralizationRuns.Setting] = [
    .init(label: "easy, k = 10, n = 1000, δ = 0.05", theorem: .five, k: 10, n: 1000, eta: 10, alpha: 0.9, wStarNorm: 1.2, delta: 0.05),
    .init(
      label: "margin 1/3, k = 10, n = 4000, δ = 0.01", theorem: .five, k: 10, n: 4000, eta: 1, alpha: 0.5, wStarNorm: 3,
      delta: 0.01, profile: .onMargin),
    .init(
      label: "margin 1/3, k = 100, n = 4000, δ = 0.01", theorem: .five, k: 100, n: 4000, eta: 1, alpha: 0.5, wStarNorm: 3,
      delta: 0.01, profile: .onMargin),
    .init(
      label: "margin 1/3, stopped, k = 10, n = 4000, δ = 0.05", theorem: .five, k: 10, n: 4000, eta: 1, alpha: 0.5,
      wStarNorm: 3, delta: 0.05, stopAfter: 10, profile: .onMargin),
    .init(
      label: "margin 1/3, k = 10, n = 1000, δ = 0.05", theorem: .five, k: 10, n: 1000, eta: 1, alpha: 0.5, wStarNorm: 3,
      delta: 0.05, profile: .onMargin),
  ]

  /// `BGMS18.Theorem5`: the compression bound on the test error of SGD's output (BGMS18
  /// §6.1, Theorem 5; proof §9.2.1).
  static let theorem5 = Claim(
    id: "BGMS18.Theorem5", paper: .BGMS18, location: "§6.1, Theorem 5 (proof §9.2.1)",
    kinds: [.probability],
    statement:
      "If n ≥ 2c_k, with probability ≥ 1 − δ over S and W₀ the 0-1 test error of SGD's output is at most "
      + "L_V + √(L_V·4c_k log(n/δ)/n) + 8c_k log(n/δ)/n (c_k non-zero updates, V the examples never "
      + "updated on).",
    notes: GeneralizationRuns.notes + [
      "**Theorem 5 specifics.** c_k is the number of non-zero updates (the compression sequence "
        + "i₁,…,i_{c_k} may repeat an example; replaying the updates in order reproduces the "
        + "output), V the examples never updated on and L_V the 0-1 error on V. The \"stopped\" "
        + "setting ends SGD after 3 iterations, so that L_V > 0 and the √L_V term matters (the "
        + "compression argument applies to any stopping rule). The statement takes c_k as given, "
        + "but c_k depends on S: a union bound over the possible sizes (δ/n each) is missing from "
        + "the proof, which would add log n to log(n/δ); the check tests the bound as printed.",
      "**Settings.** \"easy\": ‖w*‖ = 1.2, α = 0.9, η = 10, margins uniform: one to three "
        + "updates, bound ≈ 0.1. \"margin 1/3\": ‖w*‖ = 3, every point on the margin, α = 0.5, "
        + "η = 1: about 25 updates, bound ≈ 0.63 at n = 4000 (δ = 0.01) and **vacuous** (≈ 1.7) at n = 1000; "
        + "stopped after 10 iterations it errs on about 7% of V and of fresh points, with bound "
        + "≈ 0.38. See the table \"bound\" (capped at 1). The test error of SGD's output is far "
        + "below every non-vacuous bound (mostly exactly 0 on 5000 fresh points): the bound "
        + "holds with a wide margin, and its factor 8·log(n/δ) makes it vacuous unless n is "
        + "about 100 times c_k.",
    ],
    checks: theorem5Settings.map {
      GeneralizationRuns.check($0, claimID: "BGMS18.Theorem5", budget: GeneralizationRuns.budget)
    } + GeneralizationRuns.summaries(theorem5Settings, claimID: "BGMS18.Theorem5"))
}
