extension BGMS18 {
  /// The minimum-norm solution of an underdetermined linear system A p = b (A is n×m,
  /// n ≤ m, full row rank) by Householder QR of Aᵀ (Golub & Van Loan, Matrix
  /// Computations, Sec. 5.2 and 5.7): Aᵀ = QR, Rᵀz = b, p = Q[z; 0].
  enum MinimumNormSolve {
    /// `a` holds A row-major (n rows of length m), i.e. Aᵀ column-major. Throws when A is
    /// numerically rank-deficient (|R_jj| ≤ 1e-13·max|R_ii|).
    static func solve(_ a: [Double], rows n: Int, columns m: Int, _ b: [Double]) throws -> [Double] {
      try InvalidParameter.require(n >= 1 && m >= n, "A", "\(n)×\(m)", "needs 1 ≤ rows ≤ columns")
      try InvalidParameter.require(a.count == n * m && b.count == n, "A", "\(a.count) entries", "must be n·m")
      var q = a  // column j of Aᵀ at j*m
      var diagonal = [Double](repeating: 0, count: n)
      var reflectors = [[Double]]()
      reflectors.reserveCapacity(n)
      for j in 0..<n {
        var norm = 0.0
        for i in j..<m { norm += q[j * m + i] * q[j * m + i] }
        norm = norm.squareRoot()
        let alpha = q[j * m + j] >= 0 ? -norm : norm
        var v = Array(q[(j * m + j)..<(j * m + m)])
        v[0] -= alpha
        let beta = v.reduce(0) { $0 + $1 * $1 }
        diagonal[j] = alpha
        if beta > 0 {
          for col in (j + 1)..<max(j + 1, n) {
            var s = 0.0
            for i in 0..<v.count { s += v[i] * q[col * m + j + i] }
            let f = 2 * s / beta
            for i in 0..<v.count { q[col * m + j + i] -= f * v[i] }
          }
        }
        reflectors.append(beta > 0 ? v.map { $0 / beta.squareRoot() } : [Double](repeating: 0, count: v.count))
      }
      let largest = diagonal.map { abs($0) }.max() ?? 0
      for j in 0..<n {
        try InvalidParameter.require(
          abs(diagonal[j]) > 1e-13 * largest && largest > 0, "A", "R[\(j)][\(j)] = \(diagonal[j])",
          "the system must have full row rank")
      }
      // Rᵀ z = b, with R[i][j] (i < j) = q[j*m + i].
      var z = [Double](repeating: 0, count: m)
      for i in 0..<n {
        var s = b[i]
        for l in 0..<i { s -= q[i * m + l] * z[l] }
        z[i] = s / diagonal[i]
      }
      // p = H_0 H_1 … H_{n−1} [z; 0], each H_j = I − 2 v vᵀ with unit v on rows j..<m.
      for j in stride(from: n - 1, through: 0, by: -1) {
        let v = reflectors[j]
        var s = 0.0
        for i in 0..<v.count { s += v[i] * z[j + i] }
        for i in 0..<v.count { z[j + i] -= 2 * s * v[i] }
      }
      return z
    }
  }
}
