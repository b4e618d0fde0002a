import Theory

extension BG19.MaskDistribution {
  /// P_x for one x drawn from this distribution: inverse CDF over the masks 1…15 with
  /// one uniform draw (BG19 §4, Remark 4.1: all the network sees of x).
  public func sample<G: RandomNumberGenerator>(using rng: inout G) -> BG19.PatternSet {
    let u = rng.nextUniform()
    var cumulative = 0.0
    var last = BG19.PatternSet.allNonEmpty[0]
    for set in BG19.PatternSet.allNonEmpty where probability(of: set) > 0 {
      cumulative += probability(of: set)
      last = set
      if u < cumulative { return set }
    }
    return last  // u ≥ the rounded total: the last set with positive mass.
  }
}

extension BG19 {
  /// A training set S₊ ∪ S₋ of pattern sets (BG19 §4, "Learning Setup"): m i.i.d.
  /// draws from D₊ (`positive`), then m from D₋ (`negative`). Throws unless m ≥ 1,
  /// `positive` is supported on positive sets and `negative` on negative ones.
  public static func sampleTrainingSet<G: RandomNumberGenerator>(
    m: Int, positive: MaskDistribution, negative: MaskDistribution, using rng: inout G
  ) throws -> TrainingSet {
    try InvalidParameter.require(m >= 1, "m", m, "must be a positive integer")
    for set in PatternSet.allNonEmpty {
      try InvalidParameter.require(set.isPositive || positive.probability(of: set) == 0,
        "positive", set, "D₊ must put no mass on sets without p1 and p3")
      try InvalidParameter.require(!set.isPositive || negative.probability(of: set) == 0,
        "negative", set, "D₋ must put no mass on sets containing p1 or p3")
    }
    let pos = (0..<m).map { _ in positive.sample(using: &rng) }
    let neg = (0..<m).map { _ in negative.sample(using: &rng) }
    return try TrainingSet(positives: pos, negatives: neg)
  }
}
