import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Lemma3.1`: exploration at initialization (BG19 §3.2).
  static let lemma3_1 = Claim(
    id: "BG19.Lemma3.1", paper: .BG19, location: "§3.2, Lemma 3.1", kinds: [.probability, .exact],
    statement:
      "For k > 16, with probability at least 1 − 8e⁻⁸ over the Gaussian initialization, for all "
        + "1 ≤ i ≤ 4: k/2 − 2√k ≤ |W₀⁺(i)|, |U₀⁺(i)| ≤ k/2 + 2√k.",
    notes: [
      "W₀⁺(i) = {j : w₀⁽ʲ⁾·x_i > 0} as in §3.1. Weights are i.i.d. N(0, σ_g²) with "
        + "σ_g = c_η/(16k^{3/2}), c_η = 1/4 (the event depends only on signs, so not on σ_g).",
      "Exact probability: |W₀⁺(3)| = k − |W₀⁺(1)| and |W₀⁺(4)| = k − |W₀⁺(2)| almost surely, "
        + "and w·x₁, w·x₂ are independent for Gaussian w (x₁ ⊥ x₂), so the event is that four "
        + "independent Bin(k, 1/2) counts (W(1), W(2), U(1), U(2)) lie within 2√k of k/2: "
        + "q⁴ with q = Σ_{|n − k/2| ≤ 2√k} C(k,n)/2^k (exact binomial sum in log space).",
      "**The whole range.** The exact check \"every k in 17…10000\" computes q(k)⁴ for every k of the "
        + "stated range k > 16 up to 10⁴ (the tail 1 − q summed from the boundary outward with term "
        + "ratios, O(√k) per k: `BG19.binomialOutsideTwoRootKProbability`) against 1 − 8e⁻⁸; its "
        + "tightest case is where the minimum is attained, and the figure plots the exact failure "
        + "probability for every k beside the bound's.",
    ],
    checks: [17, 20, 25, 50, 100, 1000].map { k in
      Check(
        "k = \(k)", budget: k >= 1000 ? Budget(test: 1000, report: 10_000) : Budget(test: 2000, report: 40_000),
        .probability(
          ProbabilitySpec(
            event: "all eight counts within k/2 ± 2√k", claimed: try! BG19.lemma3_1ProbabilityBound(k: k),
            claimedDescription: "1 − 8e⁻⁸ ≈ 0.997316", exact: try! BG19.lemma3_1ExactProbability(k: k),
            exactDescription: "q⁴, q = P(|Bin(k,1/2) − k/2| ≤ 2√k)"
          ) { context in
            let sigma = try BG19.maximalInitializationScale(k: k, cEta: 0.25)
            let weights = try BG19.gaussianWeights(k: k, standardDeviation: sigma, using: &context.rng)
            if context.isTracing {
              for i in 1...4 {
                let w = try BG19.XOR.wPlus(weights, point: i).count
                let u = try BG19.XOR.uPlus(weights, point: i).count
                context.note("|W₀⁺(\(i))|, |U₀⁺(\(i))|", "\(w), \(u)")
              }
              let interval = try BG19.lemma3_1Interval(k: k)
              context.note("interval", [interval.lowerBound, interval.upperBound])
            }
            return BG19.XOR.lemma3_1Event(weights)
          }))
    } + [lemma3_1Range.check],
    figures: [lemma3_1Range.figure])

  static let lemma3_1Range = WholeRange.Scan(
    name: "BG19-Lemma3.1-range", range: 17...10_000, boundDescription: "1 − 8e⁻⁸",
    exact: { k in
      let q = 1 - (try BG19.binomialOutsideTwoRootKProbability(k: k))
      return q * q * q * q
    },
    bound: { k in try BG19.lemma3_1ProbabilityBound(k: k) })
}
