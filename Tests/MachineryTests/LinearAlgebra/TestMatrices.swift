import Generators
import LinearAlgebra

/// Seeded test matrices with known spectra and naive references for the linear-algebra tests.
enum TestMatrices {
  /// A rows × columns matrix of standard normals from the named stream.
  static func gaussian(_ rows: Int, _ columns: Int, _ name: String) -> Matrix {
    var rng = RandomStream(seed: 2024, name: "la-test." + name, trial: 0)
    return try! Matrix(rows: rows, columns: columns, elements: rng.nextNormalVector(count: rows * columns))
  }

  /// An n × n orthogonal Q = H₁·H₂·…·H_n, a product of seeded Householder reflections
  /// (I − 2vvᵀ/vᵀv), built with plain loops (independent of the kernels under test).
  static func orthogonal(_ n: Int, _ name: String) -> Matrix {
    var q = Matrix.identity(n)
    var rng = RandomStream(seed: 2024, name: "la-test.Q." + name, trial: 0)
    for _ in 0..<min(n, 12) {
      let v = rng.nextNormalVector(count: n)
      let vv = v.reduce(0) { $0 + $1 * $1 }
      // Q ← Q·(I − 2vvᵀ/vᵀv)
      for i in 0..<n {
        var s = 0.0
        for k in 0..<n { s += q[i, k] * v[k] }
        let f = 2 * s / vv
        for k in 0..<n { q[i, k] -= f * v[k] }
      }
    }
    return q
  }

  /// Q·diag(λ)·Qᵀ (exactly symmetrized), with Q from `orthogonal`.
  static func withSpectrum(_ values: [Double], _ name: String) -> Matrix {
    let n = values.count
    let q = orthogonal(n, name)
    var a = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in 0...i {
        var s = 0.0
        for k in 0..<n { s += q[i, k] * values[k] * q[j, k] }
        a[i, j] = s
        a[j, i] = s
      }
    }
    return a
  }

  /// U·diag(σ)·Vᵀ for an m × n matrix, r = min(m, n) values σ, with U, V from `orthogonal`.
  static func withSingularValues(_ m: Int, _ n: Int, _ sigma: [Double], _ name: String) -> Matrix {
    let u = orthogonal(m, name + ".U"), v = orthogonal(n, name + ".V")
    var a = Matrix(rows: m, columns: n)
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for k in 0..<sigma.count { s += u[i, k] * sigma[k] * v[j, k] }
        a[i, j] = s
      }
    }
    return a
  }

  /// The naive product op(A)·op(B) in the plain triple loop.
  static func naiveProduct(_ ta: Transpose, _ tb: Transpose, _ a: Matrix, _ b: Matrix) -> Matrix {
    let m = ta == .none ? a.rows : a.columns, k = ta == .none ? a.columns : a.rows
    let n = tb == .none ? b.columns : b.rows
    var c = Matrix(rows: m, columns: n)
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k {
          s += (ta == .none ? a[i, p] : a[p, i]) * (tb == .none ? b[p, j] : b[j, p])
        }
        c[i, j] = s
      }
    }
    return c
  }

  /// max |a_ij − b_ij|.
  static func maxDifference(_ a: Matrix, _ b: Matrix) -> Double {
    zip(a.elements, b.elements).reduce(0) { max($0, abs($1.0 - $1.1)) }
  }

  /// ‖VᵀV − I‖_max over the columns of V.
  static func orthogonalityError(_ v: Matrix) -> Double {
    var worst = 0.0
    for i in 0..<v.columns {
      for j in 0...i {
        var s = 0.0
        for k in 0..<v.rows { s += v[k, i] * v[k, j] }
        worst = max(worst, abs(s - (i == j ? 1 : 0)))
      }
    }
    return worst
  }
}
