import LinearAlgebra

extension LL18 {
  /// Eq. 1 as printed, for one example (x_s, y_s): the m rows
  /// ∂L(w, x_s, y_s)/∂w_r = (Σ_{i≠y} a_{i,r} o_i − Σ_{i≠y} a_{y,r} o_i) 1[⟨w_r, x_s⟩ ≥ 0] x_s.
  /// Written term by term (a reference: the fast form is `gradient`). With `pattern`, the
  /// indicator is 1[⟨pattern_r, x_s⟩ ≥ 0] instead (the pseudo-gradient of §5.1 takes
  /// pattern = W⁽⁰⁾).
  public static func equation1(
    _ network: Network, x: [Double], label y: Int, pattern: Matrix? = nil
  ) throws -> [[Double]] {
    try InvalidParameter.require(x.count == network.d, "x", x.count, "needs d = \(network.d) entries")
    try InvalidParameter.require(y >= 0 && y < network.k, "y", y, "must be a class in 0..<\(network.k)")
    let row = try Matrix(rows: 1, columns: x.count, elements: x)
    let f = try network.outputs(row)
    let o = try softmax(f).row(0)
    let gate = pattern ?? network.w
    try InvalidParameter.require(gate.rows == network.m && gate.columns == network.d, "pattern", "\(gate.rows)×\(gate.columns)", "needs the shape of W")
    return (0..<network.m).map { r in
      var inner = 0.0
      for j in 0..<network.d { inner += gate[r, j] * x[j] }
      guard inner >= 0 else { return [Double](repeating: 0, count: x.count) }
      var first = 0.0, second = 0.0
      for i in 0..<network.k where i != y {
        first += network.a[i, r] * o[i]
        second += network.a[y, r] * o[i]
      }
      return x.map { (first - second) * $0 }
    }
  }

  /// The per-(example, unit) coefficients of Eq. 1 in matrix form: G (N × m) with
  /// G_{s,r} = ((O − Y) A)_{s,r} · 1[Q_{s,r} ≥ 0], where O is the softmax of the outputs, Y the
  /// one-hot labels and Q the pre-activations that gate the units (P for the gradient, P⁽⁰⁾
  /// for the pseudo-gradient). Uses Σ_{i≠y} a_{i,r} o_i − a_{y,r} Σ_{i≠y} o_i
  /// = Σ_i a_{i,r} o_i − a_{y,r} (because Σ_i o_i = 1).
  public static func unitCoefficients(
    outputs f: Matrix, labels: [Int], a: Matrix, gate q: Matrix
  ) throws -> Matrix {
    try InvalidParameter.require(labels.count == f.rows, "labels", labels.count, "needs one per row (\(f.rows))")
    var e = try softmax(f)
    for s in 0..<f.rows {
      try InvalidParameter.require(labels[s] >= 0 && labels[s] < f.columns, "y", labels[s], "must be a class in 0..<\(f.columns)")
      e.elements[s * f.columns + labels[s]] -= 1
    }
    var g = Matrix(rows: f.rows, columns: a.columns)
    try BLAS.gemm(.none, .none, alpha: 1, e, a, beta: 0, &g)
    try InvalidParameter.require(q.rows == g.rows && q.columns == g.columns, "gate", "\(q.rows)×\(q.columns)", "needs \(g.rows)×\(g.columns)")
    for i in g.elements.indices where !(q.elements[i] >= 0) { g.elements[i] = 0 }
    return g
  }

  /// The gradient of Eq. 1 averaged over the examples (X, y): (1/N) Σ_s ∂L(w, x_s, y_s)/∂w_r
  /// for every r, as an m × d matrix (row r). With `pattern`, the indicator uses
  /// ⟨pattern_r, x_s⟩ (the pseudo-gradient of §5.1 with pattern = W⁽⁰⁾).
  public static func gradient(
    _ network: Network, x: Matrix, labels: [Int], pattern: Matrix? = nil
  ) throws -> Matrix {
    let p = try network.preActivations(x)
    let f = try outputs(preActivations: p, a: network.a)
    let gate: Matrix
    if let pattern {
      gate = try Network(w: pattern, a: network.a).preActivations(x)
    } else {
      gate = p
    }
    let g = try unitCoefficients(outputs: f, labels: labels, a: network.a, gate: gate)
    var result = Matrix(rows: network.m, columns: network.d)
    try BLAS.gemm(.transposed, .none, alpha: 1 / Double(x.rows), g, x, beta: 0, &result)
    return result
  }

  /// The pseudo-gradient of §5.1: Eq. 1 with the activation pattern frozen at the
  /// initialization, 1[⟨w_r⁽⁰⁾, x_s⟩ ≥ 0] in place of 1[⟨w_r, x_s⟩ ≥ 0], averaged over (X, y)
  /// (for the simplified case (S), pass the k·l points with equal weights p_{a,b} = 1/(kl)).
  public static func pseudoGradient(
    _ network: Network, initial w0: Matrix, x: Matrix, labels: [Int]
  ) throws -> Matrix {
    try gradient(network, x: x, labels: labels, pattern: w0)
  }

  /// The loss of the pseudo-network linearization at W: ψ(V) = −(1/N) Σ_s log softmax_{y_s}(
  /// f(x_s, W) + g(x_s, V) − g(x_s, W)) with g_i(x, V) = Σ_r a_{i,r} ⟨v_r, x⟩ 1[⟨w_r⁽⁰⁾, x⟩ ≥ 0]
  /// (§5.1). Its gradient in V at V = W is the pseudo-gradient (the softmax sees f, the unit
  /// derivative sees g): an independent way to compute it by differences.
  public static func pseudoLinearizedLoss(
    _ network: Network, at v: Matrix, initial w0: Matrix, x: Matrix, labels: [Int]
  ) throws -> Double {
    let f = try network.outputs(x)
    let gate = try Network(w: w0, a: network.a).preActivations(x)
    let pv = try Network(w: v, a: network.a).preActivations(x)
    let pw = try network.preActivations(x)
    var diff = pv
    for i in diff.elements.indices {
      diff.elements[i] = gate.elements[i] >= 0 ? pv.elements[i] - pw.elements[i] : 0
    }
    var shift = Matrix(rows: x.rows, columns: network.k)
    try BLAS.gemm(.none, .transposed, alpha: 1, diff, network.a, beta: 0, &shift)
    var total = 0.0
    for s in 0..<x.rows {
      let row = (0..<network.k).map { f[s, $0] + shift[s, $0] }
      total += try crossEntropy(outputs: row, label: labels[s])
    }
    return total / Double(x.rows)
  }
}
