extension BG19 {
  /// The first-layer weights W ∈ R^{2k×2} of BG19 Eq. 1 (§3.1) and Eq. 2 (§4): rows
  /// w⁽¹⁾…w⁽ᵏ⁾ followed by u⁽¹⁾…u⁽ᵏ⁾. The second layer is fixed to +1 for the w's and
  /// −1 for the u's, and is not trained.
  ///
  /// Stored row-major in one contiguous array of 4k doubles: row r ∈ 0..<2k occupies
  /// `storage[2r]`, `storage[2r + 1]`; rows 0..<k are w⁽¹⁾…w⁽ᵏ⁾ and rows k..<2k are
  /// u⁽¹⁾…u⁽ᵏ⁾.
  public struct Weights: Equatable, Sendable {
    /// The number k of w-filters (and of u-filters).
    public let k: Int
    /// The 4k entries of W, row-major (see the type's documentation).
    public internal(set) var storage: [Double]

    /// W from its row-major entries; throws unless k ≥ 1, `storage.count == 4k` and
    /// every entry is finite.
    public init(k: Int, storage: [Double]) throws {
      try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
      try InvalidParameter.require(
        storage.count == 4 * k, "storage", "count \(storage.count)", "must have 4k = \(4 * k) entries")
      for value in storage { try InvalidParameter.requireFinite(value, "W") }
      self.k = k
      self.storage = storage
    }

    /// W with rows w⁽¹⁾…w⁽ᵏ⁾ = `w` and u⁽¹⁾…u⁽ᵏ⁾ = `u`; throws unless both have the
    /// same length k ≥ 1 and all entries are finite.
    public init(w: [SIMD2<Double>], u: [SIMD2<Double>]) throws {
      try InvalidParameter.require(
        w.count == u.count, "u", "count \(u.count)", "must have as many rows as w (\(w.count))")
      try self.init(k: w.count, storage: (w + u).flatMap { [$0.x, $0.y] })
    }

    /// The filters w⁽¹⁾…w⁽ᵏ⁾: `w[j]` is w⁽ʲ⁺¹⁾.
    public var w: [SIMD2<Double>] { (0..<k).map { SIMD2(storage[2 * $0], storage[2 * $0 + 1]) } }

    /// The filters u⁽¹⁾…u⁽ᵏ⁾: `u[j]` is u⁽ʲ⁺¹⁾.
    public var u: [SIMD2<Double>] {
      (k..<(2 * k)).map { SIMD2(storage[2 * $0], storage[2 * $0 + 1]) }
    }
  }
}
