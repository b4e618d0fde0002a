import Theory

extension BGMS18 {
  /// A direction ŵ of Lemma 11 (Sec. 9.3.1) built from an unbalanced line, which exists
  /// exactly when S is not ray-balanced (`isRayBalanced`): for a line with unit direction u
  /// carrying c₊ ≠ c₋ inputs on its two rays, take ŵ₀ uniformly random in u^⊥ (orthogonal
  /// to no input off the line, almost surely) and ŵ = ±ŵ₀ ± εu with ε below
  /// min |⟨ŵ₀, x⟩|/|⟨u, x⟩| over the inputs off the line, so that the inputs off the line
  /// keep their sides and those on it all move to the side of −(±u). The four sign choices
  /// put N₀ + c₊, N₀ + c₋, P₀ + c₊, P₀ + c₋ inputs on the negative side (N₀ + P₀ inputs
  /// off the line); the pairs sum to n, so one of them exceeds n/2 unless c₊ = c₋.
  /// Each candidate is passed through `lemma11Direction` (which may flip it). Returns nil when S is
  /// ray-balanced (no ŵ exists) or, with probability zero, when ŵ₀ hits an input.
  public static func constructLemma11Direction<G: RandomNumberGenerator>(
    on S: TrainingSet, attempts: Int = 8, using rng: inout G
  ) throws -> Lemma11Direction? {
    guard let line = try inputLines(of: S).first(where: { $0.plus != $0.minus }) else { return nil }
    let u = line.direction
    let d = S.d
    for _ in 0..<attempts {
      var w0 = rng.nextNormalVector(count: d)
      let along = Dot.sequential(w0, u)
      for j in 0..<d { w0[j] -= along * u[j] }
      if d > 1, w0.allSatisfy({ $0 == 0 }) { continue }
      var epsilon = 1.0
      for i in 0..<S.n {
        let x = S.x(i)
        let a = Dot.sequential(w0, x)
        let b = Dot.sequential(u, x)
        // Off the line (|a| clearly non-zero): keep its side.
        if abs(a) > 1e-9 * x.reduce(0) { $0 + abs($1) }, b != 0 { epsilon = min(epsilon, abs(a) / abs(b) / 2) }
      }
      for s0 in [1.0, -1.0] {
        for s1 in [1.0, -1.0] {
          let candidate = (0..<d).map { s0 * w0[$0] + s1 * epsilon * u[$0] }
          if let found = try lemma11Direction(from: candidate, on: S) { return found }
        }
      }
    }
    return nil
  }
}
