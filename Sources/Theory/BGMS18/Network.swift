extension BGMS18 {
  /// The two-layer network N_W(x) = vᵀσ(Wx) of Eq. 1 with the fixed second layer
  /// v = (v,…,v, −v,…,−v) ∈ R^{2k}, v > 0 (Sec. 2), its hinge losses and gradients.
  ///
  /// These are the reference (allocating) implementations; the training loops use the
  /// same arithmetic on raw buffers.
  public struct Network: Sendable, Equatable {
    /// Neurons per sign (2k hidden neurons).
    public let k: Int
    /// Input dimension.
    public let d: Int
    /// The magnitude v > 0 of the second-layer weights.
    public let v: Double
    /// σ: Leaky ReLU (Sec. 3–6) or ReLU (Sec. 7).
    public let activation: Activation

    /// Throws unless k ≥ 1, d ≥ 1 and v is finite and > 0.
    public init(k: Int, d: Int, v: Double, activation: Activation) throws {
      try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      try InvalidParameter.require(v.isFinite && v > 0, "v", v, "must be a finite number > 0")
      self.k = k
      self.d = d
      self.v = v
      self.activation = activation
    }

    /// The second layer (v,…,v, −v,…,−v) ∈ R^{2k} of Sec. 2.
    public var secondLayer: [Double] {
      [Double](repeating: v, count: k) + [Double](repeating: -v, count: k)
    }

    func check(_ W: Weights) throws {
      try InvalidParameter.require(W.k == k && W.d == d, "W", "\(2 * W.k)×\(W.d)", "must be \(2 * k)×\(d)")
    }

    func check(_ x: [Double]) throws {
      try InvalidParameter.require(x.count == d, "x", "length \(x.count)", "must have length d = \(d)")
      for value in x { try InvalidParameter.requireFinite(value, "x") }
    }

    func check(_ S: TrainingSet) throws {
      try InvalidParameter.require(S.d == d, "S", "d = \(S.d)", "inputs must have dimension d = \(d)")
    }

    /// The pre-activations Wx = (⟨w^(1),x⟩,…,⟨w^(k),x⟩, ⟨u^(1),x⟩,…,⟨u^(k),x⟩).
    public func preActivations(_ W: Weights, _ x: [Double]) throws -> [Double] {
      try check(W)
      try check(x)
      return try forward(W, x, secondLayer: secondLayer).preActivations
    }

    /// N_W(x) = Σ_i vσ(⟨w^(i),x⟩) − Σ_i vσ(⟨u^(i),x⟩) (Eq. 1).
    public func output(_ W: Weights, _ x: [Double]) throws -> Double {
      try output(W, x, secondLayer: secondLayer)
    }

    /// N(x) = Σ_r a_r σ(⟨W_r, x⟩) for an arbitrary second layer a ∈ R^{2k} (Sec. 5.3,
    /// where both layers are trained).
    public func output(_ W: Weights, _ x: [Double], secondLayer a: [Double]) throws -> Double {
      try check(W)
      try check(x)
      return try forward(W, x, secondLayer: a).output
    }

    func forward(_ W: Weights, _ x: [Double], secondLayer a: [Double]) throws -> (output: Double, preActivations: [Double]) {
      try InvalidParameter.require(
        a.count == 2 * k, "v", "length \(a.count)", "the second layer must have 2k = \(2 * k) entries")
      var z = [Double](repeating: 0, count: 2 * k)
      let alpha = activation.alpha
      let rows = 2 * k
      let d = self.d
      let n = W.entries.withUnsafeBufferPointer { w in
        x.withUnsafeBufferPointer { xp in
          a.withUnsafeBufferPointer { ap in
            z.withUnsafeMutableBufferPointer { zp in
              Kernel.forward(
                w.baseAddress!, xp.baseAddress!, rows: rows, d: d, alpha: alpha,
                outgoing: ap.baseAddress!, z: zp.baseAddress!)
            }
          }
        }
      }
      return (n, z)
    }

    /// N_W(x_i) for every example of S.
    public func outputs(_ W: Weights, on S: TrainingSet) throws -> [Double] {
      try check(S)
      return try (0..<S.n).map { try output(W, S.x($0)) }
    }

    /// The margins y_i N_W(x_i); L_S(W) = 0 iff all are ≥ 1.
    public func margins(_ W: Weights, on S: TrainingSet) throws -> [Double] {
      try outputs(W, on: S).enumerated().map { S.labels[$0.offset] * $0.element }
    }

    /// The per-example hinge loss L_{(x,y)}(W) = max{1 − yN_W(x), 0} (Sec. 2, Eq. 3).
    public func exampleLoss(_ W: Weights, x: [Double], y: Double) throws -> Double {
      try InvalidParameter.require(y == 1 || y == -1, "y", y, "labels must be ±1")
      return max(1 - y * (try output(W, x)), 0)
    }

    /// L_S(W) = (1/n) Σ_i max{1 − y_i N_W(x_i), 0}, the mean hinge loss of Sec. 2.
    public func loss(_ W: Weights, on S: TrainingSet) throws -> Double {
      try margins(W, on: S).reduce(0) { $0 + max(1 - $1, 0) } / Double(S.n)
    }

    /// Whether L_S(W) = 0, i.e. y N_W(x) ≥ 1 for every example (a global minimum, Eq. 2).
    public func hasZeroLoss(_ W: Weights, on S: TrainingSet) throws -> Bool {
      try margins(W, on: S).allSatisfy { $0 >= 1 }
    }

    /// ∂/∂W L_{(x,y)}(W), the gradient of the per-example hinge loss: zero when
    /// yN(x) ≥ 1, otherwise row w^(i) gets −y·v·σ'(⟨w^(i),x⟩)·x and row u^(i) gets
    /// +y·v·σ'(⟨u^(i),x⟩)·x (σ'(0) = 1 as in Eq. 10; Sec. 9.1.1 prints the w-part
    /// without the factor v).
    public func exampleGradient(_ W: Weights, x: [Double], y: Double) throws -> Weights {
      try exampleGradients(W, x: x, y: y, secondLayer: secondLayer).firstLayer
    }

    /// The gradients of max{1 − yN(x), 0} with respect to W and to an arbitrary second
    /// layer a ∈ R^{2k} (Sec. 5.3): when yN(x) < 1, ∂/∂W_r = −y a_r σ'(z_r) x and
    /// ∂/∂a_r = −y σ(z_r); both zero otherwise.
    public func exampleGradients(
      _ W: Weights, x: [Double], y: Double, secondLayer a: [Double]
    ) throws -> (firstLayer: Weights, secondLayer: [Double]) {
      try check(W)
      try check(x)
      try InvalidParameter.require(y == 1 || y == -1, "y", y, "labels must be ±1")
      let (n, z) = try forward(W, x, secondLayer: a)
      var gW = try Weights.zeros(k: k, d: d)
      var ga = [Double](repeating: 0, count: 2 * k)
      guard y * n < 1 else { return (gW, ga) }
      for r in 0..<(2 * k) {
        let c = -y * a[r] * activation.derivative(z[r])
        for j in 0..<d { gW.entries[r * d + j] = c * x[j] }
        ga[r] = -y * activation(z[r])
      }
      return (gW, ga)
    }

    /// ∂/∂W L_S(W) = (1/n) Σ_i ∂/∂W L_{(x_i,y_i)}(W) (Sec. 9.1.1).
    public func lossGradient(_ W: Weights, on S: TrainingSet) throws -> Weights {
      try check(S)
      var g = try Weights.zeros(k: k, d: d)
      for i in 0..<S.n {
        g = try g.adding(exampleGradient(W, x: S.x(i), y: S.labels[i]), scaledBy: 1 / Double(S.n))
      }
      return g
    }

    /// One SGD step of batch 1 (Eq. 3): W ← W − η ∂/∂W L_{(x,y)}(W). When yN(x) < 1:
    ///
    ///     w^(i) ← w^(i) + η v p^(i) y x,   u^(i) ← u^(i) − η v q^(i) y x,
    ///
    /// p^(i) = σ'(⟨w^(i),x⟩), q^(i) = σ'(⟨u^(i),x⟩). This is Eq. 10 with v̂ read as the
    /// magnitude v of the u-neurons' weight; with v̂ = −v literally (as Sec. 9.1.2 sets
    /// v̂₀ = −v) the printed u-update has the wrong sign. Returns whether W changed (a
    /// *non-zero update*, Sec. 2: yN(x) < 1 and a non-zero gradient).
    @discardableResult
    public func sgdStep(_ W: inout Weights, x: [Double], y: Double, learningRate eta: Double) throws -> Bool {
      try check(W)
      try check(x)
      try InvalidParameter.require(y == 1 || y == -1, "y", y, "labels must be ±1")
      try InvalidParameter.require(eta.isFinite && eta > 0, "η", eta, "must be a finite number > 0")
      let a = secondLayer
      let (n, z) = try forward(W, x, secondLayer: a)
      guard y * n < 1 else { return false }
      let alpha = activation.alpha
      let rows = 2 * k
      let d = self.d
      return W.entries.withUnsafeMutableBufferPointer { w in
        x.withUnsafeBufferPointer { xp in
          a.withUnsafeBufferPointer { ap in
            z.withUnsafeBufferPointer { zp in
              Kernel.update(
                w.baseAddress!, xp.baseAddress!, rows: rows, d: d, alpha: alpha,
                outgoing: ap.baseAddress!, z: zp.baseAddress!, scale: eta * y)
            }
          }
        }
      } && x.contains { $0 != 0 }
    }
  }
}
