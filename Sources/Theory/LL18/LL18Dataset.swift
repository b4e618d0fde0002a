import LinearAlgebra

extension LL18 {
  /// Labelled inputs: X (N × d, row s = x_s) and labels y_s ∈ 0..<k.
  public struct Dataset: Sendable, Equatable {
    public let x: Matrix
    public let labels: [Int]
    public let k: Int

    /// Throws when the label count differs from N, a label is outside 0..<k, or an input is
    /// not finite.
    public init(x: Matrix, labels: [Int], k: Int) throws {
      try InvalidParameter.require(k >= 2, "k", k, "needs at least two classes")
      try InvalidParameter.require(labels.count == x.rows, "labels", labels.count, "needs one per input (\(x.rows))")
      try InvalidParameter.require(labels.allSatisfy { $0 >= 0 && $0 < k }, "y", "out of range", "must be in 0..<\(k)")
      try InvalidParameter.require(x.elements.allSatisfy(\.isFinite), "X", "non-finite entry", "must be finite")
      self.x = x
      self.labels = labels
      self.k = k
    }

    /// N.
    public var count: Int { x.rows }
    /// d.
    public var dimension: Int { x.columns }
  }
}
