/// Eigenvalues and eigenvectors of a symmetric tridiagonal matrix T (diagonal d, off-diagonal e).
///
/// Values: T is split where |e_i| ≤ ε·‖T‖₁ (an absolute perturbation of size ε‖T‖, so the
/// values keep their backward error), and each unreduced block is diagonalized by the implicit
/// QL iteration with Wilkinson shifts (Golub & Van Loan §8.3.5; EISPACK `tql1`), which finds
/// every eigenvalue to an absolute error of a small multiple of ε‖T‖.
///
/// Vectors: inverse iteration on each block, as in LAPACK `dstein` (Dhillon's analysis in
/// "Current inverse iteration software can fail", BIT 38, 1998, is why we cluster): T − λI is
/// factored with partial pivoting (tiny pivots replaced by ε‖T‖), a deterministic start vector
/// is solved against it until the growth shows convergence, plus one more step; eigenvalues of
/// a block closer than `clusterGap`·‖T‖ form a cluster, within which each iterate is
/// orthogonalized (modified Gram–Schmidt) against the cluster's earlier vectors, and equal
/// values are separated by 10ε‖T‖ so that their factorizations differ.
enum TridiagonalEigen {
  /// An unreduced diagonal block [lower, upper).
  struct Block { let lower: Int; let upper: Int }

  /// ‖T‖₁ (the largest absolute column sum).
  static func norm(_ d: [Double], _ e: [Double]) -> Double {
    var best = 0.0
    for i in 0..<d.count {
      var s = abs(d[i])
      if i > 0 { s += abs(e[i - 1]) }
      if i < e.count { s += abs(e[i]) }
      best = max(best, s)
    }
    return best
  }

  /// Splits T into unreduced blocks, zeroing the negligible off-diagonal entries in `e`.
  static func split(_ d: [Double], _ e: inout [Double], norm: Double) -> [Block] {
    let n = d.count
    var blocks: [Block] = []
    var start = 0
    let tol = Double.ulpOfOne * norm
    for i in 0..<max(n - 1, 0) where abs(e[i]) <= tol {
      e[i] = 0
      blocks.append(Block(lower: start, upper: i + 1))
      start = i + 1
    }
    if n > 0 { blocks.append(Block(lower: start, upper: n)) }
    return blocks
  }

  /// The eigenvalues of the unreduced block (d[lo..<hi], e[lo..<hi−1]), ascending.
  static func values(_ d: ArraySlice<Double>, _ e: ArraySlice<Double>) throws -> [Double] {
    var dd = Array(d)
    let m = dd.count
    var ee = Array(e) + [0]
    let eps = Double.ulpOfOne
    for l in 0..<m {
      var iterations = 0
      while true {
        var mm = l
        while mm < m - 1 {
          let s = abs(dd[mm]) + abs(dd[mm + 1])
          if abs(ee[mm]) <= eps * s { break }
          mm += 1
        }
        if mm == l { break }
        iterations += 1
        if iterations > 60 { throw LinearAlgebraError.noConvergence("tridiagonal QL: eigenvalue \(l) after 60 sweeps") }
        var g = (dd[l + 1] - dd[l]) / (2 * ee[l])
        var r = hypot2(g, 1)
        g = dd[mm] - dd[l] + ee[l] / (g + (g >= 0 ? abs(r) : -abs(r)))
        var s = 1.0, c = 1.0, p = 0.0
        var i = mm - 1
        var early = false
        while i >= l {
          let f = s * ee[i], b = c * ee[i]
          r = hypot2(f, g)
          ee[i + 1] = r
          if r == 0 {
            dd[i + 1] -= p
            ee[mm] = 0
            early = true
            break
          }
          s = f / r
          c = g / r
          g = dd[i + 1] - p
          r = (dd[i] - g) * s + 2 * c * b
          p = s * r
          dd[i + 1] = g + p
          g = c * r - b
          i -= 1
        }
        if early { continue }
        dd[l] -= p
        ee[l] = g
        ee[mm] = 0
      }
    }
    return dd.sorted()
  }

  @inline(__always)
  static func hypot2(_ a: Double, _ b: Double) -> Double {
    let x = abs(a), y = abs(b)
    let big = max(x, y), small = min(x, y)
    if big == 0 { return 0 }
    if big.isInfinite { return big }
    let q = small / big
    return big * (1 + q * q).squareRoot()
  }

  /// Relative gap (in units of ‖T‖) below which eigenvalues are treated as a cluster.
  static func clusterGap(_ n: Int) -> Double { max(1e-3 / Double(max(n, 1)), 1e-7) }

  /// The eigenvectors of the block for its ascending eigenvalues `lambda`: `lambda.count`
  /// unit vectors of length m = hi − lo, one after another.
  static func vectors(
    _ d: ArraySlice<Double>, _ e: ArraySlice<Double>, _ lambda: [Double], norm: Double, clusterGap gap: Double
  ) throws -> [Double] {
    let m = d.count
    let dd = Array(d), ee = Array(e)
    let count = lambda.count
    var out = [Double](repeating: 0, count: count * m)
    if m == 1 {
      for j in 0..<count { out[j] = 1 }
      return out
    }
    let eps = Double.ulpOfOne
    let pert = eps * max(norm, Double.leastNormalMagnitude)
    var u0 = [Double](repeating: 0, count: m), u1 = [Double](repeating: 0, count: m)
    var u2 = [Double](repeating: 0, count: m), mult = [Double](repeating: 0, count: m)
    var swap = [Bool](repeating: false, count: m)
    var x = [Double](repeating: 0, count: m)
    var clusterStart = 0
    var previous = -Double.infinity
    for j in 0..<count {
      var lam = lambda[j]
      if j > 0 && lam - lambda[j - 1] > gap * norm { clusterStart = j }
      // Equal (or nearly equal) values get distinct shifts.
      if j > clusterStart && lam <= previous + 10 * pert { lam = previous + 10 * pert }
      previous = lam
      // LU with partial pivoting of T − λI.
      for k in 0..<m { u0[k] = dd[k] - lam; u1[k] = k < m - 1 ? ee[k] : 0; u2[k] = 0; swap[k] = false }
      for k in 0..<(m - 1) {
        let sub = ee[k]
        let dNext = u0[k + 1], eNext = k + 1 < m - 1 ? ee[k + 1] : 0
        if abs(u0[k]) >= abs(sub) {
          if u0[k] == 0 { u0[k] = pert }
          let f = sub / u0[k]
          mult[k] = f
          u0[k + 1] = dNext - f * u1[k]
          u1[k + 1] = eNext
          u2[k] = 0
        } else {
          let f = u0[k] / sub
          mult[k] = f
          swap[k] = true
          let oldSuper = u1[k]
          u0[k] = sub
          u1[k] = dNext
          u2[k] = eNext
          u0[k + 1] = oldSuper - f * dNext
          u1[k + 1] = -f * eNext
        }
      }
      for k in 0..<m where abs(u0[k]) < pert { u0[k] = u0[k] < 0 ? -pert : pert }
      // Deterministic start vector (a fixed integer hash of (j, k)), normalized.
      for k in 0..<m {
        var h = UInt64(truncatingIfNeeded: j &* 0x9E37_79B9 &+ k &* 0x85EB_CA6B &+ 0x1234_5678)
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h = (h ^ (h >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        x[k] = Double(h >> 11) * 0x1p-53 - 0.5
      }
      normalize(&x)
      var converged = false, extra = 0
      for _ in 0..<10 {
        // Solve (T − λI)·x_new = x.
        for k in 0..<(m - 1) {
          if swap[k] { x.swapAt(k, k + 1) }
          x[k + 1] -= mult[k] * x[k]
        }
        x[m - 1] /= u0[m - 1]
        x[m - 2] = (x[m - 2] - u1[m - 2] * x[m - 1]) / u0[m - 2]
        var k = m - 3
        while k >= 0 {
          x[k] = (x[k] - u1[k] * x[k + 1] - u2[k] * x[k + 2]) / u0[k]
          k -= 1
        }
        let growth = norm2(x)
        guard growth.isFinite, growth > 0 else {
          throw LinearAlgebraError.noConvergence("inverse iteration: overflow for eigenvalue \(lam)")
        }
        for k in 0..<m { x[k] /= growth }
        // Orthogonalize against the cluster's earlier vectors.
        if j > clusterStart {
          for _ in 0..<2 {
            for q in clusterStart..<j {
              var s = 0.0
              for k in 0..<m { s += out[q * m + k] * x[k] }
              for k in 0..<m { x[k] -= s * out[q * m + k] }
            }
          }
          normalize(&x)
        }
        if converged {
          extra += 1
          if extra >= 1 { break }
        }
        // The residual of x/‖x‖ before normalization is at most 1/growth.
        if 1 / growth <= 10 * Double(m).squareRoot() * pert { converged = true }
      }
      for k in 0..<m { out[j * m + k] = x[k] }
    }
    return out
  }

  static func norm2(_ x: [Double]) -> Double {
    var big = 0.0
    for v in x { big = max(big, abs(v)) }
    if big == 0 || !big.isFinite { return big }
    var s = 0.0
    for v in x { let t = v / big; s += t * t }
    return big * s.squareRoot()
  }

  static func normalize(_ x: inout [Double]) {
    let r = norm2(x)
    if r > 0 { for k in 0..<x.count { x[k] /= r } }
  }
}
