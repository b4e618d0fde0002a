extension BGMS18 {
  /// A training set S = {(x₁, y₁), …, (xₙ, yₙ)} ⊆ R^d × {±1} (Sec. 2), inputs stored
  /// row-major and contiguous for the training loops.
  public struct TrainingSet: Sendable, Equatable {
    /// Number of examples n.
    public let n: Int
    /// Input dimension d.
    public let d: Int
    /// Row-major inputs: x_i is `inputs[i*d ..< (i+1)*d]`.
    public let inputs: [Double]
    /// Labels y_i ∈ {−1, +1}.
    public let labels: [Double]

    /// S from row-major inputs and labels. Throws unless n ≥ 1, d ≥ 1, the counts match,
    /// the inputs are finite and every label is ±1. (The unit-ball and separability
    /// assumptions of Sec. 2 are checked separately: `maximumInputNorm`, `minimumMargin`.)
    public init(d: Int, inputs: [Double], labels: [Double]) throws {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      try InvalidParameter.require(!labels.isEmpty, "n", 0, "S must have at least one example")
      try InvalidParameter.require(
        inputs.count == labels.count * d, "x", "\(inputs.count) input entries",
        "must be n·d = \(labels.count * d)")
      for value in inputs { try InvalidParameter.requireFinite(value, "x") }
      for y in labels { try InvalidParameter.require(y == 1 || y == -1, "y", y, "labels must be ±1") }
      self.n = labels.count
      self.d = d
      self.inputs = inputs
      self.labels = labels
    }

    /// S from a list of points and labels.
    public init(points: [[Double]], labels: [Double]) throws {
      let d = points.first?.count ?? 0
      for p in points {
        try InvalidParameter.require(p.count == d, "x", "length \(p.count)", "every input must have length \(d)")
      }
      try self.init(d: d, inputs: points.flatMap { $0 }, labels: labels)
    }

    /// The i-th input x_i (0-based).
    public func x(_ i: Int) -> [Double] { Array(inputs[(i * d)..<((i + 1) * d)]) }

    /// The i-th label y_i (0-based).
    public func y(_ i: Int) -> Double { labels[i] }

    /// max_i ‖x_i‖: Sec. 2 requires ≤ 1.
    public var maximumInputNorm: Double {
      (0..<n).map { i in x(i).reduce(0) { $0 + $1 * $1 }.squareRoot() }.max() ?? 0
    }

    /// min_i y_i⟨w*, x_i⟩: w* separates S as in Sec. 2 iff this is ≥ 1.
    public func minimumMargin(of wStar: [Double]) throws -> Double {
      try InvalidParameter.require(wStar.count == d, "w*", "length \(wStar.count)", "must have length d = \(d)")
      var m = Double.infinity
      for i in 0..<n {
        var dot = 0.0
        for j in 0..<d { dot += wStar[j] * inputs[i * d + j] }
        m = min(m, labels[i] * dot)
      }
      return m
    }

    /// The union S ∪ S' (same d), e.g. a training set plus a relabelled test set (Sec. 6.2).
    public func appending(_ other: TrainingSet) throws -> TrainingSet {
      try InvalidParameter.require(other.d == d, "d", other.d, "both sets must have d = \(d)")
      return try TrainingSet(d: d, inputs: inputs + other.inputs, labels: labels + other.labels)
    }

    /// The orthogonal set {e₁, …, e_d} × {label} of Sec. 7.2 and of the proof of
    /// Theorem 10 (Sec. 9.1.4), in the order e₁, …, e_d.
    public static func standardBasis(dimension d: Int, label: Double = 1) throws -> TrainingSet {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      var inputs = [Double](repeating: 0, count: d * d)
      for i in 0..<d { inputs[i * d + i] = 1 }
      return try TrainingSet(d: d, inputs: inputs, labels: [Double](repeating: label, count: d))
    }
  }
}
