import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Theorem3.4`: insufficient exploration at initialization for k = 2 (BG19 §3.3).
  static let theorem3_4 = Claim(
    id: "BG19.Theorem3.4", paper: .BG19, location: "§3.3, Theorem 3.4",
    kinds: [.probability, .exact],
    statement:
      "For k = 2, with probability at least 0.75 there is i ∈ {1,3} with W₀⁺(i) = ∅ or i ∈ {2,4} "
        + "with U₀⁺(i) = ∅; as a result, with probability ≥ 0.75 gradient descent converges to a "
        + "model that errs on at least one input pattern.",
    notes: [
      "This check covers the first half (the empty-set event); the gradient-descent half is "
        + "checked with the rest of BG19. Exact probability: W₀⁺(1) = ∅ and W₀⁺(3) = ∅ are "
        + "disjoint events of probability 2^{−k} each, so P(some W₀⁺(i), i ∈ {1,3}, empty) = "
        + "2^{1−k}; the same holds independently for U and i ∈ {2,4}; the union has probability "
        + "1 − (1 − 2^{1−k})², which is exactly 0.75 at k = 2: the bound is attained.",
      "Weights i.i.d. N(0, σ_g²), σ_g = c_η/(16k^{3/2}) with c_η = 1/4 (the event depends only on signs).",
    ],
    checks: [
      Check(
        "k = 2", budget: Budget(test: 4000, report: 200_000),
        .probability(
          ProbabilitySpec(
            event: "some W₀⁺(i), i ∈ {1,3}, or U₀⁺(i), i ∈ {2,4}, is empty", claimed: 0.75,
            claimedDescription: "0.75", exact: try! BG19.theorem3_4ExactProbability(k: 2),
            exactDescription: "1 − (1 − 2^{1−k})² = 3/4"
          ) { context in
            let k = 2
            let sigma = try BG19.maximalInitializationScale(k: k, cEta: 0.25)
            let weights = try BG19.gaussianWeights(k: k, standardDeviation: sigma, using: &context.rng)
            let emptyW = try [1, 3].filter { try BG19.XOR.wPlus(weights, point: $0).isEmpty }
            let emptyU = try [2, 4].filter { try BG19.XOR.uPlus(weights, point: $0).isEmpty }
            context.note("w", weights.w.map { [$0.x, $0.y] })
            context.note("u", weights.u.map { [$0.x, $0.y] })
            context.note("i ∈ {1,3} with W₀⁺(i) = ∅", emptyW)
            context.note("i ∈ {2,4} with U₀⁺(i) = ∅", emptyU)
            return !emptyW.isEmpty || !emptyU.isEmpty
          }))
    ])
}
