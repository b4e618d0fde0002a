import Generators
import LinearAlgebra
import Theory

/// The MNIST runs of LL18 Figure 2 (§7: "On MNIST, the SGD is run for T = 2×10⁴ steps with
/// batch size B = 64 and learning rate η = 4×10³/m"; 10 classes, d = 784).
///
/// Data: by default the committed 5,000-image sample (Data/, 500 per digit), split at random
/// (the stream (LL18.Figure1, "MNIST split", trial 0)) into `sampleTrain` training and
/// `sampleTest` test images; with `--mnist DIR` the full training file, its first 50,000 images
/// for training and the last 10,000 for testing (the directory holds only the training
/// file). Each image is scaled to unit norm, as (A2) asks (‖x‖ = 1), or (`unitNorm: false`)
/// to pixels x/255 (‖x‖ ≈ 9): §7 does not say how it scaled the pixels.
/// Scaling of the §7 settings to the sample: B = 64 and η = 4000/m as printed, and T such that
/// SGD makes the same number of passes over the training set as the paper's 2×10⁴ steps of 64
/// on 60,000 images (21.3 passes), i.e. T = 2×10⁴ · N/60,000.
public enum LL18MNIST {
  public static let sampleTrain = 1000
  public static let sampleTest = 500

  /// Training and test sets, and a one-line description of where they come from.
  public static func data(seed: UInt64, mnist: String?, unitNorm: Bool = true) throws -> (train: LL18.Dataset, test: LL18.Dataset, source: String) {
    let key = "\(seed)|\(mnist ?? "sample")|\(unitNorm)"
    if let hit = cache[key] { return hit }
    let result: (LL18.Dataset, LL18.Dataset, String)
    if let mnist {
      let all = try MNIST.trainingFiles(in: mnist)
      try InvalidParameter.require(all.count >= 60_000, "MNIST training file", all.count, "needs 60,000 images")
      result = (
        try dataset(all, Array(0..<50_000), unitNorm: unitNorm), try dataset(all, Array(50_000..<60_000), unitNorm: unitNorm),
        "the MNIST training file (\(mnist)): images 0..<50000 for training, 50000..<60000 for testing")
    } else {
      let sample = try MNIST.committedSample()
      var rng = Engine.context(claimID: "LL18.Figure1", check: "MNIST split", seed: seed, trial: 0).rng
      let order = rng.nextPermutation(count: sample.count)
      result = (
        try dataset(sample, Array(order[0..<sampleTrain]), unitNorm: unitNorm),
        try dataset(sample, Array(order[sampleTrain..<(sampleTrain + sampleTest)]), unitNorm: unitNorm),
        "the committed 5,000-image sample (Data/): a random \(sampleTrain) for training and \(sampleTest) for testing")
    }
    cache[key] = result
    return result
  }

  /// The §7 MNIST setting scaled to N training images (see the type's comment).
  public static func steps(trainCount n: Int) -> Int { max(1, Int((2e4 * Double(n) / 60_000).rounded())) }

  static let cache = RunCache<(LL18.Dataset, LL18.Dataset, String)>()

  /// Images as rows: scaled to unit norm, or pixels x/255.
  static func dataset(_ images: MNIST, _ indices: [Int], unitNorm: Bool) throws -> LL18.Dataset {
    let d = images.pixelsPerImage
    var x = Matrix(rows: indices.count, columns: d)
    for (row, i) in indices.enumerated() {
      let pixels = images.image(i).map(Double.init)
      let norm = unitNorm ? pixels.reduce(0) { $0 + $1 * $1 }.squareRoot() : 255
      for (j, v) in pixels.enumerated() { x.elements[row * d + j] = norm > 0 ? v / norm : 0 }
    }
    return try LL18.Dataset(x: x, labels: indices.map { Int(images.labels[$0]) }, k: 10)
  }

  /// One run at width m and a reading on `data`: the initialization and batches from the
  /// stream (LL18.Figure1, "MNIST runs", arm "m = …, reading", trial), recording every two
  /// passes over the training set, with the spectra of W_T − W₀ and W_T.
  public static func run(
    m: Int, reading: LL18.InitializationReading, seed: UInt64, trial: Int, mnist: String?, tracing: Bool = false,
    steps stepsOverride: Int? = nil, unitNorm: Bool = true
  ) throws -> LL18Runs.Summary {
    let key = "\(seed)|\(m)|\(reading.rawValue)|\(trial)|\(mnist ?? "sample")|\(stepsOverride ?? 0)|\(unitNorm)"
    if !tracing, let hit = runs[key] { return hit }
    let (train, test, _) = try data(seed: seed, mnist: mnist, unitNorm: unitNorm)
    let steps = stepsOverride ?? LL18MNIST.steps(trainCount: train.count)
    let arm = "m = \(m), \(reading.label)" + (unitNorm ? "" : ", pixels x/255")
    var rng = Engine.context(claimID: "LL18.Figure1", check: "MNIST runs", arm: arm, seed: seed, trial: trial).rng
    let network = try LL18.initialNetwork(k: 10, m: m, d: train.dimension, reading: reading, using: &rng)
    let schedule = try LL18.batches(n: train.count, batchSize: 64, steps: steps, sampling: .withoutReplacement, using: &rng)
    var s = LL18.ExperimentSetting(
      data: .gaussianMixture(k: 10, l: 1, d: train.dimension, sigma: 0, sigma0: 1), trainCount: train.count,
      testCount: test.count, m: m, eta0: 4000, batchSize: 64, steps: steps, reading: reading,
      recordEvery: max(1, 2 * train.count / 64))
    s.measuresDrift = false
    let r = try LL18.train(network: network, train: train, test: test, setting: s, schedule: schedule)
    let su = try SingularValueDecomposition(try LL18.accumulatedUpdate(r.final.w, from: r.initial.w)).values
    let sw = try SingularValueDecomposition(r.final.w).values
    let summary = LL18Runs.Summary(m: m, snapshots: r.snapshots, drift: r.drift, updateSpectrum: su, weightSpectrum: sw)
    if !tracing { runs[key] = summary }
    return summary
  }

  static let runs = RunCache<LL18Runs.Summary>()
}
