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
        + "η = 10/m, T = \(structuredSteps) steps, batches a random partition per pass (reading \"without "
        + "replacement\"), test accuracy recorded every \(structuredRecordEvery) steps. Accuracy is the event of "
        + "Theorem 4.1 (a tie is an error) on the 200 test points. m ∈ {\(structuredWidths.map(String.init).joined(separator: ", "))}.",
      "**Checks.** (1) Test error at T (1 − accuracy) does not grow from each width to the next. (2) The steps "
        + "to reach test accuracy 0.99 (T when never), divided by T, differ by at most 0.2 between m = "
        + "\(structuredWidths[1]) and m = \(structuredWidths[2]) in either direction (\"roughly constant in m\" with "
        + "η = 10/m; the smallest width, where a share of runs never reaches 0.99, is left out). Both are **paired**: "
        + "run i of every width trains on the same data (the series' shared stream; own initialization and "
        + "batches), \(structuredTrials) runs, each comparison decided on the per-run differences "
        + "(Hoeffding/empirical Bernstein), with a minimum effect of \(Format.number(structuredMinimumEffect)) (in "
        + "test error, or in steps/T beyond the 0.2 slack) that \"holds\" must be able to refute. The runs are "
        + "shared with `LL18.Lemma5.1`. (3) The §4 remark on random labels, paired inside each trial on the "
        + "reduced §7 mixture (d = 100, k = 10, l = 2, 100 training points, m = 200, T = 400): the event that SGD "
        + "fits the random labels (training accuracy 1 at T), needs at least as many steps as with the true "
        + "labels, and ends further from initialization; claimed to happen more often than not (probability ≥ 1/2).",
      "**Readings.** Every check runs under both initialization readings ((A3): variance 1/m; §7: variance 1/√m).",
    ],
    checks: LL18.InitializationReading.allCases.flatMap { reading in
      [
        Check(
          "test error does not grow with m, \(reading.label)", reading: reading.rawValue,
          budget: Budget(test: structuredTestTrials, report: structuredTrials),
          .trend(
            .nonIncreasing(
              metric: "test error at T (1 − accuracy)", range: 0...1,
              arms: structuredWidths.map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  1 - (try structuredRun(&context, m: m, reading: reading, sampling: .withoutReplacement).last.testAccuracy ?? 0)
                }
              },
              paired: true, minimumEffect: structuredMinimumEffect))),
        Check(
          "steps to test accuracy 0.99 with η = 10/m, m = \(structuredWidths[1]) vs \(structuredWidths[2]), \(reading.label)",
          reading: reading.rawValue, budget: Budget(test: structuredTestTrials, report: structuredTrials),
          .trend(
            TrendSpec(
              metric: "steps to test accuracy 0.99, over T = \(structuredSteps)", range: 0...1,
              arms: structuredWidths[1...].map { m in
                TrendSpec.Arm("m = \(m)") { context in
                  let r = try structuredRun(&context, m: m, reading: reading, sampling: .withoutReplacement)
                  return Double(r.stepsToTestAccuracy(0.99) ?? structuredSteps) / Double(structuredSteps)
                }
              },
              comparisons: [TrendSpec.Comparison(1, atMost: 0, slack: 0.2), TrendSpec.Comparison(0, atMost: 1, slack: 0.2)],
              paired: true, minimumEffect: structuredMinimumEffect))),
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
              base.testCount = 10  // the event reads training accuracy and distance only
              base.recordEvery = 10
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

extension LL18Claims {
  /// The widths of the structured series (`LL18.Theorem4.1`, `LL18.Lemma5.1`).
  static let structuredWidths = [10, 40, 160]
  /// Its steps T and recording interval.
  static let structuredSteps = 100
  static let structuredRecordEvery = 10
  /// Paired runs per width in the report (tests: `structuredTestTrials`), chosen so that the
  /// paired bounds can refute a reversal of `structuredMinimumEffect`.
  static let structuredTrials = 500
  static let structuredTestTrials = 2
  static let structuredMinimumEffect = 0.2

  /// Run `context.trial` of the structured series at width m: data from the series' shared
  /// stream (the same at every width, reading and sampling), the rest from the run's own.
  static func structuredRun(
    _ context: inout TrialContext, m: Int, reading: LL18.InitializationReading, sampling: LL18.BatchSampling
  ) throws -> LL18Runs.Summary {
    var s = LL18.Settings.structured(m: m, reading: reading, steps: structuredSteps, sampling: sampling)
    s.recordEvery = structuredRecordEvery
    return try LL18Runs.summary(s, claimID: "LL18.Theorem4.1", series: "structured runs", context: &context)
  }
}
