extension BGMS18 {
  /// One SGD step of BGMS18 §2 (ReLU, v = 1, second layer (1,…,1, −1,…,−1)) on the example
  /// (e_j, 1) of S = {e₁,…,e_d}×{1} (§7.2), with a chosen ReLU derivative at 0. With x = e_j
  /// only column j moves: if N(e_j) = Σ_i σ(w_ij) − Σ_i σ(u_ij) < 1, every w-row with
  /// σ'(w_ij) = 1 gains η and every u-row with σ'(u_ij) = 1 loses η. `derivativeAtZero` is
  /// σ'(0): 0 is the convention of the proof of Lemma 12 (§9.3.2: "if e_j ∈ K_t then
  /// ∂N/∂w_t^(i)(e_j) = 0"), 1 that of Eq. 10 (`Network.sgdStep`). Returns whether W moved.
  /// Throws unless 0 ≤ j < d, η is finite and > 0, and σ'(0) ∈ {0, 1}.
  @discardableResult
  public static func orthogonalSGDStep(
    _ W: inout Weights, example j: Int, learningRate eta: Double, derivativeAtZero: Double
  ) throws -> Bool {
    try InvalidParameter.require((0..<W.d).contains(j), "j", j, "must index a basis vector e_j, 0 ≤ j < d")
    try InvalidParameter.require(eta.isFinite && eta > 0, "η", eta, "must be a finite number > 0")
    try InvalidParameter.require(derivativeAtZero == 0 || derivativeAtZero == 1, "σ'(0)", derivativeAtZero, "must be 0 or 1")
    let k = W.k, d = W.d
    var n = 0.0
    for i in 0..<k { n += max(0, W.entries[i * d + j]) - max(0, W.entries[(k + i) * d + j]) }
    guard n < 1 else { return false }
    func active(_ z: Double) -> Bool { z > 0 || (z == 0 && derivativeAtZero == 1) }
    var moved = false
    for i in 0..<k where active(W.entries[i * d + j]) {
      W.entries[i * d + j] += eta
      moved = true
    }
    for i in 0..<k where active(W.entries[(k + i) * d + j]) {
      W.entries[(k + i) * d + j] -= eta
      moved = true
    }
    return moved
  }
}
