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
      lemma5_1BoundNote,
      "**Asymptotic.** \"W.h.p.\" and Õ hide polynomials; the trend over m supports but cannot prove the "
        + "asymptotic statement. Setting: the structured runs of `LL18.Theorem4.1` (exact (A1)/(A2) data, k = 3, "
        + "l = 2, d = 20, 200 + 200 points, B = 16, η = 10/m, T = \(structuredSteps)); pattern change at T, the "
        + "largest width m = \(structuredWidths[structuredWidths.count - 1]) against the smallest m = \(structuredWidths[0]) "
        + "(between neighbouring widths the per-unit change is not monotone at these sizes: from m = 10 to 40 it "
        + "rises by about 0.02–0.04 under (A3), not significantly). Batch sampling: both readings "
        + "(partition per pass; i.i.d. with replacement) under (A3); the §7 initialization reading with the partition.",
      "**Paired trend.** Run i of every width trains on the same data (the series' shared stream; own "
        + "initialization and batches), and the comparison mean(largest m) ≤ mean(smallest m) is decided on the "
        + "\(structuredTrials) per-run differences (Hoeffding/empirical-Bernstein bounds, `TrendRule`). Minimum "
        + "effect \(Format.number(structuredMinimumEffect)): \"holds\" needs that a reversal of that much (in a "
        + "fraction of units or pairs) would be refuted; the run count is the one at which the bounds reach it "
        + "(their range term, 7·2·log(4/α)/(3(n − 1)), dominates at these variances). The same runs serve the "
        + "per-unit and the pairs checks and `LL18.Theorem4.1`'s accuracy and steps checks.",
    ],
    checks: [
      (LL18.InitializationReading.varianceOneOverM, LL18.BatchSampling.withoutReplacement),
      (.varianceOneOverM, .withReplacement), (.varianceOneOverSqrtM, .withoutReplacement),
    ].flatMap { (reading, sampling) in
      [("per unit", true), ("over (unit, input) pairs", false)].map { (name, perUnit) in
        Check(
          "pattern change \(name) does not grow with m (\(sampling == .withReplacement ? "with replacement" : "partition"), \(reading.label))",
          reading: "\(reading.rawValue); pattern change \(name); batches \(sampling.rawValue)",
          budget: Budget(test: structuredTestTrials, report: structuredTrials),
          .trend(
            TrendSpec(
              metric: "fraction with a changed pattern at T", range: 0...1,
              arms: [structuredWidths[0], structuredWidths[structuredWidths.count - 1]].map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  let r = try structuredRun(&context, m: m, reading: reading, sampling: sampling)
                  return perUnit ? r.last.patternChangeUnits : r.last.patternChangePairs
                }
              },
              comparisons: [TrendSpec.Comparison(1, atMost: 0)], paired: true, minimumEffect: structuredMinimumEffect)))
      }
    })
}

extension LL18Claims {
  /// The lemma's bound with constants 1 at the sizes run, and the widths where it stops being vacuous.
  static var lemma5_1BoundNote: String {
    func width(_ steps: Int, _ k: Int, _ e: Double) -> String {
      Format.number((try? LL18.lemma5_1NonVacuousWidth(eta0: 10, steps: steps, k: k, l: 2, sigmaExponent: e)) ?? .nan, digits: 3)
    }
    let values = structuredWidths.map { m in
      LL18.InitializationReading.allCases.map { r in
        Format.number((try? LL18.lemma5_1Bound(eta: 10 / Double(m), steps: structuredSteps, k: 3, l: 2, sigma: r.sigma(m: m))) ?? .nan, digits: 3)
      }.joined(separator: " / ")
    }
    return "**The lemma's bound with constants 1.** Reading t = Õ(τ/η) as τ = η·t: 1 − e·η·t·k·l/σ. In the checks' "
      + "setting (k = 3, l = 2, η = 10/m, t = \(structuredSteps)) it is, at m = "
      + "\(structuredWidths.map(String.init).joined(separator: ", ")) ((A3) / §7 reading): \(values.joined(separator: "; ")); it is "
      + "positive only for m > \(width(structuredSteps, 3, 0.5)) (σ = 1/√m) or m > \(width(structuredSteps, 3, 0.25)) "
      + "(σ = m^(−1/4)). In the §7 setting (k = 10, l = 2, t = 400): m > \(width(400, 10, 0.5)) (A3) or m > "
      + "\(width(400, 10, 0.25)). At every size run here the bound is vacuous (≤ 0), so it is reported, not checked."
  }
}
