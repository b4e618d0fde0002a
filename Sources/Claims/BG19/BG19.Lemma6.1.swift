import Foundation
import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Lemma6.1`: exploration at initialization for XORD (BG19 §6.1).
  static let lemma6_1 = Claim(
    id: "BG19.Lemma6.1", paper: .BG19, location: "§6.1, Lemma 6.1 (sets of §6)", kinds: [.probability, .exact],
    statement:
      "For k ≥ 120, with probability at least 1 − 4e⁻⁸, ||W_0⁺(1) ∪ W_0⁺(3)| − k/2| ≤ 2√k, where "
      + "W_t⁺(i) = {j : argmax_{1≤l≤4} w_t⁽ʲ⁾·p_l = i}.",
    notes: [
      "**Sets.** §6 defines W_t⁺(i) by the argmax over the four patterns (ties, of probability 0, go "
        + "to the smallest l): since p3 = −p1 and p4 = −p2, W_0⁺(1) ∪ W_0⁺(3) is the set of filters in "
        + "the open first or third quadrant, each independently with probability 1/2. (With the "
        + "§3.1 sets, by the sign of w·p_i, W_0⁺(1) ∪ W_0⁺(3) would be every filter and the lemma "
        + "would fail for every k; §6 is explicit, so only its sets are used.) Weights i.i.d. "
        + "N(0, σ_g²) with σ_g = c_η/(16k^{3/2}), c_η = 1/410 (only the w-filters are drawn: the event does not involve the u's); the event depends only on signs.",
      "**Exact probability.** |W_0⁺(1) ∪ W_0⁺(3)| ~ Bin(k, 1/2), so the probability is "
        + "P(|Bin(k, 1/2) − k/2| ≤ 2√k), summed exactly in log space. Hoeffding gives "
        + "2 exp(−2(2√k)²/k) = 2e⁻⁸ for the complement, so 1 − 2e⁻⁸ already holds; the printed "
        + "1 − 4e⁻⁸ is looser still. Against the exact value: " + lemma6_1Positions + ".",
    ],
    checks: [120, 250, 500, 1000].map { k in
      Check(
        "k = \(k)", budget: Budget(test: 2000, report: 10_000),
        .probability(
          ProbabilitySpec(
            event: "||W_0⁺(1) ∪ W_0⁺(3)| − k/2| ≤ 2√k",
            claimed: try! BG19.lemma6_1ProbabilityBound(k: k), claimedDescription: "1 − 4e⁻⁸",
            exact: try! BG19.lemma6_1ExactProbability(k: k),
            exactDescription: "P(|Bin(k, 1/2) − k/2| ≤ 2√k)"
          ) { context in
            // Only the w-filters matter: draw them (2k normals) and leave the u's at 0.
            let setting = BG19.Setting(k: k, cEta: 1.0 / 410)
            let w = context.rng.nextNormalVector(count: 2 * k, standardDeviation: try setting.sigma)
            let weights = try BG19.Weights(k: k, storage: w + [Double](repeating: 0, count: 2 * k))
            if context.isTracing {
              let n = try BG19.XORD.wPlus(weights, pattern: 1).count + BG19.XORD.wPlus(weights, pattern: 3).count
              context.note("|W_0⁺(1) ∪ W_0⁺(3)|", n)
              let interval = try BG19.lemma3_1Interval(k: k)
              context.note("k/2 ± 2√k", [interval.lowerBound, interval.upperBound])
            }
            return BG19.XORD.lemma6_1Event(weights)
          }))
    })

  /// Where the exact probability of Lemma 6.1 sits against 1 − 4e⁻⁸ and 1 − 2e⁻⁸, as text.
  static let lemma6_1Positions: String = [120, 1000].map { k in
    let exact = try! BG19.lemma6_1ExactProbability(k: k)
    return "k = \(k): 1 − exact = \(Format.number(1 - exact, digits: 3)), against 4e⁻⁸ = "
      + "\(Format.number(4 * exp(-8.0), digits: 3)) (printed) and 2e⁻⁸ = \(Format.number(2 * exp(-8.0), digits: 3)) (Hoeffding)"
  }.joined(separator: "; ")
}
