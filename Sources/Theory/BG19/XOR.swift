extension BG19 {
  /// The two-layer network of BG19 Eq. 1 on the XOR problem (§3.1), written directly
  /// on x ∈ R² as the reference implementation. Gradient descent uses the faster
  /// ``GradientDescent`` with ``HingeObjective/xor``, which must agree with it.
  ///
  /// Subgradient conventions (the paper does not state them): σ'(0) = 0, and the hinge
  /// max{1 − yN, 0} has derivative 0 at yN = 1 (a point is "active" iff yN < 1, the same
  /// strict inequality that defines a_i(t)).
  public enum XOR {
    /// N_W(x) = Σ_j [σ(w⁽ʲ⁾·x) − σ(u⁽ʲ⁾·x)] (BG19 Eq. 1).
    public static func output(_ weights: Weights, at x: SIMD2<Double>) -> Double {
      let s = weights.storage
      let k = weights.k
      var n = 0.0
      for j in 0..<k { n += relu(s[2 * j] * x.x + s[2 * j + 1] * x.y) }
      for j in k..<(2 * k) { n -= relu(s[2 * j] * x.x + s[2 * j + 1] * x.y) }
      return n
    }

    /// ℓ(W) = Σ_{i=1}^{4} max{1 − y_i N_W(x_i), 0}, the hinge loss of BG19 §3.1 summed
    /// over the four XOR points (no 1/4).
    public static func loss(_ weights: Weights) -> Double {
      (0..<4).reduce(0) { $0 + max(1 - xorLabels[$1] * output(weights, at: xorPoints[$1]), 0) }
    }

    /// ∂ℓ/∂W (BG19 §3.1), laid out like ``Weights/storage``, with σ'(0) = 0 and the
    /// hinge's derivative 0 at y_i N(x_i) = 1:
    /// ∂ℓ/∂w⁽ʲ⁾ = −Σ_{i active} y_i 1[w⁽ʲ⁾·x_i > 0] x_i and
    /// ∂ℓ/∂u⁽ʲ⁾ = +Σ_{i active} y_i 1[u⁽ʲ⁾·x_i > 0] x_i.
    public static func gradient(_ weights: Weights) -> [Double] {
      let s = weights.storage
      let k = weights.k
      var g = [Double](repeating: 0, count: 4 * k)
      for i in 0..<4 {
        let x = xorPoints[i]
        let y = xorLabels[i]
        guard y * output(weights, at: x) < 1 else { continue }
        for r in 0..<(2 * k) where s[2 * r] * x.x + s[2 * r + 1] * x.y > 0 {
          let sign: Double = r < k ? -1 : 1
          g[2 * r] += sign * y * x.x
          g[2 * r + 1] += sign * y * x.y
        }
      }
      return g
    }

    /// W⁺_t(i) = {j | w_t⁽ʲ⁾·x_i > 0} (BG19 §3.1), as 0-based neuron indices
    /// (j ∈ 0..<k stands for w⁽ʲ⁺¹⁾). Throws unless i ∈ 1…4.
    public static func wPlus(_ weights: Weights, point i: Int) throws -> [Int] {
      try positive(weights, point: i, rows: 0..<weights.k, offset: 0)
    }

    /// U⁺_t(i) = {j | u_t⁽ʲ⁾·x_i > 0} (BG19 §3.1), as 0-based neuron indices
    /// (j ∈ 0..<k stands for u⁽ʲ⁺¹⁾). Throws unless i ∈ 1…4.
    public static func uPlus(_ weights: Weights, point i: Int) throws -> [Int] {
      try positive(weights, point: i, rows: weights.k..<(2 * weights.k), offset: weights.k)
    }

    private static func positive(_ weights: Weights, point i: Int, rows: Range<Int>, offset: Int)
      throws -> [Int]
    {
      try InvalidParameter.require((1...4).contains(i), "i", i, "XOR points are x1…x4")
      let x = xorPoints[i - 1]
      let s = weights.storage
      return rows.filter { s[2 * $0] * x.x + s[2 * $0 + 1] * x.y > 0 }.map { $0 - offset }
    }

    /// Whether the model errs on x_i, i ∈ 1…4, under the given reading of sign(0)
    /// (BG19 Thm. 3.4: "errs on at least one input pattern").
    public static func errs(_ weights: Weights, point i: Int, reading: ErrorReading = .signWithZero)
      throws -> Bool
    {
      try InvalidParameter.require((1...4).contains(i), "i", i, "XOR points are x1…x4")
      return BG19.errs(output: output(weights, at: xorPoints[i - 1]), label: xorLabels[i - 1],
        reading: reading)
    }

    /// The points x_i (i ∈ 1…4) the model errs on, under the given reading of sign(0).
    public static func erredPoints(_ weights: Weights, reading: ErrorReading = .signWithZero)
      -> [Int]
    {
      (1...4).filter {
        BG19.errs(output: output(weights, at: xorPoints[$0 - 1]), label: xorLabels[$0 - 1],
          reading: reading)
      }
    }

    /// Lemma 3.1's event: for all i ∈ 1…4, k/2 − 2√k ≤ |W⁺(i)|, |U⁺(i)| ≤ k/2 + 2√k
    /// (BG19 §3.2), with the §3.1 definition of the sets, checked in exact integer
    /// arithmetic as (k − 2|S|)² ≤ 16k.
    public static func lemma3_1Event(_ weights: Weights) -> Bool {
      let k = weights.k
      let s = weights.storage
      for x in xorPoints {
        var w = 0
        var u = 0
        for r in 0..<k where s[2 * r] * x.x + s[2 * r + 1] * x.y > 0 { w += 1 }
        for r in k..<(2 * k) where s[2 * r] * x.x + s[2 * r + 1] * x.y > 0 { u += 1 }
        if !BG19.withinTwoRootK(w, k: k) || !BG19.withinTwoRootK(u, k: k) { return false }
      }
      return true
    }
  }

  /// |n − k/2| ≤ 2√k in exact integer arithmetic: (k − 2n)² ≤ 16k (false when (k − 2n)²
  /// overflows, true when only 16k does; no trap for any Int).
  @inlinable
  static func withinTwoRootK(_ n: Int, k: Int) -> Bool {
    let (twice, o1) = n.multipliedReportingOverflow(by: 2)
    let (d, o2) = k.subtractingReportingOverflow(twice)
    if o1 || o2 { return false }
    let (square, o3) = d.multipliedReportingOverflow(by: d)
    if o3 { return false }
    let (bound, o4) = k.multipliedReportingOverflow(by: 16)
    if o4 { return k > 0 }
    return square <= bound
  }
}
