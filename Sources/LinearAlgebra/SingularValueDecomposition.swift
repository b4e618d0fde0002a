/// The thin singular value decomposition A = U·diag(s)·Vᵀ of an m × n matrix, r = min(m, n).
///
/// A backward-stable route (Golub & Van Loan §8.6; LAPACK `dgesvd` for m ≫ n): the tall
/// orientation (A or Aᵀ) is first reduced by blocked Householder QR to its r × r triangle R,
/// R is reduced to bidiagonal form by Householder reflections, and the bidiagonal matrix is
/// diagonalized by the implicit-shift QR iteration of Golub–Kahan/Demmel–Kahan with plane
/// rotations (`BidiagonalSVD`). Vectors are assembled by applying the reflectors in blocks
/// through GEMM. Values have absolute error O(ε‖A‖); the tests check ‖A − UΣVᵀ‖ and the
/// orthogonality of U and V to 1e-12·r relative to ‖A‖ on known spectra.
public struct SingularValueDecomposition: Sendable {
  /// The singular values in descending order (r of them).
  public let values: [Double]
  /// U (m × r, orthonormal columns), when requested.
  public let u: Matrix?
  /// Vᵀ (r × n, orthonormal rows), when requested.
  public let vt: Matrix?

  /// Decomposes `a`. `threads` is passed to the GEMM-based steps; the result does not depend on it.
  public init(_ a: Matrix, computeVectors: Bool = false, threads: Int = 1) throws {
    guard a.elements.allSatisfy({ $0.isFinite }) else { throw LinearAlgebraError.invalidArgument("SVD: non-finite entry") }
    guard threads >= 1 else { throw LinearAlgebraError.invalidArgument("SVD: threads = \(threads)") }
    let m = a.rows, n = a.columns
    if m >= n {
      let (s, uu, vv) = try Self.tall(at: a.transposed.elements, m: m, n: n, vectors: computeVectors, threads: threads)
      values = s
      u = try uu.map { try Matrix(rows: m, columns: n, elements: $0) }
      vt = try vv.map { try Matrix(rows: n, columns: n, elements: $0) }
    } else {
      // Aᵀ = U'·Σ·V'ᵀ is tall and its transpose is A itself: U = V', Vᵀ = U'ᵀ.
      let (s, uu, vv) = try Self.tall(at: a.elements, m: n, n: m, vectors: computeVectors, threads: threads)
      values = s
      u = try vv.map { try Matrix(rows: m, columns: m, elements: $0).transposed }
      vt = try uu.map { try Matrix(rows: n, columns: m, elements: $0).transposed }
    }
  }

  /// The SVD of a tall m × n matrix (m ≥ n) given as its transpose `at` (n × m): values
  /// descending, U (m × n) and Vᵀ (n × n) row-major when `vectors`.
  static func tall(at: [Double], m: Int, n: Int, vectors: Bool, threads: Int) throws -> ([Double], [Double]?, [Double]?) {
    if n == 0 { return ([], vectors ? [] : nil, vectors ? [] : nil) }
    let qr = HouseholderQR(transposed: at, m: m, n: n, threads: threads)
    let bidiagonal = Bidiagonalization(qr.r, n: n)
    var d = bidiagonal.diagonal, f = bidiagonal.superDiagonal
    var ut = [Double](repeating: 0, count: vectors ? n * n : 0)
    var vt = [Double](repeating: 0, count: vectors ? n * n : 0)
    if vectors { for i in 0..<n { ut[i * n + i] = 1; vt[i * n + i] = 1 } }
    try ut.withUnsafeMutableBufferPointer { ub in
      try vt.withUnsafeMutableBufferPointer { vb in
        try BidiagonalSVD.iterate(&d, &f, ut: vectors ? ub.baseAddress : nil, vt: vectors ? vb.baseAddress : nil, columns: n)
      }
    }
    // Nonnegative values (a sign flip moves into Vᵀ), then descending order.
    for i in 0..<n where d[i] < 0 {
      d[i] = -d[i]
      if vectors { for k in 0..<n { vt[i * n + k] = -vt[i * n + k] } }
    }
    let order = (0..<n).sorted { d[$0] > d[$1] || (d[$0] == d[$1] && $0 < $1) }
    let values = order.map { d[$0] }
    guard vectors else { return (values, nil, nil) }
    // U_B (n × n) with column p = row order[p] of ut; V_B likewise from vt.
    var ub = [Double](repeating: 0, count: n * n), vb = [Double](repeating: 0, count: n * n)
    for (p, i) in order.enumerated() {
      for k in 0..<n {
        ub[k * n + p] = ut[i * n + k]
        vb[k * n + p] = vt[i * n + k]
      }
    }
    bidiagonal.applyLeft(to: &ub, columns: n, threads: threads)   // U_R = Q_B·U_B
    bidiagonal.applyRight(to: &vb, columns: n, threads: threads)  // V = P_B·V_B
    var u = [Double](repeating: 0, count: m * n)
    u.replaceSubrange(0..<(n * n), with: ub)
    qr.applyQ(to: &u, columns: n, threads: threads)              // U = Q·[U_R; 0]
    var vtOut = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for k in 0..<n { vtOut[i * n + k] = vb[k * n + i] } }
    return (values, u, vtOut)
  }
}
