import Theory

/// The finite separable sets S of BGMS18 Lemma 11 and Theorem 8 (Sec. 7.1, 9.3.1): i.i.d.
/// from the direct sampler, and — since the proof of Lemma 11 misses them — centrally
/// symmetric ones: if w* separates S, it also separates −S = {(−x, −y)}.
public enum Theorem8Sets {
  public enum Kind: String, Sendable, CaseIterable {
    /// n i.i.d. points of a separable distribution.
    case generic = "i.i.d."
    /// S ∪ −S: ray-balanced.
    case symmetric = "S ∪ −S"
    /// S ∪ −S without its last point: unbalanced (n odd).
    case symmetricMinusOne = "S ∪ −S minus one point"
    /// {(x, 1), (−x, −1)}.
    case twoPoints = "{(x, 1), (−x, −1)}"
  }

  public struct Draw {
    public var kind: Kind
    public var set: BGMS18.TrainingSet
    public var wStar: [Double]
    public var balanced: Bool

    public var description: String { "S \(kind.rawValue), n = \(set.n), d = \(set.d)" }
  }

  /// A random S: generic with probability 0.55, S ∪ −S 0.2, S ∪ −S minus one 0.1, two
  /// points 0.15; or, when `unbalancedOnly`, generic (0.75) or S ∪ −S minus one (0.25),
  /// redrawn while ray-balanced (an i.i.d. sample in d = 1 can be).
  public static func draw<G: RandomNumberGenerator>(unbalancedOnly: Bool = false, using rng: inout G) throws -> Draw {
    while true {
      let draw = try drawOnce(unbalancedOnly: unbalancedOnly, using: &rng)
      if !(unbalancedOnly && draw.balanced) { return draw }
    }
  }

  public static func drawOnce<G: RandomNumberGenerator>(unbalancedOnly: Bool, using rng: inout G) throws -> Draw {
    let u = rng.nextUniform()
    let kind: Kind
    if unbalancedOnly {
      kind = u < 0.75 ? .generic : .symmetricMinusOne
    } else {
      kind = u < 0.55 ? .generic : (u < 0.75 ? .symmetric : (u < 0.85 ? .symmetricMinusOne : .twoPoints))
    }
    let d = BGMS18Ranges.logUniform(1...10, using: &rng)
    let norm = BGMS18Ranges.logUniform(1.01...10, using: &rng)
    let wStar = try BGMS18.SeparableDistribution.randomSeparator(dimension: d, norm: norm, using: &rng)
    let distribution = try BGMS18.SeparableDistribution(wStar: wStar, positiveProbability: rng.nextUniform())
    let n = kind == .twoPoints ? 1 : BGMS18Ranges.logUniform(1...30, using: &rng)
    let base = try distribution.sample(count: n, using: &rng)
    var S = base
    if kind == .twoPoints {
      // x = y₀x₀ has ⟨w*, x⟩ ≥ 1: S = {(x, 1), (−x, −1)}.
      let x = base.inputs.map { base.labels[0] * $0 }
      S = try BGMS18.TrainingSet(d: d, inputs: x + x.map { -$0 }, labels: [1, -1])
    } else if kind != .generic {
      S = try base.appending(BGMS18.TrainingSet(d: d, inputs: base.inputs.map { -$0 }, labels: base.labels.map { -$0 }))
      if kind == .symmetricMinusOne {
        S = try BGMS18.TrainingSet(d: d, inputs: Array(S.inputs.dropLast(d)), labels: Array(S.labels.dropLast()))
      }
    }
    let separation = try S.minimumMargin(of: wStar)
    try InvalidParameter.require(separation >= 1, "y⟨w*, x⟩", separation, "S must be separable by w*")
    return Draw(kind: kind, set: S, wStar: wStar, balanced: try BGMS18.isRayBalanced(S))
  }

  /// A direction of Lemma 11: the random search of `findLemma11Direction`, then the
  /// construction from an unbalanced line.
  public static func direction<G: RandomNumberGenerator>(_ S: BGMS18.TrainingSet, using rng: inout G) throws
    -> (direction: BGMS18.Lemma11Direction, how: String)?
  {
    if let found = try BGMS18.findLemma11Direction(on: S, attempts: 64, using: &rng) {
      return (found, "random search")
    }
    if let found = try BGMS18.constructLemma11Direction(on: S, using: &rng) {
      return (found, "construction from an unbalanced line")
    }
    return nil
  }
}
