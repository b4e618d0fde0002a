import Foundation
import LinearAlgebra

extension LL18 {
  /// Minibatch SGD of §3 on the first layer: w_r ← w_r − η (1/B) Σ_{s∈B_t} ∂L(w, x_s, y_s)/∂w_r
  /// with the gradient of Eq. 1, for the batches given (the batch schedule is random and made
  /// by the generators: a one-pass partition, epochs without replacement, or draws with
  /// replacement).
  ///
  /// The §7 diagnostics need the pre-activations of every training (and test) input at every
  /// recorded step. Instead of a forward pass X Wᵀ per step (N·d·m), the trainer keeps
  /// P = X Wᵀ and updates it with the step itself: W ← W − (η/B) G_Bᵀ X_B gives
  /// P ← P − (η/B) (X X_Bᵀ) G_B, which costs N·B·m with the Gram matrix X Xᵀ computed once.
  /// Every `recomputeEvery` steps P is recomputed exactly to bound the drift. The step itself
  /// always uses the exact pre-activations X_B Wᵀ of the batch, so training is exact and only
  /// the diagnostics use P. All products go through `BLAS.gemm` into buffers allocated once.
  public struct SGD {
    public let eta: Double
    public let batchSize: Int
    public private(set) var network: Network
    public let initialW: Matrix
    public let train: Dataset
    public let test: Dataset?
    /// Pre-activations of the training inputs at initialization, P⁽⁰⁾ = X W⁽⁰⁾ᵀ.
    public let initialPreActivations: Matrix
    /// The incrementally updated pre-activations of the training inputs.
    public private(set) var preActivations: Matrix
    /// The incrementally updated pre-activations of the test inputs (0 rows without a test set).
    public private(set) var testPreActivations: Matrix
    /// Steps taken.
    public private(set) var step = 0
    /// Exact recomputation of P every this many steps (0: never).
    public let recomputeEvery: Int
    /// The largest drift ‖P_incremental − X Wᵀ‖_F / ‖X Wᵀ‖_F of the kept training
    /// pre-activations seen at a recomputation, measured just before P was replaced (0 before
    /// the first recomputation).
    public private(set) var largestDriftAtRecomputation = 0.0
    /// Whether P (and the test pre-activations) are kept incrementally; when not, a snapshot
    /// computes them from W (cheaper when d is small against B times the steps between
    /// snapshots; `ExperimentSetting` chooses).
    public let keepsPreActivations: Bool
    /// The process name of a `Divergence` thrown by this trainer.
    public static let processName = "LL18 SGD (first layer)"

    let gram: Matrix  // X Xᵀ (N × N)
    let testGram: Matrix  // X_test Xᵀ (N_test × N; 0 rows without a test set)
    var xb: Matrix, pb: Matrix, rb: Matrix, fb: Matrix, gb: Matrix, kb: Matrix, kbt: Matrix
    var pTrain: Matrix, pTest: Matrix

    public init(
      network: Network, train: Dataset, test: Dataset? = nil, eta: Double, batchSize: Int,
      recomputeEvery: Int = 100, keepsPreActivations: Bool = true
    ) throws {
      try InvalidParameter.require(eta > 0 && eta.isFinite, "η", eta, "must be positive and finite")
      try InvalidParameter.require(batchSize >= 1 && batchSize <= train.count, "B", batchSize, "must be in 1...N = \(train.count)")
      try InvalidParameter.require(train.dimension == network.d, "d", train.dimension, "must match the network (\(network.d))")
      try InvalidParameter.require(train.k == network.k, "k", train.k, "must match the network (\(network.k))")
      if let test {
        try InvalidParameter.require(test.dimension == network.d && test.k == network.k, "test set", "\(test.dimension)", "must match the network")
      }
      try InvalidParameter.require(recomputeEvery >= 0, "recomputeEvery", recomputeEvery, "must be ≥ 0")
      self.eta = eta
      self.batchSize = batchSize
      self.network = network
      self.initialW = network.w
      self.train = train
      self.test = test
      self.recomputeEvery = recomputeEvery
      self.keepsPreActivations = keepsPreActivations
      let n = train.count, m = network.m, d = network.d, k = network.k
      let kept = keepsPreActivations ? n : 0
      var g = Matrix(rows: kept, columns: kept)
      if keepsPreActivations { try BLAS.gemm(.none, .transposed, alpha: 1, train.x, train.x, beta: 0, &g) }
      gram = g
      let nt = keepsPreActivations ? (test?.count ?? 0) : 0
      var gt = Matrix(rows: nt, columns: kept)
      if let test, keepsPreActivations { try BLAS.gemm(.none, .transposed, alpha: 1, test.x, train.x, beta: 0, &gt) }
      testGram = gt
      testPreActivations = keepsPreActivations ? try test.map { try network.preActivations($0.x) } ?? Matrix(rows: 0, columns: m) : Matrix(rows: 0, columns: m)
      kbt = Matrix(rows: nt, columns: batchSize)
      initialPreActivations = try network.preActivations(train.x)
      preActivations = keepsPreActivations ? initialPreActivations : Matrix(rows: 0, columns: m)
      xb = Matrix(rows: batchSize, columns: d)
      pb = Matrix(rows: batchSize, columns: m)
      rb = Matrix(rows: batchSize, columns: m)
      fb = Matrix(rows: batchSize, columns: k)
      gb = Matrix(rows: batchSize, columns: m)
      kb = Matrix(rows: kept, columns: batchSize)
      pTrain = Matrix(rows: n, columns: m)
      pTest = Matrix(rows: test?.count ?? 0, columns: m)
    }

    /// One SGD step on the batch of training indices `batch` (|batch| = B). Throws on a bad
    /// index or a diverging run (non-finite outputs).
    public mutating func step(batch: [Int]) throws {
      let b = batchSize, n = train.count, d = network.d, m = network.m, k = network.k
      try InvalidParameter.require(batch.count == b, "batch", batch.count, "must have B = \(b) indices")
      for (j, s) in batch.enumerated() {
        try InvalidParameter.require(s >= 0 && s < n, "batch index", s, "must be in 0..<\(n)")
        let src = s * d, dst = j * d
        for c in 0..<d { xb.elements[dst + c] = train.x.elements[src + c] }
      }
      // Exact pre-activations of the batch, outputs, softmax, coefficients of Eq. 1.
      try BLAS.gemm(.none, .transposed, alpha: 1, xb, network.w, beta: 0, &pb)
      for i in 0..<(b * m) { rb.elements[i] = max(pb.elements[i], 0) }
      try BLAS.gemm(.none, .transposed, alpha: 1, rb, network.a, beta: 0, &fb)
      // Divergence within one step: the batch pre-activations X_B Wᵀ see every unit's weights
      // (a non-finite w_r gives a non-finite ⟨w_r, x⟩ for the dense inputs), and the loss is
      // finite exactly when the outputs f are.
      for i in 0..<(b * m) where !pb.elements[i].isFinite {
        throw Divergence(process: Self.processName, step: step + 1, quantity: "⟨w_r, x⟩", value: pb.elements[i])
      }
      for i in 0..<(b * k) where !fb.elements[i].isFinite {
        throw Divergence(process: Self.processName, step: step + 1, quantity: "f(x) (loss)", value: fb.elements[i])
      }
      try LL18.softmaxInPlace(&fb.elements, rows: b, columns: k)
      for (j, s) in batch.enumerated() { fb.elements[j * k + train.labels[s]] -= 1 }
      try BLAS.gemm(.none, .none, alpha: 1, fb, network.a, beta: 0, &gb)
      for i in 0..<(b * m) where !(pb.elements[i] >= 0) { gb.elements[i] = 0 }
      for i in 0..<(b * m) where !gb.elements[i].isFinite {
        throw Divergence(process: Self.processName, step: step + 1, quantity: "∂L/∂w_r coefficient", value: gb.elements[i])
      }
      let scale = -eta / Double(b)
      try BLAS.gemm(.transposed, .none, alpha: scale, gb, xb, beta: 1, &network.w)
      step += 1
      guard keepsPreActivations else { return }
      // P ← P − (η/B) (X X_Bᵀ) G_B, and the same for the test inputs.
      for i in 0..<n {
        for (j, s) in batch.enumerated() { kb.elements[i * b + j] = gram.elements[i * n + s] }
      }
      try BLAS.gemm(.none, .none, alpha: scale, kb, gb, beta: 1, &preActivations)
      if testGram.rows > 0 {
        for i in 0..<testGram.rows {
          for (j, s) in batch.enumerated() { kbt.elements[i * b + j] = testGram.elements[i * n + s] }
        }
        try BLAS.gemm(.none, .none, alpha: scale, kbt, gb, beta: 1, &testPreActivations)
      }
      if recomputeEvery > 0, step % recomputeEvery == 0 { try recompute() }
    }

    /// Recomputes P (and the test pre-activations) exactly from W, first recording the drift
    /// of the kept P (`largestDriftAtRecomputation`).
    public mutating func recompute() throws {
      guard keepsPreActivations else { return }
      var exact = Matrix(rows: preActivations.rows, columns: preActivations.columns)
      try BLAS.gemm(.none, .transposed, alpha: 1, train.x, network.w, beta: 0, &exact)
      largestDriftAtRecomputation = max(largestDriftAtRecomputation, LL18.relativeDifference(preActivations, exact))
      preActivations = exact
      if let test { try BLAS.gemm(.none, .transposed, alpha: 1, test.x, network.w, beta: 0, &testPreActivations) }
    }

    /// ‖P_incremental − X Wᵀ‖_F / ‖X Wᵀ‖_F: the drift of the kept pre-activations.
    public func preActivationDrift() throws -> Double {
      guard keepsPreActivations else { return 0 }
      return LL18.relativeDifference(preActivations, try network.preActivations(train.x))
    }

    /// The §7 diagnostics at the current step.
    public mutating func snapshot() throws -> Snapshot {
      if !keepsPreActivations {
        try BLAS.gemm(.none, .transposed, alpha: 1, train.x, network.w, beta: 0, &pTrain)
        if let test { try BLAS.gemm(.none, .transposed, alpha: 1, test.x, network.w, beta: 0, &pTest) }
      }
      let p = keepsPreActivations ? preActivations : pTrain
      let change = LL18.patternChange(initial: initialPreActivations, current: p)
      let trainAccuracy = LL18.accuracy(preActivations: p, a: network.a, labels: train.labels)
      var testAccuracy: Double?
      if let test {
        testAccuracy = LL18.accuracy(
          preActivations: keepsPreActivations ? testPreActivations : pTest, a: network.a, labels: test.labels)
      }
      let distance = try LL18.relativeDistance(network.w, from: initialW)
      try Divergence.requireFinite(distance, process: Self.processName, step: step, quantity: "‖W_t − W_0‖_F / ‖W_0‖_F")
      return Snapshot(
        step: step, trainAccuracy: trainAccuracy, testAccuracy: testAccuracy, patternChangePairs: change.pairs,
        patternChangeUnits: change.units, relativeDistance: distance)
    }
  }

  /// The diagnostics of §7 at one step.
  public struct Snapshot: Sendable, Equatable {
    public let step: Int
    /// Training accuracy (the event of Theorem 4.1 on the training inputs).
    public let trainAccuracy: Double
    /// Test accuracy (the event of Theorem 4.1 on fresh inputs).
    public let testAccuracy: Double?
    /// Fraction of (unit, training input) pairs whose activation changed since initialization.
    public let patternChangePairs: Double
    /// Fraction of units whose activation changed on at least one training input.
    public let patternChangeUnits: Double
    /// ‖W_t − W_0‖_F / ‖W_0‖_F.
    public let relativeDistance: Double

    public init(
      step: Int, trainAccuracy: Double, testAccuracy: Double?, patternChangePairs: Double, patternChangeUnits: Double,
      relativeDistance: Double
    ) {
      self.step = step
      self.trainAccuracy = trainAccuracy
      self.testAccuracy = testAccuracy
      self.patternChangePairs = patternChangePairs
      self.patternChangeUnits = patternChangeUnits
      self.relativeDistance = relativeDistance
    }
  }
}

extension LL18 {
  /// ‖P − Q‖_F / ‖Q‖_F (the drift of kept pre-activations P against exact ones Q).
  static func relativeDifference(_ p: Matrix, _ q: Matrix) -> Double {
    var num = 0.0, den = 0.0
    for i in q.elements.indices {
      let e = p.elements[i] - q.elements[i]
      num += e * e
      den += q.elements[i] * q.elements[i]
    }
    return (num / max(den, .leastNormalMagnitude)).squareRoot()
  }
}
