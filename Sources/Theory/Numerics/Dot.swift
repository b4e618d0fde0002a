/// The dot products of the papers' networks, one copy each (the foundation under
/// Theory/<Paper>). Each fixes its summation order, because the report's bytes depend on
/// the rounding: `sequential` sums left to right; `fourPartialSums` and its two SIMD forms
/// (same rounding, bit for bit) keep four partial sums. `LinearAlgebra`'s `BLAS.dot` has
/// its own order and is not interchangeable with these.
public enum Dot {
  /// Σ_j a_j b_j summed left to right from 0 (as `zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }`),
  /// over the common length.
  @inlinable
  public static func sequential<A: Collection, B: Collection>(_ a: A, _ b: B) -> Double
  where A.Element == Double, B.Element == Double {
    var s = 0.0
    for (x, y) in zip(a, b) { s += x * y }
    return s
  }

  /// ⟨a, b⟩ over d entries with four partial sums s_m = Σ_{j ≡ m mod 4} a_j b_j, combined
  /// as (s₀ + s₁) + (s₂ + s₃): the rounding every BGMS18 network evaluation shares.
  @inlinable @inline(__always)
  public static func fourPartialSums(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ d: Int) -> Double {
    var s0 = 0.0
    var s1 = 0.0
    var s2 = 0.0
    var s3 = 0.0
    var j = 0
    while j + 4 <= d {
      s0 += a[j] * b[j]
      s1 += a[j + 1] * b[j + 1]
      s2 += a[j + 2] * b[j + 2]
      s3 += a[j + 3] * b[j + 3]
      j += 4
    }
    while j < d {
      s0 += a[j] * b[j]
      j += 1
    }
    return (s0 + s1) + (s2 + s3)
  }

  /// ⟨w, x_b⟩ for four inputs at once, each with the partial sums of `fourPartialSums` (same
  /// rounding); the four dot products are independent chains, which hides the latency of
  /// the additions.
  @inlinable @inline(__always)
  public static func fourPartialSumsOfFour(
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

  /// ⟨a, b⟩ over d entries with the partial sums of `fourPartialSums` (same rounding): the
  /// sums s₀, s₁ and s₂, s₃ are the two lanes of two SIMD2 accumulators (a multiply and an
  /// add per lane, as in the scalar code), combined as (s₀ + s₁) + (s₂ + s₃).
  @inlinable @inline(__always)
  public static func fourPartialSumsSIMD(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ d: Int) -> Double {
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
}
