extension BG19 {
  /// A training set S = S₊ ∪ S₋ of raw points x ∈ {±1}^{2d} (BG19 §4, "Learning
  /// Setup"): `positives` are the points with f*(x) = 1, `negatives` those with −1.
  public struct PointSet: Equatable, Sendable {
    /// d: every point has 2d coordinates.
    public let d: Int
    /// S₊, the points with label 1.
    public let positives: [[Double]]
    /// S₋, the points with label −1.
    public let negatives: [[Double]]

    /// Throws unless both sides are non-empty, every point lies in {±1}^{2d}, and every
    /// point's label under f* (Eq. 3) matches its side.
    public init(d: Int, positives: [[Double]], negatives: [[Double]]) throws {
      try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
      try InvalidParameter.require(!positives.isEmpty, "positives", "[]", "must be non-empty (m ≥ 1)")
      try InvalidParameter.require(!negatives.isEmpty, "negatives", "[]", "must be non-empty (m ≥ 1)")
      for x in positives + negatives {
        try InvalidParameter.require(x.count == 2 * d, "x", "length \(x.count)", "must be 2d = \(2 * d)")
      }
      for x in positives {
        try InvalidParameter.require(try PatternSet(point: x).isPositive, "positives", "\(x)",
          "must be positive points (f*(x) = 1)")
      }
      for x in negatives {
        try InvalidParameter.require(!(try PatternSet(point: x).isPositive), "negatives", "\(x)",
          "must be negative points (f*(x) = −1)")
      }
      self.d = d
      self.positives = positives
      self.negatives = negatives
    }

    /// The same training set seen through P_x (Remark 4.1): what the network and the
    /// loss of Eq. 4 depend on.
    public var patternSets: TrainingSet {
      TrainingSet(
        uncheckedPositives: positives.map { try! PatternSet(point: $0) },
        negatives: negatives.map { try! PatternSet(point: $0) })
    }
  }

  /// A training set of pattern sets: the points of S₊ and S₋ (BG19 §4) through P_x.
  /// Multiplicities matter (Eq. 4 averages over m).
  public struct TrainingSet: Equatable, Sendable {
    /// P_x for x ∈ S₊ (with repetition).
    public let positives: [PatternSet]
    /// P_x for x ∈ S₋ (with repetition).
    public let negatives: [PatternSet]

    /// Throws unless both sides are non-empty, the positives contain p1 or p3 and the
    /// negatives do not (f*, Eq. 3).
    public init(positives: [PatternSet], negatives: [PatternSet]) throws {
      try InvalidParameter.require(!positives.isEmpty, "positives", "[]", "must be non-empty (m ≥ 1)")
      try InvalidParameter.require(!negatives.isEmpty, "negatives", "[]", "must be non-empty (m ≥ 1)")
      for a in positives {
        try InvalidParameter.require(a.isPositive, "positives", a, "must contain p1 or p3")
      }
      for a in negatives {
        try InvalidParameter.require(!a.isPositive, "negatives", a, "must not contain p1 or p3")
      }
      self.positives = positives
      self.negatives = negatives
    }

    init(uncheckedPositives positives: [PatternSet], negatives: [PatternSet]) {
      self.positives = positives
      self.negatives = negatives
    }

    /// Whether every point is diverse (BG19 Def. 4.2): P_x = {1,2,3,4} on S₊ and
    /// P_x = {2,4} on S₋ (the hypothesis of Thm. 6.3 and Thm. 6.4).
    public var isDiverse: Bool {
      positives.allSatisfy { $0 == .diversePositive } && negatives.allSatisfy { $0 == .diverseNegative }
    }
  }
}
