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
                let (z0, z1, z2, z3) = Self.dot4(w + r * d, x0, x1, x2, x3, d)
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
                let z = Self.dot(w + r * d, xi, d)
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

  /// ⟨w, x_b⟩ for four inputs at once, each with the partial sums of `Kernel.dot` (same
  /// rounding); the four dot products are independent chains, which hides the latency of
  /// the additions.
  @inline(__always)
  static func dot4(
    _ w: UnsafePointer<Double>, _ x0: UnsafePointer<Double>, _ x1: UnsafePointer<Double>,
    _ x2: UnsafePointer<Double>, _ x3: UnsafePointer<Double>, _ d: Int
  ) -> (Double, Double, Double, Double) {
    var a01 = SIMD2<Double>(0, 0)
    var a23 = SIMD2<Double>(0, 0)
    var b01 = SIMD2<Double>(0, 0)
    var b23 = SIMD2<Double>(0, 0)
    var c01 = SIMD2<Double>(0, 0)
    var c23 = SIMD2<Double>(0, 0)
    var e01 = SIMD2<Double>(0, 0)
    var e23 = SIMD2<Double>(0, 0)
    let wr = UnsafeRawPointer(w)
    let r0 = UnsafeRawPointer(x0)
    let r1 = UnsafeRawPointer(x1)
    let r2 = UnsafeRawPointer(x2)
    let r3 = UnsafeRawPointer(x3)
    var j = 0
    while j + 4 <= d {
      let o = j * 8
      let w01 = wr.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
      let w23 = wr.loadUnaligned(fromByteOffset: o + 16, as: SIMD2<Double>.self)
      a01 = a01 + w01 * r0.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
      a23 = a23 + w23 * r0.loadUnaligned(fromByteOffset: o + 16, as: SIMD2<Double>.self)
      b01 = b01 + w01 * r1.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
      b23 = b23 + w23 * r1.loadUnaligned(fromByteOffset: o + 16, as: SIMD2<Double>.self)
      c01 = c01 + w01 * r2.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
      c23 = c23 + w23 * r2.loadUnaligned(fromByteOffset: o + 16, as: SIMD2<Double>.self)
      e01 = e01 + w01 * r3.loadUnaligned(fromByteOffset: o, as: SIMD2<Double>.self)
      e23 = e23 + w23 * r3.loadUnaligned(fromByteOffset: o + 16, as: SIMD2<Double>.self)
      j += 4
    }
    var s0 = a01[0]
    var t0 = b01[0]
    var u0 = c01[0]
    var q0 = e01[0]
    while j < d {
      s0 += w[j] * x0[j]
      t0 += w[j] * x1[j]
      u0 += w[j] * x2[j]
      q0 += w[j] * x3[j]
      j += 1
    }
    return (
      (s0 + a01[1]) + (a23[0] + a23[1]), (t0 + b01[1]) + (b23[0] + b23[1]),
      (u0 + c01[1]) + (c23[0] + c23[1]), (q0 + e01[1]) + (e23[0] + e23[1])
    )
  }

  /// ⟨a, b⟩ over d entries with the partial sums of `Kernel.dot` (same rounding): the
  /// sums s₀, s₁ and s₂, s₃ are the two lanes of two SIMD2 accumulators (a multiply and an
  /// add per lane, as in the scalar code), combined as (s₀ + s₁) + (s₂ + s₃).
  @inline(__always)
  static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ d: Int) -> Double {
    var s01 = SIMD2<Double>(0, 0)
    var s23 = SIMD2<Double>(0, 0)
    var j = 0
    let a2 = UnsafeRawPointer(a)
    let b2 = UnsafeRawPointer(b)
    while j + 4 <= d {
      let x01 = a2.loadUnaligned(fromByteOffset: j * 8, as: SIMD2<Double>.self)
      let y01 = b2.loadUnaligned(fromByteOffset: j * 8, as: SIMD2<Double>.self)
      let x23 = a2.loadUnaligned(fromByteOffset: (j + 2) * 8, as: SIMD2<Double>.self)
      let y23 = b2.loadUnaligned(fromByteOffset: (j + 2) * 8, as: SIMD2<Double>.self)
      s01 = s01 + x01 * y01
      s23 = s23 + x23 * y23
      j += 4
    }
    var s0 = s01[0]
    while j < d {
      s0 += a[j] * b[j]
      j += 1
    }
    return (s0 + s01[1]) + (s23[0] + s23[1])
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
