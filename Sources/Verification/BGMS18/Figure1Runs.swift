import Generators
import Theory

/// The runs behind BGMS18 Figures 1 and 2 (Sec. 6, Sec. 5.3) on synthetic data shaped like
/// the paper's MNIST subset: d = 784, 3000 training and 1000 test points, linearly
/// separable; 2k ∈ {10, 100, 1000} hidden neurons; the Eq. 6 initialization; SGD with batch
/// 1, reshuffled every epoch; the first layer only (Figure 1) or both layers (Figure 2).
public enum Figure1Runs {
  /// Input dimension, training and test sizes (as in the paper's Figure 1).
  public static let d = 784
  public static let trainSize = 3000
  public static let testSize = 1000
  /// k: 2k = 10, 100, 1000 hidden neurons.
  public static let widths = [5, 50, 500]
  /// Epochs run and drawn: 3 for the first layer, 5 for both layers (slower to fit the
  /// last few points; runs that reach L_S = 0 earlier stay there).
  public static func epochs(bothLayers: Bool) -> Int { bothLayers ? 5 : 3 }
  /// The learning rate (both layers), the Leaky ReLU slope and the separator norm of the
  /// synthetic problem.
  public static let eta = 0.3
  public static let alpha = 0.2
  public static let wStarNorm = 25.0
  /// Every point on the margin hyperplanes y⟨w*, x⟩ = 1, the rest of x uniform in the
  /// orthogonal ball: a small margin (1/25) in a 784-dimensional ball, so that SGD needs
  /// about two epochs to fit the training set, as on the paper's digits.
  public static let profile = BGMS18.SeparableDistribution.MarginProfile.onMargin

  /// One run: 0-1 errors after each epoch (index 0: at W₀).
  public struct Curve: Sendable {
    public var trainError: [Double]
    public var testError: [Double]
    /// The first epoch after which the training error is 0 (nil: never within the epochs).
    public var epochsToZeroTrainingError: Int?
    /// Whether L_S = 0 (hinge) was reached.
    public var reachedZeroLoss: Bool
    public var nonZeroUpdates: Int
    /// Both layers: min and max of v_t^(i)/v_0^(i) over the weights, at the ends of epochs
    /// (Eq. 8).
    public var c: Double?
    public var C: Double?
  }

  /// The data set: one fixed sample per seed (the paper's data set is fixed too; runs differ
  /// in W₀ and the order of the examples).
  public struct Data: Sendable {
    public var train: BGMS18.TrainingSet
    public var test: BGMS18.TrainingSet
  }

  public static let dataCache = RunCache<Data>()
  public static let curveCache = RunCache<Curve>()

  /// The synthetic data set of `seed`: w* of norm 25 in a random direction, balanced
  /// classes, every point on the margin (`profile`).
  public static func data(seed: UInt64, mnist: String? = nil) throws -> Data {
    let key = mnist.map { "mnist:\($0)" } ?? "\(seed)"
    if let cached = dataCache[key] { return cached }
    if let mnist {
      // BGMS18 §6: MNIST digits 3 and 5, 4000 images split 3000/1000.
      let digits = try BGMS18.MNIST.threesAndFives(directory: mnist, trainSize: trainSize, testSize: testSize)
      let value = Data(train: digits.train, test: digits.test)
      dataCache[key] = value
      return value
    }
    var context = Engine.context(claimID: claimID, check: dataSetLabel, seed: seed, trial: 0)
    let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: wStarNorm, using: &context.rng)
    let distribution = try BGMS18.SeparableDistribution(wStar: wStar, profile: profile)
    let value = Data(
      train: try distribution.sample(count: trainSize, using: &context.rng),
      test: try distribution.sample(count: testSize, using: &context.rng))
    dataCache[key] = value
    return value
  }

  /// The claim whose checks and figures these runs are.
  public static let claimID = "BGMS18.Figure1"
  /// The stream of the fixed data set (its trial 0; every run, and every replay of one, reads
  /// the same data set).
  public static let dataSetLabel = "data set"

  /// `Figure 1 (first layer)` or `Figure 2 (both layers)`.
  public static func label(bothLayers: Bool) -> String {
    bothLayers ? "Figure 2 (both layers)" : "Figure 1 (first layer)"
  }

  /// The check whose trials are the runs: trial t is run t / 3 at width `widths[t % 3]`. Every
  /// curve of the figures and every arm of the trend checks is one trial of it:
  /// `theorems replay BGMS18.Figure1 --check LABEL --trial t` prints its errors epoch by epoch.
  public static func runsCheckLabel(bothLayers: Bool) -> String {
    "\(label(bothLayers: bothLayers)): zero training error"
  }

  /// The trial of the runs check that is run `run` at width k.
  public static func trial(k: Int, run: Int) -> Int {
    run * widths.count + (widths.firstIndex(of: k) ?? 0)
  }

  /// Run `run` at width k: trial `trial(k:run:)` of the runs check, drawn from that trial's
  /// stream (computed once per process).
  public static func curve(seed: UInt64, k: Int, run: Int, bothLayers: Bool, mnist: String? = nil) throws -> Curve {
    let key = "\(seed)|\(k)|\(run)|\(bothLayers)|\(mnist ?? "synthetic")"
    if let cached = curveCache[key] { return cached }
    var context = Engine.context(
      claimID: claimID, check: runsCheckLabel(bothLayers: bothLayers), seed: seed, trial: trial(k: k, run: run))
    let value = try train(data(seed: seed, mnist: mnist), k: k, bothLayers: bothLayers, using: &context.rng)
    curveCache[key] = value
    return value
  }

  /// Trains from the Eq. 6 initialization epoch by epoch, recording the errors.
  public static func train(_ data: Data, k: Int, bothLayers: Bool, using rng: inout RandomStream) throws -> Curve {
    let (network, W0) = try BGMS18.equation6Initialization(k: k, d: d, activation: .leakyReLU(alpha: alpha), using: &rng)
    var W = W0
    var a = network.secondLayer
    var trainError = [Double(try network.zeroOneErrors(W, on: data.train, secondLayer: a)) / Double(trainSize)]
    var testError = [Double(try network.zeroOneErrors(W, on: data.test, secondLayer: a)) / Double(testSize)]
    var updates = 0
    var converged = false
    var cMin = 1.0
    var cMax = 1.0
    for _ in 1...epochs(bothLayers: bothLayers) {
      if !converged {
        if bothLayers {
          let result = try network.trainBothLayers(
            from: W, secondLayer: a, on: data.train, learningRate: eta, order: .reshuffled, maxSteps: trainSize,
            using: &rng)
          // Eq. 8 relative to the initial second layer, at the end of every epoch.
          for (final, initial) in zip(result.training.secondLayer, network.secondLayer) {
            cMin = min(cMin, final / initial)
            cMax = max(cMax, final / initial)
          }
          W = result.training.weights
          a = result.training.secondLayer
          updates += result.training.nonZeroUpdates
          converged = result.training.outcome == .converged
        } else {
          let result = try network.trainFirstLayer(
            from: W, on: data.train, learningRate: eta, order: .reshuffled, maxSteps: trainSize, using: &rng)
          W = result.weights
          updates += result.nonZeroUpdates
          converged = result.outcome == .converged
        }
        trainError.append(Double(try network.zeroOneErrors(W, on: data.train, secondLayer: a)) / Double(trainSize))
        testError.append(Double(try network.zeroOneErrors(W, on: data.test, secondLayer: a)) / Double(testSize))
      } else {
        trainError.append(trainError.last!)
        testError.append(testError.last!)
      }
    }
    return Curve(
      trainError: trainError, testError: testError,
      epochsToZeroTrainingError: trainError.firstIndex(of: 0), reachedZeroLoss: converged, nonZeroUpdates: updates,
      c: bothLayers ? cMin : nil, C: bothLayers ? cMax : nil)
  }
}
