/// The reduction A = Q·T·Qᵀ of a symmetric matrix to tridiagonal T by Householder reflections
/// Q = H₀·H₁·…·H_{n−2} (Golub & Van Loan, Matrix Computations, 4th ed., §8.3.1), blocked as in
/// LAPACK `dsytrd`/`dlatrd`: a panel of `block` reflectors is formed with matrix–vector products
/// (a fused symmetric product over the stored upper triangle) and then applied to the trailing
/// matrix as the rank-2k update A ← A − Vᵀ·W − Wᵀ·V through GEMM.
struct Tridiagonalization {
  /// The diagonal of T (n entries).
  var diagonal: [Double]
  /// The off-diagonal of T (n − 1 entries; T[i, i+1] = offDiagonal[i]).
  var offDiagonal: [Double]
  /// Row i (columns i+1 ..< n) holds the reflector v_i of H_i (v_i[i+1] = 1); n × n.
  var reflectors: [Double]
  /// τ_i of each reflector (n − 1 entries).
  var tau: [Double]
  let n: Int

  static let block = 32

  /// Reduces the symmetric matrix whose lower triangle is `a`.
  init(_ a: Matrix, threads: Int) {
    let n = a.rows
    self.n = n
    // Work on the upper triangle, row-major: row i, columns i..<n, is column i of the lower one.
    var w = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in i..<n { w[i * n + j] = a.elements[j * n + i] } }
    var d = [Double](repeating: 0, count: n)
    var e = [Double](repeating: 0, count: max(n - 1, 0))
    var tau = [Double](repeating: 0, count: max(n - 1, 0))
    let nb = Self.block
    var vp = [Double](repeating: 0, count: nb * n)
    var wp = [Double](repeating: 0, count: nb * n)
    var p = [Double](repeating: 0, count: n)
    w.withUnsafeMutableBufferPointer { wb in
      vp.withUnsafeMutableBufferPointer { vb in
        wp.withUnsafeMutableBufferPointer { wpb in
          p.withUnsafeMutableBufferPointer { pb in
            guard let work = wb.baseAddress else { return }
            let V = vb.baseAddress!, W = wpb.baseAddress!, P = pb.baseAddress!
            var j0 = 0
            while j0 < n - 1 {
              let jb = min(nb, n - 1 - j0)
              V.update(repeating: 0, count: nb * n)
              W.update(repeating: 0, count: nb * n)
              for t in 0..<jb {
                let i = j0 + t
                let row = work + i * n
                // Row i (columns i..<n) ← row i − Σ_{s<t} (v_s[i]·w_s + w_s[i]·v_s).
                for s in 0..<t {
                  let vs = V + s * n, ws = W + s * n
                  Level1.axpy(n - i, -vs[i], UnsafePointer(ws + i), row + i)
                  Level1.axpy(n - i, -ws[i], UnsafePointer(vs + i), row + i)
                }
                d[i] = row[i]
                let len = n - i - 1
                let (tv, beta) = Householder.generate(len, row + i + 1, 1)
                tau[i] = tv
                e[i] = beta
                row[i + 1] = 1
                let v = V + t * n
                (v + i + 1).update(from: row + i + 1, count: len)
                // p = A_trail·v − V_{<t}ᵀ(W_{<t}·v) − W_{<t}ᵀ(V_{<t}·v) on indices i+1..<n.
                let wt = W + t * n
                if tv != 0 {
                  SymmetricKernels.symvUpper(len, UnsafePointer(work + (i + 1) * n + i + 1), n, UnsafePointer(v + i + 1), P)
                  for s in 0..<t {
                    let vs = V + s * n, ws = W + s * n
                    let alpha = Level1.dot(len, ws + i + 1, 1, v + i + 1, 1)
                    let beta2 = Level1.dot(len, vs + i + 1, 1, v + i + 1, 1)
                    Level1.axpy(len, -alpha, UnsafePointer(vs + i + 1), P)
                    Level1.axpy(len, -beta2, UnsafePointer(ws + i + 1), P)
                  }
                  // w = τ·p − ½τ²(vᵀp)·v.
                  Level1.scal(len, tv, P)
                  let gamma = -0.5 * tv * Level1.dot(len, P, 1, v + i + 1, 1)
                  Level1.axpy(len, gamma, UnsafePointer(v + i + 1), P)
                  (wt + i + 1).update(from: P, count: len)
                }
              }
              // Trailing update of the upper triangle: A[s:, s:] −= V[:, s:]ᵀ·W[:, s:] + W[:, s:]ᵀ·V[:, s:].
              let s = j0 + jb
              var r0 = s
              while r0 < n {
                let r1 = min(n, r0 + Level3.syrkBlock)
                let c = work + r0 * n + r0
                PackedGEMM.run(
                  transA: .transposed, transB: .none, m: r1 - r0, n: n - r0, k: jb, alpha: -1,
                  a: UnsafePointer(V + r0), lda: n, b: UnsafePointer(W + r0), ldb: n, beta: 1, c: c, ldc: n,
                  threads: threads)
                PackedGEMM.run(
                  transA: .transposed, transB: .none, m: r1 - r0, n: n - r0, k: jb, alpha: -1,
                  a: UnsafePointer(W + r0), lda: n, b: UnsafePointer(V + r0), ldb: n, beta: 1, c: c, ldc: n,
                  threads: threads)
                r0 = r1
              }
              j0 += jb
            }
            if n > 0 { d[n - 1] = work[(n - 1) * n + n - 1] }
          }
        }
      }
    }
    diagonal = d
    offDiagonal = e
    reflectors = w
    self.tau = tau
  }

  /// Z ← Q·Z for Z (n × columns, row-major), applying the reflectors in blocks (compact WY).
  func applyQ(to z: inout [Double], columns: Int, threads: Int) {
    if n < 2 || columns == 0 { return }
    reflectors.withUnsafeBufferPointer { rb in
      tau.withUnsafeBufferPointer { tb in
        z.withUnsafeMutableBufferPointer { zb in
          Householder.applyProduct(
            count: n - 1, dim: n, shift: 1, rb.baseAddress!, ldr: n, tb.baseAddress!, zb.baseAddress!,
            columns: columns, threads: threads)
        }
      }
    }
  }
}

/// Symmetric matrix–vector kernels.
enum SymmetricKernels {
  /// y = A·x for symmetric A (m × m) of which the upper triangle is stored row-major with
  /// stride lda: one pass over the triangle, four rows at a time, each used for a dot and an
  /// axpy at once (so y and x are loaded once per four rows).
  static func symvUpper(
    _ m: Int, _ a: UnsafePointer<Double>, _ lda: Int, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>
  ) {
    y.update(repeating: 0, count: m)
    var i = 0
    while i + 4 <= m {
      let r0 = a + i * lda, r1 = r0 + lda, r2 = r1 + lda, r3 = r2 + lda
      let x0 = x[i], x1 = x[i + 1], x2 = x[i + 2], x3 = x[i + 3]
      // The 4 × 4 diagonal block.
      var s0 = r0[i] * x0 + r0[i + 1] * x1 + r0[i + 2] * x2 + r0[i + 3] * x3
      var s1 = r0[i + 1] * x0 + r1[i + 1] * x1 + r1[i + 2] * x2 + r1[i + 3] * x3
      var s2 = r0[i + 2] * x0 + r1[i + 2] * x1 + r2[i + 2] * x2 + r2[i + 3] * x3
      var s3 = r0[i + 3] * x0 + r1[i + 3] * x1 + r2[i + 3] * x2 + r3[i + 3] * x3
      let v0 = SIMD8<Double>(repeating: x0), v1 = SIMD8<Double>(repeating: x1)
      let v2 = SIMD8<Double>(repeating: x2), v3 = SIMD8<Double>(repeating: x3)
      var a0 = SIMD8<Double>(), a1 = SIMD8<Double>(), a2 = SIMD8<Double>(), a3 = SIMD8<Double>()
      var j = i + 4
      while j + 8 <= m {
        let xj = Level1.load(x + j)
        let w0 = Level1.load(r0 + j), w1 = Level1.load(r1 + j), w2 = Level1.load(r2 + j), w3 = Level1.load(r3 + j)
        a0 = a0.addingProduct(w0, xj)
        a1 = a1.addingProduct(w1, xj)
        a2 = a2.addingProduct(w2, xj)
        a3 = a3.addingProduct(w3, xj)
        var yj = Level1.load(UnsafePointer(y + j))
        yj = yj.addingProduct(w0, v0)
        yj = yj.addingProduct(w1, v1)
        yj = yj.addingProduct(w2, v2)
        yj = yj.addingProduct(w3, v3)
        Level1.store(yj, y + j)
        j += 8
      }
      s0 += a0.sum()
      s1 += a1.sum()
      s2 += a2.sum()
      s3 += a3.sum()
      while j < m {
        let xj = x[j]
        s0 = s0.addingProduct(r0[j], xj)
        s1 = s1.addingProduct(r1[j], xj)
        s2 = s2.addingProduct(r2[j], xj)
        s3 = s3.addingProduct(r3[j], xj)
        var yj = y[j]
        yj = yj.addingProduct(r0[j], x0)
        yj = yj.addingProduct(r1[j], x1)
        yj = yj.addingProduct(r2[j], x2)
        yj = yj.addingProduct(r3[j], x3)
        y[j] = yj
        j += 1
      }
      y[i] += s0
      y[i + 1] += s1
      y[i + 2] += s2
      y[i + 3] += s3
      i += 4
    }
    while i < m {
      let row = a + i * lda
      let xi = x[i]
      var s = row[i] * xi
      for j in (i + 1)..<max(i + 1, m) {
        s = s.addingProduct(row[j], x[j])
        y[j] = y[j].addingProduct(row[j], xi)
      }
      y[i] += s
      i += 1
    }
  }
}
