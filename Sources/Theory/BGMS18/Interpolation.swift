extension BGMS18 {
  /// A network of the form of Theorem 7 (Sec. 6.2, Sec. 9.2.2) with N_W(x_i) = t_i for
  /// given targets t ∈ R^n (labels y ∈ {±1}ⁿ for Theorem 7), for inputs in general
  /// position. Our own construction (the paper cites Soudry & Hoffer 2017, Thm. 8):
  ///
  /// Pair neuron i of each sign: w^(i) = s_i a_i + p_i, u^(i) = s_i a_i, with a direction
  /// a_i (no x_j on its hyperplane) and s_i large enough that sign⟨w^(i), x_j⟩ =
  /// sign⟨a_i, x_j⟩. Then σ(⟨w^(i),x_j⟩) − σ(⟨u^(i),x_j⟩) = g_ij⟨p_i, x_j⟩ with g_ij = 1 if
  /// ⟨a_i, x_j⟩ > 0 and α otherwise, so N(x_j) = v Σ_i g_ij⟨p_i, x_j⟩ is linear in
  /// (p_1, …, p_k): n equations, kd unknowns, solved at minimum norm. It needs kd ≥ n;
  /// Theorem 7's k ≥ 2⌈n/(2d−2)⌉ gives kd ≥ nd/(d−1) > n.
  ///
  /// Throws if a direction is orthogonal to some input, the system is rank-deficient, or
  /// the result misses a target by more than `tolerance` (N is evaluated with
  /// `Network.output`).
  public static func interpolatingWeights(
    inputs X: [[Double]], targets t: [Double], directions: [[Double]], network: Network,
    tolerance: Double = 1e-9
  ) throws -> Weights {
    let n = X.count
    let d = network.d
    let k = network.k
    try InvalidParameter.require(n >= 1 && t.count == n, "t", "\(t.count) targets", "need one target per input (n = \(n) ≥ 1)")
    try InvalidParameter.require(directions.count == k, "a", "\(directions.count) directions", "need k = \(k)")
    try InvalidParameter.require(k * d >= n, "k", k, "needs k·d ≥ n = \(n)")
    for x in X { try network.check(x) }
    for a in directions {
      try InvalidParameter.require(a.count == d, "a", "length \(a.count)", "must have length d = \(d)")
    }
    for value in t { try InvalidParameter.requireFinite(value, "t") }
    let alpha = network.activation.alpha
    func dot(_ p: [Double], _ q: [Double]) -> Double {
      var s = 0.0
      for j in 0..<p.count { s += p[j] * q[j] }
      return s
    }
    // Gate values g_ij and the smallest |⟨a_i, x_j⟩| per direction.
    var gate = [[Double]](repeating: [Double](repeating: 0, count: n), count: k)
    var smallest = [Double](repeating: .infinity, count: k)
    for i in 0..<k {
      for j in 0..<n {
        let s = dot(directions[i], X[j])
        try InvalidParameter.require(s != 0, "a", "direction \(i)", "must not be orthogonal to input \(j)")
        gate[i][j] = s > 0 ? 1 : alpha
        smallest[i] = min(smallest[i], abs(s))
      }
    }
    // Row j of A: (v g_1j x_j, …, v g_kj x_j).
    var A = [Double](repeating: 0, count: n * k * d)
    for j in 0..<n {
      for i in 0..<k {
        for l in 0..<d { A[j * k * d + i * d + l] = network.v * gate[i][j] * X[j][l] }
      }
    }
    let p = try MinimumNormSolve.solve(A, rows: n, columns: k * d, t)
    var w = [[Double]]()
    var u = [[Double]]()
    for i in 0..<k {
      let pi = Array(p[(i * d)..<((i + 1) * d)])
      let largest = X.map { abs(dot(pi, $0)) }.max() ?? 0
      let s = largest == 0 ? 1 : 2 * largest / smallest[i]
      u.append(directions[i].map { s * $0 })
      w.append(zip(directions[i], pi).map { s * $0 + $1 })
    }
    let W = try Weights(w: w, u: u)
    for j in 0..<n {
      let error = abs(try network.output(W, X[j]) - t[j])
      try InvalidParameter.require(
        error <= tolerance, "N(x)", "error \(error) at input \(j)", "must match the target within \(tolerance)")
    }
    return W
  }
}
