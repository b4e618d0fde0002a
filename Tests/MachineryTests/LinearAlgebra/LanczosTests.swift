import LinearAlgebra
import Testing

@Suite("Lanczos")
struct LanczosTests {
  @Test("agrees with the eigensolver on known and random spectra")
  func againstEigen() throws {
    let known = TestMatrices.withSpectrum((0..<80).map { Double($0) / 10 - 3 }, "lanczos")
    let g = TestMatrices.gaussian(200, 200, "lanczos.g")
    var random = g
    for i in 0..<200 { for j in 0..<200 { random[i, j] = g[i, j] + g[j, i] } }
    let clustered = TestMatrices.withSpectrum((0..<60).map { $0 < 3 ? 5.0 : Double($0) / 100 }, "lanczos.c")
    for a in [known, random, clustered] {
      let top = try SymmetricEigen(a, computeVectors: false).values.last!
      let est = try Lanczos.largestEigenvalue(of: a, tolerance: 1e-12)
      #expect(abs(est.value - top) <= 1e-10 * abs(top), "\(est.value) vs \(top)")
      #expect(est.residual <= 1e-12 * abs(est.value) || est.iterations == a.rows)
      #expect(abs(est.value - top) <= est.residual + 1e-12 * abs(top))
    }
  }

  @Test("an operator given as a closure, and a 1 × 1 matrix")
  func closure() throws {
    // A = diag(1, 2, …, 500): λ_max = 500.
    let est = try Lanczos.largestEigenvalue(dimension: 500, tolerance: 1e-10) { x, y in
      for i in 0..<x.count { y[i] = Double(i + 1) * x[i] }
    }
    #expect(abs(est.value - 500) <= 1e-7)
    let one = try Lanczos.largestEigenvalue(of: try Matrix([[-2]]))
    #expect(one.value == -2)
  }

  @Test("bad input throws")
  func bad() throws {
    #expect(throws: LinearAlgebraError.self) { try Lanczos.largestEigenvalue(of: Matrix(rows: 2, columns: 3)) }
    #expect(throws: LinearAlgebraError.self) { try Lanczos.largestEigenvalue(dimension: 0) { _, _ in } }
    #expect(throws: LinearAlgebraError.self) { try Lanczos.largestEigenvalue(dimension: 3, tolerance: -1) { _, _ in } }
    #expect(throws: LinearAlgebraError.self) {
      try Lanczos.largestEigenvalue(dimension: 3) { _, y in y = [.nan, 0, 0] }
    }
  }
}
