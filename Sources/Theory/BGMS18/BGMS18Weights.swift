extension BGMS18 {
  /// The first-layer matrix W ∈ R^{2k×d} of Eq. 1 (Sec. 2): rows w^(1)…w^(k) (neurons
  /// with outgoing weight +v), then u^(1)…u^(k) (outgoing weight −v). `entries` is the
  /// row-major storage, which is also the vectorized W⃗ ∈ R^{2kd} of Sec. 2.
  public struct Weights: Sendable, Equatable {
    /// Neurons per sign: W has 2k rows.
    public let k: Int
    /// Input dimension.
    public let d: Int
    /// Row-major entries, count 2k·d: entry (r, j) is `entries[r * d + j]`.
    public var entries: [Double]

    /// W from its row-major entries. Throws unless k ≥ 1, d ≥ 1, there are 2k·d
    /// entries and all are finite.
    public init(k: Int, d: Int, entries: [Double]) throws {
      try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      try InvalidParameter.require(
        entries.count == 2 * k * d, "W", "\(entries.count) entries", "must have 2k·d = \(2 * k * d) entries")
      for value in entries { try InvalidParameter.requireFinite(value, "W") }
      self.k = k
      self.d = d
      self.entries = entries
    }

    /// W from its rows w^(1..k) and u^(1..k) (Sec. 2). Throws unless both lists have the
    /// same positive length and every row has the same positive length.
    public init(w: [[Double]], u: [[Double]]) throws {
      try InvalidParameter.require(
        w.count == u.count, "k", "\(w.count) w-rows, \(u.count) u-rows", "w and u must have k rows each")
      let d = w.first?.count ?? 0
      for row in w + u {
        try InvalidParameter.require(row.count == d, "d", row.count, "every row must have length \(d)")
      }
      try self.init(k: w.count, d: d, entries: (w + u).flatMap { $0 })
    }

    /// The zero matrix.
    public static func zeros(k: Int, d: Int) throws -> Weights {
      try InvalidParameter.require(k >= 1, "k", k, "must be a positive integer")
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      return try Weights(k: k, d: d, entries: [Double](repeating: 0, count: 2 * k * d))
    }

    /// The vector W⃗* = (w*,…,w*, −w*,…,−w*) ∈ R^{2kd} of Sec. 5.1 / 9.1.2.
    ///
    /// With Leaky ReLU, σ(z) − σ(−z) = (1+α)z gives N_{W*}(x) = kv(1+α)⟨w*, x⟩, so W⃗*
    /// is a global minimum of L_S (as the paper says) only when kv(1+α) ≥ 1; a positive
    /// multiple of it always is. Prop. 1 and Theorem 2 only use its direction.
    public static func wStar(k: Int, _ wStar: [Double]) throws -> Weights {
      try InvalidParameter.require(!wStar.isEmpty, "w*", "[]", "must be non-empty")
      let negated = wStar.map { -$0 }
      return try Weights(
        w: [[Double]](repeating: wStar, count: k), u: [[Double]](repeating: negated, count: k))
    }

    /// Row r of W (0 ≤ r < 2k).
    public func row(_ r: Int) -> [Double] { Array(entries[(r * d)..<((r + 1) * d)]) }

    /// w^(i+1), the i-th (0-based) row with outgoing weight +v.
    public func w(_ i: Int) -> [Double] { row(i) }

    /// u^(i+1), the i-th (0-based) row with outgoing weight −v.
    public func u(_ i: Int) -> [Double] { row(k + i) }

    /// G(W) = ‖W⃗‖, the Frobenius norm (Sec. 9.1.2).
    public var norm: Double { entries.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The largest row norm: Eq. 5 holds with R iff this is ≤ R.
    public var maximumRowNorm: Double {
      (0..<(2 * k)).map { r in row(r).reduce(0) { $0 + $1 * $1 }.squareRoot() }.max() ?? 0
    }

    /// ⟨W⃗, W⃗'⟩, e.g. F(W) = ⟨W⃗, W⃗*⟩ of Sec. 9.1.2.
    public func inner(_ other: Weights) throws -> Double {
      try InvalidParameter.require(
        other.k == k && other.d == d, "W'", "\(2 * other.k)×\(other.d)", "must be \(2 * k)×\(d)")
      var sum = 0.0
      for i in entries.indices { sum += entries[i] * other.entries[i] }
      return sum
    }

    /// W + c·W' (for perturbations, midpoints and finite differences).
    public func adding(_ other: Weights, scaledBy c: Double = 1) throws -> Weights {
      try InvalidParameter.require(
        other.k == k && other.d == d, "W'", "\(2 * other.k)×\(other.d)", "must be \(2 * k)×\(d)")
      var result = self
      for i in entries.indices { result.entries[i] += c * other.entries[i] }
      return result
    }

    /// Whether every entry is finite.
    public var isFinite: Bool { entries.allSatisfy { $0.isFinite } }
  }
}
