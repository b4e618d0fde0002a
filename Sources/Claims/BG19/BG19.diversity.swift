import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.diversity`: the probabilities p₊, p₋ of diverse points printed after Def. 4.2
  /// (BG19 §4), against exhaustive enumeration of {±1}^{2d} for d ≤ 8 and sampling for large d.
  static let diversity = Claim(
    id: "BG19.diversity", paper: .BG19, location: "§4, Def. 4.2 and the formulas after it",
    kinds: [.exact],
    statement:
      "If D₊ and D₋ are uniform, p₊ = 1 − (4·3^d − 6·2^d + 4)/4^d and p₋ = 1 − 1/2^{d−1} are the "
      + "probabilities that a point of D₊ (resp. D₋) is diverse (P_x = {1,2,3,4}, resp. {2,4}).",
    notes: [
      "**Which distribution is \"uniform D₊\".** §4 defines D₊ as the marginal distribution of the "
        + "positive points, so the literal reading is *D₊ uniform over the positive points* "
        + "{x ∈ {±1}^{2d} : f*(x) = 1}. Under it the printed p₊ is wrong for every d ≥ 4: the "
        + "exact value is (4^d − 4·3^d + 6·2^d − 4)/(4^d − 2^d) (inclusion–exclusion divided by "
        + "P(f*(x) = 1) = 1 − 2^{−d}). The printed formula is exactly P(x is diverse) for x uniform "
        + "on all of {±1}^{2d} (equivalently, the d patterns i.i.d. uniform over p1…p4), which is "
        + "the joint probability of being positive and diverse, not a probability under D₊. "
        + "p₋ is right under the literal reading (D₋ uniform over the 2^d negative points). "
        + "For d ≤ 3 no point is diverse-positive and all readings give 0.",
      "Exhaustive checks enumerate all 4^d points (d = 1…8) in exact integer counts and compare "
        + "with the formula in double precision (relative tolerance 1e-12). Sampling checks "
        + "(d = 10, 20, 40) compare the sampled frequency's exact interval with the formula.",
    ],
    checks: [
      enumerationCheck(
        "p₊, d = 1…8", reading: "D₊ uniform over positive points (literal)",
        expectation: .refutedAsPrinted(
          reason:
            "BG19 §4 prints p₊ = 1 − (4·3^d − 6·2^d + 4)/4^d for uniform D₊. That is P(x diverse) "
            + "for x uniform on all of {±1}^{2d}; for D₊ uniform over the positive points the "
            + "probability is (4^d − 4·3^d + 6·2^d − 4)/(4^d − 2^d) (e.g. d = 4: 1/10, not 3/32). "
            + "The difference is the factor 1/(1 − 2^{−d}), so the printed value is slightly low "
            + "and the conclusions built on it (Theorem 6.5) are not affected in substance."),
        bound: "printed p₊ = enumerated P(diverse | positive)", what: "printed p₊",
        formula: { try BG19.printedDiversePositiveProbability(d: $0) },
        enumerated: { Double($0.diversePositive) / Double($0.positive) }),
      enumerationCheck(
        "p₊, d = 1…8, all points", reading: "x uniform on {±1}^{2d}, p₊ = P(x diverse)",
        expectation: .correction(of: "p₊, d = 1…8"),
        bound: "printed p₊ = enumerated P(diverse)", what: "printed p₊",
        formula: { try BG19.printedDiversePositiveProbability(d: $0) },
        enumerated: { Double($0.diversePositive) / Double($0.all) }),
      enumerationCheck(
        "corrected p₊, d = 1…8", reading: "corrected: (4^d − 4·3^d + 6·2^d − 4)/(4^d − 2^d)",
        expectation: .correction(of: "p₊, d = 1…8"),
        bound: "corrected p₊ = enumerated P(diverse | positive)", what: "corrected p₊",
        formula: { try BG19.diversePositiveProbability(d: $0, reading: .uniformOverPositivePoints) },
        enumerated: { Double($0.diversePositive) / Double($0.positive) }),
      enumerationCheck(
        "p₋, d = 1…8", reading: "D₋ uniform over negative points", expectation: .holds,
        bound: "printed p₋ = enumerated P(diverse | negative)", what: "printed p₋",
        formula: { try BG19.printedDiverseNegativeProbability(d: $0) },
        enumerated: { Double($0.diverseNegative) / Double($0.negative) }),
    ] + [10, 20, 40].flatMap(samplingChecks))

  /// An exhaustive check of a formula against the enumeration of {±1}^{2d}, d = 1…8
  /// (case i is d = i + 1; relative tolerance 1e-12).
  static func enumerationCheck(
    _ label: String, reading: String, expectation: Expectation, bound: String, what: String,
    formula: @escaping @Sendable (Int) throws -> Double,
    enumerated: @escaping @Sendable (BG19.DiversityEnumeration) -> Double
  ) -> Check {
    Check(
      label, reading: reading, expectation: expectation, budget: .exhaustive(8),
      .always(
        AlwaysSpec(bound: bound, isExact: true) { context in
          let d = context.trial + 1
          let counts = BG19.DiversityEnumeration(d: d)
          context.note("counts", counts)
          return .equal(try formula(d), enumerated(counts), tolerance: 1e-12, "d = \(d): \(what)")
        }))
  }

  /// Sampling checks for a large d: the frequency of diverse points under each distribution
  /// against the formula that should give it.
  static func samplingChecks(d: Int) -> [Check] {
    let budget = Budget(test: 4000, report: 100_000)
    return [
      Check(
        "sampled p₊, d = \(d)", reading: "D₊ uniform over positive points (corrected formula)",
        budget: budget,
        .probability(
          ProbabilitySpec(
            event: "a point of D₊ is diverse", claimed: nil, claimedDescription: "= corrected p₊",
            exact: try? BG19.diversePositiveProbability(d: d, reading: .uniformOverPositivePoints),
            exactDescription: "(4^d − 4·3^d + 6·2^d − 4)/(4^d − 2^d)"
          ) { context in
            var x: [Double]
            repeat { x = try BG19.sampleUniformPoint(d: d, using: &context.rng) } while try BG19.targetFunction(x) < 0
            return try BG19.PatternSet(point: x) == .diversePositive
          })),
      Check(
        "sampled p₊ (all points), d = \(d)", reading: "x uniform on {±1}^{2d} (printed formula)",
        budget: budget,
        .probability(
          ProbabilitySpec(
            event: "a uniform point is diverse", claimed: nil, claimedDescription: "= printed p₊",
            exact: try? BG19.printedDiversePositiveProbability(d: d),
            exactDescription: "1 − (4·3^d − 6·2^d + 4)/4^d as printed"
          ) { context in
            try BG19.PatternSet(point: BG19.sampleUniformPoint(d: d, using: &context.rng)) == .diversePositive
          })),
      Check(
        "sampled p₋, d = \(d)", reading: "D₋ uniform over negative points", budget: budget,
        .probability(
          ProbabilitySpec(
            event: "a point of D₋ is diverse", claimed: nil, claimedDescription: "= printed p₋",
            exact: try? BG19.printedDiverseNegativeProbability(d: d),
            exactDescription: "1 − 1/2^{d−1} as printed"
          ) { context in
            // D₋ uniform over negative points: each pattern uniform over {p2, p4}.
            let x = (0..<d).flatMap { _ in context.rng.nextSign() > 0 ? [1.0, -1] : [-1.0, 1] }
            return try BG19.PatternSet(point: x) == .diverseNegative
          })),
    ]
  }
}
