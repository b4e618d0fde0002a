/// The Householder QR factorization A = Q·R of a tall m × n matrix (m ≥ n), computed on the
/// rows of Aᵀ (each a contiguous column of A): blocked as in LAPACK `dgeqrf` — a panel of
/// `Householder.block` columns is factored with rank-1 updates, then the trailing columns are
/// updated with the panel's compact WY form through GEMM (Golub & Van Loan §5.2.3).
struct HouseholderQR {
  let m: Int
  let n: Int
  /// Aᵀ after the factorization, n × m: row j holds R[0..<j, j] in columns 0..<j and the
  /// reflector v_j in columns j..<m (v_j[j] = 1).
  var rows: [Double]
  /// τ_j of each reflector.
  var tau: [Double]
  /// The diagonal of R.
  var rDiagonal: [Double]

  /// Factors A given as its transpose `at` (n × m row-major, m ≥ n).
  init(transposed at: [Double], m: Int, n: Int, threads: Int) {
    self.m = m
    self.n = n
    var w = at
    var tau = [Double](repeating: 0, count: n)
    var diag = [Double](repeating: 0, count: n)
    let nb = Householder.block
    w.withUnsafeMutableBufferPointer { wb in
      guard let a = wb.baseAddress else { return }
      let y = UnsafeMutablePointer<Double>.allocate(capacity: nb * m)
      let t = UnsafeMutablePointer<Double>.allocate(capacity: nb * nb)
      let w1 = UnsafeMutablePointer<Double>.allocate(capacity: nb * n)
      let w2 = UnsafeMutablePointer<Double>.allocate(capacity: nb * n)
      defer { y.deallocate(); t.deallocate(); w1.deallocate(); w2.deallocate() }
      var j0 = 0
      while j0 < n {
        let k = min(nb, n - j0)
        // Panel: rows j0..<j0+k, unblocked.
        for j in j0..<(j0 + k) {
          let row = a + j * m
          let (tv, beta) = Householder.generate(m - j, row + j, 1)
          tau[j] = tv
          diag[j] = beta
          row[j] = 1
          if tv != 0 {
            for r in (j + 1)..<(j0 + k) {
              let other = a + r * m
              let s = Level1.dot(m - j, row + j, 1, other + j, 1)
              Level1.axpy(m - j, -tv * s, UnsafePointer(row + j), other + j)
            }
          }
        }
        // Trailing rows X = Aᵀ[j0+k..<n, j0..<m] ← X − (X·Yᵀ)·T·Y.
        let rest = n - j0 - k
        let len = m - j0
        if rest > 0 {
          for r in 0..<k {
            let dst = y + r * len
            dst.update(repeating: 0, count: r)
            (dst + r).update(from: a + (j0 + r) * m + j0 + r, count: len - r)
          }
          tau.withUnsafeBufferPointer { tb in
            Householder.triangularFactor(k: k, length: len, UnsafePointer(y), ldy: len, tb.baseAddress! + j0, t)
          }
          let x = a + (j0 + k) * m + j0
          PackedGEMM.run(
            transA: .none, transB: .transposed, m: rest, n: k, k: len, alpha: 1, a: UnsafePointer(x), lda: m,
            b: UnsafePointer(y), ldb: len, beta: 0, c: w1, ldc: k, threads: threads)
          PackedGEMM.run(
            transA: .none, transB: .none, m: rest, n: k, k: k, alpha: 1, a: UnsafePointer(w1), lda: k,
            b: UnsafePointer(t), ldb: k, beta: 0, c: w2, ldc: k, threads: threads)
          PackedGEMM.run(
            transA: .none, transB: .none, m: rest, n: len, k: k, alpha: -1, a: UnsafePointer(w2), lda: k,
            b: UnsafePointer(y), ldb: len, beta: 1, c: x, ldc: m, threads: threads)
        }
        j0 += k
      }
    }
    rows = w
    self.tau = tau
    rDiagonal = diag
  }

  /// R (n × n, row-major, upper triangular).
  var r: [Double] {
    var out = [Double](repeating: 0, count: n * n)
    for j in 0..<n {
      for i in 0..<j { out[i * n + j] = rows[j * m + i] }
      out[j * n + j] = rDiagonal[j]
    }
    return out
  }

  /// C ← Q·C for C (m × columns, row-major).
  func applyQ(to c: inout [Double], columns: Int, threads: Int) {
    rows.withUnsafeBufferPointer { rb in
      tau.withUnsafeBufferPointer { tb in
        c.withUnsafeMutableBufferPointer { cb in
          Householder.applyProduct(
            count: n, dim: m, shift: 0, rb.baseAddress!, ldr: m, tb.baseAddress!, cb.baseAddress!,
            columns: columns, threads: threads)
        }
      }
    }
  }
}
