import Generators
import Theory
import Verification

extension BG19Claims {
  /// `BG19.Theorem6.4`: the small network (k = 2) converges with constant probability to a
  /// global minimum that does not recover f* (BG19 §6.2).
  static let theorem6_4 = Claim(
    id: "BG19.Theorem6.4", paper: .BG19, location: "§6.2, Theorem 6.4", kinds: [.probability, .always],
    statement:
      "For k = 2 and a diverse training set, with probability at least (1 − c)·33/48 GD converges to "
      + "a global minimum that does not recover f*; that minimum misclassifies every x with "
      + "P_x = A_i for some i (A₁ = {2}, A₂ = {4}, A₃ = {1,2,4}, A₄ = {2,3,4}).",
    notes: [
      "**Runs.** k = 2, training on one diverse pair of pattern sets ({1,2,3,4} and {2,4}; any "
        + "diverse training set gives the same loss, §6), GD run to an exact fixed point: loss "
        + "exactly 0 (a global minimum) or a zero subgradient with positive loss (a stationary "
        + "point, where GD stays forever); the cap of 10⁶ iterations is never reached (runs stop "
        + "within ~10⁴). \"Converges to a global minimum\" = stops with loss exactly 0. \"Recovers "
        + "f*\" = sign(N(A)) = f*(A) on all 15 pattern sets, i.e. on all of {±1}^{2d} for d ≥ 4. "
        + "Conventions: σ'(0) = 0, max-pooling ties to the lowest pattern number, hinge derivative 0 "
        + "at its kink.",
      "**Settings.** The theorem's: γ = 8, c_η = 1/410, σ_g = c_η/(16k^{3/2}) (the §6.1 values; §6.2 "
        + "allows \"a slightly broader set\" defined in the supplementary, which we do not have). "
        + "Our broader set: γ = 2 with c_η = 0.05, and γ = 1 (the practical margin of footnote 5) "
        + "with c_η = 0.1 and σ_g = cap/100. The negligible c is taken as 0, which makes the claim "
        + "(1 − c)·33/48 = 0.6875 as strong as the theorem allows.",
      "**The bound is attained.** In every run (checked below, every reading of sign(0)) the outcome "
        + "is decided at initialization: GD ends at a global minimum that does not recover f* iff "
        + "W_0⁺(1) ∪ W_0⁺(3) ≠ ∅ and [W_0⁺(1) = ∅ or W_0⁺(3) = ∅ or u_0⁽¹⁾·p2 and u_0⁽²⁾·p2 have the same "
        + "sign] (§6 argmax sets). When no w lies in the quadrants of p1, p3 GD stops at a stationary "
        + "point (ℓ = γ + 1); the last condition is the paper's c) or d) at t = 0. Each filter lies "
        + "in each quadrant with probability 1/4 and sign(u·p2) is a fair coin, all independent, so "
        + "the probability is 3/4 − (1/8)·(1/2) = 11/16 = 33/48 exactly: the printed bound (with "
        + "c = 0) is the exact value in the theorem's setting and at γ = 2. As for Theorem 3.4, a "
        + "bound equal to the probability cannot be confirmed by an estimate (it falls below it half "
        + "the time), so those checks test the exact value 33/48 (two-sided interval at level 1 − α); "
        + "\"≥ 33/48\" follows. At γ = 1 the rule differs and the probability is larger (≈ 0.71): "
        + "that check tests the printed bound.",
      "**Readings of N = 0.** \"Does not recover f*\" and \"misclassifies all x with P_x = A_i\" are "
        + "read three ways, in every setting: an output of 0 is an error (sign(0) = 0, the paper's "
        + "sign(N) = f*), sign(0) = +1, and sign(0) = −1; the \"outcome\" checks test the A_i statement "
        + "under all three. A reading of sign(0) only forgives outputs of exactly 0, so the set of erred "
        + "pattern sets under ±1 is contained in the set under sign(0) = 0 and P(event, ±1) = 11/16 − P(D±) "
        + "with D± = {event with sign(0) = 0, but not with ±1} (11/16 exact, from the initialization "
        + "rule). In the first two settings this decides both readings exactly:",
      "**sign(0) = +1: exactly 11/16.** D₊ is empty: when W⁺(1) or W⁺(3) is empty at the end (say "
        + "W⁺(1)), some u-filter sits on p2 or p4 with a large component (N(x⁻) ≤ −1), so N({1,2}) or "
        + "N({1,4}) < 0 on a positive set, an error in every reading; when both are non-empty and "
        + "both u-filters end on one side of p2 (the paper's c) or d)), the negative set {2} (or {4}) "
        + "has N = Σσ(w·p2) ≥ 0, an error when 0 predicts +1. So the sign(0) = +1 event is the "
        + "sign(0) = 0 event, run by run (an \"outcome\" condition), and its probability is 11/16 "
        + "exactly: those checks test the exact value (two-sided), like the sign(0) = 0 checks.",
      "**sign(0) = −1: exactly 43/64 < 33/48.** D₋ happens iff the initialization puts one w-filter in "
        + "the argmax set of p1 and the other in that of p3 and u₀⁽¹⁾·p2, u₀⁽²⁾·p2 have one sign (the "
        + "paper's c) or d); probability 2·(1/4)²·(1/2) = 1/16 by enumeration), and both w-filters end with "
        + "w·p2 ≤ 0 (resp. w·p4 ≤ 0 when the u-filters are on the p2 side): the one erred set is then {2} "
        + "(resp. {4}) with N = Σσ(w·p2) = 0 exactly, which 0 ↦ −1 classifies correctly. The \"outcome\" "
        + "checks test this characterization in every run. The final p2-component of a w-filter oscillates "
        + "within 2η of 0 (Lemma 6.2) and its sign is set by the continuous initialization, but reflecting "
        + "w₀⁽ⁱ⁾ across the p1-axis ((a, b) ↦ (b, a), which leaves the Gaussian law invariant) mirrors the "
        + "run exactly — every output on the training set is unchanged, only that component changes sign — "
        + "so the four sign patterns at the end are equally likely: P(D₋ | stratum) = 1/4, P(D₋) = 1/64 "
        + "and P(event, −1) = 11/16 − 1/64 = 43/64 = 0.671875 (`BG19.theorem6_4NegativeReadingProbability`). "
        + "The checks test that exact value (two-sided interval); it is below the printed 33/48, so this "
        + "reading of the theorem is refuted by the exact computation (an erratum), in the theorem's "
        + "setting and at γ = 2. At γ = 1 the rule differs and no exact value is known: those checks "
        + "estimate each reading.",
    ],
    checks: theorem6_4Settings.indices.flatMap { index in
      BG19.ErrorReading.allCases.map { reading in
        theorem6_4Check(index, reading: reading)
      }
    } + theorem6_4Settings.enumerated().map { (index, setting) in
      Check(
        "\(theorem6_4SettingNames[index]) · outcome", budget: Budget(test: 1000, report: 10_000),
        .always(
          AlwaysSpec(
            bound:
              "converges to a fixed point; a global minimum not recovering f* errs on some A_i entirely"
              + "; the event under ±1 implies the event under sign(0) = 0"
              + (index < 2
                ? "; with sign(0) = 0 and with sign(0) = +1 it happens iff the initialization rule holds; "
                  + "D₋ iff the stratum holds at t = 0 and both w end with w·p ≤ 0" : "")
          ) { context in
            let run = try theorem6_4Run(setting, context: &context)
            var parts: [Observation] = [.condition(run.converged, "converged to a fixed point: \(run.converged)")]
            for (reading, name) in [
              (BG19.ErrorReading.signWithZero, "sign(0) = 0"), (.zeroPredictsPositive, "0 ↦ +1"), (.zeroPredictsNegative, "0 ↦ −1"),
            ] {
              let event = run.event(reading)
              let erred = run.erred(reading)
              if event {
                parts.append(.condition(
                  BG19.PatternSet.aSets.contains { erred.contains($0) },
                  "\(name): erred sets \(erred.map(\.description).joined(separator: " ")) include an A_i"))
              }
              if index < 2 && reading != .zeroPredictsNegative {
                parts.append(.condition(
                  event == run.rule,
                  "\(name): global minimum not recovering f*: \(event), initialization rule: \(run.rule)"))
              }
              if index < 2 && reading == .zeroPredictsNegative {
                let deficit = run.event(.signWithZero) && !event
                parts.append(.condition(
                  deficit == (run.stratum && run.wEndOnZeroSide),
                  "\(name): D₋ (event only with sign(0) = 0): \(deficit), stratum at t = 0: \(run.stratum), "
                    + "both w end with w·p ≤ 0: \(run.wEndOnZeroSide)"))
              }
              if event && !run.event(.signWithZero) {
                parts.append(.condition(false, "\(name): the event holds but not with sign(0) = 0"))
              }
            }
            return .all(parts)
          }))
    })

  static let theorem6_4Settings = [
    BG19.Setting(k: 2, cEta: 1.0 / 410, gamma: 8),
    BG19.Setting(k: 2, cEta: 0.05, gamma: 2),
    BG19.Setting(k: 2, cEta: 0.1, sigmaFraction: 0.01, gamma: 1),
  ]
  static let theorem6_4SettingNames = ["theorem setting", "broader: γ = 2, c_η = 0.05", "broader: γ = 1, c_η = 0.1"]

  /// One k = 2 XORD run of Theorem 6.4 on the diverse pair.
  struct Theorem6_4Run {
    var converged: Bool
    var globalMinimum: Bool
    var final: BG19.Weights
    /// The initialization rule that decides the outcome (see the claim's notes).
    var rule: Bool
    /// The stratum at t = 0 where sign(0) = −1 matters (`BG19.theorem6_4NegativeReadingStratum`).
    var stratum: Bool
    /// Both w-filters end with w·p ≤ 0, p = p2 when u₀⁽¹⁾·p2 < 0 and p4 otherwise.
    var wEndOnZeroSide: Bool

    func erred(_ reading: BG19.ErrorReading) -> [BG19.PatternSet] {
      BG19.XORD.erredSets(final, reading: reading)
    }

    /// A global minimum that does not recover f*.
    func event(_ reading: BG19.ErrorReading) -> Bool { globalMinimum && !erred(reading).isEmpty }
  }

  static func theorem6_4Run(_ setting: BG19.Setting, context: inout TrialContext) throws -> Theorem6_4Run {
    let w0 = try setting.initialWeights(using: &context.rng)
    let w1 = try BG19.XORD.wPlus(w0, pattern: 1)
    let w3 = try BG19.XORD.wPlus(w0, pattern: 3)
    let u = w0.u
    let sameSide = ((u[0] * BG19.p2).sum() > 0) == ((u[1] * BG19.p2).sum() > 0)
    let rule = !(w1.isEmpty && w3.isEmpty) && (w1.isEmpty || w3.isEmpty || sameSide)
    let patterns = (0..<2).map { j in (1...4).first { (try? BG19.XORD.wPlus(w0, pattern: $0).contains(j)) == true } ?? 0 }
    let stratum = BG19.theorem6_4NegativeReadingStratum(
      wPatterns: (patterns[0], patterns[1]),
      uP2Signs: ((u[0] * BG19.p2).sum() > 0, (u[1] * BG19.p2).sum() > 0))
    let zeroSide = (u[0] * BG19.p2).sum() < 0 ? BG19.p2 : BG19.p4
    var gd = try setting.descent(try setting.objective(BG19.diversePair), from: w0)
    let outcome = try gd.run(maxIterations: 1_000_000)
    let run = Theorem6_4Run(
      converged: outcome.status != .iterationLimit, globalMinimum: outcome.status == .globalMinimum,
      final: gd.weights, rule: rule, stratum: stratum,
      wEndOnZeroSide: gd.weights.w.allSatisfy { ($0 * zeroSide).sum() <= 0 })
    context.note("w₀, u₀", (w0.w + w0.u).map { [$0.x, $0.y] })
    context.note("W_0⁺(1), W_0⁺(3) (0-based)", "\(w1), \(w3)")
    context.note("initialization rule", rule)
    context.note("stratum of sign(0) = −1 at t = 0", stratum)
    context.note("status, final t, loss", "\(outcome.status), \(outcome.iterations), \(outcome.loss)")
    context.note("w_T, u_T", (gd.weights.w + gd.weights.u).map { [$0.x, $0.y] })
    context.note("erred sets (sign(0) = 0)", run.erred(.signWithZero).map(\.description))
    context.note("erred sets (0 ↦ +1)", run.erred(.zeroPredictsPositive).map(\.description))
    context.note("erred sets (0 ↦ −1)", run.erred(.zeroPredictsNegative).map(\.description))
    return run
  }

  /// The check of one setting under one reading of sign(0). The labels of the checks that
  /// existed before the third reading are kept (their streams, hence results, are unchanged).
  static func theorem6_4Check(_ index: Int, reading: BG19.ErrorReading) -> Check {
    let name = theorem6_4SettingNames[index]
    let suffix: String
    switch reading {
    case .signWithZero: suffix = ""
    case .zeroPredictsPositive: suffix = ", 0 ↦ +1"
    case .zeroPredictsNegative: suffix = ", 0 ↦ −1"
    }
    let budget =
      reading == .signWithZero
      ? Budget(test: 2000, report: index == 0 ? 20_000 : 40_000) : Budget(test: 1000, report: 10_000)
    let spec = theorem6_4Spec(theorem6_4Settings[index], reading: reading, exact: index < 2)
    return Check(
      name + suffix, reading: reading.text, expectation: theorem6_4Expectations[name + suffix] ?? .holds,
      budget: budget, .probability(spec))
  }

  /// The sign(0) = −1 erratum (both settings with the exact rule): quoted page text and the reason.
  static let theorem6_4NegativeErratum =
    "BG19 Theorem 6.4 prints \"With probability at least (1 − c)33/48, gradient descent converges to a "
    + "global minimum that does not recover f*\" (c ≤ 10⁻¹⁰). Read with sign(0) = −1 (an output of 0 "
    + "predicts −1) the probability is exactly 43/64 = 0.671875 < 33/48 = 0.6875: when the w-filters "
    + "cluster on p1 and p3 and both u-filters on one side of p2 (probability 1/16), the only erred set is "
    + "{2} (or {4}), whose output Σσ(w·p2) is exactly 0 whenever both w-filters end with w·p2 ≤ 0 "
    + "(probability 1/4, by a reflection symmetry); 0 then predicts −1, the label, and the model recovers "
    + "f*. Corrected: the paper's sign(N) = f* with sign(0) = 0 (an output of 0 is an error), for which "
    + "the probability is 11/16 = 33/48 exactly."

  /// Expectations of the readings the evidence refutes (see the notes).
  static let theorem6_4Expectations: [String: Expectation] = [
    "theorem setting, 0 ↦ −1": .refutedAsPrinted(reason: theorem6_4NegativeErratum),
    "broader: γ = 2, c_η = 0.05, 0 ↦ −1": .refutedAsPrinted(
      reason: "The same erratum at γ = 2, c_η = 0.05 (sign(0) = −1)."),
    "theorem setting": .correction(of: "theorem setting, 0 ↦ −1"),
    "broader: γ = 2, c_η = 0.05": .correction(of: "broader: γ = 2, c_η = 0.05, 0 ↦ −1"),
  ]

  /// How the exact probability of a reading is obtained (first two settings).
  static func theorem6_4ExactDescription(_ reading: BG19.ErrorReading) -> String {
    switch reading {
    case .signWithZero:
      "P(initialization rule) = 3/4 − (1/8)(1/2) = 11/16; the rule decides the outcome in every run (\"outcome\" checks)"
    case .zeroPredictsPositive:
      "the sign(0) = +1 event is the sign(0) = 0 event (D₊ = ∅, see the notes), decided by the initialization rule in every run (\"outcome\" checks): 11/16"
    case .zeroPredictsNegative:
      "11/16 − P(D₋) = 11/16 − (1/16)(1/4) = 43/64: D₋ = stratum at t = 0 and both final w·p ≤ 0 (\"outcome\" checks), P(stratum) = 1/16 by enumeration, 1/4 by the reflection symmetry (notes)"
    }
  }

  static func theorem6_4Spec(_ setting: BG19.Setting, reading: BG19.ErrorReading, exact: Bool) -> ProbabilitySpec {
    ProbabilitySpec(
      event: "GD converges to a global minimum that does not recover f*",
      claimed: try! BG19.theorem6_4ProbabilityBound(c: 0),
      claimedDescription: !exact
        ? "(1 − c)·33/48, c = 0"
        : reading == .zeroPredictsNegative ? "(1 − c)·33/48, c = 0" : "(1 − c)·33/48, c = 0 (attained exactly)",
      exact: !exact
        ? nil : reading == .zeroPredictsNegative ? BG19.theorem6_4NegativeReadingProbability() : BG19.theorem6_4RuleProbability(),
      exactDescription: exact ? theorem6_4ExactDescription(reading) : nil
    ) { context in
      try theorem6_4Run(setting, context: &context).event(reading)
    }
  }
}