extension BGMS18.Network {
  /// N(x_i) for every input of S in one pass, with the second layer a ∈ R^{2k}
  /// (default (v,…,v, −v,…,−v), Sec. 2): the arithmetic of `output` (bit-identical) without
  /// an allocation per example, for evaluating large test samples (Sec. 6, Figure 1).
  public func batchOutputs(_ W: BGMS18.Weights, on S: BGMS18.TrainingSet, secondLayer a: [Double]? = nil) throws -> [Double] {
    try check(W)
    try check(S)
    let a = a ?? secondLayer
    try InvalidParameter.require(
      a.count == 2 * k, "v", "length \(a.count)", "the second layer must have 2k = \(2 * k) entries")
    let rows = 2 * k
    let d = self.d
    let alpha = activation.alpha
    var z = [Double](repeating: 0, count: rows)
    var out = [Double](repeating: 0, count: S.n)
    W.entries.withUnsafeBufferPointer { w in
      S.inputs.withUnsafeBufferPointer { x in
        a.withUnsafeBufferPointer { ap in
          z.withUnsafeMutableBufferPointer { zp in
            for i in 0..<S.n {
              out[i] = BGMS18.Kernel.forward(
                w.baseAddress!, x.baseAddress! + i * d, rows: rows, d: d, alpha: alpha,
                outgoing: ap.baseAddress!, z: zp.baseAddress!)
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
