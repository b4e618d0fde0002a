import Claims
import Testing
import Verification

/// Issue 10 §2: every check of the registry can refute its statement, or says it cannot.
@Suite("Refutability")
struct RefutabilityTests {
  /// For every check of `Catalog.claims`, at its report budget: the synthetic violation of
  /// its statement (a counterexample, a success rate well below the claim, a reversed trend,
  /// a wrong exact value) is refuted by its verdict rule, unless the machinery lists the
  /// check as "cannot refute" with a reason; and then even the most extreme violation is not
  /// refuted (the listing is honest).
  @Test func everyCheckOfTheRegistryRefutesAViolationOrSaysWhyNot() throws {
    var unrefutable: [String] = []
    for claim in Catalog.claims {
      for check in claim.checks {
        let n = check.budget.trials(at: .report(scale: 1))
        let name = "\(claim.id) [\(check.label)]"
        if let reason = Refutability.cannotRefute(check, of: claim, trials: n) {
          unrefutable.append("\(name): \(reason)")
          #expect(!reason.isEmpty)
          continue
        }
        var comparisons = 1
        if case .trend(let spec) = check.body { comparisons = spec.comparisons.count }
        for k in 0..<comparisons {
          let (judged, outcomes) = try #require(Refutability.violation(of: check, trials: n, comparison: k, extreme: true))
          #expect(Engine.decide(judged, of: claim, outcomes: outcomes).verdict == .refuted, "\(name), comparison \(k)")
        }
      }
    }
    // The list is what the report prints under "Checks that cannot refute".
    print("cannot refute at report budget:\n" + unrefutable.joined(separator: "\n"))
  }

  /// The synthetic violations of each kind, on the demo claims: refuted.
  @Test func syntheticViolationsOfDemoClaimsAreRefuted() throws {
    for claim in DemoClaims.all {
      for check in claim.checks {
        let n = check.budget.test
        let (judged, outcomes) = try #require(Refutability.violation(of: check, trials: n))
        #expect(Engine.decide(judged, of: claim, outcomes: outcomes).verdict == .refuted, "\(claim.id)")
      }
    }
  }

  /// A trend without comparisons, or with too few runs for any interval to exclude the
  /// claim, cannot refute: its verdict says so and it counts toward nothing.
  @Test func trendsThatCannotRefuteSaySo() {
    func trend(_ comparisons: [TrendSpec.Comparison], runs: Int) -> Claim {
      Claim(
        id: "Demo.summary", paper: .ADHLW19, location: "machinery test", kinds: [.trend],
        statement: "A summary.",
        checks: [
          Check(
            "summary", budget: Budget(test: runs, report: runs),
            .trend(
              TrendSpec(
                metric: "value", range: 0...1,
                arms: [.init("a") { $0.rng.nextUniform() }, .init("b") { $0.rng.nextUniform() }],
                comparisons: comparisons))),
          Check(
            "sure", budget: .exhaustive(1),
            .always(AlwaysSpec(bound: "true", isExact: true) { _ in .condition(true, "true") })),
        ])
    }
    let options = RunOptions(seed: 1, jobs: 1, level: .test)
    let none = Engine.run(trend([], runs: 50), options: options)
    #expect(none.checks[0].verdict == .cannotRefute)
    #expect(none.checks[0].explanation.contains("without a claimed comparison"))
    #expect(none.verdict == .holds)  // counts toward nothing
    let few = Engine.run(trend([.init(1, atMost: 0)], runs: 3), options: options)
    #expect(few.checks[0].verdict == .cannotRefute)
    #expect(few.checks[0].explanation.contains("would refute"))
    let enough = Engine.run(trend([.init(1, atMost: 0)], runs: 400), options: options)
    #expect(enough.checks[0].verdict != .cannotRefute)
    let text = ReportRenderer(command: "x", seed: 1, scale: 1).render([none])
    #expect(text.contains("**Checks that cannot refute.**"))
  }
}
