/// Vector kernels (BLAS level 1) on raw storage, with AVX-512 `SIMD8<Double>` arithmetic.
///
/// Reductions keep four SIMD partial sums and add them in a fixed order, so a result depends
/// only on the inputs (never on alignment or threads).
enum Level1 {
  @inline(__always)
  static func load(_ p: UnsafePointer<Double>) -> SIMD8<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func store(_ v: SIMD8<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD8<Double>.self)
  }

  /// Σ x[i·incx]·y[i·incy], i < n.
  @inline(__always)
  static func dot(_ n: Int, _ x: UnsafePointer<Double>, _ incx: Int, _ y: UnsafePointer<Double>, _ incy: Int) -> Double {
    if incx != 1 || incy != 1 {
      var s = 0.0
      for i in 0..<n { s = s.addingProduct(x[i * incx], y[i * incy]) }
      return s
    }
    var s0 = SIMD8<Double>(), s1 = SIMD8<Double>(), s2 = SIMD8<Double>(), s3 = SIMD8<Double>()
    var i = 0
    while i + 32 <= n {
      s0 = s0.addingProduct(load(x + i), load(y + i))
      s1 = s1.addingProduct(load(x + i + 8), load(y + i + 8))
      s2 = s2.addingProduct(load(x + i + 16), load(y + i + 16))
      s3 = s3.addingProduct(load(x + i + 24), load(y + i + 24))
      i += 32
    }
    while i + 8 <= n {
      s0 = s0.addingProduct(load(x + i), load(y + i))
      i += 8
    }
    var s = ((s0 + s1) + (s2 + s3)).sum()
    while i < n {
      s = s.addingProduct(x[i], y[i])
      i += 1
    }
    return s
  }

  /// y ← α·x + y (contiguous).
  @inline(__always)
  static func axpy(_ n: Int, _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) {
    let a = SIMD8<Double>(repeating: alpha)
    var i = 0
    while i + 8 <= n {
      store(load(UnsafePointer(y + i)).addingProduct(a, load(x + i)), y + i)
      i += 8
    }
    while i < n {
      y[i] = y[i].addingProduct(alpha, x[i])
      i += 1
    }
  }

  /// x ← α·x (contiguous).
  @inline(__always)
  static func scal(_ n: Int, _ alpha: Double, _ x: UnsafeMutablePointer<Double>) {
    var i = 0
    while i + 8 <= n {
      store(load(UnsafePointer(x + i)) * alpha, x + i)
      i += 8
    }
    while i < n {
      x[i] *= alpha
      i += 1
    }
  }

  /// √(Σ x_i²) without overflow or harmful underflow (scaled by the largest magnitude).
  static func nrm2(_ n: Int, _ x: UnsafePointer<Double>, _ incx: Int) -> Double {
    var big = 0.0
    for i in 0..<n { big = max(big, abs(x[i * incx])) }
    if big == 0 || !big.isFinite { return big }
    if big > 1e-140 && big < 1e140 {
      return (incx == 1 ? dot(n, x, 1, x, 1) : dot(n, x, incx, x, incx)).squareRoot()
    }
    let inv = 1 / big
    var s = 0.0
    for i in 0..<n { let t = x[i * incx] * inv; s = s.addingProduct(t, t) }
    return big * s.squareRoot()
  }
}

/// Matrix–vector kernels (BLAS level 2) on raw row-major storage.
enum Level2 {
  /// y ← β·y (y not read when β = 0).
  static func scale(_ y: UnsafeMutablePointer<Double>, _ m: Int, _ beta: Double) {
    if beta == 0 { y.update(repeating: 0, count: m) } else if beta != 1 { Level1.scal(m, beta, y) }
  }

  /// y ← α·op(A)·x + β·y; A is rows × columns with row stride lda.
  static func gemv(
    _ trans: Transpose, _ rows: Int, _ columns: Int, _ alpha: Double, _ a: UnsafePointer<Double>,
    _ lda: Int, _ x: UnsafePointer<Double>, _ beta: Double, _ y: UnsafeMutablePointer<Double>
  ) {
    if trans == .none {
      // y_i = α·(row i · x) + β·y_i.
      for i in 0..<rows {
        let s = Level1.dot(columns, a + i * lda, 1, x, 1)
        y[i] = beta == 0 ? alpha * s : alpha * s + beta * y[i]
      }
    } else {
      // y ← β·y, then y += (α·x_i)·row_i, four rows at a time.
      scale(y, columns, beta)
      var i = 0
      while i + 4 <= rows {
        let x0 = SIMD8<Double>(repeating: alpha * x[i]), x1 = SIMD8<Double>(repeating: alpha * x[i + 1])
        let x2 = SIMD8<Double>(repeating: alpha * x[i + 2]), x3 = SIMD8<Double>(repeating: alpha * x[i + 3])
        let r0 = a + i * lda, r1 = r0 + lda, r2 = r1 + lda, r3 = r2 + lda
        var j = 0
        while j + 8 <= columns {
          var v = Level1.load(UnsafePointer(y + j))
          v = v.addingProduct(x0, Level1.load(r0 + j))
          v = v.addingProduct(x1, Level1.load(r1 + j))
          v = v.addingProduct(x2, Level1.load(r2 + j))
          v = v.addingProduct(x3, Level1.load(r3 + j))
          Level1.store(v, y + j)
          j += 8
        }
        while j < columns {
          var v = y[j]
          v = v.addingProduct(x0[0], r0[j])
          v = v.addingProduct(x1[0], r1[j])
          v = v.addingProduct(x2[0], r2[j])
          v = v.addingProduct(x3[0], r3[j])
          y[j] = v
          j += 1
        }
        i += 4
      }
      while i < rows {
        Level1.axpy(columns, alpha * x[i], a + i * lda, y)
        i += 1
      }
    }
  }
}
