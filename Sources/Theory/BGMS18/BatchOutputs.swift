extension BGMS18.Network {
  /// N(x_i) for every input of S in one pass, with the second layer a ∈ R^{2k}
  /// (default (v,…,v, −v,…,−v), Sec. 2), for evaluating large test samples (Sec. 6,
  /// Figure 1). Bit-identical to `output`: every ⟨W_r, x_i⟩ is summed in the same order
  /// (four partial sums over j ≡ 0, 1, 2, 3 mod 4, combined as (s₀ + s₁) + (s₂ + s₃)) and
  /// N(x_i) accumulates the rows in order; only the loops are reordered, four inputs per
  /// pass over W, so that a wide first layer is read from memory once per four inputs.
  public func batchOutputs(_ W: BGMS18.Weights, on S: BGMS18.TrainingSet, secondLayer a: [Double]? = nil) throws -> [Double] {
    try check(W)
    try check(S)
    let a = a ?? secondLayer
    try InvalidParameter.require(
      a.count == 2 * k, "v", "length \(a.count)", "the second layer must have 2k = \(2 * k) entries")
    let rows = 2 * k
    let d = self.d
    let alpha = activation.alpha
    var out = [Double](repeating: 0, count: S.n)
    W.entries.withUnsafeBufferPointer { wb in
      S.inputs.withUnsafeBufferPointer { xb in
        a.withUnsafeBufferPointer { ab in
          out.withUnsafeMutableBufferPointer { ob in
            let w = wb.baseAddress!
            let x = xb.baseAddress!
            var i = 0
            while i + 4 <= S.n {
              let x0 = x + i * d
              let x1 = x0 + d
              let x2 = x1 + d
              let x3 = x2 + d
              var n0 = 0.0
              var n1 = 0.0
              var n2 = 0.0
              var n3 = 0.0
              for r in 0..<rows {
                let (z0, z1, z2, z3) = Dot.fourPartialSumsOfFour(w + r * d, x0, x1, x2, x3, d)
                let ar = ab[r]
                n0 += ar * (z0 >= 0 ? z0 : alpha * z0)
                n1 += ar * (z1 >= 0 ? z1 : alpha * z1)
                n2 += ar * (z2 >= 0 ? z2 : alpha * z2)
                n3 += ar * (z3 >= 0 ? z3 : alpha * z3)
              }
              ob[i] = n0
              ob[i + 1] = n1
              ob[i + 2] = n2
              ob[i + 3] = n3
              i += 4
            }
            while i < S.n {
              let xi = x + i * d
              var n = 0.0
              for r in 0..<rows {
                let z = Dot.fourPartialSumsSIMD(w + r * d, xi, d)
                n += ab[r] * (z >= 0 ? z : alpha * z)
              }
              ob[i] = n
              i += 1
            }
          }
        }
      }
    }
    return out
  }

  /// The 0-1 errors of the classifier sign N(x) on S: the number of examples with
  /// y N(x) ≤ 0 (N(x) = 0 counts as an error).
  public func zeroOneErrors(_ W: BGMS18.Weights, on S: BGMS18.TrainingSet, secondLayer a: [Double]? = nil) throws -> Int {
    let outputs = try batchOutputs(W, on: S, secondLayer: a)
    var errors = 0
    for i in 0..<S.n where !(S.labels[i] * outputs[i] > 0) { errors += 1 }
    return errors
  }
}
