import Foundation
import Generators
import LinearAlgebra
import Theory
import Verification

extension LL18Claims {
  /// `LL18.lowRank`: the accumulated update is approximately low rank (LL18 §6–7).
  static let lowRank = Claim(
    id: "LL18.lowRank", paper: .LL18, location: "§6 (low rank), §7 results", kinds: [.always],
    statement:
      "W_T − W_0 is approximately low rank (its top ≈ kl singular values dominate) while W_T is not.",
    notes: [
      "**Measures.** With s the singular values (LinearAlgebra SVD) and q = kl = 20: the share of the top q in "
        + "Σs and in Σs², and the gap s_q/s_{q+1}. The check asks, on every run, that W_T − W_0 has a larger "
        + "top-q share than W_T in both sums and a larger gap. Setting: the §7 mixture reduced to d = 100 "
        + "(k = 10, l = 2, 200 + 200 points, B = 16, η = 10/m, T = 400, m = 200), both initialization readings: the "
        + "true-label m = 200 runs of `LL18.distance` (the same trials). "
        + "\"Approximately low rank\" is qualitative: the shares themselves are in the worst case and the figure.",
    ],
    checks: LL18.InitializationReading.allCases.map { reading in
      Check(
        "top kl = 20 singular values, m = 200, \(reading.label)", reading: reading.rawValue,
        budget: Budget(test: 1, report: distanceTrials),
        .always(
          AlwaysSpec(bound: "share and gap of W_T − W_0 exceed those of W_T") { context in
            let r = try distanceRun(&context, m: 200, reading: reading, fullSize: true)
            let u = LL18.topShares(r.updateSpectrum, q: 20), w = LL18.topShares(r.weightSpectrum, q: 20)
            context.note("update shares, gap", "\(u)")
            context.note("W_T shares, gap", "\(w)")
            return .all([
              .condition(u.linear > w.linear, "Σs share: update \(Format.number(u.linear, digits: 3)) vs W_T \(Format.number(w.linear, digits: 3))"),
              .condition(u.squared > w.squared, "Σs² share: update \(Format.number(u.squared, digits: 3)) vs W_T \(Format.number(w.squared, digits: 3))"),
              .condition((u.gap ?? 0) > (w.gap ?? .infinity), "gap s₂₀/s₂₁: update \(Format.number(u.gap ?? .nan, digits: 3)) vs W_T \(Format.number(w.gap ?? .nan, digits: 3))"),
            ])
          }))
    })
}
