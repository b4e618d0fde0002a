/// Triangular and symmetric matrix–matrix kernels (BLAS level 3) built on `PackedGEMM`.
enum Level3 {
  /// The row-block size of the blocked symmetric update.
  static let syrkBlock = 192

  /// The lower triangle of C ← α·op(A)·op(A)ᵀ + β·C, where op(A) is n × k (`.none`: A is n × k;
  /// `.transposed`: A is k × n). C is updated block row by block row with GEMM; the upper part
  /// of each diagonal block is written too (with its correct value), the rest of the upper
  /// triangle is not touched.
  static func syrkLower(
    _ trans: Transpose, n: Int, k: Int, alpha: Double, _ a: UnsafePointer<Double>, lda: Int,
    beta: Double, _ c: UnsafeMutablePointer<Double>, ldc: Int, threads: Int
  ) {
    var i0 = 0
    while i0 < n {
      let rows = min(syrkBlock, n - i0)
      let hi = i0 + rows
      // C[i0..<hi, 0..<hi] ← α·op(A)[i0..<hi, :]·op(A)[0..<hi, :]ᵀ + β·C[…].
      if trans == .none {
        PackedGEMM.run(
          transA: .none, transB: .transposed, m: rows, n: hi, k: k, alpha: alpha,
          a: a + i0 * lda, lda: lda, b: a, ldb: lda, beta: beta, c: c + i0 * ldc, ldc: ldc,
          threads: threads)
      } else {
        PackedGEMM.run(
          transA: .transposed, transB: .none, m: rows, n: hi, k: k, alpha: alpha,
          a: a + i0, lda: lda, b: a, ldb: lda, beta: beta, c: c + i0 * ldc, ldc: ldc,
          threads: threads)
      }
      i0 = hi
    }
  }

  /// B ← B·L⁻ᵀ for lower-triangular L (n × n, stride ldl) and B (m × n, stride ldb): row by
  /// row the solve x·Lᵀ = b. Recursive on n, with the off-diagonal coupling done by GEMM.
  static func trsmRightLowerTranspose(
    m: Int, n: Int, _ l: UnsafePointer<Double>, ldl: Int, _ b: UnsafeMutablePointer<Double>,
    ldb: Int, threads: Int
  ) {
    if m == 0 || n == 0 { return }
    if n <= 32 {
      trsmBase(m: m, n: n, l, ldl: ldl, b, ldb: ldb)
      return
    }
    let n1 = n / 2, n2 = n - n1
    // X1 = B1·L11⁻ᵀ; B2 ← B2 − X1·L21ᵀ; X2 = B2·L22⁻ᵀ.
    trsmRightLowerTranspose(m: m, n: n1, l, ldl: ldl, b, ldb: ldb, threads: threads)
    PackedGEMM.run(
      transA: .none, transB: .transposed, m: m, n: n2, k: n1, alpha: -1, a: UnsafePointer(b),
      lda: ldb, b: l + n1 * ldl, ldb: ldl, beta: 1, c: b + n1, ldc: ldb, threads: threads)
    trsmRightLowerTranspose(
      m: m, n: n2, l + n1 * ldl + n1, ldl: ldl, b + n1, ldb: ldb, threads: threads)
  }

  /// The base case of `trsmRightLowerTranspose` (n ≤ 32): eight rows at a time, held as SIMD8
  /// columns (row r of the group in lane r), so each step is a vector multiply-add.
  static func trsmBase(
    m: Int, n: Int, _ l: UnsafePointer<Double>, ldl: Int, _ b: UnsafeMutablePointer<Double>, ldb: Int
  ) {
    withUnsafeTemporaryAllocation(of: SIMD8<Double>.self, capacity: n) { cols in
      var i0 = 0
      while i0 + 8 <= m {
        for c in 0..<n {
          var v = SIMD8<Double>()
          for r in 0..<8 { v[r] = b[(i0 + r) * ldb + c] }
          let lc = l + c * ldl
          for p in 0..<c { v = v.addingProduct(-cols[p], SIMD8(repeating: lc[p])) }
          cols[c] = v / SIMD8(repeating: lc[c])
        }
        for c in 0..<n { let v = cols[c]; for r in 0..<8 { b[(i0 + r) * ldb + c] = v[r] } }
        i0 += 8
      }
      for i in i0..<m {
        let row = b + i * ldb
        for c in 0..<n {
          var s = row[c]
          let lc = l + c * ldl
          for p in 0..<c { s = s.addingProduct(-row[p], lc[p]) }
          row[c] = s / lc[c]
        }
      }
    }
  }
}
