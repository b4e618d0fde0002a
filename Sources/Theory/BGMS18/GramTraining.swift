import LinearAlgebra

extension BGMS18 {
  /// A training set and a test set with their Gram matrices, for SGD in the Gram form
  /// (`GramSGD`): G = X Xᵀ (n × n) and X X_testᵀ (n × m), row-major.
  public struct GramData: Sendable {
    public let train: TrainingSet
    public let test: TrainingSet
    let gram: [Double]
    let testGram: [Double]
    let inputIsNonZero: [Bool]

    /// - Throws: `InvalidParameter` when the sets' dimensions differ.
    public init(train: TrainingSet, test: TrainingSet) throws {
      try InvalidParameter.require(test.d == train.d, "d", test.d, "the test set must have the training set's d = \(train.d)")
      self.train = train
      self.test = test
      let (n, m, d) = (train.n, test.n, train.d)
      var g = [Double](repeating: 0, count: n * n)
      var t = [Double](repeating: 0, count: n * m)
      train.inputs.withUnsafeBufferPointer { x in
        test.inputs.withUnsafeBufferPointer { xt in
          g.withUnsafeMutableBufferPointer { gp in
            BLAS.gemm(.none, .transposed, m: n, n: n, k: d, alpha: 1, x.baseAddress!, lda: d, x.baseAddress!, ldb: d, beta: 0, gp.baseAddress!, ldc: n)
          }
          t.withUnsafeMutableBufferPointer { tp in
            BLAS.gemm(.none, .transposed, m: n, n: m, k: d, alpha: 1, x.baseAddress!, lda: d, xt.baseAddress!, ldb: d, beta: 0, tp.baseAddress!, ldc: m)
          }
        }
      }
      gram = g
      testGram = t
      inputIsNonZero = (0..<n).map { i in (0..<d).contains { train.inputs[i * d + $0] != 0 } }
    }
  }

  /// SGD with batch 1 in the Gram (dual) form, for wide networks on a fixed data set (BGMS18
  /// §6, Figures 1–2). Every update of Eq. 3 adds c·x_iᵀ to W (c_r = ηy v_r σ'(z_r)), so
  /// the pre-activations of every point x change by c·⟨x_i, x⟩: the run keeps the
  /// pre-activations Z = X Wᵀ of the training points and Z_test of the test points instead of
  /// W, folding pending updates in with products by the Gram matrices (`GramData`) every
  /// `block` steps (training) and once per epoch (test). The arithmetic is that of
  /// `trainFirstLayer`/`trainBothLayers` with `.reshuffled` order and one epoch per call (the
  /// same random draws: one permutation per epoch), up to the order of floating-point sums;
  /// the cost per step is O(k·block) plus O(k·n) in products, instead of the O(k·d) of
  /// reading and writing W.
  public struct GramSGD {
    let network: Network
    let data: GramData
    let eta: Double
    let bothLayers: Bool
    let rows: Int
    let alpha: Double
    /// Z (n × 2k) and Z_test (m × 2k): the pre-activations.
    var z: [Double]
    var zTest: [Double]
    /// The second layer (constant unless both layers are trained), and its initial value.
    public private(set) var secondLayer: [Double]
    public let initialSecondLayer: [Double]
    /// Non-zero updates so far.
    public private(set) var nonZeroUpdates = 0
    /// Steps so far (for divergence messages).
    var steps = 0
    /// The epoch's updates: example indices and coefficient rows; the first `folded` of them
    /// are in Z, all of them are folded into Z_test at the end of the epoch.
    var indices: [Int] = []
    var coefficients: [Double] = []
    var folded = 0
    /// Updates folded into Z at a time.
    let block: Int

    /// Starts from W₀ (the network's second layer, or `secondLayer`); `foldBlock` updates are
    /// folded into Z at a time (a cost knob only: results agree up to rounding).
    public init(
      network: Network, initial W0: Weights, data: GramData, learningRate eta: Double, bothLayers: Bool,
      secondLayer: [Double]? = nil, foldBlock: Int = 64
    ) throws {
      try InvalidParameter.require(foldBlock >= 1, "foldBlock", foldBlock, "must be ≥ 1")
      block = foldBlock
      try network.check(W0)
      try network.check(data.train)
      try InvalidParameter.require(eta.isFinite && eta > 0, "η", eta, "must be a finite number > 0")
      self.network = network
      self.data = data
      self.eta = eta
      self.bothLayers = bothLayers
      rows = 2 * network.k
      alpha = network.activation.alpha
      let a = secondLayer ?? network.secondLayer
      try InvalidParameter.require(a.count == rows, "v", "length \(a.count)", "the second layer must have 2k = \(rows) entries")
      self.secondLayer = a
      initialSecondLayer = a
      let (n, m, d, rows) = (data.train.n, data.test.n, data.train.d, rows)
      var z = [Double](repeating: 0, count: n * rows)
      var zt = [Double](repeating: 0, count: m * rows)
      W0.entries.withUnsafeBufferPointer { w in
        data.train.inputs.withUnsafeBufferPointer { x in
          z.withUnsafeMutableBufferPointer { zp in
            BLAS.gemm(.none, .transposed, m: n, n: rows, k: d, alpha: 1, x.baseAddress!, lda: d, w.baseAddress!, ldb: d, beta: 0, zp.baseAddress!, ldc: rows)
          }
        }
        data.test.inputs.withUnsafeBufferPointer { x in
          zt.withUnsafeMutableBufferPointer { zp in
            BLAS.gemm(.none, .transposed, m: m, n: rows, k: d, alpha: 1, x.baseAddress!, lda: d, w.baseAddress!, ldb: d, beta: 0, zp.baseAddress!, ldc: rows)
          }
        }
      }
      self.z = z
      zTest = zt
    }

    /// Folds the pending updates `folded..<count` into Z: Z += G[:, J] C_J (G symmetric).
    mutating func foldTraining() {
      let p = indices.count - folded
      guard p > 0 else { return }
      let (n, rows) = (data.train.n, rows)
      var gJ = [Double](repeating: 0, count: p * n)
      data.gram.withUnsafeBufferPointer { g in
        for s in 0..<p {
          let row = indices[folded + s]
          for l in 0..<n { gJ[s * n + l] = g[row * n + l] }
        }
      }
      gJ.withUnsafeBufferPointer { gp in
        coefficients.withUnsafeBufferPointer { cp in
          z.withUnsafeMutableBufferPointer { zp in
            BLAS.gemm(.transposed, .none, m: n, n: rows, k: p, alpha: 1, gp.baseAddress!, lda: n, cp.baseAddress! + folded * rows, ldb: rows, beta: 1, zp.baseAddress!, ldc: rows)
          }
        }
      }
      folded = indices.count
    }

    /// Folds the epoch's updates into Z_test and clears them.
    mutating func endEpoch(measureTest: Bool) {
      foldTraining()
      let p = indices.count
      if measureTest && p > 0 {
        let (m, rows) = (data.test.n, rows)
        var tJ = [Double](repeating: 0, count: p * m)
        data.testGram.withUnsafeBufferPointer { t in
          for s in 0..<p {
            let row = indices[s]
            for l in 0..<m { tJ[s * m + l] = t[row * m + l] }
          }
        }
        tJ.withUnsafeBufferPointer { tp in
          coefficients.withUnsafeBufferPointer { cp in
            zTest.withUnsafeMutableBufferPointer { zp in
              BLAS.gemm(.transposed, .none, m: m, n: rows, k: p, alpha: 1, tp.baseAddress!, lda: m, cp.baseAddress!, ldb: rows, beta: 1, zp.baseAddress!, ldc: rows)
            }
          }
        }
      }
      indices.removeAll(keepingCapacity: true)
      coefficients.removeAll(keepingCapacity: true)
      folded = 0
    }

    /// One epoch: a fresh uniform permutation of S (the draws of `.reshuffled`), one step per
    /// example. `measureTest: false` stops updating Z_test (its errors are then stale).
    /// Returns whether L_S = 0 after the epoch.
    ///
    /// - Throws: `Divergence` at the first non-finite y·N(x), step size or second-layer weight.
    public mutating func epoch<G: RandomNumberGenerator>(measureTest: Bool = true, using rng: inout G) throws -> Bool {
      let n = data.train.n
      var permutation = Array(0..<n)
      IndexSampling.shuffle(&permutation, using: &rng)
      var zi = [Double](repeating: 0, count: rows)
      var c = [Double](repeating: 0, count: rows)
      let process = bothLayers ? "BGMS18 SGD (both layers, Gram form)" : "BGMS18 SGD (first layer, Gram form)"
      for i in permutation {
        steps += 1
        // z_i: the folded pre-activations plus the pending updates' c·⟨x_s, x_i⟩.
        for r in 0..<rows { zi[r] = z[i * rows + r] }
        data.gram.withUnsafeBufferPointer { g in
          coefficients.withUnsafeBufferPointer { cp in
            for s in folded..<indices.count {
              let gsi = g[indices[s] * n + i]
              let base = s * rows
              for r in 0..<rows { zi[r] += cp[base + r] * gsi }
            }
          }
        }
        let y = data.train.labels[i]
        var out = 0.0
        for r in 0..<rows {
          let zr = zi[r]
          out += secondLayer[r] * (zr >= 0 ? zr : alpha * zr)
        }
        let margin = y * out
        guard margin.isFinite else { throw Divergence(process: process, step: steps, quantity: "y·N(x)", value: margin) }
        guard margin < 1 else { continue }
        var changed = false
        var anyCoefficient = false
        let etaY = eta * y
        let nonZeroInput = data.inputIsNonZero[i]
        for r in 0..<rows {
          let slope = zi[r] >= 0 ? 1.0 : alpha
          c[r] = nonZeroInput ? etaY * secondLayer[r] * slope : 0
          guard c[r].isFinite else {
            throw Divergence(process: process, step: steps, quantity: "step size η·y·v_r·σ'(z_r)", value: c[r])
          }
          if c[r] != 0 { anyCoefficient = true }
        }
        if bothLayers {
          for r in 0..<rows {
            let zr = zi[r]
            let delta = etaY * (zr >= 0 ? zr : alpha * zr)
            if delta != 0 {
              let new = secondLayer[r] + delta
              guard new.isFinite else { throw Divergence(process: process, step: steps, quantity: "v_r", value: new) }
              secondLayer[r] = new
              changed = true
            }
          }
        }
        if anyCoefficient {
          indices.append(i)
          coefficients.append(contentsOf: c)
          changed = true
          if indices.count - folded >= block { foldTraining() }
        }
        if changed { nonZeroUpdates += 1 }
      }
      endEpoch(measureTest: measureTest)
      var converged = true
      for i in 0..<n where converged {
        if !(data.train.labels[i] * output(z, i) >= 1) { converged = false }
      }
      return converged
    }

    /// N(x_i) from the stored pre-activations.
    func output(_ zs: [Double], _ i: Int) -> Double {
      var out = 0.0
      for r in 0..<rows {
        let zr = zs[i * rows + r]
        out += secondLayer[r] * (zr >= 0 ? zr : alpha * zr)
      }
      return out
    }

    /// The 0-1 training errors (y N(x) ≤ 0 counts as an error).
    public var trainingErrors: Int {
      (0..<data.train.n).filter { !(data.train.labels[$0] * output(z, $0) > 0) }.count
    }

    /// The 0-1 test errors (current as of the last epoch run with `measureTest`).
    public var testErrors: Int {
      (0..<data.test.n).filter { !(data.test.labels[$0] * output(zTest, $0) > 0) }.count
    }
  }
}
