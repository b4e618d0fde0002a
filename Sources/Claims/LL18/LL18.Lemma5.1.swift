import Foundation
import Generators
import Theory
import Verification

extension LL18Claims {
  /// `LL18.Lemma5.1`: the coupling of the true and pseudo-gradients (LL18 §5.1, §7).
  static let lemma5_1 = Claim(
    id: "LL18.Lemma5.1", paper: .LL18, location: "§5.1, Lemma 5.1; §5 observation; §7 coupling", kinds: [.trend],
    statement:
      "W.h.p., for every τ > 0 and t = Õ(τ/η), at least a 1 − eτkl/σ fraction of units r have ∂L/∂w_r = "
      + "∂̃L/∂w_r; the fraction of units whose activation pattern changed since initialization is small and "
      + "shrinks as m grows.",
    notes: [
      "**Coupled units.** A unit's pseudo- and true gradients on the training inputs coincide when its "
        + "pattern is unchanged on every training input (and, for linearly independent inputs with non-zero "
        + "coefficients, only then); the coupled fraction is 1 − the per-unit pattern change. Both readings of "
        + "the pattern change are checked: per unit (any training input flips it) and over (unit, input) pairs.",
      "**The lemma's bound with constants 1.** Reading t = Õ(τ/η) as τ = η·t: 1 − e·η·t·k·l/σ. In the checks' "
        + "setting (k = 3, l = 2, η = 10/m, t = 200) it is 1 − e·10·200·6/(m·σ): with σ = 1/√m (A3) it is "
        + "positive only for m > (e·12000)² ≈ 1.06·10⁹; with σ = m^(−1/4) only for m > (e·12000)^(4/3) ≈ 1.1·10⁶. "
        + "In the §7 setting (k = 10, l = 2, t = 400): m > (e·80000)² ≈ 4.7·10¹⁰ (A3) or m > (e·80000)^(4/3) ≈ "
        + "2.8·10⁷. At every size run here the bound is vacuous (≤ 0), so it is reported, not checked.",
      "**Asymptotic.** \"W.h.p.\" and Õ hide polynomials; the trend over m supports but cannot prove the "
        + "asymptotic statement. Setting: exact (A1)/(A2) data of `LL18.Theorem4.1` (k = 3, l = 2, d = 20, 200 "
        + "points, B = 16, η = 10/m, T = 200); pattern change at T, compared over m = 20, 80, 320 (Hoeffding "
        + "bounds on [0, 1]). Batch sampling: both readings (partition per pass; i.i.d. with replacement) under "
        + "(A3); the §7 initialization reading with the partition.",
    ],
    checks: [
      (LL18.InitializationReading.varianceOneOverM, LL18.BatchSampling.withoutReplacement),
      (.varianceOneOverM, .withReplacement), (.varianceOneOverSqrtM, .withoutReplacement),
    ].flatMap { (reading, sampling) in
      [("per unit", true), ("over (unit, input) pairs", false)].map { (name, perUnit) in
        Check(
          "pattern change \(name) does not grow with m (\(sampling == .withReplacement ? "with replacement" : "partition"), \(reading.label)",
          reading: "\(reading.rawValue); pattern change \(name); batches \(sampling.rawValue)",
          budget: Budget(test: 1, report: 100),
          .trend(
            .nonIncreasing(
              metric: "fraction with a changed pattern at T", range: 0...1,
              arms: [20, 80, 320].map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  let r = try LL18.runExperiment(LL18.Settings.structured(m: m, reading: reading, sampling: sampling), using: &context.rng)
                  context.note("pattern change (pairs, units)", [r.last.patternChangePairs, r.last.patternChangeUnits])
                  return perUnit ? r.last.patternChangeUnits : r.last.patternChangePairs
                }
              })))
      }
    })
}
