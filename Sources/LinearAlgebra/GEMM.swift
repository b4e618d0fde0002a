/// Whether an operand of a product is used as stored or transposed (BLAS `trans`).
public enum Transpose: Sendable {
  case none
  case transposed
}

/// Dense products (BLAS levels 1, 2 and 3) on row-major storage.
public enum BLAS {
  /// C ← α·op(A)·op(B) + β·C (BLAS `dgemm`). `threads` > 1 splits C into blocks over cores;
  /// every entry is summed in the same order whatever the split, so the bytes of the result do
  /// not depend on it. C is not read when β = 0. Throws on mismatched shapes.
  public static func gemm(
    _ transA: Transpose, _ transB: Transpose, alpha: Double, _ a: Matrix, _ b: Matrix,
    beta: Double, _ c: inout Matrix, threads: Int = 1
  ) throws {
    let (m, ka) = transA == .none ? (a.rows, a.columns) : (a.columns, a.rows)
    let (kb, n) = transB == .none ? (b.rows, b.columns) : (b.columns, b.rows)
    guard ka == kb, c.rows == m, c.columns == n else {
      throw LinearAlgebraError.dimensionMismatch(
        "gemm: op(A) is \(m)×\(ka), op(B) is \(kb)×\(n), C is \(c.rows)×\(c.columns)")
    }
    guard threads >= 1 else { throw LinearAlgebraError.invalidArgument("gemm: threads = \(threads)") }
    let ldc = c.columns
    a.elements.withUnsafeBufferPointer { ap in
      b.elements.withUnsafeBufferPointer { bp in
        c.elements.withUnsafeMutableBufferPointer { cp in
          guard let cBase = cp.baseAddress else { return }
          // Empty A or B (k = 0) have no base address; the kernel then never reads them.
          let dummy = UnsafeMutablePointer<Double>(cBase)
          PackedGEMM.run(
            transA: transA, transB: transB, m: m, n: n, k: ka, alpha: alpha,
            a: ap.baseAddress ?? UnsafePointer(dummy), lda: a.columns,
            b: bp.baseAddress ?? UnsafePointer(dummy), ldb: b.columns,
            beta: beta, c: cBase, ldc: ldc, threads: threads)
        }
      }
    }
  }

  /// C ← α·op(A)·op(B) + β·C on raw row-major storage: op(A) is m × k, op(B) is k × n, and
  /// `lda`, `ldb`, `ldc` are the row strides (BLAS `dgemm` with row-major operands). The
  /// building block of the blocked factorizations, which work on sub-matrices in place. The
  /// caller guarantees the shapes and that C does not overlap A or B.
  public static func gemm(
    _ transA: Transpose, _ transB: Transpose, m: Int, n: Int, k: Int, alpha: Double,
    _ a: UnsafePointer<Double>, lda: Int, _ b: UnsafePointer<Double>, ldb: Int,
    beta: Double, _ c: UnsafeMutablePointer<Double>, ldc: Int, threads: Int = 1
  ) {
    PackedGEMM.run(
      transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b,
      ldb: ldb, beta: beta, c: c, ldc: ldc, threads: max(1, threads))
  }

  /// y ← α·op(A)·x + β·y (BLAS `dgemv`). y is not read when β = 0.
  public static func gemv(
    _ transA: Transpose, alpha: Double, _ a: Matrix, _ x: [Double], beta: Double, _ y: inout [Double]
  ) throws {
    let (m, n) = transA == .none ? (a.rows, a.columns) : (a.columns, a.rows)
    guard x.count == n, y.count == m else {
      throw LinearAlgebraError.dimensionMismatch("gemv: op(A) is \(m)×\(n), x has \(x.count), y has \(y.count)")
    }
    a.elements.withUnsafeBufferPointer { ap in
      x.withUnsafeBufferPointer { xp in
        y.withUnsafeMutableBufferPointer { yp in
          guard let yBase = yp.baseAddress else { return }
          guard let aBase = ap.baseAddress, let xBase = xp.baseAddress else {
            Level2.scale(yBase, m, beta)
            return
          }
          Level2.gemv(transA, a.rows, a.columns, alpha, aBase, a.columns, xBase, beta, yBase)
        }
      }
    }
  }

  /// y ← α·op(A)·x + β·y on raw storage: A is `rows × columns` with row stride `lda`.
  public static func gemv(
    _ transA: Transpose, rows: Int, columns: Int, alpha: Double, _ a: UnsafePointer<Double>,
    lda: Int, _ x: UnsafePointer<Double>, beta: Double, _ y: UnsafeMutablePointer<Double>
  ) {
    Level2.gemv(transA, rows, columns, alpha, a, lda, x, beta, y)
  }

  /// C ← α·A·Aᵀ + β·C (`.none`) or α·Aᵀ·A + β·C (`.transposed`), C symmetric, both triangles
  /// written (BLAS `dsyrk`, completed to the full matrix).
  public static func syrk(
    _ trans: Transpose, alpha: Double, _ a: Matrix, beta: Double, _ c: inout Matrix, threads: Int = 1
  ) throws {
    let n = trans == .none ? a.rows : a.columns
    let k = trans == .none ? a.columns : a.rows
    guard c.rows == n, c.columns == n else {
      throw LinearAlgebraError.dimensionMismatch("syrk: op(A) is \(n)×\(k), C is \(c.rows)×\(c.columns)")
    }
    guard threads >= 1 else { throw LinearAlgebraError.invalidArgument("syrk: threads = \(threads)") }
    if n == 0 { return }
    a.elements.withUnsafeBufferPointer { ap in
      c.elements.withUnsafeMutableBufferPointer { cp in
        let cBase = cp.baseAddress!
        Level3.syrkLower(
          trans, n: n, k: k, alpha: alpha, ap.baseAddress ?? UnsafePointer(cBase), lda: a.columns,
          beta: beta, cBase, ldc: n, threads: threads)
        // Mirror the lower triangle into the upper one.
        for i in 0..<n { for j in 0..<i { cBase[j * n + i] = cBase[i * n + j] } }
      }
    }
  }

  /// Σ x_i y_i (eight SIMD partial sums, then added pairwise: a fixed order).
  public static func dot(_ x: [Double], _ y: [Double]) throws -> Double {
    guard x.count == y.count else { throw LinearAlgebraError.dimensionMismatch("dot: \(x.count) vs \(y.count)") }
    return x.withUnsafeBufferPointer { xp in
      y.withUnsafeBufferPointer { yp in
        guard let xb = xp.baseAddress, let yb = yp.baseAddress else { return 0 }
        return Level1.dot(x.count, xb, 1, yb, 1)
      }
    }
  }

  /// y ← α·x + y.
  public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) throws {
    guard x.count == y.count else { throw LinearAlgebraError.dimensionMismatch("axpy: \(x.count) vs \(y.count)") }
    x.withUnsafeBufferPointer { xp in
      y.withUnsafeMutableBufferPointer { yp in
        guard let xb = xp.baseAddress, let yb = yp.baseAddress else { return }
        Level1.axpy(x.count, alpha, xb, yb)
      }
    }
  }
}

extension Matrix {
  /// The product A·B (a convenience over `BLAS.gemm`).
  public static func * (a: Matrix, b: Matrix) throws -> Matrix {
    var c = Matrix(rows: a.rows, columns: b.columns)
    try BLAS.gemm(.none, .none, alpha: 1, a, b, beta: 0, &c)
    return c
  }
}
