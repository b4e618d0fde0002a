import Generators
import LinearAlgebra
import Theory

/// LL18 training runs shared by several checks and figures (issue 12): a *series* is a named
/// family of runs of one claim; run `trial` of a series at a setting draws its data from the
/// stream (claim, series, arm "data", trial) — the same for every setting of the series, so
/// the settings (widths, readings, labels) are compared on paired data — and its
/// initialization, random labels and batches from (claim, series, arm = the setting's name,
/// trial). A run is computed once per process (`RunCache`) and kept as a summary; a replay
/// (`TrialContext.isTracing`) recomputes it from the same streams and notes every number.
public enum LL18Runs {
  /// What the checks and figures read from a run (no matrices).
  public struct Summary: Sendable {
    public let m: Int
    public let snapshots: [LL18.Snapshot]
    /// The drift of the kept pre-activations against a full recomputation (0 when none kept).
    public let drift: Double
    /// Singular values of W_T − W₀ and of W_T, descending (empty unless asked for).
    public let updateSpectrum: [Double]
    public let weightSpectrum: [Double]

    public var last: LL18.Snapshot { snapshots[snapshots.count - 1] }
    /// The first recorded step at which the test accuracy reached `target` (nil: never).
    public func stepsToTestAccuracy(_ target: Double) -> Int? {
      snapshots.first { ($0.testAccuracy ?? 0) >= target }?.step
    }
    /// The first recorded step at which the training accuracy reached `target` (nil: never).
    public func stepsToTrainAccuracy(_ target: Double) -> Int? {
      snapshots.first { $0.trainAccuracy >= target }?.step
    }
    /// The last snapshot at or before `step`.
    public func snapshot(atOrBefore step: Int) -> LL18.Snapshot {
      snapshots.last { $0.step <= step } ?? snapshots[0]
    }

    /// Records every number of the run in a replay's trace.
    public func note(into context: inout TrialContext) {
      let m = self.m, snapshots = self.snapshots, drift = self.drift
      let updateSpectrum = self.updateSpectrum, weightSpectrum = self.weightSpectrum
      context.note("m", m)
      context.note("steps recorded", snapshots.map(\.step))
      context.note("test accuracy", snapshots.map { $0.testAccuracy ?? .nan })
      context.note("train accuracy", snapshots.map(\.trainAccuracy))
      context.note("pattern change over pairs", snapshots.map(\.patternChangePairs))
      context.note("pattern change per unit", snapshots.map(\.patternChangeUnits))
      context.note("‖W_t − W_0‖_F / ‖W_0‖_F", snapshots.map(\.relativeDistance))
      context.note("drift of the kept pre-activations", drift)
      if !updateSpectrum.isEmpty {
        context.note("singular values of W_T − W_0", updateSpectrum)
        context.note("singular values of W_T", weightSpectrum)
      }
    }
  }

  static let cache = RunCache<Summary>()
  /// The data of (series, trial): drawn once for every setting of the series.
  static let dataCache = RunCache<[LL18.Dataset]>()
  static let gramCache = RunCache<LL18.SampleSpaceSGD.Grams>()

  /// The arm name of a setting inside its series: its width, reading, sampling and labels.
  public static func armName(_ s: LL18.ExperimentSetting) -> String {
    "m = \(s.m), \(s.reading.label), \(s.sampling.rawValue)\(s.randomLabels ? ", random labels" : "")"
  }

  /// Run `context.trial` of `series` of `claimID` at setting `s` (see the type's comment);
  /// with `spectra`, the singular values of W_T − W₀ and W_T (LinearAlgebra SVD). Notes the
  /// run's numbers when the context traces.
  public static func summary(
    _ s: LL18.ExperimentSetting, claimID: String, series: String, spectra: Bool = false, context: inout TrialContext
  ) throws -> Summary {
    let run = try summary(s, claimID: claimID, series: series, spectra: spectra, seed: context.seed, trial: context.trial, cached: !context.isTracing)
    if context.isTracing {
      let trial = context.trial
      context.note("series", "\(claimID) | \(series) | \(armName(s)), trial \(trial)")
      run.note(into: &context)
    }
    return run
  }

  /// The same, by seed and trial (figures); `cached: false` recomputes.
  public static func summary(
    _ s: LL18.ExperimentSetting, claimID: String, series: String, spectra: Bool = false, seed: UInt64, trial: Int,
    cached: Bool = true
  ) throws -> Summary {
    let arm = armName(s)
    let key =
      "\(seed)|\(claimID)|\(series)|\(arm)|\(trial)|\(spectra)|\(s.data)|\(s.trainCount)|\(s.testCount)|\(s.steps)|"
      + "\(s.recordEvery)|\(s.eta0)|\(s.batchSize)"
    if cached, let hit = cache[key] { return hit }
    let dataKey = "\(seed)|\(claimID)|\(series)|\(trial)|\(s.data)|\(s.trainCount)|\(s.testCount)"
    let drawn: [LL18.Dataset]
    if cached, let hit = dataCache[dataKey] {
      drawn = hit
    } else {
      var data = Engine.context(claimID: claimID, check: series, arm: "data", seed: seed, trial: trial).rng
      let (trainSample, testSample) = try LL18.drawData(s.data, trainCount: s.trainCount, testCount: s.testCount, using: &data)
      drawn = [trainSample.data, testSample.data]
      if cached { dataCache[dataKey] = drawn }
    }
    var own = Engine.context(claimID: claimID, check: series, arm: arm, seed: seed, trial: trial).rng
    var trainSet = drawn[0]
    if s.randomLabels {
      trainSet = try LL18.Dataset(x: trainSet.x, labels: (0..<trainSet.count).map { _ in own.nextInt(below: trainSet.k) }, k: trainSet.k)
    }
    let network = try LL18.initialNetwork(k: trainSet.k, m: s.m, d: trainSet.dimension, reading: s.reading, using: &own)
    let schedule = try LL18.batches(n: trainSet.count, batchSize: s.batchSize, steps: s.steps, sampling: s.sampling, using: &own)
    // Runs on the same data share the Gram matrices (sample-space trainer, true labels: the
    // Gram matrices do not depend on the labels).
    var grams: LL18.SampleSpaceSGD.Grams?
    if s.resolvedTrainer == .sampleSpace && s.testCurve {
      if cached, let hit = gramCache[dataKey] {
        grams = hit
      } else {
        grams = try LL18.SampleSpaceSGD.Grams(train: drawn[0], test: drawn[1], threads: s.threads)
        if cached { gramCache[dataKey] = grams }
      }
    }
    let r = try LL18.train(network: network, train: trainSet, test: drawn[1], setting: s, schedule: schedule, grams: grams)
    var su: [Double] = [], sw: [Double] = []
    if spectra {
      su = try SingularValueDecomposition(try LL18.accumulatedUpdate(r.final.w, from: r.initial.w), threads: s.threads).values
      sw = try SingularValueDecomposition(r.final.w, threads: s.threads).values
    }
    let summary = Summary(m: s.m, snapshots: r.snapshots, drift: r.drift, updateSpectrum: su, weightSpectrum: sw)
    if cached { cache[key] = summary }
    return summary
  }
}
