import LinearAlgebra

extension LL18 {
  /// The activation-pattern change of §7 ("the fraction of hidden units whose activation
  /// pattern changed compared to the time at initialization"), in both readings, from the
  /// pre-activations (N × m) at initialization and now, with pattern 1[z ≥ 0]:
  /// - `pairs`: the fraction of (unit, input) pairs (r, s) whose pattern differs;
  /// - `units`: the fraction of units r whose pattern differs on at least one input s
  ///   (equivalently, 1 − the fraction of units whose pseudo- and true gradients on these
  ///   inputs can be guaranteed to coincide, Lemma 5.1).
  public static func patternChange(initial p0: Matrix, current p: Matrix) -> (pairs: Double, units: Double) {
    precondition(p0.rows == p.rows && p0.columns == p.columns, "patternChange: shapes differ")
    let n = p.rows, m = p.columns
    guard n > 0, m > 0 else { return (0, 0) }
    var flipped = 0
    var unitFlipped = [Bool](repeating: false, count: m)
    p0.elements.withUnsafeBufferPointer { a in
      p.elements.withUnsafeBufferPointer { b in
        for s in 0..<n {
          let base = s * m
          for r in 0..<m where (a[base + r] >= 0) != (b[base + r] >= 0) {
            flipped += 1
            unitFlipped[r] = true
          }
        }
      }
    }
    return (Double(flipped) / Double(n * m), Double(unitFlipped.filter { $0 }.count) / Double(m))
  }

  /// The relative distance ‖W_t − W_0‖_F / ‖W_0‖_F of §7.
  public static func relativeDistance(_ w: Matrix, from w0: Matrix) throws -> Double {
    try InvalidParameter.require(w.rows == w0.rows && w.columns == w0.columns, "W", "\(w.rows)×\(w.columns)", "must have the shape of W₀")
    var num = 0.0, den = 0.0
    for i in w.elements.indices {
      let e = w.elements[i] - w0.elements[i]
      num += e * e
      den += w0.elements[i] * w0.elements[i]
    }
    try InvalidParameter.require(den > 0, "W₀", 0, "must be non-zero")
    return (num / den).squareRoot()
  }

  /// W − W₀.
  public static func accumulatedUpdate(_ w: Matrix, from w0: Matrix) throws -> Matrix {
    try InvalidParameter.require(w.rows == w0.rows && w.columns == w0.columns, "W", "\(w.rows)×\(w.columns)", "must have the shape of W₀")
    var d = w
    for i in d.elements.indices { d.elements[i] -= w0.elements[i] }
    return d
  }
}
