import Generators
import Testing
import Verification

@Suite("Engine")
struct EngineTests {
  let options = RunOptions(seed: 7, jobs: 2, level: .test)

  @Test func falseProbabilityClaimIsRefutedWithReplayableTrial() throws {
    let result = Engine.run(DemoClaims.biasedCoin, options: options)
    #expect(result.verdict == .refuted)
    let check = try #require(result.checks.first)
    guard case .probability(let d) = check.detail else { Issue.record("not a probability result"); return }
    #expect(d.upperBound < 0.6)
    #expect(abs(d.estimate - 0.5) < 0.05)
    // A failing trial replays to the same outcome.
    let trial = try #require(d.failingTrials.first)
    let replay = Engine.replay(DemoClaims.biasedCoin, check: DemoClaims.biasedCoin.checks[0], seed: 7, trial: trial)
    #expect(replay.first?.outcome.contains("did not happen") == true)
  }

  @Test func trueProbabilityClaimHoldsWithPowerAndExactValue() throws {
    let result = Engine.run(DemoClaims.fairCoin, options: options)
    #expect(result.verdict == .holds)
    guard case .probability(let d) = result.checks[0].detail else { Issue.record("not a probability result"); return }
    #expect(d.exactConsistent == true)
    let detectable = try #require(d.detectable)
    #expect(detectable < 0.45 && detectable > 0.35)
  }

  /// A bound attained exactly (P = 1/2 claimed ≥ 1/2, exact 1/2 known) holds whatever side of
  /// 1/2 the estimate falls on; an exact value the interval excludes is a run error (a defect
  /// of the exact computation), never a pass.
  @Test func attainedBoundHoldsAndWrongExactValueIsARunError() {
    func coin(claimed: Double, exact: Double) -> Claim {
      Claim(
        id: "Demo.attained", paper: .BG19, location: "machinery test", kinds: [.probability],
        statement: "A fair coin lands heads with probability at least 1/2.",
        checks: [
          Check(
            "fair coin", budget: Budget(test: 5000, report: 5000),
            .probability(
              ProbabilitySpec(
                event: "heads", claimed: claimed, claimedDescription: "1/2", exact: exact,
                exactDescription: "stated"
              ) { $0.rng.nextBernoulli(0.5) }))
        ])
    }
    for seed: UInt64 in 1...6 {
      let options = RunOptions(seed: seed, jobs: 1, level: .test)
      #expect(Engine.run(coin(claimed: 0.5, exact: 0.5), options: options).verdict == .holds)
      let wrong = Engine.run(coin(claimed: 0.5, exact: 0.6), options: options)
      #expect(wrong.verdict == .error)
      #expect(wrong.checks[0].runError == .exactValueContradicted)
    }
  }

  @Test func falseAlwaysClaimIsRefutedWithCounterexampleThatReplays() throws {
    let claim = DemoClaims.boundedNormal
    let result = Engine.run(claim, options: options)
    #expect(result.verdict == .refuted)
    guard case .always(let d) = result.checks[0].detail else { Issue.record("not an always result"); return }
    let counterexample = try #require(d.firstCounterexample)
    #expect(d.failures > 5)
    let replay = Engine.replay(claim, check: claim.checks[0], seed: 7, trial: counterexample.trial)
    #expect(replay.first?.outcome.hasPrefix("VIOLATED") == true)
    let z = try #require(replay.first?.trace.first { $0.0 == "z" }.flatMap { Double($0.1) })
    #expect(z > 3)
  }

  @Test func trueAlwaysClaimHolds() {
    let result = Engine.run(DemoClaims.boundedSine, options: options)
    #expect(result.verdict == .holds)
  }

  @Test func erratumNeedsRefutedPrintedAndHoldingCorrection() {
    let result = Engine.run(DemoClaims.erratum, options: options)
    #expect(result.verdict == .erratum)
    #expect(result.checks.map(\.verdict) == [.refuted, .holds])
  }

  @Test func trendsAreDecidedByIntervals() {
    #expect(Engine.run(DemoClaims.trend, options: options).verdict == .holds)
    #expect(Engine.run(DemoClaims.risingTrend, options: options).verdict == .refuted)
  }

  @Test func aThrowingTrialIsAnErrorNotAPass() {
    let result = Engine.run(DemoClaims.throwing, options: options)
    #expect(result.verdict == .error)
    #expect(result.checks[0].explanation.contains("trial 7"))
  }

  @Test func resultsDoNotDependOnJobs() {
    for claim in DemoClaims.all {
      let one = Engine.run(claim, options: RunOptions(seed: 11, jobs: 1, level: .test))
      let two = Engine.run(claim, options: RunOptions(seed: 11, jobs: 2, level: .test))
      let render = { (r: ClaimResult) in ReportRenderer(command: "x", seed: 11, scale: 1).render([r]) }
      #expect(render(one) == render(two), "\(claim.id)")
    }
  }

  @Test func parallelMapKeepsTrialOrder() {
    let values = ParallelTrials.map(count: 1000, jobs: 2) { i in
      var rng = RandomStream(seed: 3, name: "order", trial: UInt64(i))
      return rng.next()
    }
    for i in [0, 1, 499, 999] {
      var rng = RandomStream(seed: 3, name: "order", trial: UInt64(i))
      #expect(values[i] == rng.next())
    }
  }

  @Test func budgetsScaleOnlyScalableChecks() {
    #expect(Budget(test: 10, report: 100).trials(at: .report(scale: 0.1)) == 10)
    #expect(Budget(test: 10, report: 100).trials(at: .test) == 10)
    #expect(Budget.exhaustive(15).trials(at: .report(scale: 0.1)) == 15)
    #expect(Budget(test: 1, report: 3).trials(at: .report(scale: 0.01)) == 1)
  }

  @Test func errorBudgetSplitStaysBelowTheTotal() {
    #expect(ErrorBudget.catalogClaims == 49)
    let spent = Double(ErrorBudget.catalogClaims) * ErrorBudget.perClaim + ErrorBudget.machinery
    #expect(spent <= ErrorBudget.total)
  }
}
