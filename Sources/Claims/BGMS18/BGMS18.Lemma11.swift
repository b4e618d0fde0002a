import Generators
import Theory
import Verification

extension BGMS18Claims {
  /// `BGMS18.Lemma11`: a direction with a margin that puts more than half of S on its
  /// negative side (BGMS18 §9.3.1, Lemma 11).
  static let lemma11 = Claim(
    id: "BGMS18.Lemma11", paper: .BGMS18, location: "§9.3.1, Lemma 11",
    kinds: [.always],
    statement:
      "For a finite separable S there is ŵ ∈ R^d and α > 0 with |⟨x, ŵ⟩| > α for every (x, y) ∈ S and "
      + "#{(x, y) ∈ S : ⟨ŵ, x⟩ < 0} > |S|/2.",
    notes: [
      "**The gap in the proof.** The proof takes ŵ orthogonal to no input and, if fewer than half "
        + "of S are on its negative side, −ŵ. It misses the case of exactly half: for "
        + "S = {(x, 1), (−x, −1)} (separable by w* = x/‖x‖², ‖w*‖ = 1/‖x‖ ≥ 1) every ŵ with "
        + "⟨ŵ, x⟩ ≠ 0 has exactly one input on each side, so no ŵ exists. More generally, call S "
        + "*ray-balanced* when every line through the origin carries as many inputs on each side "
        + "of 0 (e.g. any S ∪ −S, which w* also separates): then every admissible ŵ splits S in "
        + "half. Conversely, if some line (unit direction u) carries c₊ ≠ c₋ inputs on its two "
        + "rays, ŵ = ±ŵ₀ ± εu with ŵ₀ ⊥ u random and ε small works (one of the four sign choices "
        + "puts more than half on the negative side). **Corrected lemma:** ŵ exists iff S is not "
        + "ray-balanced; in particular for every S with an odd number of inputs, and for almost "
        + "every i.i.d. sample.",
      "**Trials.** S is drawn as n i.i.d. points of a separable distribution (d ∈ [1, 10], "
        + "n ∈ [1, 30], ‖w*‖ ∈ [1.01, 10] log-uniform, random class balance; probability 0.55), "
        + "as S ∪ −S (0.2), as S ∪ −S minus one point (0.1), or as {(x, 1), (−x, −1)} (0.15). A "
        + "direction is sought by −(mean input) and 64 random directions, then by the "
        + "construction above; a direction found is re-verified from scratch (|⟨x, ŵ⟩| > α = β/2 "
        + "for all x, more than half negative). Ray balance is decided exactly by grouping the "
        + "unit directions of the inputs (tolerance 10⁻¹² per coordinate).",
    ],
    checks: [
      Check(
        "as printed", reading: "every finite separable S",
        expectation: .refutedAsPrinted(
          reason:
            "BGMS18 Lemma 11 (§9.3.1) asserts ŵ with |⟨x, ŵ⟩| > α > 0 on S and more than |S|/2 inputs "
            + "with ⟨ŵ, x⟩ < 0 for any finite S (the S of Theorem 8). On S = {(x, 1), (−x, −1)}, or any "
            + "S ∪ −S, every line through the origin carries as many inputs on each side, so every "
            + "admissible ŵ has exactly |S|/2 inputs on each side: no ŵ exists. The proof misses the "
            + "tie (it flips ŵ only when fewer than half are negative). Corrected: ŵ exists iff S is "
            + "not ray-balanced (checked below, with a construction for every unbalanced S)."),
        budget: Budget(test: 60, report: 4000),
        .always(
          AlwaysSpec(bound: "a direction ŵ of Lemma 11 exists") { context in
            let draw = try Theorem8Sets.draw(using: &context.rng)
            context.note("S", draw.description)
            if let (found, how) = try Theorem8Sets.direction(draw.set, using: &context.rng) {
              return try lemma11Verify(found, on: draw.set, "\(draw.description): ŵ by \(how)")
            }
            return .condition(
              false,
              draw.balanced
                ? "\(draw.description) is ray-balanced: every ŵ orthogonal to no input has exactly \(draw.set.n / 2) "
                  + "of \(draw.set.n) inputs on each side, so no ŵ of Lemma 11 exists"
                : "\(draw.description): no ŵ found although S is not ray-balanced")
          })),
      Check(
        "ŵ exists iff S is not ray-balanced", reading: "corrected", expectation: .correction(of: "as printed"),
        budget: Budget(test: 60, report: 4000),
        .always(
          AlwaysSpec(bound: "found ⇔ not ray-balanced, and every ŵ found satisfies the lemma") { context in
            let draw = try Theorem8Sets.draw(using: &context.rng)
            context.note("S", draw.description)
            context.note("ray-balanced", draw.balanced)
            let found = try Theorem8Sets.direction(draw.set, using: &context.rng)
            if draw.balanced {
              return .condition(found == nil, "\(draw.description), ray-balanced: \(found == nil ? "no ŵ (as it must)" : "a ŵ was found")")
            }
            guard let (direction, how) = found else {
              return .condition(false, "\(draw.description), not ray-balanced: no ŵ found")
            }
            return try lemma11Verify(direction, on: draw.set, "\(draw.description), not ray-balanced: ŵ by \(how)")
          })),
    ])

  /// Re-verifies a direction of Lemma 11 from scratch: the margin and the majority.
  static func lemma11Verify(_ found: BGMS18.Lemma11Direction, on S: BGMS18.TrainingSet, _ what: String) throws -> Observation {
    var smallest = Double.infinity
    var negatives = 0
    for i in 0..<S.n {
      let dot = Dot.sequential(found.direction, S.x(i))
      smallest = min(smallest, abs(dot))
      if dot < 0 { negatives += 1 }
    }
    return .all([
      .condition(found.margin > 0 && smallest > found.margin, "\(what): min |⟨x, ŵ⟩| = \(Format.number(smallest)) > α = \(Format.number(found.margin))"),
      Observation(
        holds: 2 * negatives > S.n, ratio: Double(S.n) / Double(2 * negatives),
        summary: "\(negatives) of \(S.n) inputs with ⟨ŵ, x⟩ < 0 (ratio |S|/2 ÷ count)"),
    ])
  }
}
