extension LL18 {
  /// A mixture whose components are Euclidean balls (the §3 XOR-like example): the exact
  /// (A1)/(A2) quantities of its supports.
  public struct BallComponents: Sendable, Equatable {
    public let centers: [[Double]]
    public let radius: Double
    public let classes: [Int]
    public let l: Int

    public init(centers: [[Double]], radius: Double, classes: [Int], l: Int) throws {
      try InvalidParameter.require(centers.count == classes.count && !centers.isEmpty, "centers", centers.count, "needs one class per center")
      try InvalidParameter.require(radius >= 0 && l >= 1, "radius, l", "\(radius), \(l)", "must be ≥ 0 and ≥ 1")
      self.centers = centers
      self.radius = radius
      self.classes = classes
      self.l = l
    }

    /// §3's example: two classes in R², each two balls of diameter 1/10; centers (0,0), (2,2)
    /// for one class and (0,2), (2,0) for the other.
    public static let xorExample = try! BallComponents(
      centers: [[0, 0], [2, 2], [0, 2], [2, 0]], radius: 0.05, classes: [0, 0, 1, 1], l: 2)

    /// dist(supp D_{i1,j1}, supp D_{i2,j2}) minimized over components of different classes:
    /// ‖c₁ − c₂‖ − 2r for balls.
    public var delta: Double {
      var best = Double.infinity
      for i in centers.indices {
        for j in centers.indices where classes[i] != classes[j] {
          let d = zip(centers[i], centers[j]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
          best = min(best, d - 2 * radius)
        }
      }
      return best
    }

    /// The diameter 2r of each support.
    public var diameter: Double { 2 * radius }

    /// Whether (A1) holds with λ = 1/(8l): δ > 0 and diam ≤ δ/(8l).
    public var meetsA1: Bool { delta > 0 && diameter <= delta / Double(8 * l) }

    /// The range of ‖x‖ over the supports: [max(0, ‖c‖ − r), ‖c‖ + r] over the centers.
    public var normRange: ClosedRange<Double> {
      let norms = centers.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }
      return max(0, norms.min()! - radius)...(norms.max()! + radius)
    }

    /// Whether (A2) holds: every x in the supports has ‖x‖ = 1.
    public var meetsA2: Bool { normRange.lowerBound == 1 && normRange.upperBound == 1 }
  }
}
