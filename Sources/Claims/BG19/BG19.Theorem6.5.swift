import Foundation
import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Theorem6.5`: a sample-complexity gap between k ≥ 120 and k = 2 (BG19 §6.3).
  static let theorem6_5 = Claim(
    id: "BG19.Theorem6.5", paper: .BG19, location: "§6.3, Theorem 6.5 and the examples after it",
    kinds: [.exact, .probability],
    statement:
      "For a distribution with parameters p₊, p₋, p* (Eq. 5), δ ≥ 1 − p₊p₋(1 − c − 16e⁻⁸) and "
      + "0 ≤ ε < p*: m₁(ε, δ) ≤ 2 (k ≥ 120) whereas m₂(ε, δ) ≥ 2 log(48δ/(33(1 − c)))/log(p₊p₋) "
      + "(k = 2). Examples: p₊ = p₋ = 0.98, δ ≤ 0.05, ε < 0.005 → m₂ ≥ 129; p₊ = p₋ = 0.92, "
      + "δ = 0.16, ε < 0.02 → m₂ ≥ 17; no gap for p₊, p₋ ≤ 0.7.",
    notes: [
      "**Power.** m₁ part: the alternative is twice the allowed failure rate, 1 − 32e⁻⁸; \"holds\" "
        + "needs power 0.9 at 1 − 24e⁻⁸, about 33 000 trials at its α (`ProbabilityPower`), so at "
        + "the report's 400 it is inconclusive with that count. m₂ parts (\"P(bad minimum) ≥ δ\"): "
        + "the alternative is 0 (the bad minimum never occurs), so they must detect δ/2.",
      "**Counting samples.** m₁, m₂ count all samples: a training set has m positive and m "
        + "negative points (§4), 2m in all, and is all diverse with probability (p₊p₋)^m; the bound "
        + "M = 2 log(48δ/(33(1 − c)))/log(p₊p₋) is where (33/48)(1 − c)(p₊p₋)^{M/2} = δ (the "
        + "\"derivation\" case checks this identity). c = 0 throughout (the largest δ range and the "
        + "strongest statements; any c ≤ 10⁻¹⁰ changes every number here by less than 10⁻⁸).",
      "**The printed numbers** (exact cases). p = 0.98: the smallest allowed δ is "
        + "1 − 0.98²(1 − 16e⁻⁸) = " + Format.number(delta98, digits: 6) + " ≤ 0.05 as printed; the bound is "
        + Format.number(bound98Min, digits: 5) + " at that δ and " + Format.number(bound98At05, digits: 5)
        + " at δ = 0.05. So the printed 129 is ⌊bound⌋ at δ = 0.05 (⌊bound⌋ = 129 exactly for δ in ("
        + Format.number(delta130, digits: 5) + ", " + Format.number(delta129, digits: 5) + "]); at the "
        + "δ the text defines it is 135, and \"≥ 129\" is true but not tight. p = 0.92: the smallest "
        + "allowed δ is " + Format.number(delta92, digits: 6) + " ≤ 0.16, and the bound at δ = 0.16 is "
        + Format.number(bound92, digits: 5) + " ≥ 17. No gap for p ≤ 0.7: at the smallest allowed δ "
        + "the bound is below 2 = m₁ for every p ≤ " + Format.number(gapThreshold, digits: 6)
        + " (so for p ≤ 0.7), and above 2 beyond it.",
      "**The gap itself.** We construct the distribution of the examples with P(positive) = 1/2: "
        + "D₊ puts p on {1,2,3,4} and (1 − p)/2 on each of A₃, A₄; D₋ puts p on {2,4} and (1 − p)/2 on "
        + "each of A₁, A₂; so p₊ = p₋ = p and p* = (1 − p)/4 (0.005 and 0.02) — checked exactly. Test "
        + "errors are exact: Σ_A P(P_x = A)·1[the network errs on A]. Every set in the support has "
        + "mass ≥ p*, so \"test error ≤ ε\" for some ε ∈ [0, p*) is the same event as \"test error = 0\": "
        + "the checks hold for every such ε at once.",
      "**m₁ ≤ 2.** k = 120, γ = 8, c_η = 1/410, σ_g at its cap, T = 103 544 iterations (Thm. 6.3); "
        + "1 positive and 1 negative sample; success: test error 0 (sign(0) = 0, the reading least "
        + "favourable to the claim). The hardest δ is the smallest allowed, where the claim reads "
        + "P(success) ≥ 1 − δ_min = p₊p₋(1 − 16e⁻⁸). Since P(success) ≥ P(both samples diverse)·"
        + "P(success | both diverse) and the first factor is exactly p₊p₋ (checked above), the claim "
        + "follows from P(success | both diverse) ≥ 1 − 16e⁻⁸, which is what the check tests: it draws "
        + "pairs from D₊ × D₋ until both are diverse and trains on that pair. We test the conditional "
        + "form because the unconditional probability is essentially p₊p₋ (a non-diverse pair leaves a "
        + "set unseen, on which GD can err; the suite does not measure how often it does) and exceeds the claim "
        + "by only p₊p₋·16e⁻⁸ ≈ 0.004 — about 20 000 runs (5 CPU-minutes) would be needed to confirm "
        + "that margin by sampling.",
      "**m₂ ≥ bound.** k = 2, same γ, c_η, σ_g and T; the largest sample count below the bound "
        + "(128 samples for the printed 129 at δ = 0.05; 16 for 17.48 at δ = 0.16); event, as in "
        + "footnote 8: GD reaches a global minimum (loss exactly 0 within T) whose test error "
        + "exceeds ε, with N = 0 predicting +1 (the reading least favourable to the claim); claimed "
        + "probability δ (\"greater than δ\" is read as ≥). Runs that do not reach loss 0 within T "
        + "(about a third at 128 samples: GD on non-diverse data can oscillate around hinge kinks) "
        + "do not count for the event. Conventions throughout: σ'(0) = 0, max-pooling ties to the "
        + "lowest pattern number, hinge derivative 0 at its kink.",
      "**The paper's printed numbers** (issue 11, item 9; all of BG19, kept with this claim): every number "
        + "a statement or an example prints, computed from the stated assumptions (integer rounding "
        + "included) and checked row by row by the last check. The constants whose proofs are in the "
        + "supplementary material (Lemma 3.2, Lemma 6.2, Theorem 6.3: √(8k)/(√π e^{8k}), √(2k)/(√π e^{8k}), "
        + "16e⁻⁸, k ≥ 120, c_η ≤ 1/410, 28(γ + 1 + 8c_η)/c_η) have no printed line to check them against; "
        + "their statements are checked by their claims.",
      PrintedNumbers.table(BG19PrintedNumbers.rows, title: "**Printed value vs computed value (BG19).**"),
    ],
    checks: [
      Check(
        "printed numbers", budget: .exhaustive(theorem6_5Cases.count),
        .always(
          AlwaysSpec(bound: "each printed number against the closed form", isExact: true) { context in
            let (name, observe) = theorem6_5Cases[context.trial]
            var observation = try observe()
            observation.summary = "\(name): " + observation.summary
            return observation
          })),
      Check(
        "constructed distributions", budget: .exhaustive(2),
        .always(
          AlwaysSpec(bound: "P(positive) = 1/2, p₊ = p₋ = p, p* = (1 − p)/4", isExact: true) { context in
            let p = [0.98, 0.92][context.trial]
            let d = try BG19.MaskDistribution.sampleComplexityExample(pPlus: p, pMinus: p)
            let positive = d.combined.positiveProbability
            let pPlus = try d.combined.conditional(positive: true).probability(of: .diversePositive)
            let pMinus = try d.combined.conditional(positive: false).probability(of: .diverseNegative)
            return .all([
              .equal(positive, 0.5, tolerance: 1e-12, "p = \(p): P(positive)"),
              .equal(pPlus, p, tolerance: 1e-12, "p₊"),
              .equal(pMinus, p, tolerance: 1e-12, "p₋"),
              .equal(d.combined.pStar, (1 - p) / 4, tolerance: 1e-12, "p*"),
            ])
          })),
      Check(
        "m₁ ≤ 2 (p = 0.98 and 0.92, δ = δ_min)", reading: "test error 0 with sign(0) = 0, given diverse samples",
        budget: Budget(test: 20, report: 400),
        .probability(gapLargeSpec)),
      Check(
        "m₂ ≥ 129: 128 samples, p = 0.98, δ = 0.05", reading: "global minimum with test error > ε, 0 ↦ +1",
        budget: Budget(test: 300, report: 1000),
        .probability(gapSmallSpec(p: 0.98, delta: 0.05, perSide: 64))),
      Check(
        "m₂ ≥ 17: 16 samples, p = 0.92, δ = 0.16", reading: "global minimum with test error > ε, 0 ↦ +1",
        budget: Budget(test: 120, report: 1000),
        .probability(gapSmallSpec(p: 0.92, delta: 0.16, perSide: 8))),
    ] + PrintedNumbers.checks(BG19PrintedNumbers.rows, label: "printed numbers of the paper"))

  static let delta98 = try! BG19.theorem6_5MinimumDelta(pPlus: 0.98, pMinus: 0.98)
  static let delta92 = try! BG19.theorem6_5MinimumDelta(pPlus: 0.92, pMinus: 0.92)
  static let bound98Min = try! BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: delta98)
  static let bound98At05 = try! BG19.theorem6_5SampleComplexityBound(pPlus: 0.98, pMinus: 0.98, delta: 0.05)
  static let bound92 = try! BG19.theorem6_5SampleComplexityBound(pPlus: 0.92, pMinus: 0.92, delta: 0.16)
  static let delta129 = try! BG19.theorem6_5Delta(forBound: 129, pPlus: 0.98, pMinus: 0.98)
  static let delta130 = try! BG19.theorem6_5Delta(forBound: 130, pPlus: 0.98, pMinus: 0.98)
  static let gapThreshold = try! BG19.theorem6_5GapThreshold()

  /// The exact cases of Theorem 6.5: the paper's numbers against the closed forms.
  static let theorem6_5Cases: [(String, @Sendable () throws -> Observation)] = [
    ("p = 0.98: smallest allowed δ ≤ 0.05", { .atMost(delta98, 0.05, "δ_min") }),
    ("p = 0.98, δ = δ_min: m₂ bound ≥ 129", { .atLeast(bound98Min, 129, "bound") }),
    ("p = 0.98, δ = 0.05: ⌊m₂ bound⌋ = 129", { .equal(bound98At05.rounded(.down), 129, tolerance: 0, "⌊bound⌋") }),
    ("p = 0.98: p* = 0.005", {
      .equal(try BG19.MaskDistribution.sampleComplexityExample(pPlus: 0.98, pMinus: 0.98).combined.pStar,
        0.005, tolerance: 1e-12, "p*")
    }),
    ("p = 0.92: smallest allowed δ ≤ 0.16", { .atMost(delta92, 0.16, "δ_min") }),
    ("p = 0.92, δ = 0.16: m₂ bound ≥ 17", { .atLeast(bound92, 17, "bound") }),
    ("p = 0.92: p* = 0.02", {
      .equal(try BG19.MaskDistribution.sampleComplexityExample(pPlus: 0.92, pMinus: 0.92).combined.pStar,
        0.02, tolerance: 1e-12, "p*")
    }),
    ("p ≤ 0.7: bound ≤ 2 = m₁ at the smallest allowed δ (no gap)", {
      let worst = try (1...70).map { i -> Double in
        let p = Double(i) / 100
        return try BG19.theorem6_5SampleComplexityBound(
          pPlus: p, pMinus: p, delta: BG19.theorem6_5MinimumDelta(pPlus: p, pMinus: p))
      }.max()!
      return .atMost(worst, 2, "largest bound over p = 0.01…0.70")
    }),
    ("gap threshold: bound = 2 at p = 0.771028", {
      let p = gapThreshold
      let below = try BG19.theorem6_5SampleComplexityBound(
        pPlus: p - 1e-4, pMinus: p - 1e-4, delta: BG19.theorem6_5MinimumDelta(pPlus: p - 1e-4, pMinus: p - 1e-4))
      let above = try BG19.theorem6_5SampleComplexityBound(
        pPlus: p + 1e-4, pMinus: p + 1e-4, delta: BG19.theorem6_5MinimumDelta(pPlus: p + 1e-4, pMinus: p + 1e-4))
      return .condition(
        below < 2 && above > 2,
        "bound \(Format.number(below)) at p − 10⁻⁴, \(Format.number(above)) at p + 10⁻⁴ (p = \(Format.number(p)))")
    }),
    ("derivation: (33/48)(p₊p₋)^{M/2} = δ at M = bound", {
      var parts: [Observation] = []
      for (p, delta) in [(0.98, 0.05), (0.98, delta98), (0.92, 0.16), (0.85, 0.4)] {
        let m = try BG19.theorem6_5SampleComplexityBound(pPlus: p, pMinus: p, delta: delta)
        parts.append(.equal(33.0 / 48 * pow(p * p, m / 2), delta, tolerance: 1e-12, "p = \(p): (33/48)(p²)^{M/2}"))
      }
      return .all(parts)
    }),
  ]

  /// The setting of the gap checks: §6.1's γ, c_η, σ_g.
  static func gapSetting(k: Int) -> BG19.Setting { BG19.Setting(k: k, cEta: 1.0 / 410, gamma: 8) }

  /// One run of the gap experiment: `perSide` samples from each of D₊, D₋, GD with k filters
  /// for T iterations. Returns the exact test error (under `reading`) and whether the loss is 0.
  static func gapRun(
    p: Double, k: Int, perSide: Int, reading: BG19.ErrorReading, context: inout TrialContext
  ) throws -> (error: Double, globalMinimum: Bool) {
    let distribution = try BG19.MaskDistribution.sampleComplexityExample(pPlus: p, pMinus: p)
    let set = try BG19.sampleTrainingSet(
      m: perSide, positive: distribution.positive, negative: distribution.negative, using: &context.rng)
    let setting = gapSetting(k: k)
    let w0 = try setting.initialWeights(using: &context.rng)
    var gd = try setting.descent(try setting.objective(set), from: w0)
    let outcome = try gd.run(maxIterations: try BG19.theorem6_3MinimumIterations(gamma: 8, cEta: 1.0 / 410))
    let error = distribution.combined.testError(of: gd.weights, reading: reading)
    context.note("training set (P_x)", "S₊ \(set.positives.map(\.description)), S₋ \(set.negatives.map(\.description))")
    context.note("diverse", set.isDiverse)
    context.note("status, final t, loss", "\(outcome.status), \(outcome.iterations), \(outcome.loss)")
    context.note("erred sets", BG19.XORD.erredSets(gd.weights, reading: reading).map(\.description))
    context.note("test error", error)
    return (error, outcome.status == .globalMinimum)
  }

  /// m₁ ≤ 2 through P(test error 0 | both samples diverse) ≥ 1 − 16e⁻⁸ (see the notes).
  static let gapLargeSpec = ProbabilitySpec(
    event: "k = 120 on 1 + 1 samples, given both are diverse: test error ≤ ε (= 0) under both distributions",
    claimed: try! BG19.theorem6_3ProbabilityBound(c: 0),
    claimedDescription: "(1 − δ_min)/(p₊p₋) = 1 − 16e⁻⁸",
    alternative: 1 - 2 * (1 - (try! BG19.theorem6_3ProbabilityBound(c: 0)))
  ) { context in
    // Draw (x⁺, x⁻) from D₊ × D₋ of the p = 0.92 example until both are diverse: the accepted
    // pair is a diverse pair, the same pattern sets for either example.
    let example = try BG19.MaskDistribution.sampleComplexityExample(pPlus: 0.92, pMinus: 0.92)
    var attempts = 0
    var set: BG19.TrainingSet
    repeat {
      set = try BG19.sampleTrainingSet(
        m: 1, positive: example.positive, negative: example.negative, using: &context.rng)
      attempts += 1
    } while !set.isDiverse
    let setting = gapSetting(k: 120)
    let w0 = try setting.initialWeights(using: &context.rng)
    var gd = try setting.descent(try setting.objective(set), from: w0)
    let outcome = try gd.run(maxIterations: try BG19.theorem6_3MinimumIterations(gamma: 8, cEta: 1.0 / 410))
    var success = true
    for p in [0.98, 0.92] {
      let distribution = try BG19.MaskDistribution.sampleComplexityExample(pPlus: p, pMinus: p)
      let error = distribution.combined.testError(of: gd.weights)
      context.note("test error, p = \(p)", error)
      if !(error < (1 - p) / 4) { success = false }
    }
    context.note("draws until a diverse pair", attempts)
    context.note("status, final t, loss", "\(outcome.status), \(outcome.iterations), \(outcome.loss)")
    context.note("erred sets", BG19.XORD.erredSets(gd.weights).map(\.description))
    return success
  }

  static func gapSmallSpec(p: Double, delta: Double, perSide: Int) -> ProbabilitySpec {
    ProbabilitySpec(
      event: "k = 2 on \(perSide) + \(perSide) samples: global minimum with test error > ε",
      claimed: delta, claimedDescription: "δ = \(Format.number(delta))", alternative: 0
    ) { context in
      let pStar = (1 - p) / 4
      let run = try gapRun(p: p, k: 2, perSide: perSide, reading: .zeroPredictsPositive, context: &context)
      return run.globalMinimum && run.error >= pStar
    }
  }
}
