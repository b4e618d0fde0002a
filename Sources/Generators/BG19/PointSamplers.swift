import Theory

extension BG19 {
  /// x uniform on {±1}^{2d} (BG19 §4): 2d sign draws. Throws unless d ≥ 1.
  public static func sampleUniformPoint<G: RandomNumberGenerator>(d: Int, using rng: inout G)
    throws -> [Double]
  {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    return (0..<(2 * d)).map { _ in rng.nextSign() }
  }

  /// x uniform among the points of {±1}^{2d} with P_x = A (BG19 §4): each of the d
  /// patterns uniform on A, rejected until every pattern of A appears (exactly uniform;
  /// the acceptance rate is (number of maps onto A)/|A|^d, 3/32 at worst for |A| = d = 4).
  /// Throws unless |A| ≤ d.
  public static func samplePoint<G: RandomNumberGenerator>(
    d: Int, patternSet set: PatternSet, using rng: inout G
  ) throws -> [Double] {
    try InvalidParameter.require(d >= 1, "d", d, "must be a positive integer")
    try InvalidParameter.require(set.count <= d, "A", set, "|A| ≤ d is needed for P_x = A in {±1}^{2d}")
    let members = set.patterns
    var x = [Double](repeating: 0, count: 2 * d)
    while true {
      var seen: UInt8 = 0
      for j in 0..<d {
        let l = members[rng.nextInt(below: members.count)]
        seen |= 1 << UInt8(l - 1)
        x[2 * j] = patterns[l - 1].x
        x[2 * j + 1] = patterns[l - 1].y
      }
      if seen == set.rawValue { return x }
    }
  }

  /// A diverse positive point (P_x = {1,2,3,4}, BG19 Def. 4.2), uniform among them.
  /// Throws unless d ≥ 4 (footnote 3).
  public static func sampleDiversePositivePoint<G: RandomNumberGenerator>(
    d: Int, using rng: inout G
  ) throws -> [Double] {
    try InvalidParameter.require(d >= 4, "d", d, "diverse positive points need d ≥ 4")
    return try samplePoint(d: d, patternSet: .diversePositive, using: &rng)
  }

  /// A diverse negative point (P_x = {2, 4}, BG19 Def. 4.2), uniform among them.
  /// Throws unless d ≥ 2.
  public static func sampleDiverseNegativePoint<G: RandomNumberGenerator>(
    d: Int, using rng: inout G
  ) throws -> [Double] {
    try InvalidParameter.require(d >= 2, "d", d, "diverse negative points need d ≥ 2")
    return try samplePoint(d: d, patternSet: .diverseNegative, using: &rng)
  }

  /// The "decoy" training set of BG19 §5 (Fig. 3): `count` (6 in the paper) diverse
  /// positive points and as many diverse negative points of {±1}^{2d}. Zero training
  /// loss only needs one of p1, p3 and one of p2, p4 detected, so it does not force f*.
  /// Throws unless d ≥ 4 and count ≥ 1.
  public static func decoyTrainingSet<G: RandomNumberGenerator>(
    d: Int, count: Int = 6, using rng: inout G
  ) throws -> PointSet {
    try InvalidParameter.require(count >= 1, "count", count, "must be a positive integer")
    let positives = try (0..<count).map { _ in try sampleDiversePositivePoint(d: d, using: &rng) }
    let negatives = try (0..<count).map { _ in try sampleDiverseNegativePoint(d: d, using: &rng) }
    return try PointSet(d: d, positives: positives, negatives: negatives)
  }
}
