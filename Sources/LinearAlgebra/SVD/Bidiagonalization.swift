/// The reduction R = Q_B·B·P_Bᵀ of a square matrix to upper bidiagonal B by alternating left
/// and right Householder reflections (Golub & Kahan 1965; Golub & Van Loan §5.4.8, LAPACK
/// `dgebd2`). Each step makes two passes over the trailing matrix: one to form uᵀA, one that
/// applies the left reflection and then, row by row while the row is in cache, the right one.
struct Bidiagonalization {
  let n: Int
  /// The diagonal of B (n entries).
  var diagonal: [Double]
  /// The superdiagonal of B (n − 1 entries).
  var superDiagonal: [Double]
  /// Row j: the left reflector u_j on indices j..<n (u_j[j] = 1); n × n.
  var left: [Double]
  var leftTau: [Double]
  /// Row j: the right reflector v_j on indices j+1..<n (v_j[j+1] = 1); n × n.
  var right: [Double]
  var rightTau: [Double]

  init(_ r: [Double], n: Int) {
    self.n = n
    var a = r
    var d = [Double](repeating: 0, count: n), f = [Double](repeating: 0, count: max(n - 1, 0))
    var ul = [Double](repeating: 0, count: n * n), vr = [Double](repeating: 0, count: n * n)
    var tl = [Double](repeating: 0, count: n), tr = [Double](repeating: 0, count: n)
    var w = [Double](repeating: 0, count: n)
    a.withUnsafeMutableBufferPointer { ab in
      ul.withUnsafeMutableBufferPointer { ub in
        vr.withUnsafeMutableBufferPointer { vb in
          w.withUnsafeMutableBufferPointer { wb in
            guard let A = ab.baseAddress else { return }
            let U = ub.baseAddress!, V = vb.baseAddress!, W = wb.baseAddress!
            for j in 0..<n {
              // Left reflector from column j, rows j..<n.
              let u = U + j * n
              for i in j..<n { u[i] = A[i * n + j] }
              let (tu, bu) = Householder.generate(n - j, u + j, 1)
              u[j] = 1
              tl[j] = tu
              d[j] = bu
              let cols = n - j - 1
              if cols == 0 { break }
              // w = uᵀ·A[j..<n, j+1..<n].
              W.update(repeating: 0, count: cols)
              if tu != 0 {
                for i in j..<n where u[i] != 0 { Level1.axpy(cols, u[i], A + i * n + j + 1, W) }
              }
              // Row j after the left reflection, then the right reflector from it.
              let rowJ = A + j * n + j + 1
              if tu != 0 { Level1.axpy(cols, -tu * u[j], UnsafePointer(W), rowJ) }
              let v = V + j * n
              (v + j + 1).update(from: rowJ, count: cols)
              let (tv, bv) = Householder.generate(cols, v + j + 1, 1)
              v[j + 1] = 1
              tr[j] = tv
              f[j] = bv
              // Rows i > j: left update, then the right one while the row is hot.
              for i in (j + 1)..<n {
                let row = A + i * n + j + 1
                if tu != 0 && u[i] != 0 { Level1.axpy(cols, -tu * u[i], UnsafePointer(W), row) }
                if tv != 0 {
                  let s = Level1.dot(cols, row, 1, v + j + 1, 1)
                  Level1.axpy(cols, -tv * s, UnsafePointer(v + j + 1), row)
                }
              }
            }
          }
        }
      }
    }
    diagonal = d
    superDiagonal = f
    left = ul
    leftTau = tl
    right = vr
    rightTau = tr
  }

  /// C ← Q_B·C (C n × columns).
  func applyLeft(to c: inout [Double], columns: Int, threads: Int) {
    left.withUnsafeBufferPointer { rb in
      leftTau.withUnsafeBufferPointer { tb in
        c.withUnsafeMutableBufferPointer { cb in
          Householder.applyProduct(
            count: n, dim: n, shift: 0, rb.baseAddress!, ldr: n, tb.baseAddress!, cb.baseAddress!,
            columns: columns, threads: threads)
        }
      }
    }
  }

  /// C ← P_B·C (C n × columns).
  func applyRight(to c: inout [Double], columns: Int, threads: Int) {
    if n < 2 { return }
    right.withUnsafeBufferPointer { rb in
      rightTau.withUnsafeBufferPointer { tb in
        c.withUnsafeMutableBufferPointer { cb in
          Householder.applyProduct(
            count: n - 1, dim: n, shift: 1, rb.baseAddress!, ldr: n, tb.baseAddress!, cb.baseAddress!,
            columns: columns, threads: threads)
        }
      }
    }
  }
}
