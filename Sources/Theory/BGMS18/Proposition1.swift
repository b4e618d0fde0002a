extension BGMS18.Network {
  /// ⟨∂L_S/∂W⃗, W⃗*⟩ with W⃗* = (w*,…,w*, −w*,…,−w*) (Prop. 1.1, Sec. 9.1.1), computed
  /// from the gradient `lossGradient`. The proof shows it is < 0 whenever some example
  /// has yN(x) < 1 and y⟨w*, x⟩ ≥ 1 on S, so every critical point is a global minimum.
  public func wStarDirectionalDerivative(_ W: BGMS18.Weights, on S: BGMS18.TrainingSet, wStar: [Double]) throws -> Double {
    try InvalidParameter.require(wStar.count == d, "w*", "length \(wStar.count)", "must have length d = \(d)")
    return try lossGradient(W, on: S).inner(BGMS18.Weights.wStar(k: k, wStar))
  }

  /// The bound the proof of Prop. 1.1 gives for `wStarDirectionalDerivative`: each
  /// example with yN(x) < 1 contributes −(v/n)·y⟨x, w*⟩·Σ_i(p^(i) + q^(i)) ≤ −2kvα/n, so
  /// ⟨∂L_S/∂W⃗, W⃗*⟩ ≤ −2kvα·#{i : y_i N(x_i) < 1}/n (0 for ReLU).
  public func proposition1UpperBound(_ W: BGMS18.Weights, on S: BGMS18.TrainingSet) throws -> Double {
    let active = try margins(W, on: S).filter { $0 < 1 }.count
    return -2 * Double(k) * v * activation.alpha * Double(active) / Double(S.n)
  }
}

extension BGMS18 {
  /// f_x(w, u) = σ(⟨w, x⟩) − σ(⟨u, x⟩), the one-pair network of the proof of Prop. 1.2
  /// (Sec. 9.1.1).
  public static func pairOutput(w: [Double], u: [Double], x: [Double], activation: Activation) throws -> Double {
    try InvalidParameter.require(
      w.count == x.count && u.count == x.count && !x.isEmpty, "x", "length \(x.count)",
      "w, u and x must have the same positive length")
    var wx = 0.0
    var ux = 0.0
    for j in x.indices {
      wx += w[j] * x[j]
      ux += u[j] * x[j]
    }
    return activation(wx) - activation(ux)
  }

  /// The non-convexity example of Prop. 1.2 (Sec. 9.1.1): with w₁ = w₂ = u₁ = x and
  /// u₂ = −x, f_x(w₁, u₁) = 0, f_x(w₂, u₂) = (1+α)‖x‖² and at the midpoint f_x = ‖x‖²,
  /// which exceeds the average (1+α)‖x‖²/2 when α < 1. Returns the three values
  /// computed from `pairOutput`.
  public static func midpointExample(x: [Double], activation: Activation) throws
    -> (first: Double, second: Double, midpoint: Double)
  {
    let minusX = x.map { -$0 }
    let zero = [Double](repeating: 0, count: x.count)
    return (
      try pairOutput(w: x, u: x, x: x, activation: activation),
      try pairOutput(w: x, u: minusX, x: x, activation: activation),
      try pairOutput(w: x, u: zero, x: x, activation: activation)
    )
  }

  /// L_S itself violating convexity: S = {(x, −1)} (separable by w* = −x/‖x‖²), W₁ with
  /// every row x, W₂ with rows w^(i) = x and u^(i) = −x. Then L_S(W₁) = 1,
  /// L_S(W₂) = 1 + kv(1+α)‖x‖² and L_S((W₁+W₂)/2) = 1 + kv‖x‖² > (L_S(W₁) + L_S(W₂))/2.
  public static func nonConvexLossExample(x: [Double], k: Int) throws
    -> (first: Weights, second: Weights, set: TrainingSet)
  {
    try Check.k(k)
    try InvalidParameter.require(x.contains { $0 != 0 }, "x", "0", "must be non-zero")
    let minusX = x.map { -$0 }
    let first = try Weights(w: [[Double]](repeating: x, count: k), u: [[Double]](repeating: x, count: k))
    let second = try Weights(w: [[Double]](repeating: x, count: k), u: [[Double]](repeating: minusX, count: k))
    return (first, second, try TrainingSet(points: [x], labels: [-1]))
  }
}

extension BGMS18 {
  /// Whether moving W by ±h·D can cross a kink: every pre-activation must stay on its side
  /// (|⟨W_r, x⟩| > 2h|⟨D_r, x⟩|) and every margin on its side of 1
  /// (|1 − yN(x)| > 2h·Σ_r v|⟨D_r, x⟩|).
  public static func awayFromKinks(
    _ network: BGMS18.Network, _ S: BGMS18.TrainingSet, _ W: BGMS18.Weights, direction D: BGMS18.Weights, h: Double
  ) throws -> Bool {
    for i in 0..<S.n {
      let x = S.x(i)
      let z = try network.preActivations(W, x)
      let dz = try network.preActivations(D, x)
      var change = 0.0
      for r in z.indices {
        if abs(z[r]) <= 2 * h * abs(dz[r]) { return false }
        change += network.v * abs(dz[r])
      }
      let margin = S.labels[i] * (try network.output(W, x))
      if abs(1 - margin) <= 2 * h * change { return false }
    }
    return true
  }
}
