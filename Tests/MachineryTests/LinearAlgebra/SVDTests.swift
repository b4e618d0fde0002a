import LinearAlgebra
import Testing

@Suite("Singular value decomposition")
struct SVDTests {
  /// ‖A − U·diag(s)·Vᵀ‖_max, ‖UᵀU − I‖, ‖VVᵀ − I‖.
  static func check(_ a: Matrix, _ svd: SingularValueDecomposition) throws -> (Double, Double, Double) {
    let u = try #require(svd.u), vt = try #require(svd.vt)
    let r = svd.values.count
    #expect(u.rows == a.rows && u.columns == r && vt.rows == r && vt.columns == a.columns)
    var us = u
    for i in 0..<u.rows { for k in 0..<r { us[i, k] *= svd.values[k] } }
    let rec = TestMatrices.naiveProduct(.none, .none, us, vt)
    return (TestMatrices.maxDifference(rec, a), TestMatrices.orthogonalityError(u), TestMatrices.orthogonalityError(vt.transposed))
  }

  @Test("known singular values, tall and wide: values, reconstruction, orthogonality", arguments: SpectrumCase.all)
  func knownValues(_ spectrum: SpectrumCase) throws {
    let sigma = spectrum.values.map(abs).sorted(by: >)
    let r = sigma.count
    let norm = max(sigma[0], 1e-300)
    for (m, n) in [(r + 17, r), (r, r + 5), (r, r)] {
      let a = TestMatrices.withSingularValues(m, n, sigma, spectrum.name)
      let svd = try SingularValueDecomposition(a, computeVectors: true)
      let tol = 1e-12 * Double(r) * norm
      #expect(svd.values.count == r)
      for (x, y) in zip(svd.values, sigma) { #expect(abs(x - y) <= tol, "\(m)×\(n): \(x) vs \(y)") }
      let (rec, ou, ov) = try Self.check(a, svd)
      #expect(rec <= tol, "\(m)×\(n) reconstruction \(rec)")
      #expect(ou <= 1e-12 * Double(r), "\(m)×\(n) UᵀU \(ou)")
      #expect(ov <= 1e-12 * Double(r), "\(m)×\(n) VᵀV \(ov)")
      let valuesOnly = try SingularValueDecomposition(a)
      for (x, y) in zip(valuesOnly.values, svd.values) { #expect(abs(x - y) <= tol) }
      #expect(valuesOnly.u == nil && valuesOnly.vt == nil)
    }
  }

  @Test("a Gaussian 300 × 60 matrix: reconstruction, orthogonality, threads do not change bytes")
  func gaussianTall() throws {
    let a = TestMatrices.gaussian(300, 60, "svd")
    let s1 = try SingularValueDecomposition(a, computeVectors: true, threads: 1)
    let s2 = try SingularValueDecomposition(a, computeVectors: true, threads: 2)
    #expect(s1.values == s2.values && s1.u == s2.u && s1.vt == s2.vt)
    let (rec, ou, ov) = try Self.check(a, s1)
    #expect(rec <= 1e-12 * 60 * s1.values[0])
    #expect(ou <= 1e-12 * 60 && ov <= 1e-12 * 60)
    #expect(zip(s1.values, s1.values.dropFirst()).allSatisfy { $0 >= $1 })
  }

  @Test("edge shapes and bad input")
  func edges() throws {
    let z = try SingularValueDecomposition(Matrix(rows: 3, columns: 2), computeVectors: true)
    #expect(z.values == [0, 0])
    let one = try SingularValueDecomposition(try Matrix([[-3]]), computeVectors: true)
    #expect(one.values == [3])
    let row = try SingularValueDecomposition(try Matrix([[3, 4]]), computeVectors: true)
    #expect(abs(row.values[0] - 5) <= 1e-15)
    var bad = Matrix.identity(2)
    bad[0, 1] = .infinity
    #expect(throws: LinearAlgebraError.self) { try SingularValueDecomposition(bad) }
  }
}
