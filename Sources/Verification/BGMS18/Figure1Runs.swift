import Generators
import Theory

/// The runs behind BGMS18 Figures 1 and 2 (Sec. 6, Sec. 5.3) on MNIST digits 3 vs 5: by
/// default the committed 5,000-image sample's 3s and 5s (a subset: 750 training, 250 test
/// images), with `--mnist DIR` the paper's 3000/1000 from the full training file
/// (`BGMS18.MNISTThreesAndFives`); 2k ∈ {10, 100, 1000} hidden neurons; the Eq. 6
/// initialization; SGD with batch 1, reshuffled every epoch; the first layer only (Figure 1)
/// or both layers (Figure 2).
public enum Figure1Runs {
  /// k: 2k = 10, 100, 1000 hidden neurons.
  public static let widths = [5, 50, 500]
  /// Epochs run and drawn: 3 for the first layer, 5 for both layers (slower to fit the
  /// last few points; runs that reach L_S = 0 earlier stay there).
  public static func epochs(bothLayers: Bool) -> Int { bothLayers ? 5 : 3 }
  /// The learning rate (both layers) and the Leaky ReLU slope.
  public static let eta = 0.3
  public static let alpha = 0.2

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

  /// The data set: fixed (the paper's data set is fixed too; runs differ in W₀ and the order
  /// of the examples).
  public struct Data: Sendable {
    public var train: BGMS18.TrainingSet
    public var test: BGMS18.TrainingSet
    /// The source and the images per class (`MNISTThreesAndFives.summary`).
    public var summary: String
    /// The Gram matrices of the sets, for SGD in the Gram form (`BGMS18.GramSGD`).
    public var gram: BGMS18.GramData
  }

  public static let dataCache = RunCache<Data>()
  public static let curveCache = RunCache<Curve>()

  /// MNIST 3 vs 5: the committed sample, or the paper's 3000/1000 from `mnist` (a directory
  /// with the full training files). The same for every seed.
  public static func data(seed: UInt64, mnist: String? = nil) throws -> Data {
    let key = mnist.map { "mnist:\($0)" } ?? "sample"
    if let cached = dataCache[key] { return cached }
    let digits = try BGMS18.MNISTThreesAndFives.load(directory: mnist)
    let value = Data(
      train: digits.train, test: digits.test, summary: digits.summary,
      gram: try BGMS18.GramData(train: digits.train, test: digits.test))
    dataCache[key] = value
    return value
  }

  /// The claim whose checks and figures these runs are.
  public static let claimID = "BGMS18.Figure1"
  /// `Figure 1 (first layer)` or `Figure 2 (both layers)`.
  public static func label(bothLayers: Bool) -> String {
    bothLayers ? "Figure 2 (both layers)" : "Figure 1 (first layer)"
  }

  /// The check whose trials are the runs: trial t is run t / 3 at width `widths[t % 3]`. Every
  /// curve of the figures and every arm of the trend checks is one trial of it (at 2k = 10 the
  /// trial continues the run until its training error is 0, `runToZeroTrainingError`):
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
    let key = "\(seed)|\(k)|\(run)|\(bothLayers)|\(mnist ?? "sample")"
    if let cached = curveCache[key] { return cached }
    var context = Engine.context(
      claimID: claimID, check: runsCheckLabel(bothLayers: bothLayers), seed: seed, trial: trial(k: k, run: run))
    let value = try train(data(seed: seed, mnist: mnist), k: k, bothLayers: bothLayers, using: &context.rng)
    curveCache[key] = value
    return value
  }

  /// Figure 1(a)'s event without the figure's epoch limit: the width the zero-training-error
  /// checks run (2k = 10; wider networks need as many epochs, beyond the report's budget).
  public static let convergenceWidth = 5
  /// The most epochs a run to zero training error may take: a run still above 0 after them is
  /// a counterexample to the zero-training-error checks' reading (the paper gives no count).
  public static let convergenceCap = 5000

  /// Run `run` at width k continued until its 0-1 training error is 0 (at most
  /// `convergenceCap` epochs): the same random stream as `curve`, so its first epochs are
  /// the figure's. `epochsToZeroTrainingError` is nil when the cap was reached.
  public static func runToZeroTrainingError(seed: UInt64, k: Int, run: Int, bothLayers: Bool) throws -> Curve {
    let key = "long|\(seed)|\(k)|\(run)|\(bothLayers)"
    if let cached = curveCache[key] { return cached }
    var context = Engine.context(
      claimID: claimID, check: runsCheckLabel(bothLayers: bothLayers), seed: seed, trial: trial(k: k, run: run))
    let value = try train(
      data(seed: seed), k: k, bothLayers: bothLayers, epochs: convergenceCap, stopAtZeroTrainingError: true,
      using: &context.rng)
    curveCache[key] = value
    return value
  }

  /// Trains from the Eq. 6 initialization epoch by epoch, recording the errors: `epochs`
  /// epochs (default `epochs(bothLayers:)`), or fewer when `stopAtZeroTrainingError` and the
  /// 0-1 training error reaches 0. SGD runs in the Gram form (`BGMS18.GramSGD`: the
  /// arithmetic and random draws of `trainFirstLayer`/`trainBothLayers` with reshuffled
  /// order, one epoch at a time, at a fraction of the cost for wide networks).
  public static func train(
    _ data: Data, k: Int, bothLayers: Bool, epochs: Int? = nil, stopAtZeroTrainingError: Bool = false,
    using rng: inout RandomStream
  ) throws -> Curve {
    let (trainSize, testSize) = (Double(data.train.n), Double(data.test.n))
    let (network, W0) = try BGMS18.equation6Initialization(k: k, d: data.train.d, activation: .leakyReLU(alpha: alpha), using: &rng)
    var sgd = try BGMS18.GramSGD(network: network, initial: W0, data: data.gram, learningRate: eta, bothLayers: bothLayers)
    var trainError = [Double(sgd.trainingErrors) / trainSize]
    var testError = [Double(sgd.testErrors) / testSize]
    var converged = false
    var cMin = 1.0
    var cMax = 1.0
    for _ in 1...(epochs ?? self.epochs(bothLayers: bothLayers)) {
      if stopAtZeroTrainingError && trainError.last == 0 { break }
      if !converged {
        // A run continued to zero training error measures its test error only over the
        // figure's epochs (NaN after them: not needed).
        let measureTest = !stopAtZeroTrainingError || trainError.count <= self.epochs(bothLayers: bothLayers)
        converged = try sgd.epoch(measureTest: measureTest, using: &rng)
        if bothLayers {
          // Eq. 8 relative to the initial second layer, at the end of every epoch.
          for (final, initial) in zip(sgd.secondLayer, sgd.initialSecondLayer) {
            cMin = min(cMin, final / initial)
            cMax = max(cMax, final / initial)
          }
        }
        trainError.append(Double(sgd.trainingErrors) / trainSize)
        testError.append(measureTest ? Double(sgd.testErrors) / testSize : .nan)
      } else {
        trainError.append(trainError.last!)
        testError.append(testError.last!)
      }
    }
    return Curve(
      trainError: trainError, testError: testError,
      epochsToZeroTrainingError: trainError.firstIndex(of: 0), reachedZeroLoss: converged, nonZeroUpdates: sgd.nonZeroUpdates,
      c: bothLayers ? cMin : nil, C: bothLayers ? cMax : nil)
  }
}
