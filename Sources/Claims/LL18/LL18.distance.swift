import Foundation
import Generators
import Theory
import Verification

extension LL18Claims {
  /// `LL18.distance`: the learned weights stay close to the initialization (LL18 §6–7).
  static let distance = Claim(
    id: "LL18.distance", paper: .LL18, location: "§6 (generalization, implicit regularization), §7 results", kinds: [.probability],
    statement:
      "‖W_t − W_0‖_F/‖W_0‖_F stays small (§7: < 0.1), shrinks as m grows, and is larger for less structured "
      + "data (larger l, random labels).",
    notes: [
      "**Paired comparisons.** Each trial draws one data set (the series' shared stream) and trains the two "
        + "compared runs on it (own initialization and batches; for l the two runs need two mixtures, one per l). "
        + "Only the distance at T is recorded; the m = 200 runs with the true labels are also `LL18.lowRank`'s. The "
        + "event is that the distance goes the claimed way; it is claimed to happen more often than not "
        + "(probability ≥ 1/2, one-sided Clopper–Pearson), so a refutation means the opposite order is the "
        + "typical one. The §7 \"< 0.1\" is checked on the §7 setting in `LL18.Figure1`.",
      "**Setting.** The §7 mixture reduced to d = 100 with 200 training and 200 test points (k = 10, σ = 1, "
        + "σ₀ = 5, B = 16, η = 10/m, T = 400): m = 50 vs 200 (l = 2; the m = 200 runs are those of the random-label comparison); l = 1 vs 4 (m = 200); true vs random labels "
        + "(m = 200, l = 2). Both initialization readings. A trend at finite sizes supports but cannot prove "
        + "the asymptotic statements behind it.",
    ],
    checks: LL18.InitializationReading.allCases.flatMap { reading in
      [
        Check(
          "shrinks with m (50 vs 200), \(reading.label)", reading: reading.rawValue, budget: Budget(test: 25, report: distanceTrials),
          .probability(
            ProbabilitySpec(event: "distance(m = 200) < distance(m = 50)", claimed: 0.5, claimedDescription: "1/2") { context in
              let small = try distanceRun(&context, m: 50, reading: reading)
              let large = try distanceRun(&context, m: 200, reading: reading)
              return large.last.relativeDistance < small.last.relativeDistance
            })),
        Check(
          "larger for l = 4 than l = 1 (m = 200), \(reading.label)", reading: reading.rawValue, budget: Budget(test: 25, report: distanceTrials),
          .probability(
            ProbabilitySpec(event: "distance(l = 4) > distance(l = 1)", claimed: 0.5, claimedDescription: "1/2") { context in
              let one = try distanceRun(&context, m: 200, reading: reading, l: 1)
              let four = try distanceRun(&context, m: 200, reading: reading, l: 4)
              return four.last.relativeDistance > one.last.relativeDistance
            })),
        Check(
          "larger for random labels (m = 200), \(reading.label)", reading: reading.rawValue, budget: Budget(test: 25, report: distanceTrials),
          .probability(
            ProbabilitySpec(event: "distance(random labels) > distance(true labels)", claimed: 0.5, claimedDescription: "1/2") { context in
              let base = try distanceRun(&context, m: 200, reading: reading)
              let random = try distanceRun(&context, m: 200, reading: reading, randomLabels: true)
              return random.last.relativeDistance > base.last.relativeDistance
            })),
      ]
    })

  /// Paired trials of each distance check (and of `LL18.lowRank`, which reads the m = 200 runs).
  static let distanceTrials = 30

  /// Run `context.trial` of the reduced §7 series with l components (data from the series'
  /// shared stream: the same for every width, reading and labelling at this l), with the
  /// spectra `LL18.lowRank` reads. Only the final step is recorded.
  static func distanceRun(
    _ context: inout TrialContext, m: Int, reading: LL18.InitializationReading, l: Int = 2, randomLabels: Bool = false,
    fullSize: Bool = false
  ) throws -> LL18Runs.Summary {
    var s = fullSize ? LL18.Settings.smallMixture(m: m, reading: reading, l: l) : distanceSetting(m: m, reading: reading, l: l, &context)
    s.randomLabels = randomLabels
    s.recordEvery = s.steps
    return try LL18Runs.summary(s, claimID: "LL18.distance", series: "reduced §7 runs, l = \(l)", spectra: true, context: &context)
  }

  /// The reduced §7 mixture of the distance checks at the report level; at the test level the
  /// same statement at a smaller size (d = 20, 40 training and 20 test points, T = 200, widths
  /// divided by 4), so that the 25 test trials the power rule asks for stay cheap.
  static func distanceSetting(
    m: Int, reading: LL18.InitializationReading, l: Int = 2, _ context: inout TrialContext
  ) -> LL18.ExperimentSetting {
    guard context.isTestLevel else { return LL18.Settings.smallMixture(m: m, reading: reading, l: l) }
    var s = LL18.Settings.smallMixture(m: max(10, m / 4), reading: reading, l: l, steps: 200, d: 20)
    s.trainCount = 40
    s.testCount = 20
    return s
  }
}
