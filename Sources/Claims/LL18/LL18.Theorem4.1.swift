import Foundation
import Generators
import Theory
import Verification

extension LL18Claims {
  /// `LL18.Theorem4.1`: SGD learns structured data as m grows (LL18 §4).
  static let theorem4_1 = Claim(
    id: "LL18.Theorem4.1", paper: .LL18, location: "§4, Theorem 4.1 and the remark after it", kinds: [.trend, .probability],
    statement:
      "Under (A1)–(A3), for m ≥ M = poly(k, l, 1/δ, 1/ε), minibatch SGD with η = 1/(m·poly) for T = poly(…, log m) "
      + "steps reaches Pr[f_y(x) > f_j(x) ∀ j ≠ y] ≥ 1 − ε w.h.p.; with η ∝ 1/m the steps needed barely depend on "
      + "m; and at large m SGD also fits random labels (with more steps, further from initialization).",
    notes: [
      "**Asymptotic.** The theorem is asymptotic with unspecified polynomials (their degrees are not given, so "
        + "even with constants set to 1 M, B and T cannot be evaluated). The checks are trends at finite sizes: "
        + "a trend in the claimed direction supports but cannot prove an asymptotic statement, and a trend "
        + "against it at these sizes would not contradict the theorem for larger m, only its practical reading.",
      "**Setting.** Exact (A1)/(A2) data: k = 3, l = 2, caps around 6 centers evenly spaced on a great circle "
        + "with classes alternating (not linearly separable), d = 20, 200 training and 200 test points, B = 16, "
        + "η = 10/m, T = 200 steps, batches a random partition per pass (reading \"without replacement\"). "
        + "Accuracy is the event of Theorem 4.1 (a tie is an error) on the 200 test points.",
      "**Checks.** (1) The share of runs whose test accuracy at T is below 0.99 does not grow from m = 10 to "
        + "m = 40 and 160 (one Bernoulli value per run, Clopper–Pearson). (2) The steps to reach test accuracy "
        + "0.99 (recorded every 10 steps; T when never), divided by T, differ by at most 0.2 between m = 40 and "
        + "m = 320 in either direction (Hoeffding; \"roughly constant in m\"). (3) The §4 remark on random labels, "
        + "paired inside each trial on the reduced §7 mixture (d = 100, k = 10, l = 2, 100 training points, "
        + "m = 200, T = 400): the event that SGD fits the random labels (training accuracy 1 at T), needs at "
        + "least as many steps as with the true labels, and ends further from initialization; claimed to "
        + "happen more often than not (probability ≥ 1/2).",
      "**Readings.** Every check runs under both initialization readings ((A3): variance 1/m; §7: variance 1/√m).",
    ],
    checks: LL18.InitializationReading.allCases.flatMap { reading in
      [
        Check(
          "test accuracy below 0.99 at T, m = 10, 40, 160, \(reading.label)", reading: reading.rawValue, budget: Budget(test: 1, report: 150),
          .trend(
            TrendSpec(
              metric: "1[test accuracy at T < 0.99]", range: 0...1, isBernoulli: true,
              arms: [10, 40, 160].map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  let r = try LL18.runExperiment(LL18.Settings.structured(m: m, reading: reading), using: &context.rng)
                  context.note("test accuracy at T", r.last.testAccuracy ?? 0)
                  return (r.last.testAccuracy ?? 0) < 0.99 ? 1 : 0
                }
              },
              comparisons: [TrendSpec.Comparison(1, atMost: 0), TrendSpec.Comparison(2, atMost: 0)]))),
        Check(
          "steps to test accuracy 0.99 with η = 10/m, m = 40 vs 320, \(reading.label)", reading: reading.rawValue,
          budget: Budget(test: 1, report: 150),
          .trend(
            TrendSpec(
              metric: "steps to test accuracy 0.99, over T = 200", range: 0...1,
              arms: [40, 320].map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  let r = try LL18.runExperiment(LL18.Settings.structured(m: m, reading: reading), using: &context.rng)
                  let steps = r.stepsToTestAccuracy(0.99) ?? 200
                  context.note("steps to 0.99", steps)
                  return Double(steps) / 200
                }
              },
              comparisons: [TrendSpec.Comparison(1, atMost: 0, slack: 0.2), TrendSpec.Comparison(0, atMost: 1, slack: 0.2)]))),
        Check(
          "random labels fitted, later and further (m = 200), \(reading.label)", reading: reading.rawValue, budget: Budget(test: 25, report: 40),
          .probability(
            ProbabilitySpec(
              event: "random labels fitted at T, with steps ≥ and distance > those of the true labels",
              claimed: 0.5, claimedDescription: "more often than not (1/2)"
            ) { context in
              // Tests: the same statement at a smaller size (d = 20, 40 points, m = 100, T = 200).
              var base = context.isTestLevel
                ? LL18.Settings.smallMixture(m: 100, reading: reading, steps: 200, d: 20)
                : LL18.Settings.smallMixture(m: 200, reading: reading)
              base.trainCount = context.isTestLevel ? 40 : 100
              base.testCount = context.isTestLevel ? 20 : base.testCount
              var random = base
              random.randomLabels = true
              let runs = try LL18.pairedRuns([base, random], using: &context.rng)
              let stepsTrue = runs[0].stepsToTrainAccuracy(1) ?? Int.max
              let stepsRandom = runs[1].stepsToTrainAccuracy(1)
              context.note("steps to fit (true, random)", "\(stepsTrue), \(stepsRandom.map(String.init) ?? "never")")
              context.note("distance (true, random)", [runs[0].last.relativeDistance, runs[1].last.relativeDistance])
              guard let stepsRandom else { return false }
              return stepsRandom >= stepsTrue && runs[1].last.relativeDistance > runs[0].last.relativeDistance
            })),
      ]
    })
}
