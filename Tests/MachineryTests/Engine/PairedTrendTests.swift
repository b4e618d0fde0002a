import Generators
import Synchronization
import Testing
import Verification

/// Issue 10 §2: paired trends, minimum effects and run counts from the observed variance.
@Suite("Paired trends")
struct PairedTrendTests {
  /// Two arms on the same data: value = 0.8·U + shift, U drawn from the shared stream, so
  /// the paired difference is the shift exactly.
  static func claim(
    shifts: (Double, Double), runs: Int, minimumEffect: Double? = nil, maximumRuns: Int? = nil
  ) -> Claim {
    Claim(
      id: "Demo.paired", paper: .ADHLW19, location: "machinery test", kinds: [.trend],
      statement: "The metric does not grow from the first setting to the second.",
      checks: [
        Check(
          "paired", budget: Budget(test: runs, report: runs),
          .trend(
            .nonIncreasing(
              metric: "value", range: 0...1,
              arms: [
                .init("first") { 0.8 * $0.shared.nextUniform() + shifts.0 },
                .init("second") { 0.8 * $0.shared.nextUniform() + shifts.1 },
              ], paired: true, minimumEffect: minimumEffect, maximumRuns: maximumRuns)))
      ])
  }

  let options = RunOptions(seed: 3, jobs: 2, level: .test)

  @Test func sharedStreamIsTheSameForEveryArmOfATrial() {
    let seen = Mutex<[String: [Double]]>([:])
    let claim = Claim(
      id: "Demo.shared", paper: .ADHLW19, location: "machinery test", kinds: [.trend], statement: "s",
      checks: [
        Check(
          "shared", budget: Budget(test: 5, report: 5),
          .trend(
            TrendSpec(
              metric: "u", range: 0...1,
              arms: ["a", "b"].map { label in
                TrendSpec.Arm(label) { context in
                  let u = context.shared.nextUniform()
                  seen.withLock { $0["\(label)\(context.trial)", default: []].append(u) }
                  return u
                }
              }, comparisons: [.init(1, atMost: 0)], paired: true)))
      ])
    _ = Engine.run(claim, options: options)
    seen.withLock { values in
      for i in 0..<5 { #expect(values["a\(i)"] == values["b\(i)"]) }
      #expect(values["a0"] != values["a1"])
    }
  }

  /// A true trend holds on paired differences, with a small smallest-refuted reversal; the
  /// reversed trend is refuted; the unpaired rule with the same runs cannot tell.
  @Test func pairedDifferencesDecide() throws {
    let holds = Engine.run(Self.claim(shifts: (0.1, 0), runs: 2000, minimumEffect: 0.05), options: options)
    #expect(holds.verdict == .holds, "\(holds.checks[0].explanation)")
    guard case .trend(let d) = holds.checks[0].detail else { Issue.record("not a trend"); return }
    #expect(d.paired)
    let detectable = try #require(d.comparisons[0].detectableReversal)
    #expect(detectable < 0.05)
    let reversed = Engine.run(Self.claim(shifts: (0, 0.1), runs: 2000), options: options)
    #expect(reversed.verdict == .refuted, "\(reversed.checks[0].explanation)")
  }

  /// Too few runs: inconclusive with the runs that would decide; with `maximumRuns` the
  /// engine runs that many fresh runs and decides on them.
  @Test func runCountFromTheObservedVariance() throws {
    let few = Engine.run(Self.claim(shifts: (0, 0.1), runs: 60), options: options)
    #expect(few.verdict == .inconclusive)
    guard case .trend(let d) = few.checks[0].detail else { Issue.record("not a trend"); return }
    let needed = try #require(d.comparisons[0].runsNeeded)
    #expect(needed > 60 && needed < 5000)
    let adaptive = Engine.run(Self.claim(shifts: (0, 0.1), runs: 60, maximumRuns: 20_000), options: options)
    #expect(adaptive.verdict == .refuted, "\(adaptive.checks[0].explanation)")
    #expect(adaptive.checks[0].explanation.contains("confirmatory runs"))
    // A stated minimum effect that the runs cannot detect is inconclusive, not holds.
    let underpowered = Engine.run(Self.claim(shifts: (0.1, 0), runs: 60, minimumEffect: 0.01), options: options)
    #expect(underpowered.verdict == .inconclusive)
  }

  /// The paired half-width is sound at a tiny α: over many seeds of a true null (equal arms,
  /// noisy differences), the lower bound never exceeds 0.
  @Test func pairedBoundIsConservativeUnderTheNull() {
    var refuted = 0
    for seed: UInt64 in 1...40 {
      let claim = Claim(
        id: "Demo.null", paper: .ADHLW19, location: "machinery test", kinds: [.trend], statement: "null",
        checks: [
          Check(
            "null", budget: Budget(test: 300, report: 300),
            .trend(
              .nonIncreasing(
                metric: "v", range: 0...1,
                arms: [.init("a") { $0.rng.nextUniform() }, .init("b") { $0.rng.nextUniform() }], paired: true)))
        ])
      if Engine.run(claim, options: RunOptions(seed: seed, jobs: 1, level: .test)).verdict == .refuted { refuted += 1 }
    }
    #expect(refuted == 0)
  }
}
