import ClaimTesting
import Foundation
import Generators
import Testing
import Theory
import Verification

/// Defects of issue 10 §1: each test failed before its fix.
@Suite("Engine run errors")
struct RunErrorTests {
  let options = RunOptions(seed: 7, jobs: 2, level: .test)

  /// A coin claim with an exact value: P(heads) = p, claimed ≥ `claimed`, `trials` trials.
  static func coin(
    p: Double, claimed: Double?, exact: Double, trials: Int, expectation: Verification.Expectation = .holds
  ) -> Claim {
    Claim(
      id: "Demo.coin", paper: .BG19, location: "machinery test", kinds: [.probability],
      statement: "A coin with an exact probability.",
      checks: [
        Check(
          "coin", expectation: expectation, budget: Budget(test: trials, report: trials),
          .probability(
            ProbabilitySpec(
              event: "heads", claimed: claimed, claimedDescription: claimed.map { "\($0)" } ?? "= exact",
              exact: exact, exactDescription: "stated"
            ) { $0.rng.nextBernoulli(p) }))
      ])
  }

  /// An exact probability below the claim, confirmed by the sample, refutes the claim even
  /// when the sample alone cannot (50 trials of a fair coin against "≥ 0.55"): before the fix
  /// this was inconclusive, or holds when the estimate landed above 0.55.
  @Test func exactValueBelowTheClaimRefutes() {
    for seed: UInt64 in 1...8 {
      let options = RunOptions(seed: seed, jobs: 1, level: .test)
      let result = Engine.run(Self.coin(p: 0.5, claimed: 0.55, exact: 0.5, trials: 50), options: options)
      #expect(result.verdict == .refuted, "seed \(seed): \(result.checks[0].explanation)")
      // As the printed statement of an erratum, the same check makes an erratum... when the
      // corrected statement holds; alone it is a refuted printed statement.
      let printed = Self.coin(p: 0.5, claimed: 0.55, exact: 0.5, trials: 50, expectation: .refutedAsPrinted(reason: "r"))
      let check = Engine.run(printed, options: options).checks[0]
      #expect(check.verdict == .refuted && check.isKnownErratum)
    }
  }

  /// An exact value that meets the claim holds; one the interval excludes is a run error when
  /// a claimed bound is checked (a defect of the exact computation), and a refutation when
  /// the exact value is itself the statement (no claimed bound).
  @Test func contradictedExactValue() {
    let error = Engine.run(Self.coin(p: 0.5, claimed: 0.3, exact: 0.7, trials: 4000), options: options)
    #expect(error.verdict == .error)
    #expect(error.checks[0].runError == .exactValueContradicted)
    let closedForm = Engine.run(Self.coin(p: 0.5, claimed: nil, exact: 0.7, trials: 4000), options: options)
    #expect(closedForm.verdict == .refuted)
    let fine = Engine.run(Self.coin(p: 0.5, claimed: 0.45, exact: 0.5, trials: 4000), options: options)
    #expect(fine.verdict == .holds)
  }

  /// Only a refutation of a printed erratum is a known issue: a trial that threw, a
  /// divergence, or an undecided printed statement fails the test.
  @Test func onlyARefutationIsAKnownIssue() throws {
    func printed(_ body: @escaping @Sendable (inout TrialContext) throws -> Bool, trials: Int = 200) -> Claim {
      Claim(
        id: "Demo.printed", paper: .BG19, location: "machinery test", kinds: [.probability],
        statement: "P(heads) ≥ 0.9 as printed.",
        checks: [
          Check(
            "as printed", expectation: .refutedAsPrinted(reason: "it is 1/2"),
            budget: Budget(test: trials, report: trials),
            .probability(ProbabilitySpec(event: "heads", claimed: 0.9, claimedDescription: "0.9", trial: body)))
        ])
    }
    func issues(_ claim: Claim) -> [ClaimExpectation.Expected] {
      ClaimExpectation.issues(for: Engine.evaluate(claim.checks[0], of: claim, options: options), seed: 7)
    }
    let refuted = issues(printed { $0.rng.nextBernoulli(0.5) })
    #expect(refuted.count == 1 && refuted[0].isKnownIssue)
    let threw = issues(printed { context in
      if context.trial == 5 { throw InvalidParameter("k", 0, "must be positive") }
      return context.rng.nextBernoulli(0.5)
    })
    #expect(threw.count == 1 && !threw[0].isKnownIssue)
    #expect(threw.first?.message.contains("trial 5 threw") == true)
    let diverged = issues(printed { context in
      try Divergence.requireFinite(.nan, process: "demo", step: 1, quantity: "W")
      return true
    })
    #expect(diverged.count == 1 && !diverged[0].isKnownIssue)
    let inconclusive = issues(printed({ $0.rng.nextBernoulli(0.85) }, trials: 20))
    #expect(inconclusive.count == 1 && !inconclusive[0].isKnownIssue)
    // A check expected to hold fails on an error or a refutation, passes otherwise.
    let holding = DemoClaims.fairCoin
    #expect(ClaimExpectation.issues(for: Engine.evaluate(holding.checks[0], of: holding, options: options), seed: 7).isEmpty)
    let throwing = DemoClaims.throwing
    let failed = ClaimExpectation.issues(for: Engine.evaluate(throwing.checks[0], of: throwing, options: options), seed: 7)
    #expect(failed.count == 1 && !failed[0].isKnownIssue)
  }

  /// A diverging trial is its own outcome: verdict error, kind "diverged", shown in the report.
  @Test func divergenceIsARunErrorShownInTheReport() {
    let result = Engine.run(DemoClaims.diverging, options: options)
    #expect(result.verdict == .error)
    #expect(result.checks[0].runError == .diverged)
    #expect(result.checks[0].explanation.contains("trial 3 diverged"))
    let text = ReportRenderer(command: "x", seed: 7, scale: 1).render([result])
    #expect(text.contains("error (diverged)"))
  }

  /// BGMS18 SGD throws `Divergence` at the step where N(x) overflows (not a result with an
  /// outcome a claim could count as a pass), for both trainers.
  @Test func bgms18TrainingThrowsDivergenceWithinOneStep() throws {
    let net = try BGMS18.Network(k: 1, d: 2, v: 1, activation: .leakyReLU(alpha: 0.5))
    let S = try BGMS18.TrainingSet(points: [[0.7, 0.7], [0.5, -0.2]], labels: [1, -1])
    let W0 = try BGMS18.Weights(k: 1, d: 2, entries: [0.1, -0.2, 0.3, 0.05])
    var rng = RandomStream(seed: 1, name: "divergence", trial: 0)
    // η = 10³⁰⁰ on both layers: v and W overflow within a few steps.
    do {
      _ = try net.trainBothLayers(
        from: W0, on: S, learningRate: 1e300, order: .cyclic, maxSteps: 1000, using: &rng)
      Issue.record("expected a divergence")
    } catch let divergence as Divergence {
      #expect(divergence.step <= 3, "\(divergence)")
      #expect(divergence.process.contains("both layers"))
    }
    #expect(throws: Divergence.self) {
      try net.trainFirstLayer(
        from: BGMS18.Weights(k: 1, d: 2, entries: [1.5e308, 1.5e308, 0, 0]), on: S, learningRate: 1,
        order: .cyclic, maxSteps: 10)
    }
  }

  /// An observation of a NaN or ±∞ is rejected (the trial throws), never a pass or a
  /// counterexample.
  @Test func observationsRejectNonFiniteValues() throws {
    for bad in [Double.nan, .infinity, -.infinity] {
      #expect(throws: InvalidObservation.self) { try Observation.atMost(bad, 1).validated() }
      #expect(throws: InvalidObservation.self) { try Observation.atMost(1, bad).validated() }
      #expect(throws: InvalidObservation.self) { try Observation.atLeast(bad, 1).validated() }
      #expect(throws: InvalidObservation.self) { try Observation.equal(bad, 1, tolerance: 1e-9).validated() }
      #expect(throws: InvalidObservation.self) {
        try Observation.all([.atMost(0.5, 1), .atLeast(1, bad)]).validated()
      }
    }
    _ = try Observation.atMost(0.5, 1).validated()
    let claim = Claim(
      id: "Demo.nan", paper: .LL18, location: "machinery test", kinds: [.always], statement: "NaN ≤ 1.",
      checks: [
        Check(
          "nan", budget: Budget(test: 5, report: 5),
          .always(AlwaysSpec(bound: "x ≤ 1") { _ in .atMost(.nan, 1, "x") }))
      ])
    let result = Engine.run(claim, options: options)
    #expect(result.verdict == .error)
    #expect(result.checks[0].explanation.contains("not a finite number"))
  }

  /// `THEOREMS_SEED` must be an unsigned integer when set.
  @Test func seedEnvironmentRejectsGarbage() throws {
    #expect(try SeedEnvironment.seed(from: [:]) == Engine.defaultSeed)
    #expect(try SeedEnvironment.seed(from: ["THEOREMS_SEED": "42"]) == 42)
    for bad in ["abc", "", "-1", "1e3", "18446744073709551616", " 5"] {
      #expect(throws: InvalidSeed.self, "\(bad)") { try SeedEnvironment.seed(from: ["THEOREMS_SEED": bad]) }
    }
  }
}
