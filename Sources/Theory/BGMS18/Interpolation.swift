#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension BGMS18 {
  /// A first layer W̃ with N_W̃(x_j) = t_j for given inputs and targets (Theorem 7,
  /// Sec. 6.2 and 9.2.2: labels t = y ∈ {±1}ⁿ, k ≥ 2⌈n/(2d−2)⌉). Our own construction
  /// (the paper cites Soudry & Hoffer 2017, Thm. 8); it needs only ⌈n/k⌉ ≤ d, and inputs
  /// in general position.
  ///
  /// Pairs: w^(i) = s_i a_i + p_i, u^(i) = s_i a_i (or s_i a_i ± p_i/2) with the
  /// directions a_i of `theorem7Directions`, and s_i large enough that both rows keep
  /// the sign of ⟨a_i, x_j⟩ for all j. Then σ(⟨w^(i),x⟩) − σ(⟨u^(i),x⟩) = g_i(x)⟨p_i, x⟩ with g_i(x) = 1 if
  /// ⟨a_i, x⟩ > 0 and α otherwise, so N(x) = v Σ_i g_i(x)⟨p_i, x⟩. Write
  /// p_i = q_i − q_{i−1} (+ q_k for i = 1): N = v Σ_{c<k} (g_c − g_{c+1})⟨q_c, x⟩
  /// + v(g_k + g_1)⟨q_k, x⟩. The bump g_c − g_{c+1} is ±(1−α) on chunk c (sign by the
  /// side of the origin) and 0 elsewhere; g_k + g_1 is 2 or 2α on chunk k and 1+α
  /// elsewhere. So q_k solves the ≤ d equations of chunk k, then each q_c the ≤ d
  /// equations of chunk c given q_k: small independent systems (minimum norm), no
  /// global solve (which is ill-conditioned for small d).
  ///
  /// Throws unless d ≥ 2 and ⌈n/k⌉ ≤ d, if an input is orthogonal to the plane or to a
  /// direction, if a local system is singular (inputs not in general position; or ReLU,
  /// whose 2α = 0 cannot fit the far side of chunk k), or if the result misses a target by
  /// more than `tolerance` (N evaluated with `Network.output`).
  public static func theorem7Weights(
    inputs X: [[Double]], targets t: [Double], network: Network, plane: ([Double], [Double]),
    tolerance: Double = 1e-9
  ) throws -> Weights {
    let n = X.count
    let d = network.d
    let k = network.k
    let v = network.v
    try InvalidParameter.require(n >= 1 && t.count == n, "t", "\(t.count) targets", "need one target per input (n = \(n) ≥ 1)")
    try InvalidParameter.require(d >= 2, "d", d, "Theorem 7 needs d ≥ 2")
    try InvalidParameter.require((n + k - 1) / k <= d, "k", k, "needs ⌈n/k⌉ ≤ d = \(d) (Theorem 7: k ≥ 2⌈n/(2d−2)⌉)")
    for x in X { try network.check(x) }
    for value in t { try InvalidParameter.requireFinite(value, "t") }
    let alpha = network.activation.alpha
    let a = try theorem7Directions(inputs: X, k: k, plane: plane)
    // Gates g_i(x_j), and the chunk of each input: the c < k with g_c ≠ g_{c+1}, else k.
    var gate = [[Double]](repeating: [Double](repeating: 0, count: k), count: n)
    var chunk = [Int](repeating: k - 1, count: n)
    for j in 0..<n {
      for i in 0..<k {
        let z = Dot.sequential(a[i], X[j])
        try InvalidParameter.require(z != 0, "x", "input \(j)", "must not lie on hyperplane \(i)")
        gate[j][i] = z > 0 ? 1 : alpha
      }
      for c in 0..<(k - 1) where gate[j][c] != gate[j][c + 1] {
        chunk[j] = c
        break
      }
    }
    func wrapCoefficient(_ j: Int) -> Double { gate[j][k - 1] + gate[j][0] }
    // Solve the rows (coefficient·v·⟨q, x_j⟩ = rhs_j) of one chunk at minimum norm.
    func solveChunk(_ members: [Int], _ coefficient: (Int) -> Double, _ rhs: (Int) -> Double) throws -> [Double] {
      guard !members.isEmpty else { return [Double](repeating: 0, count: d) }
      var rows = [Double]()
      for j in members {
        let c = coefficient(j) * v
        try InvalidParameter.require(c != 0, "σ", network.activation, "cannot fit input \(j): zero slope")
        rows += X[j].map { c * $0 }
      }
      return try MinimumNormSolve.solve(rows, rows: members.count, columns: d, members.map(rhs))
    }
    let members = (0..<k).map { c in (0..<n).filter { chunk[$0] == c } }
    let qk = try solveChunk(members[k - 1], wrapCoefficient) { t[$0] }
    var q = [[Double]](repeating: [Double](repeating: 0, count: d), count: k)
    q[k - 1] = qk
    for c in 0..<(k - 1) {
      q[c] = try solveChunk(members[c], { gate[$0][c] - gate[$0][c + 1] }) { j in
        t[j] - wrapCoefficient(j) * v * Dot.sequential(qk, X[j])
      }
    }
    var p = [[Double]](repeating: [Double](repeating: 0, count: d), count: k)
    for c in 0..<(k - 1) {
      for l in 0..<d {
        p[c][l] += q[c][l]
        p[c + 1][l] -= q[c][l]
      }
    }
    for l in 0..<d {
      p[k - 1][l] += qk[l]
      p[0][l] += qk[l]
    }
    var w = [[Double]]()
    var u = [[Double]]()
    for i in 0..<k {
      // Either w = s a + p, u = s a (needs s > −⟨p,x⟩/⟨a,x⟩ where the two have opposite
      // signs) or w = s a + p/2, u = s a − p/2 (needs s > |⟨p,x⟩|/(2|⟨a,x⟩|) everywhere):
      // both give σ(⟨w,x⟩) − σ(⟨u,x⟩) = g_i(x)⟨p,x⟩. Take the smaller s, with margin 1.5.
      var opposite = 0.0
      var split = 0.0
      for x in X {
        let ratio = Dot.sequential(p[i], x) / Dot.sequential(a[i], x)
        opposite = max(opposite, -ratio)
        split = max(split, abs(ratio) / 2)
      }
      if opposite <= split {
        let s = opposite <= 0 ? 1 : 1.5 * opposite
        u.append(a[i].map { s * $0 })
        w.append(zip(a[i], p[i]).map { s * $0 + $1 })
      } else {
        let s = 1.5 * split
        u.append(zip(a[i], p[i]).map { s * $0 - $1 / 2 })
        w.append(zip(a[i], p[i]).map { s * $0 + $1 / 2 })
      }
    }
    let W = try Weights(w: w, u: u)
    for j in 0..<n {
      let error = abs(try network.output(W, X[j]) - t[j])
      try InvalidParameter.require(
        error <= tolerance, "N(x)", "error \(error) at input \(j)", "must match the target within \(tolerance)")
    }
    return W
  }

  /// The directions a_1, …, a_k of `theorem7Weights`: unit normals of hyperplanes that
  /// contain the orthogonal complement of a plane span{e₁, e₂} (given; orthonormalized
  /// here), at angles β_1 ≤ … ≤ β_k placed in the gaps between the inputs' projected
  /// angles (mod π) — as far as possible from the two neighbouring inputs. The chunks of
  /// inputs between consecutive hyperplanes hold at most d − 1 inputs each when
  /// k ≥ 2⌈n/(2d−2)⌉ (at most d when k ≥ ⌈n/d⌉), and the wrap-around chunk (between
  /// β_k and β_1 + π, whose inputs leak into all others) as few as possible: none when
  /// (k − 1)(d − 1) ≥ n.
  /// a_i = −sin β_i e₁ + cos β_i e₂, positive on the angles (β_i, β_i + π).
  ///
  /// Throws unless d ≥ 2, the plane vectors are independent and no input is orthogonal
  /// to the plane.
  public static func theorem7Directions(inputs X: [[Double]], k: Int, plane: ([Double], [Double])) throws -> [[Double]] {
    try Check.k(k)
    try InvalidParameter.require(!X.isEmpty, "n", 0, "needs at least one input")
    let d = X[0].count
    try InvalidParameter.require(d >= 2, "d", d, "needs d ≥ 2")
    try InvalidParameter.require(
      plane.0.count == d && plane.1.count == d, "plane", "lengths \(plane.0.count), \(plane.1.count)", "must have length d = \(d)")
    let n1 = Dot.sequential(plane.0, plane.0).squareRoot()
    try InvalidParameter.require(n1 > 0, "plane", "e₁ = 0", "must be two independent vectors")
    let e1 = plane.0.map { $0 / n1 }
    var e2 = plane.1
    let along = Dot.sequential(e2, e1)
    for j in 0..<d { e2[j] -= along * e1[j] }
    let n2 = Dot.sequential(e2, e2).squareRoot()
    try InvalidParameter.require(n2 > 1e-12 * Dot.sequential(plane.1, plane.1).squareRoot(), "plane", "dependent", "must be two independent vectors")
    e2 = e2.map { $0 / n2 }
    // Projected angle mod π and projected norm of every input, sorted by angle.
    var projected = [(angle: Double, norm: Double)]()
    for (i, x) in X.enumerated() {
      let a = Dot.sequential(x, e1)
      let b = Dot.sequential(x, e2)
      try InvalidParameter.require(a != 0 || b != 0, "x", "input \(i)", "must not be orthogonal to the plane")
      var phi = atan2(b, a)
      if phi < 0 { phi += Double.pi }
      if phi >= Double.pi { phi -= Double.pi }
      projected.append((phi, (a * a + b * b).squareRoot()))
    }
    projected.sort { $0.angle < $1.angle }
    let n = projected.count
    // The boundary in the gap from L to F (F's angle ≥ L's): the β maximizing
    // min(r_L sin(β − φ_L), r_F sin(φ_F − β)), i.e. the farthest from both inputs.
    func boundary(_ L: (angle: Double, norm: Double), _ F: (angle: Double, norm: Double)) -> Double {
      let delta = F.angle - L.angle
      return L.angle + atan2(F.norm * sin(delta), L.norm + F.norm * cos(delta))
    }
    let last = projected[n - 1]
    let first = (angle: projected[0].angle + Double.pi, norm: projected[0].norm)
    let wrap = boundary(last, first)
    // The boundary between sorted positions e − 1 and e (e = 0 and e = n: the wrap gap).
    func boundary(at e: Int) -> Double {
      if e >= n { return wrap }
      if e <= 0 { return wrap - Double.pi }
      return boundary(projected[e - 1], projected[e])
    }
    // Chunk k−1 (between β_{k−1} and β_0 + π) multiplies its inputs by 2 or 2α and leaks
    // (1+α)⟨q, x⟩ everywhere: give it as few inputs as possible (the r smallest angles),
    // and the others at most d − 1 each when k allows it.
    let perChunk = k == 1 ? d : ((n - 1) / (k - 1) + 1 <= d - 1 ? d - 1 : d)
    let r = k == 1 ? n : max(0, n - (k - 1) * perChunk)
    let m = n - r
    var directions = [[Double]]()
    for c in 0..<k {
      // β_c sits before the inputs r + c·m/(k−1) …; β_{k−1} in the wrap gap.
      let beta = k == 1 ? wrap : boundary(at: r + (c * m) / (k - 1))
      // Normal of the hyperplane through angle β: a = −sin β e₁ + cos β e₂.
      directions.append((0..<d).map { -sin(beta) * e1[$0] + cos(beta) * e2[$0] })
    }
    return directions
  }
}
