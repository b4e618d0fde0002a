import Foundation
import LinearAlgebra

extension LL18 {
  /// Minibatch SGD of §3 on the first layer (the update of `SGD`, Eq. 1 averaged over the
  /// batch), run in sample space: the structure that makes the §7 experiment (d = N = 1000,
  /// m up to 10⁴, diagnostics on every training and test input) affordable, shared by the
  /// claims and the W1 benchmark.
  ///
  /// W is never formed during training. With K = X Xᵀ (once) and G_t the B × m coefficients of
  /// Eq. 1 (`gradientCoefficients`, divided by B) on the batch B_t, the step
  /// W ← W − η G_tᵀ X_B moves the pre-activations P = X Wᵀ by P ← P − η K[:, B_t] G_t. The
  /// moves are kept per sample (`pending`, one row per training input touched since the last
  /// flush) and applied to P (and to the test pre-activations, with X_test Xᵀ) in one product
  /// at each flush (every snapshot, or when the pending rows fill up); between flushes the
  /// batch's current pre-activations are P[B] − η K[B, S] pending[S]. ‖W_t − W₀‖²_F is kept
  /// from ⟨D, Δ⟩ = −η Σ G_t ∘ (P − P₀)[B] and ‖Δ‖² = η² ⟨G_t G_tᵀ, K[B, B]⟩, and
  /// W_T − W₀ = −η Ĝᵀ X with Ĝ the per-sample sum of the G_t is formed once at the end
  /// (`update`). The pre-activations are exact up to rounding: `drift` compares them with a
  /// full recomputation X W_Tᵀ.
  public struct SampleSpaceSGD {
    public let eta: Double
    public let batchSize: Int
    /// The top layer A (k × m), fixed.
    public let a: Matrix
    public let initialW: Matrix
    public let train: Dataset
    public let test: Dataset?
    /// P⁽⁰⁾ = X W⁽⁰⁾ᵀ (N × m).
    public let initialPreActivations: Matrix
    /// Steps taken.
    public private(set) var step = 0
    /// GEMM threads.
    public let threads: Int

    var p: Matrix  // N × m, as of the last flush
    var pTest: Matrix  // N_test × m, as of the last flush
    let gram: Matrix  // N × N
    let testGram: Matrix  // N_test × N
    var pending: Matrix  // capacity × m: moves not yet applied, row q for sample touched[q]
    var touched: [Int] = []
    var slot: [Int]  // sample → row of `pending`, −1 when none
    var accumulated: Matrix  // N × m: Ĝ, the flushed per-sample sums of the G_t
    var normSquared = 0.0
    let initialNorm: Double
    var h: Matrix, z: Matrix, g: Matrix, logits: Matrix, ggt: Matrix, kbs: [Double]
    /// Whether the test pre-activations are kept (moved at every flush); when not, the test
    /// accuracy of a snapshot is nil and `testAccuracy(weights:)` computes it from W.
    public let keepsTestPreActivations: Bool

    /// The process name of a `Divergence` thrown by this trainer.
    public static let processName = "LL18 SGD (first layer, sample space)"

    /// The Gram matrices K = X Xᵀ (N × N) and X_test Xᵀ (N_test × N; 0 rows without a test set):
    /// they depend on the data only, so runs on the same data (other widths and readings) can
    /// share them.
    public struct Grams: Sendable {
      public let train: Matrix
      public let test: Matrix
      public init(train: Dataset, test: Dataset?, threads: Int = 1) throws {
        let n = train.count
        var g = Matrix(rows: n, columns: n)
        try BLAS.gemm(.none, .transposed, alpha: 1, train.x, train.x, beta: 0, &g, threads: threads)
        var t = Matrix(rows: test?.count ?? 0, columns: n)
        if let test { try BLAS.gemm(.none, .transposed, alpha: 1, test.x, train.x, beta: 0, &t, threads: threads) }
        self.train = g
        self.test = t
      }
    }

    public init(
      network: Network, train: Dataset, test: Dataset? = nil, eta: Double, batchSize: Int,
      pendingCapacity: Int = 256, threads: Int = 1, keepsTestPreActivations: Bool = true, grams: Grams? = nil
    ) throws {
      try InvalidParameter.require(eta > 0 && eta.isFinite, "η", eta, "must be positive and finite")
      try InvalidParameter.require(batchSize >= 1 && batchSize <= train.count, "B", batchSize, "must be in 1...N = \(train.count)")
      try InvalidParameter.require(train.dimension == network.d && train.k == network.k, "train", train.dimension, "must match the network (d = \(network.d), k = \(network.k))")
      if let test {
        try InvalidParameter.require(test.dimension == network.d && test.k == network.k, "test set", test.dimension, "must match the network")
      }
      try InvalidParameter.require(threads >= 1, "threads", threads, "must be ≥ 1")
      let n = train.count, m = network.m, k = network.k, b = batchSize
      self.eta = eta
      self.batchSize = b
      self.a = network.a
      self.initialW = network.w
      self.train = train
      self.test = test
      self.threads = threads
      let given = try grams ?? Grams(train: train, test: keepsTestPreActivations ? test : nil, threads: threads)
      try InvalidParameter.require(given.train.rows == n && given.train.columns == n, "grams", given.train.rows, "must be X Xᵀ of the training set")
      self.gram = given.train
      var p0 = Matrix(rows: n, columns: m)
      try BLAS.gemm(.none, .transposed, alpha: 1, train.x, network.w, beta: 0, &p0, threads: threads)
      initialPreActivations = p0
      p = p0
      self.keepsTestPreActivations = keepsTestPreActivations
      let nt = keepsTestPreActivations ? (test?.count ?? 0) : 0
      var pt = Matrix(rows: nt, columns: m)
      if let test, keepsTestPreActivations {
        try InvalidParameter.require(given.test.rows == nt && given.test.columns == n, "grams", given.test.rows, "must hold X_test Xᵀ")
        try BLAS.gemm(.none, .transposed, alpha: 1, test.x, network.w, beta: 0, &pt, threads: threads)
      }
      testGram = keepsTestPreActivations ? given.test : Matrix(rows: 0, columns: n)
      pTest = pt
      pending = Matrix(rows: max(pendingCapacity, b), columns: m)
      slot = [Int](repeating: -1, count: n)
      accumulated = Matrix(rows: n, columns: m)
      initialNorm = network.w.frobeniusNorm
      try InvalidParameter.require(initialNorm > 0, "W₀", 0, "must be non-zero")
      h = Matrix(rows: b, columns: m)
      z = Matrix(rows: b, columns: m)
      g = Matrix(rows: b, columns: m)
      logits = Matrix(rows: b, columns: k)
      ggt = Matrix(rows: b, columns: b)
      kbs = []
    }

    /// One SGD step on the training indices `batch` (|batch| = B). Throws on a bad index or a
    /// diverging run (non-finite pre-activations, outputs or coefficients).
    public mutating func step(batch: [Int]) throws {
      let b = batchSize, n = train.count, m = a.columns, k = a.rows
      try InvalidParameter.require(batch.count == b, "batch", batch.count, "must have B = \(b) indices")
      for s in batch { try InvalidParameter.require(s >= 0 && s < n, "batch index", s, "must be in 0..<\(n)") }
      if touched.count + b > pending.rows { flush() }
      // The batch's current pre-activations: P[B] − η K[B, S] pending[S].
      for (j, s) in batch.enumerated() {
        for c in 0..<m { h.elements[j * m + c] = p.elements[s * m + c] }
      }
      let q = touched.count
      if q > 0 {
        kbs = [Double](repeating: 0, count: b * q)
        for (j, s) in batch.enumerated() {
          for (t, u) in touched.enumerated() { kbs[j * q + t] = gram.elements[s * n + u] }
        }
        kbs.withUnsafeBufferPointer { kp in
          pending.elements.withUnsafeBufferPointer { pp in
            h.elements.withUnsafeMutableBufferPointer { hp in
              BLAS.gemm(
                .none, .none, m: b, n: m, k: q, alpha: -eta, kp.baseAddress!, lda: q, pp.baseAddress!, ldb: m,
                beta: 1, hp.baseAddress!, ldc: m, threads: threads)
            }
          }
        }
      }
      for i in 0..<(b * m) {
        let v = h.elements[i]
        guard v.isFinite else {
          throw Divergence(process: Self.processName, step: step + 1, quantity: "⟨w_r, x⟩", value: v)
        }
        z.elements[i] = max(v, 0)
      }
      try BLAS.gemm(.none, .transposed, alpha: 1, z, a, beta: 0, &logits, threads: threads)
      for i in 0..<(b * k) where !logits.elements[i].isFinite {
        throw Divergence(process: Self.processName, step: step + 1, quantity: "f(x) (loss)", value: logits.elements[i])
      }
      // Coefficients of Eq. 1 averaged over the batch: ((O − Y) A ∘ 1[P ≥ 0]) / B.
      try LL18.softmaxInPlace(&logits.elements, rows: b, columns: k)
      for (j, s) in batch.enumerated() { logits.elements[j * k + train.labels[s]] -= 1 }
      try BLAS.gemm(.none, .none, alpha: 1 / Double(b), logits, a, beta: 0, &g, threads: threads)
      for i in 0..<(b * m) where !(h.elements[i] >= 0) { g.elements[i] = 0 }
      for i in 0..<(b * m) where !g.elements[i].isFinite {
        throw Divergence(process: Self.processName, step: step + 1, quantity: "∂L/∂w_r coefficient", value: g.elements[i])
      }
      // ‖D + Δ‖² = ‖D‖² + 2⟨D, Δ⟩ + ‖Δ‖² with D = W − W₀ and Δ = −η Gᵀ X_B.
      var cross = 0.0
      for (j, s) in batch.enumerated() {
        for c in 0..<m { cross += g.elements[j * m + c] * (h.elements[j * m + c] - initialPreActivations.elements[s * m + c]) }
      }
      try BLAS.gemm(.none, .transposed, alpha: 1, g, g, beta: 0, &ggt, threads: threads)
      var delta2 = 0.0
      for j in 0..<b { for t in 0..<b { delta2 += ggt.elements[j * b + t] * gram.elements[batch[j] * n + batch[t]] } }
      normSquared += -2 * eta * cross + eta * eta * delta2
      // The step's moves, kept per sample.
      for (j, s) in batch.enumerated() {
        var r = slot[s]
        if r < 0 {
          r = touched.count
          slot[s] = r
          touched.append(s)
        }
        for c in 0..<m { pending.elements[r * m + c] += g.elements[j * m + c] }
      }
      step += 1
    }

    /// Applies the pending moves to P, the test pre-activations and Ĝ.
    mutating func flush() {
      let q = touched.count, n = train.count, m = a.columns
      guard q > 0 else { return }
      let nt = testGram.rows
      var ks = [Double](repeating: 0, count: n * q)
      for i in 0..<n { for (t, u) in touched.enumerated() { ks[i * q + t] = gram.elements[i * n + u] } }
      var kt = [Double](repeating: 0, count: nt * q)
      for i in 0..<nt { for (t, u) in touched.enumerated() { kt[i * q + t] = testGram.elements[i * n + u] } }
      let eta = self.eta, threads = self.threads
      pending.elements.withUnsafeBufferPointer { pp in
        ks.withUnsafeBufferPointer { kp in
          p.elements.withUnsafeMutableBufferPointer { cp in
            BLAS.gemm(.none, .none, m: n, n: m, k: q, alpha: -eta, kp.baseAddress!, lda: q, pp.baseAddress!, ldb: m, beta: 1, cp.baseAddress!, ldc: m, threads: threads)
          }
        }
        if nt > 0 {
          kt.withUnsafeBufferPointer { kp in
            pTest.elements.withUnsafeMutableBufferPointer { cp in
              BLAS.gemm(.none, .none, m: nt, n: m, k: q, alpha: -eta, kp.baseAddress!, lda: q, pp.baseAddress!, ldb: m, beta: 1, cp.baseAddress!, ldc: m, threads: threads)
            }
          }
        }
      }
      for (t, u) in touched.enumerated() {
        for c in 0..<m {
          accumulated.elements[u * m + c] += pending.elements[t * m + c]
          pending.elements[t * m + c] = 0
        }
        slot[u] = -1
      }
      touched.removeAll(keepingCapacity: true)
    }

    /// The training pre-activations P = X W_tᵀ (N × m), kept incrementally.
    public mutating func preActivations() -> Matrix {
      flush()
      return p
    }

    /// The test pre-activations X_test W_tᵀ (0 rows without a test set), kept incrementally.
    public mutating func testPreActivations() -> Matrix {
      flush()
      return pTest
    }

    /// The §7 pattern change on the training inputs, both readings (`patternChange`).
    public mutating func patternChange() -> (pairs: Double, units: Double) {
      flush()
      return LL18.patternChange(initial: initialPreActivations, current: p)
    }

    /// ‖W_t − W₀‖_F / ‖W₀‖_F from the kept squared norm.
    public var relativeDistance: Double { max(normSquared, 0).squareRoot() / initialNorm }

    /// The §7 diagnostics at the current step.
    public mutating func snapshot() throws -> Snapshot {
      flush()
      let change = LL18.patternChange(initial: initialPreActivations, current: p)
      let trainAccuracy = LL18.accuracy(preActivations: p, a: a, labels: train.labels)
      var testAccuracy: Double?
      if let test, keepsTestPreActivations { testAccuracy = LL18.accuracy(preActivations: pTest, a: a, labels: test.labels) }
      let distance = relativeDistance
      try Divergence.requireFinite(distance, process: Self.processName, step: step, quantity: "‖W_t − W_0‖_F / ‖W_0‖_F")
      return Snapshot(
        step: step, trainAccuracy: trainAccuracy, testAccuracy: testAccuracy, patternChangePairs: change.pairs,
        patternChangeUnits: change.units, relativeDistance: distance)
    }

    /// The accumulated update W_t − W₀ = −η Ĝᵀ X (m × d).
    public mutating func update() throws -> Matrix {
      flush()
      var delta = Matrix(rows: a.columns, columns: train.dimension)
      try BLAS.gemm(.transposed, .none, alpha: -eta, accumulated, train.x, beta: 0, &delta, threads: threads)
      return delta
    }

    /// The test accuracy of weights W (the test set's forward pass X_test Wᵀ).
    public func testAccuracy(weights w: Matrix) throws -> Double? {
      guard let test else { return nil }
      var pt = Matrix(rows: test.count, columns: a.columns)
      try BLAS.gemm(.none, .transposed, alpha: 1, test.x, w, beta: 0, &pt, threads: threads)
      return LL18.accuracy(preActivations: pt, a: a, labels: test.labels)
    }

    /// ‖P_kept − X Wᵀ‖_F / ‖X Wᵀ‖_F for the weights W = W₀ + `update`: the drift of the kept
    /// pre-activations against a full recomputation.
    public mutating func drift(weights w: Matrix) throws -> Double {
      flush()
      var exact = Matrix(rows: train.count, columns: a.columns)
      try BLAS.gemm(.none, .transposed, alpha: 1, train.x, w, beta: 0, &exact, threads: threads)
      return LL18.relativeDifference(p, exact)
    }
  }
}
