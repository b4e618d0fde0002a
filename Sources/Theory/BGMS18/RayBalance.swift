extension BGMS18 {
  /// A line through the origin that carries inputs of S (Sec. 9.3.1, Lemma 11): its unit
  /// direction u and how many inputs lie on each open ray, {t·u : t > 0} and {t·u : t < 0}.
  public struct InputLine: Sendable, Equatable {
    /// The unit direction u (the direction of the first input found on the line).
    public let direction: [Double]
    /// Inputs on the ray of u.
    public let plus: Int
    /// Inputs on the ray of −u.
    public let minus: Int
  }

  /// The lines through the origin that carry inputs of S, with their counts per ray. Two
  /// inputs share a ray when their unit directions agree within `tolerance` in every
  /// coordinate. Throws if an input is zero (it lies on no ray; and |⟨x, ŵ⟩| > α > 0 of
  /// Lemma 11 fails for it).
  public static func inputLines(of S: TrainingSet, tolerance: Double = 1e-12) throws -> [InputLine] {
    var units: [[Double]] = []
    for i in 0..<S.n {
      let x = S.x(i)
      let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
      try InvalidParameter.require(norm > 0, "x", "input \(i) = 0", "must be non-zero (it lies on no ray)")
      units.append(x.map { $0 / norm })
    }
    func same(_ a: [Double], _ b: [Double], _ sign: Double) -> Bool {
      zip(a, b).allSatisfy { abs($0 - sign * $1) <= tolerance }
    }
    var lines: [(direction: [Double], plus: Int, minus: Int)] = []
    for u in units {
      if let l = lines.firstIndex(where: { same($0.direction, u, 1) }) {
        lines[l].plus += 1
      } else if let l = lines.firstIndex(where: { same($0.direction, u, -1) }) {
        lines[l].minus += 1
      } else {
        lines.append((u, 1, 0))
      }
    }
    return lines.map { InputLine(direction: $0.direction, plus: $0.plus, minus: $0.minus) }
  }

  /// Whether S is *ray-balanced*: every line through the origin carries as many inputs on
  /// one side of 0 as on the other (e.g. S = {(x, 1), (−x, −1)}, or any S ∪ −S). Then every
  /// ŵ orthogonal to no input has exactly half of S on each side, so the ŵ of Lemma 11
  /// (Sec. 9.3.1: more than half of S with ⟨ŵ, x⟩ < 0) does not exist. Conversely, when
  /// some line is unbalanced, such a ŵ exists (`Lemma11` construction in Generators).
  public static func isRayBalanced(_ S: TrainingSet) throws -> Bool {
    try inputLines(of: S).allSatisfy { $0.plus == $0.minus }
  }
}
