extension BG19 {
  /// Which of the two readings of "the number of iterations t' with …" to use for the
  /// counts a_i(t) (BG19 §3.1) and a⁺(t) (§6).
  public enum CountConvention: Sendable, CaseIterable {
    /// 0 ≤ t' ≤ t, as printed in §3.1 and §6: counts the current iterate W_t too, whose
    /// gradient step has not been applied to w_t yet. Under this reading the
    /// decomposition w_t = a_i(t)ηx_i + v_t of Lemma 3.2 has v_0·x_i = w_0·x_i − 2η < 0
    /// for the small initializations the lemma assumes.
    case inclusive
    /// 0 ≤ t' < t: counts exactly the gradient steps already applied to W_t, so that
    /// w_t = w_0 + (steps that pushed w toward x_i)·ηx_i + (the rest).
    case exclusive
  }

  /// Which terms of a ``HingeObjective`` were active (had non-zero hinge derivative) at
  /// each iterate W_0, W_1, … of gradient descent: the raw material of a_i(t) (BG19 §3.1)
  /// and a⁺(t) (§6). `records[t]` has bit A set iff the positive hinge of pattern set A
  /// was active at W_t (N_{W_t}(A) < γ, weight > 0) and bit 16 + A iff the negative one
  /// was (N_{W_t}(A) > −1, weight > 0).
  public struct ActivityHistory: Equatable, Sendable {
    /// One record per evaluated iterate W_0, W_1, ….
    public internal(set) var records: [UInt32] = []

    /// Whether y N_{W_t}(x) < margin held at W_t for the positive points with P_x = A.
    public func isActive(positive set: PatternSet, at t: Int) throws -> Bool {
      try check(t)
      return records[t] & (1 << UInt32(set.rawValue)) != 0
    }

    /// Whether N_{W_t}(x) > −1 held at W_t for the negative points with P_x = A.
    public func isActive(negative set: PatternSet, at t: Int) throws -> Bool {
      try check(t)
      return records[t] & (1 << UInt32(16 + Int(set.rawValue))) != 0
    }

    /// The number of iterations t' ≤ t (or t' < t) at which the positive hinge of A was
    /// active. With A = P_{x⁺} = {1,2,3,4} this is a⁺(t) of BG19 §6.
    public func count(positive set: PatternSet, through t: Int, convention: CountConvention) throws
      -> Int
    {
      try count(bit: UInt32(set.rawValue), through: t, convention: convention)
    }

    /// The number of iterations t' ≤ t (or t' < t) at which the negative hinge of A was active.
    public func count(negative set: PatternSet, through t: Int, convention: CountConvention) throws
      -> Int
    {
      try count(bit: UInt32(16 + Int(set.rawValue)), through: t, convention: convention)
    }

    /// a_i(t) of BG19 §3.1 for the XOR objective: the number of iterations t' ≤ t (as
    /// printed; or t' < t) with y_i N_{W_t'}(x_i) < 1. Throws unless i ∈ 1…4 and the
    /// needed iterates were recorded.
    public func xorCount(point i: Int, through t: Int, convention: CountConvention) throws -> Int {
      try InvalidParameter.require((1...4).contains(i), "i", i, "XOR points are x1…x4")
      let set = PatternSet(unchecked: 1 << UInt8(xorPointPattern[i - 1] - 1))
      return xorLabels[i - 1] > 0
        ? try count(positive: set, through: t, convention: convention)
        : try count(negative: set, through: t, convention: convention)
    }

    private func count(bit: UInt32, through t: Int, convention: CountConvention) throws -> Int {
      let end = convention == .inclusive ? t + 1 : t
      try InvalidParameter.require(t >= 0 && end <= records.count, "t", t,
        "iterates 0…\(records.count - 1) were recorded")
      var n = 0
      for r in records[0..<end] where r & (1 << bit) != 0 { n += 1 }
      return n
    }

    private func check(_ t: Int) throws {
      try InvalidParameter.require((0..<records.count).contains(t), "t", t,
        "iterates 0…\(records.count - 1) were recorded")
    }
  }
}
