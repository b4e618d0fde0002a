import LinearAlgebra
import Testing

@Suite("Cholesky")
struct CholeskyTests {
  @Test("L·Lᵀ reproduces A; solve, refined solve and the inverse quadratic form", arguments: [1, 5, 33, 130])
  func factorAndSolve(_ n: Int) throws {
    let values = (0..<n).map { 1e-3 + Double($0) / Double(n) }
    let a = TestMatrices.withSpectrum(values, "chol\(n)")
    let ch = try Cholesky(a)
    let l = ch.factor
    for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { #expect(l[i, j] == 0) } }
    let llt = TestMatrices.naiveProduct(.none, .transposed, l, l)
    #expect(TestMatrices.maxDifference(llt, a) <= 1e-14 * Double(n))
    let x0 = TestMatrices.gaussian(1, n, "x").elements
    var b = [Double](repeating: 0, count: n)
    try BLAS.gemv(.none, alpha: 1, a, x0, beta: 0, &b)
    let cond = 1 / 1e-3
    let x = try ch.solve(b)
    #expect(zip(x, x0).allSatisfy { abs($0 - $1) <= 1e-14 * cond * Double(n) })
    let xr = try ch.solve(b, refiningWith: a, steps: 2)
    #expect(zip(xr, x0).allSatisfy { abs($0 - $1) <= 1e-14 * cond * Double(n) })
    // bᵀA⁻¹b = x0ᵀ·A·x0 = x0ᵀ·b.
    let q = try ch.inverseQuadraticForm(b)
    let ref = zip(x0, b).reduce(0) { $0 + $1.0 * $1.1 }
    #expect(abs(q - ref) <= 1e-12 * cond * abs(ref))
  }

  @Test("1 and 2 threads give the same factor")
  func threads() throws {
    let n = 300
    let g = TestMatrices.gaussian(n, n, "g")
    var a = Matrix(rows: n, columns: n)
    try BLAS.syrk(.none, alpha: 1, g, beta: 0, &a)
    for i in 0..<n { a[i, i] += Double(n) }
    #expect(try Cholesky(a, threads: 1).factor == Cholesky(a, threads: 2).factor)
  }

  @Test("a non-positive-definite input throws with the failing pivot", arguments: [3, 40, 77])
  func notPositiveDefinite(_ n: Int) throws {
    // Eigenvalues 1 except one −1: the first leading minor that fails is found by the
    // unblocked reference (det of leading blocks), which must match the reported pivot.
    var values = [Double](repeating: 1, count: n)
    values[n / 2] = -1
    let a = TestMatrices.withSpectrum(values, "npd\(n)")
    var expected = -1
    var l = Matrix(rows: n, columns: n)
    search: for j in 0..<n {
      var d = a[j, j]
      for p in 0..<j { d -= l[j, p] * l[j, p] }
      if !(d > 0) { expected = j; break search }
      l[j, j] = d.squareRoot()
      for i in (j + 1)..<n {
        var s = a[i, j]
        for p in 0..<j { s -= l[i, p] * l[j, p] }
        l[i, j] = s / l[j, j]
      }
    }
    #expect(expected >= 0)
    do {
      _ = try Cholesky(a)
      Issue.record("no error")
    } catch LinearAlgebraError.notPositiveDefinite(let pivot, let value) {
      #expect(pivot == expected)
      #expect(value <= 0)
    }
  }

  @Test("bad shapes throw")
  func badShapes() throws {
    #expect(throws: LinearAlgebraError.self) { try Cholesky(Matrix(rows: 2, columns: 3)) }
    let ch = try Cholesky(Matrix.identity(3))
    #expect(throws: LinearAlgebraError.self) { try ch.solve([1, 2]) }
    #expect(throws: LinearAlgebraError.self) { try Cholesky(Matrix(rows: 1, columns: 1, repeating: .nan)) }
  }
}
