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
  /// stride lda: one pass over the triangle, each row used for a dot and an axpy at once.
  static func symvUpper(
    _ m: Int, _ a: UnsafePointer<Double>, _ lda: Int, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>
  ) {
    y.update(repeating: 0, count: m)
    for i in 0..<m {
      let row = a + i * lda
      let xi = x[i]
      let xv = SIMD8<Double>(repeating: xi)
      var acc = SIMD8<Double>()
      var j = i + 1
      while j + 8 <= m {
        let r = Level1.load(row + j)
        acc = acc.addingProduct(r, Level1.load(x + j))
        Level1.store(Level1.load(UnsafePointer(y + j)).addingProduct(r, xv), y + j)
        j += 8
      }
      var s = acc.sum()
      while j < m {
        s = s.addingProduct(row[j], x[j])
        y[j] = y[j].addingProduct(row[j], xi)
        j += 1
      }
      y[i] += s + row[i] * xi
    }
  }
}
