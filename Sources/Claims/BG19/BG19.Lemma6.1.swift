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
      "**Sets: two definitions, a verdict for each.** §6 defines W_t⁺(i) by the argmax over the four "
        + "patterns (ties, of probability 0, go to the smallest l): since p3 = −p1 and p4 = −p2, "
        + "W_0⁺(1) ∪ W_0⁺(3) is the set of filters in the open first or third quadrant, each "
        + "independently with probability 1/2: with these sets the lemma **holds** (the checks by k and "
        + "the whole range below). §3.1 defines W_t⁺(i) = {j : w_t⁽ʲ⁾·x_i > 0} (x₁ = p₁, x₃ = p₃); read "
        + "with those sets, W_0⁺(1) ∪ W_0⁺(3) is every filter (w·p₃ = −w·p₁ ≠ 0 almost surely), so "
        + "||W_0⁺(1) ∪ W_0⁺(3)| − k/2| = k/2 > 2√k for every k > 16: the event has probability 0 and "
        + "the lemma **fails** for every k ≥ 120. The check \"§3.1 sets\" verifies in every trial that "
        + "this union is all k filters. It is a finding about that reading, not an erratum: the lemma "
        + "is stated in §6 right after §6's own definition, which is the paper's for this lemma. "
        + "Weights i.i.d. N(0, σ_g²) with σ_g = c_η/(16k^{3/2}), c_η = 1/410 (only the w-filters are "
        + "drawn: the event does not involve the u's); the event depends only on signs.",
      "**Exact probability.** |W_0⁺(1) ∪ W_0⁺(3)| ~ Bin(k, 1/2) (§6 sets), so the probability is "
        + "P(|Bin(k, 1/2) − k/2| ≤ 2√k), summed exactly in log space. Hoeffding gives "
        + "2 exp(−2(2√k)²/k) = 2e⁻⁸ for the complement, so 1 − 2e⁻⁸ already holds; the printed "
        + "1 − 4e⁻⁸ is looser still. Against the exact value: " + lemma6_1Positions + ".",
      "**The whole range.** The exact check \"every k in 120…10000\" computes the exact probability for "
        + "every k of the stated range up to 10⁴ (`BG19.binomialOutsideTwoRootKProbability`, O(√k) per "
        + "k) against 1 − 4e⁻⁸; its tightest case is where the minimum is attained, and the figure plots "
        + "the exact failure probability for every k beside the bound's.",
    ],
    checks: [120, 250, 500, 1000].map { k in
      Check(
        "k = \(k)", reading: "§6 sets (argmax)", budget: Budget(test: 2000, report: 10_000),
        .probability(
          ProbabilitySpec(
            event: "||W_0⁺(1) ∪ W_0⁺(3)| − k/2| ≤ 2√k",
            claimed: try! BG19.lemma6_1ProbabilityBound(k: k), claimedDescription: "1 − 4e⁻⁸",
            exact: try! BG19.lemma6_1ExactProbability(k: k),
            exactDescription: "P(|Bin(k, 1/2) − k/2| ≤ 2√k)"
          ) { context in
            let weights = try lemma6_1Weights(k: k, context: &context)
            if context.isTracing {
              let n = try BG19.XORD.wPlus(weights, pattern: 1).count + BG19.XORD.wPlus(weights, pattern: 3).count
              context.note("|W_0⁺(1) ∪ W_0⁺(3)|", n)
              let interval = try BG19.lemma3_1Interval(k: k)
              context.note("k/2 ± 2√k", [interval.lowerBound, interval.upperBound])
            }
            return BG19.XORD.lemma6_1Event(weights)
          }))
    } + [
      lemma6_1Range.check,
      Check(
        "§3.1 sets (finding)", reading: "§3.1 sets: W⁺(i) = {j : w⁽ʲ⁾·x_i > 0}",
        budget: Budget(test: 200, report: 2000),
        .always(
          AlwaysSpec(bound: "|W_0⁺(1) ∪ W_0⁺(3)| = k, so the event fails for every k ≥ 120 (the lemma fails in this reading)") {
            context in
            let k = 120 + context.rng.nextInt(below: 881)
            let weights = try lemma6_1Weights(k: k, context: &context)
            let union = Set(try BG19.XOR.wPlus(weights, point: 1) + BG19.XOR.wPlus(weights, point: 3)).count
            let deviation = abs(Double(union) - Double(k) / 2)
            context.note("k, |W_0⁺(1) ∪ W_0⁺(3)| (§3.1 sets)", [k, union])
            return .condition(
              union == k && deviation > 2 * Double(k).squareRoot(),
              "k = \(k): |W_0⁺(1) ∪ W_0⁺(3)| = \(union), ||·| − k/2| = \(Format.number(deviation)) > 2√k = "
                + Format.number(2 * Double(k).squareRoot()))
          })),
    ],
    figures: [lemma6_1Range.figure])

  /// The w-filters of a k-channel initialization (2k normals; the u's left at 0, as the
  /// event does not involve them).
  static func lemma6_1Weights(k: Int, context: inout TrialContext) throws -> BG19.Weights {
    let setting = BG19.Setting(k: k, cEta: 1.0 / 410)
    let w = context.rng.nextNormalVector(count: 2 * k, standardDeviation: try setting.sigma)
    return try BG19.Weights(k: k, storage: w + [Double](repeating: 0, count: 2 * k))
  }

  static let lemma6_1Range = WholeRange.Scan(
    name: "BG19-Lemma6.1-range", range: 120...10_000, boundDescription: "1 − 4e⁻⁸",
    exact: { k in 1 - (try BG19.binomialOutsideTwoRootKProbability(k: k)) },
    bound: { k in try BG19.lemma6_1ProbabilityBound(k: k) })

  /// Where the exact probability of Lemma 6.1 sits against 1 − 4e⁻⁸ and 1 − 2e⁻⁸, as text.
  static let lemma6_1Positions: String = [120, 1000].map { k in
    let exact = try! BG19.lemma6_1ExactProbability(k: k)
    return "k = \(k): 1 − exact = \(Format.number(1 - exact, digits: 3)), against 4e⁻⁸ = "
      + "\(Format.number(4 * exp(-8.0), digits: 3)) (printed) and 2e⁻⁸ = \(Format.number(2 * exp(-8.0), digits: 3)) (Hoeffding)"
  }.joined(separator: "; ")
}
