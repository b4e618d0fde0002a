extension BG19 {
  /// The three-layer convolutional network of BG19 Eq. 2 (§4) for the XORD problem:
  /// non-overlapping 2-d filters, ReLU, max-pooling over the d patterns of x, and a
  /// fixed ±1 output layer,
  ///
  ///     N_W(x) = Σ_{i=1}^{k} [max_j σ(w⁽ⁱ⁾·x_j) − max_j σ(u⁽ⁱ⁾·x_j)].
  ///
  /// Since σ is non-decreasing, max_j σ(w·x_j) = σ(max_{l ∈ P_x} w·p_l): N_W(x) depends
  /// on x only through the pattern set P_x (Remark 4.1). The pattern-set functions are
  /// the fast path; the `point:` functions evaluate Eq. 2 literally on x ∈ {±1}^{2d} and
  /// are the reference.
  ///
  /// Subgradient conventions (not stated in the paper): σ'(0) = 0; max-pooling passes the
  /// gradient to one maximizing pattern — on pattern sets the maximizing pattern with
  /// the smallest number l (p1 before p2 …), on raw points the first maximizing position
  /// j. The two agree unless two different patterns of P_x tie for the maximum of w·p_l
  /// (a measure-zero event for Gaussian weights); the outputs always agree. The hinge
  /// terms of Eq. 4 have derivative 0 at their kinks (a positive is active iff N < γ, a
  /// negative iff N > −1, the strict inequality that defines a⁺(t) in §6).
  public enum XORD {
    /// N_W(x) for every x with P_x = A (BG19 Eq. 2, Remark 4.1).
    public static func output(_ weights: Weights, on set: PatternSet) -> Double {
      weights.storage.withUnsafeBufferPointer { BG19.output($0, k: weights.k, mask: set.rawValue) }
    }

    /// N_W(x) of BG19 Eq. 2 evaluated literally on x = (x_1, …, x_d) ∈ {±1}^{2d}.
    /// Throws unless x lies in {±1}^{2d}.
    public static func output(_ weights: Weights, point x: [Double]) throws -> Double {
      _ = try PatternSet(point: x)
      let s = weights.storage
      var n = 0.0
      for r in 0..<(2 * weights.k) {
        var best = -Double.infinity
        for j in stride(from: 0, to: x.count, by: 2) {
          best = max(best, relu(s[2 * r] * x[j] + s[2 * r + 1] * x[j + 1]))
        }
        n += r < weights.k ? best : -best
      }
      return n
    }

    /// The loss of BG19 Eq. 4 evaluated literally on raw points:
    /// (1/m₊) Σ_{x ∈ S₊} max{γ − N(x), 0} + (1/m₋) Σ_{x ∈ S₋} max{1 + N(x), 0}
    /// (Eq. 4 is the case m₊ = m₋ = m).
    public static func loss(_ weights: Weights, points: PointSet, gamma: Double) throws -> Double {
      try InvalidParameter.requireFinite(gamma, "γ")
      var l = 0.0
      for x in points.positives { l += max(gamma - (try output(weights, point: x)), 0) }
      var ln = 0.0
      for x in points.negatives { ln += max(1 + (try output(weights, point: x)), 0) }
      return l / Double(points.positives.count) + ln / Double(points.negatives.count)
    }

    /// ∂ℓ/∂W of BG19 Eq. 4 on raw points (reference implementation), laid out like
    /// ``Weights/storage``: max-pooling routes the gradient to the first maximizing
    /// position j, σ'(0) = 0, hinge derivative 0 at the kink.
    public static func gradient(_ weights: Weights, points: PointSet, gamma: Double) throws
      -> [Double]
    {
      try InvalidParameter.requireFinite(gamma, "γ")
      let s = weights.storage
      let k = weights.k
      var g = [Double](repeating: 0, count: 4 * k)
      let labelled =
        points.positives.map { ($0, 1.0, 1 / Double(points.positives.count)) }
        + points.negatives.map { ($0, -1.0, 1 / Double(points.negatives.count)) }
      for (x, y, weight) in labelled {
        let n = try output(weights, point: x)
        // dℓ/dN: −1/m₊ on an active positive, +1/m₋ on an active negative.
        let dLdN: Double
        if y > 0 { dLdN = n < gamma ? -weight : 0 } else { dLdN = n > -1 ? weight : 0 }
        if dLdN == 0 { continue }
        for r in 0..<(2 * k) {
          var best = -Double.infinity
          var arg = 0
          for j in stride(from: 0, to: x.count, by: 2) {
            let v = s[2 * r] * x[j] + s[2 * r + 1] * x[j + 1]
            if v > best { best = v; arg = j }
          }
          guard best > 0 else { continue }
          let sign: Double = r < k ? 1 : -1
          g[2 * r] += dLdN * sign * x[arg]
          g[2 * r + 1] += dLdN * sign * x[arg + 1]
        }
      }
      return g
    }

    /// W⁺_t(i) = {j | argmax_{1≤l≤4} w_t⁽ʲ⁾·p_l = i} (BG19 §6), as 0-based neuron
    /// indices. Ties (measure zero) go to the smallest l. Since p3 = −p1 and p4 = −p2,
    /// W⁺(1), W⁺(2), W⁺(3), W⁺(4) are the filters in the open quadrants of p1, p2, p3, p4.
    /// Throws unless i ∈ 1…4. (Compare ``XOR/wPlus(_:point:)``, the §3.1 definition
    /// by the sign of w·x_i.)
    public static func wPlus(_ weights: Weights, pattern i: Int) throws -> [Int] {
      try InvalidParameter.require((1...4).contains(i), "i", i, "patterns are p1…p4")
      return (0..<weights.k).filter { argmaxPattern(weights, row: $0) == i }
    }

    /// U⁺_t(i) = {j | argmax_{1≤l≤4} u_t⁽ʲ⁾·p_l = i} (BG19 §6), as 0-based neuron
    /// indices; ties go to the smallest l. Throws unless i ∈ 1…4.
    public static func uPlus(_ weights: Weights, pattern i: Int) throws -> [Int] {
      try InvalidParameter.require((1...4).contains(i), "i", i, "patterns are p1…p4")
      return (0..<weights.k).filter { argmaxPattern(weights, row: weights.k + $0) == i }
    }

    /// {j | w_t⁽ʲ⁾·p_i > 0}: the §3.1 definition of W⁺_t(i) (by sign) applied to the
    /// pattern p_i, for comparison with the §6 argmax sets. Throws unless i ∈ 1…4.
    public static func wPlusBySign(_ weights: Weights, pattern i: Int) throws -> [Int] {
      try InvalidParameter.require((1...4).contains(i), "i", i, "patterns are p1…p4")
      let p = patterns[i - 1]
      let s = weights.storage
      return (0..<weights.k).filter { s[2 * $0] * p.x + s[2 * $0 + 1] * p.y > 0 }
    }

    /// {j | u_t⁽ʲ⁾·p_i > 0}: the §3.1 definition of U⁺_t(i) applied to p_i. Throws
    /// unless i ∈ 1…4.
    public static func uPlusBySign(_ weights: Weights, pattern i: Int) throws -> [Int] {
      try InvalidParameter.require((1...4).contains(i), "i", i, "patterns are p1…p4")
      let p = patterns[i - 1]
      let s = weights.storage
      let k = weights.k
      return (0..<k).filter { s[2 * (k + $0)] * p.x + s[2 * (k + $0) + 1] * p.y > 0 }
    }

    /// Lemma 6.1's event ||W⁺(1) ∪ W⁺(3)| − k/2| ≤ 2√k with the §6 argmax sets (BG19
    /// §6.1), in exact integer arithmetic as (k − 2n)² ≤ 16k.
    public static func lemma6_1Event(_ weights: Weights) -> Bool {
      let n = (0..<weights.k).filter {
        let l = argmaxPattern(weights, row: $0)
        return l == 1 || l == 3
      }.count
      return BG19.withinTwoRootK(n, k: weights.k)
    }

    static func argmaxPattern(_ weights: Weights, row r: Int) -> Int {
      let s = weights.storage
      return BG19.maxPool(s[2 * r], s[2 * r + 1], mask: 0b1111).pattern
    }

    /// Whether the network errs on every x with P_x = A (label f*(x), Eq. 3), under the
    /// given reading of sign(0).
    public static func errs(_ weights: Weights, on set: PatternSet,
      reading: ErrorReading = .signWithZero) -> Bool
    {
      BG19.errs(output: output(weights, on: set), label: set.label, reading: reading)
    }

    /// The pattern sets, among `domain`, on which the network errs (BG19 Thm. 6.4:
    /// "misclassifies all points x such that P_x = A_i").
    public static func erredSets(_ weights: Weights, domain: [PatternSet] = PatternSet.allNonEmpty,
      reading: ErrorReading = .signWithZero) -> [PatternSet]
    {
      domain.filter { errs(weights, on: $0, reading: reading) }
    }

    /// Whether sign(N_W(x)) = f*(x) for every x whose P_x lies in `domain` (BG19 §4,
    /// Thm. 6.3 "recovers f*"), with sign(0) = 0 (an output of 0 never matches).
    /// With the default domain (all 15 sets) this is "for all x ∈ {±1}^{2d}", every d.
    public static func recoversTarget(_ weights: Weights,
      domain: [PatternSet] = PatternSet.allNonEmpty) -> Bool
    {
      domain.allSatisfy { !errs(weights, on: $0, reading: .signWithZero) }
    }
  }

  /// max_{l ∈ A} w·p_l for w = (a, b) and the smallest maximizing l (1-based):
  /// w·p1 = a + b, w·p2 = a − b, w·p3 = −(a + b), w·p4 = −(a − b).
  @inlinable @inline(__always)
  static func maxPool(_ a: Double, _ b: Double, mask: UInt8) -> (value: Double, pattern: Int) {
    let s = a + b
    let d = a - b
    var best = -Double.infinity
    var arg = 0
    if mask & 1 != 0 { best = s; arg = 1 }
    if mask & 2 != 0, arg == 0 || d > best { best = d; arg = 2 }
    if mask & 4 != 0, arg == 0 || -s > best { best = -s; arg = 3 }
    if mask & 8 != 0, arg == 0 || -d > best { best = -d; arg = 4 }
    return (best, arg)
  }

  /// N_W on pattern set `mask` from the raw weight buffer (Eq. 2 via Remark 4.1).
  @inlinable
  static func output(_ s: UnsafeBufferPointer<Double>, k: Int, mask: UInt8) -> Double {
    var n = 0.0
    for r in 0..<k { n += relu(maxPool(s[2 * r], s[2 * r + 1], mask: mask).value) }
    for r in k..<(2 * k) { n -= relu(maxPool(s[2 * r], s[2 * r + 1], mask: mask).value) }
    return n
  }
}
