import Generators
import Theory
import Verification

/// Claims with known truth values, to test the engine: it must refute the false ones with a
/// replayable counterexample and let the true ones hold.
enum DemoClaims {
  /// False: a fair coin is claimed to land heads with probability ≥ 0.6.
  static let biasedCoin = Claim(
    id: "Demo.biasedCoin", paper: .BG19, location: "machinery test", kinds: [.probability],
    statement: "A fair coin lands heads with probability at least 0.6 (false).",
    checks: [
      Check(
        "fair coin", budget: Budget(test: 2000, report: 2000),
        .probability(
          ProbabilitySpec(event: "heads", claimed: 0.6, claimedDescription: "0.6") { context in
            context.rng.nextBernoulli(0.5)
          }))
    ])

  /// True: a fair coin lands heads with probability ≥ 0.45.
  static let fairCoin = Claim(
    id: "Demo.fairCoin", paper: .BG19, location: "machinery test", kinds: [.probability],
    statement: "A fair coin lands heads with probability at least 0.45.",
    checks: [
      Check(
        "fair coin", budget: Budget(test: 4000, report: 4000),
        .probability(
          ProbabilitySpec(
            event: "heads", claimed: 0.45, claimedDescription: "0.45", exact: 0.5,
            exactDescription: "a fair coin"
          ) { context in
            let heads = context.rng.nextBernoulli(0.5)
            context.note("heads", heads)
            return heads
          }))
    ])

  /// False: a standard normal never exceeds 3 (it does with probability 0.00135).
  static let boundedNormal = Claim(
    id: "Demo.boundedNormal", paper: .BGMS18, location: "machinery test", kinds: [.always],
    statement: "A standard normal is always at most 3 (false).",
    checks: [
      Check(
        "N(0,1)", budget: Budget(test: 20_000, report: 20_000),
        .always(
          AlwaysSpec(bound: "z ≤ 3") { context in
            let z = context.rng.nextNormal()
            context.note("z", z)
            return .atMost(z, 3, "z")
          }))
    ])

  /// True: |sin x| ≤ 1.
  static let boundedSine = Claim(
    id: "Demo.boundedSine", paper: .BGMS18, location: "machinery test", kinds: [.always],
    statement: "|sin(x)| ≤ 1.",
    checks: [
      Check(
        "x ~ N(0, 100)", budget: Budget(test: 1000, report: 1000),
        .always(
          AlwaysSpec(bound: "|sin x| ≤ 1") { context in
            let x = context.rng.nextNormal(mean: 0, standardDeviation: 10)
            return .atMost(abs(_sin(x)), 1, "|sin x|")
          }))
    ])

  /// A printed statement known to be wrong, with its correction: an erratum.
  static let erratum = Claim(
    id: "Demo.erratum", paper: .LL18, location: "machinery test", kinds: [.exact],
    statement: "1 + 1 = 3 as printed; corrected: 1 + 1 = 2.",
    checks: [
      Check(
        "as printed", expectation: .refutedAsPrinted(reason: "The sum is 2."),
        budget: .exhaustive(1),
        .always(AlwaysSpec(bound: "1 + 1 = 3", isExact: true) { _ in .equal(1 + 1, 3, tolerance: 1e-12) })),
      Check(
        "corrected", expectation: .correction(of: "as printed"), budget: .exhaustive(1),
        .always(AlwaysSpec(bound: "1 + 1 = 2", isExact: true) { _ in .equal(1 + 1, 2, tolerance: 1e-12) })),
    ])

  /// True trend: the mean of U(0,1) is below the mean of U(0.2, 1.2) (compared arms).
  static let trend = Claim(
    id: "Demo.trend", paper: .ADHLW19, location: "machinery test", kinds: [.trend],
    statement: "A metric falls across settings.",
    checks: [
      Check(
        "shifted uniforms", budget: Budget(test: 3000, report: 3000),
        .trend(
          .nonIncreasing(
            metric: "value", range: 0...2,
            arms: [
              .init("high") { 0.5 + $0.rng.nextUniform() },
              .init("low") { $0.rng.nextUniform() },
            ])))
    ])

  /// False trend: the metric grows.
  static let risingTrend = Claim(
    id: "Demo.risingTrend", paper: .ADHLW19, location: "machinery test", kinds: [.trend],
    statement: "A metric falls across settings (false: it rises).",
    checks: [
      Check(
        "rising", budget: Budget(test: 3000, report: 3000),
        .trend(
          .nonIncreasing(
            metric: "value", range: 0...2,
            arms: [
              .init("low") { $0.rng.nextUniform() },
              .init("high") { 0.5 + $0.rng.nextUniform() },
            ])))
    ])

  /// A trial that throws: the verdict is an error, never a pass.
  static let throwing = Claim(
    id: "Demo.throwing", paper: .LL18, location: "machinery test", kinds: [.always],
    statement: "A diverging run.",
    checks: [
      Check(
        "diverges", budget: Budget(test: 10, report: 10),
        .always(
          AlwaysSpec(bound: "converges") { context in
            if context.trial == 7 { throw DemoError.diverged }
            return .condition(true, "converged")
          }))
    ])

  /// A training run that diverges at trial 3: a run error ("diverged"), never a verdict.
  static let diverging = Claim(
    id: "Demo.diverging", paper: .LL18, location: "machinery test", kinds: [.always],
    statement: "A training run that overflows.",
    checks: [
      Check(
        "overflows", budget: Budget(test: 10, report: 10),
        .always(
          AlwaysSpec(bound: "loss ≤ 1") { context in
            var loss = 1e300
            for step in 1...3 {
              if context.trial == 3 { loss *= 1e10 }
              try Divergence.requireFinite(loss, process: "demo trainer", step: step, quantity: "loss")
            }
            return .condition(true, "finite")
          }))
    ])

  static let all = [biasedCoin, fairCoin, boundedNormal, boundedSine, erratum, trend, risingTrend, throwing, diverging]
}

enum DemoError: Error { case diverged }

#if canImport(Glibc)
  import Glibc
  func _sin(_ x: Double) -> Double { Glibc.sin(x) }
#else
  import Darwin
  func _sin(_ x: Double) -> Double { Darwin.sin(x) }
#endif
