/// Whether an operand of a product is used as stored or transposed (BLAS `trans`).
public enum Transpose: Sendable {
  case none
  case transposed
}

/// Dense products (BLAS level 2 and 3).
public enum BLAS {
  /// C ← α·op(A)·op(B) + β·C (BLAS `dgemm`). `threads` > 1 splits the work over cores; the
  /// result does not depend on it. Throws on mismatched shapes.
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
    // Reference implementation (to be replaced by the blocked SIMD kernel).
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<ka {
          let x = transA == .none ? a.elements[i * a.columns + p] : a.elements[p * a.columns + i]
          let y = transB == .none ? b.elements[p * b.columns + j] : b.elements[j * b.columns + p]
          s += x * y
        }
        c.elements[i * n + j] = alpha * s + (beta == 0 ? 0 : beta * c.elements[i * n + j])
      }
    }
  }

  /// y ← α·op(A)·x + β·y (BLAS `dgemv`).
  public static func gemv(
    _ transA: Transpose, alpha: Double, _ a: Matrix, _ x: [Double], beta: Double, _ y: inout [Double]
  ) throws {
    let (m, n) = transA == .none ? (a.rows, a.columns) : (a.columns, a.rows)
    guard x.count == n, y.count == m else {
      throw LinearAlgebraError.dimensionMismatch("gemv: op(A) is \(m)×\(n), x has \(x.count), y has \(y.count)")
    }
    for i in 0..<m {
      var s = 0.0
      for p in 0..<n { s += (transA == .none ? a[i, p] : a[p, i]) * x[p] }
      y[i] = alpha * s + (beta == 0 ? 0 : beta * y[i])
    }
  }

  /// C ← α·A·Aᵀ + β·C (`.none`) or α·Aᵀ·A + β·C (`.transposed`), C symmetric, both triangles
  /// written (BLAS `dsyrk`).
  public static func syrk(
    _ trans: Transpose, alpha: Double, _ a: Matrix, beta: Double, _ c: inout Matrix, threads: Int = 1
  ) throws {
    try gemm(trans, trans == .none ? .transposed : .none, alpha: alpha, a, a, beta: beta, &c, threads: threads)
  }

  /// Σ x_i y_i.
  public static func dot(_ x: [Double], _ y: [Double]) throws -> Double {
    guard x.count == y.count else { throw LinearAlgebraError.dimensionMismatch("dot: \(x.count) vs \(y.count)") }
    var s = 0.0
    for i in 0..<x.count { s += x[i] * y[i] }
    return s
  }

  /// y ← α·x + y.
  public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) throws {
    guard x.count == y.count else { throw LinearAlgebraError.dimensionMismatch("axpy: \(x.count) vs \(y.count)") }
    for i in 0..<x.count { y[i] += alpha * x[i] }
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
