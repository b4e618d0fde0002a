/// Householder reflections H = I − τ·v·vᵀ (v₀ = 1) and their blocked application in the
/// compact WY form H₀·H₁·…·H_{k−1} = I − Yᵀ·T·Y (Schreiber & Van Loan, "A storage-efficient WY
/// representation for products of Householder transformations", SIAM J. Sci. Stat. Comput.
/// 10(1), 1989; LAPACK `dlarfg`, `dlarft`, `dlarfb`).
enum Householder {
  /// Makes the reflector that maps x (n entries, stride inc) to β·e₁: on return x[0] is
  /// untouched, x[1...] holds v[1...] (v₀ = 1 implicit), and (τ, β) are returned; τ = 0 means
  /// H = I (x already has no tail).
  static func generate(_ n: Int, _ x: UnsafeMutablePointer<Double>, _ inc: Int) -> (tau: Double, beta: Double) {
    let alpha = x[0]
    if n <= 1 { return (0, alpha) }
    let tailNorm = Level1.nrm2(n - 1, UnsafePointer(x + inc), inc)
    if tailNorm == 0 { return (0, alpha) }
    var beta = (alpha * alpha + tailNorm * tailNorm).squareRoot()
    if !beta.isFinite || beta == 0 {
      let s = max(abs(alpha), tailNorm)
      beta = s * ((alpha / s) * (alpha / s) + (tailNorm / s) * (tailNorm / s)).squareRoot()
    }
    if alpha >= 0 { beta = -beta }
    let tau = (beta - alpha) / beta
    let scale = 1 / (alpha - beta)
    for i in 1..<n { x[i * inc] *= scale }
    return (tau, beta)
  }

  /// The upper-triangular k × k factor T of I − Yᵀ·T·Y = H₀·…·H_{k−1}, for Y (k × len, row
  /// stride ldy, each row one v) and τ; written row-major into `t` (k × k, zeros below).
  static func triangularFactor(
    k: Int, length: Int, _ y: UnsafePointer<Double>, ldy: Int, _ tau: UnsafePointer<Double>,
    _ t: UnsafeMutablePointer<Double>
  ) {
    t.update(repeating: 0, count: k * k)
    for j in 0..<k {
      t[j * k + j] = tau[j]
      if j == 0 || tau[j] == 0 { continue }
      // g_l = y_l · y_j for l < j, then T[0..<j, j] = −τ_j · T[0..<j, 0..<j] · g.
      var g = [Double](repeating: 0, count: j)
      for l in 0..<j { g[l] = Level1.dot(length, y + l * ldy, 1, y + j * ldy, 1) }
      for i in 0..<j {
        var s = 0.0
        for l in i..<j { s += t[i * k + l] * g[l] }
        t[i * k + j] = -tau[j] * s
      }
    }
  }

  /// C ← (I − Yᵀ·T·Y)·C (`transposeT` false) or (I − Yᵀ·Tᵀ·Y)·C (true, the product applied in
  /// reverse order, i.e. its transpose), for Y k × m (stride ldy), C m × n (stride ldc), with
  /// two scratch buffers of k·n doubles. Three GEMMs.
  static func applyLeft(
    k: Int, m: Int, n: Int, _ y: UnsafePointer<Double>, ldy: Int, _ t: UnsafePointer<Double>,
    transposeT: Bool, _ c: UnsafeMutablePointer<Double>, ldc: Int,
    scratch1: UnsafeMutablePointer<Double>, scratch2: UnsafeMutablePointer<Double>, threads: Int
  ) {
    if k == 0 || m == 0 || n == 0 { return }
    // W1 = Y·C (k × n); W2 = T·W1; C −= Yᵀ·W2.
    PackedGEMM.run(
      transA: .none, transB: .none, m: k, n: n, k: m, alpha: 1, a: y, lda: ldy, b: UnsafePointer(c),
      ldb: ldc, beta: 0, c: scratch1, ldc: n, threads: threads)
    PackedGEMM.run(
      transA: transposeT ? .transposed : .none, transB: .none, m: k, n: n, k: k, alpha: 1, a: t, lda: k,
      b: UnsafePointer(scratch1), ldb: n, beta: 0, c: scratch2, ldc: n, threads: threads)
    PackedGEMM.run(
      transA: .transposed, transB: .none, m: m, n: n, k: k, alpha: -1, a: y, lda: ldy,
      b: UnsafePointer(scratch2), ldb: n, beta: 1, c: c, ldc: ldc, threads: threads)
  }
}

extension Householder {
  /// The block size of the compact-WY applications.
  static let block = 32

  /// C ← H₀·H₁·…·H_{count−1}·C for reflectors stored as rows: H_j = I − τ_j·v_j·v_jᵀ with v_j in
  /// row j of `reflectors` (stride ldr), supported on indices j+shift ..< dim, v_j[j+shift] = 1
  /// stored explicitly. C is dim × columns (row-major, stride = columns). Blocks of `block`
  /// reflectors are applied last-to-first as I − Yᵀ·T·Y through GEMM.
  static func applyProduct(
    count: Int, dim: Int, shift: Int, _ reflectors: UnsafePointer<Double>, ldr: Int,
    _ tau: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, columns: Int, threads: Int
  ) {
    if count <= 0 || columns == 0 { return }
    let nb = block
    let y = UnsafeMutablePointer<Double>.allocate(capacity: nb * dim)
    let t = UnsafeMutablePointer<Double>.allocate(capacity: nb * nb)
    let s1 = UnsafeMutablePointer<Double>.allocate(capacity: nb * columns)
    let s2 = UnsafeMutablePointer<Double>.allocate(capacity: nb * columns)
    defer { y.deallocate(); t.deallocate(); s1.deallocate(); s2.deallocate() }
    var j0 = ((count - 1) / nb) * nb
    while j0 >= 0 {
      let k = min(nb, count - j0)
      let s = j0 + shift, m = dim - s
      if m > 0 {
        for r in 0..<k {
          let dst = y + r * m
          let lead = min(r, m)
          dst.update(repeating: 0, count: lead)
          if m - lead > 0 { (dst + lead).update(from: reflectors + (j0 + r) * ldr + s + lead, count: m - lead) }
        }
        triangularFactor(k: k, length: m, UnsafePointer(y), ldy: m, tau + j0, t)
        applyLeft(
          k: k, m: m, n: columns, UnsafePointer(y), ldy: m, UnsafePointer(t), transposeT: false,
          c + s * columns, ldc: columns, scratch1: s1, scratch2: s2, threads: threads)
      }
      j0 -= nb
    }
  }
}
