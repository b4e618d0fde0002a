import LinearAlgebra
import Theory

extension LL18 {
  /// Where an experiment's data come from.
  public enum DataSource: Sendable, Equatable {
    /// The §7 Gaussian mixture.
    case gaussianMixture(k: Int, l: Int, d: Int, sigma: Double, sigma0: Double)
    /// The exact (A1)/(A2) mixture.
    case structured(k: Int, l: Int, d: Int, layout: StructuredMixture.Layout, fill: Double)

    public var k: Int {
      switch self {
      case .gaussianMixture(let k, _, _, _, _), .structured(let k, _, _, _, _): k
      }
    }
    public var l: Int {
      switch self {
      case .gaussianMixture(_, let l, _, _, _), .structured(_, let l, _, _, _): l
      }
    }
    public var d: Int {
      switch self {
      case .gaussianMixture(_, _, let d, _, _), .structured(_, _, let d, _, _): d
      }
    }
  }

  /// One training run of §3/§7: data, (A3) initialization, SGD with η = η₀/m.
  public struct ExperimentSetting: Sendable {
    public var data: DataSource
    public var trainCount: Int
    public var testCount: Int
    public var m: Int
    /// η = eta0 / m (§7: η = 10/m).
    public var eta0: Double
    public var batchSize: Int
    public var steps: Int
    public var sampling: BatchSampling
    public var reading: InitializationReading
    /// Snapshots every this many steps (and at 0 and T).
    public var recordEvery: Int
    /// Training labels replaced by i.i.d. uniform labels (the §4 remark on random labels).
    public var randomLabels = false
    /// Measure the drift of the kept pre-activations against a full recomputation at the end
    /// (sample-space trainer; one more N·d·m product).
    public var measuresDrift = true
    /// Stop once the training accuracy is 1 (checked at snapshots).
    public var stopWhenFitted = false
    /// Test accuracy at every snapshot (true) or at T only (false: the sample-space trainer
    /// then does not move the test pre-activations, half its cost, and computes X_test W_Tᵀ
    /// once at the end).
    public var testCurve = true
    /// Which trainer runs the steps (both give the same run up to rounding).
    public var trainer: Trainer = .automatic
    /// GEMM threads of the trainer (results do not depend on it).
    public var threads = 1

    /// The trainers: `SGD` (W kept, snapshots recompute X Wᵀ) or `SampleSpaceSGD` (W never
    /// formed, pre-activations kept incrementally).
    public enum Trainer: String, Sendable {
      case automatic, weightSpace, sampleSpace
    }

    /// The trainer `automatic` picks: the one with fewer multiply-adds for this setting.
    /// Weight space: T steps of X_B Wᵀ and Gᵀ X_B (4·T·B·d·m) and a forward pass of the train
    /// and test inputs per snapshot; sample space: the moves of P and P_test (2·T·B·(N + N_test)·m),
    /// the initial pre-activations, the Gram matrices and the final W_T − W₀.
    public var resolvedTrainer: Trainer {
      guard trainer == .automatic else { return trainer }
      let d = Double(data.d), n = Double(trainCount), nt = Double(testCount), mm = Double(m), t = Double(steps)
      let b = Double(batchSize), snapshots = t / Double(max(1, recordEvery)) + 1
      let weight = 4 * t * b * d * mm + snapshots * 2 * (n + nt) * d * mm
      let sample = 2 * t * b * (n + nt) * mm + 2 * (n + nt) * d * mm + 2 * n * (n + nt) * d + 4 * n * d * mm
      return sample < weight ? .sampleSpace : .weightSpace
    }

    public init(
      data: DataSource, trainCount: Int, testCount: Int, m: Int, eta0: Double, batchSize: Int, steps: Int,
      sampling: BatchSampling = .withoutReplacement, reading: InitializationReading = .varianceOneOverM,
      recordEvery: Int = 10
    ) {
      self.data = data
      self.trainCount = trainCount
      self.testCount = testCount
      self.m = m
      self.eta0 = eta0
      self.batchSize = batchSize
      self.steps = steps
      self.sampling = sampling
      self.reading = reading
      self.recordEvery = recordEvery
    }

    /// The §7 synthetic setting: d = 1000, k = 10, l = 2, σ = 1, σ₀ = 5, 1000 + 1000 points,
    /// T = 400, B = 16, η = 10/m.
    public static func section7(m: Int, reading: InitializationReading = .varianceOneOverM) -> ExperimentSetting {
      ExperimentSetting(
        data: .gaussianMixture(k: 10, l: 2, d: 1000, sigma: 1, sigma0: 5), trainCount: 1000, testCount: 1000, m: m,
        eta0: 10, batchSize: 16, steps: 400, reading: reading)
    }
  }

  /// What a run produced.
  public struct ExperimentResult: Sendable {
    public let snapshots: [Snapshot]
    public let initial: Network
    public let final: Network
    public let train: Dataset
    public let test: Dataset
    /// The drift ‖P_kept − X W_Tᵀ‖_F / ‖X W_Tᵀ‖_F of the kept training pre-activations at the
    /// end against a full recomputation (sample-space trainer; 0 for the weight-space trainer,
    /// which keeps none).
    public let drift: Double

    /// The first recorded step at which the test accuracy reached `target` (nil: never).
    public func stepsToTestAccuracy(_ target: Double) -> Int? {
      snapshots.first { ($0.testAccuracy ?? 0) >= target }?.step
    }
    /// The first recorded step at which the training accuracy reached `target` (nil: never).
    public func stepsToTrainAccuracy(_ target: Double) -> Int? {
      snapshots.first { $0.trainAccuracy >= target }?.step
    }
    public var last: Snapshot { snapshots[snapshots.count - 1] }
  }

  /// Draws the data (the mixture's parameters, N training and N_test test points), the
  /// initialization and the batches from `rng`, in this order, and trains.
  public static func runExperiment(_ s: ExperimentSetting, using rng: inout some RandomNumberGenerator) throws -> ExperimentResult {
    let (trainSample, testSample) = try drawData(s.data, trainCount: s.trainCount, testCount: s.testCount, using: &rng)
    var trainSet = trainSample.data
    if s.randomLabels {
      trainSet = try Dataset(x: trainSet.x, labels: (0..<trainSet.count).map { _ in rng.nextInt(below: trainSet.k) }, k: trainSet.k)
    }
    let network = try initialNetwork(k: trainSet.k, m: s.m, d: trainSet.dimension, reading: s.reading, using: &rng)
    let schedule = try batches(n: trainSet.count, batchSize: s.batchSize, steps: s.steps, sampling: s.sampling, using: &rng)
    return try LL18.train(network: network, train: trainSet, test: testSample.data, setting: s, schedule: schedule)
  }

  /// Draws a training and a test sample of a data source (one mixture for both).
  public static func drawData(
    _ source: DataSource, trainCount: Int, testCount: Int, using rng: inout some RandomNumberGenerator
  ) throws -> (LabelledSample, LabelledSample) {
    switch source {
    case .gaussianMixture(let k, let l, let d, let sigma, let sigma0):
      let mixture = try GaussianMixture(k: k, l: l, d: d, sigma: sigma, sigma0: sigma0, using: &rng)
      return (try mixture.sample(trainCount, using: &rng), try mixture.sample(testCount, using: &rng))
    case .structured(let k, let l, let d, let layout, let fill):
      let mixture = try StructuredMixture(k: k, l: l, d: d, layout: layout, fill: fill, using: &rng)
      return (try mixture.sample(trainCount, using: &rng), try mixture.sample(testCount, using: &rng))
    }
  }

  /// Trains a given network on given data with a given batch schedule (no randomness), with
  /// the trainer the setting resolves to. Snapshots every `recordEvery` steps and at the end;
  /// `drift` is the largest relative drift of kept pre-activations against a full
  /// recomputation (0 when the weight-space trainer keeps none).
  public static func train(
    network: Network, train: Dataset, test: Dataset, setting s: ExperimentSetting, schedule: [[Int]],
    grams: SampleSpaceSGD.Grams? = nil
  ) throws -> ExperimentResult {
    let eta = s.eta0 / Double(s.m)
    func recordable(_ step: Int) -> Bool { step % max(1, s.recordEvery) == 0 || step == schedule.count }
    switch s.resolvedTrainer {
    case .sampleSpace:
      var sgd = try SampleSpaceSGD(
        network: network, train: train, test: test, eta: eta, batchSize: s.batchSize, threads: s.threads,
        keepsTestPreActivations: s.testCurve, grams: s.testCurve ? grams : nil)
      var snapshots = [try sgd.snapshot()]
      for batch in schedule {
        try sgd.step(batch: batch)
        if recordable(sgd.step) {
          let snap = try sgd.snapshot()
          snapshots.append(snap)
          if s.stopWhenFitted, snap.trainAccuracy >= 1 { break }
        }
      }
      var w = try sgd.update()
      for i in w.elements.indices { w.elements[i] += network.w.elements[i] }
      let drift = s.measuresDrift ? try sgd.drift(weights: w) : 0
      if !s.testCurve, let last = snapshots.last {
        snapshots[snapshots.count - 1] = Snapshot(
          step: last.step, trainAccuracy: last.trainAccuracy, testAccuracy: try sgd.testAccuracy(weights: w),
          patternChangePairs: last.patternChangePairs, patternChangeUnits: last.patternChangeUnits,
          relativeDistance: last.relativeDistance)
      }
      return ExperimentResult(
        snapshots: snapshots, initial: network, final: try Network(w: w, a: network.a), train: train, test: test, drift: drift)
    case .weightSpace, .automatic:
      var sgd = try SGD(
        network: network, train: train, test: test, eta: eta, batchSize: s.batchSize, recomputeEvery: 0,
        keepsPreActivations: false)
      var snapshots = [try sgd.snapshot()]
      for batch in schedule {
        try sgd.step(batch: batch)
        if recordable(sgd.step) {
          let snap = try sgd.snapshot()
          snapshots.append(snap)
          if s.stopWhenFitted, snap.trainAccuracy >= 1 { break }
        }
      }
      return ExperimentResult(
        snapshots: snapshots, initial: network, final: sgd.network, train: train, test: test, drift: 0)
    }
  }
}
