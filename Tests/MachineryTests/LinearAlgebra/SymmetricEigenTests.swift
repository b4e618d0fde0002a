import LinearAlgebra
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A named spectrum for the eigen and SVD tests.
struct SpectrumCase: Sendable, CustomTestStringConvertible {
  let name: String
  let values: [Double]
  var testDescription: String { "\(name) (n = \(values.count))" }

  static func sequence(_ n: Int, _ f: (Int) -> Double) -> [Double] { (0..<n).map(f) }

  static let all: [SpectrumCase] = {
    var cases: [SpectrumCase] = []
    cases.append(SpectrumCase(name: "single", values: [3.5]))
    cases.append(SpectrumCase(name: "pair", values: [-1, 2]))
    cases.append(SpectrumCase(name: "separated", values: sequence(40) { Double($0) - 13.5 }))
    let clustered: [Double] = sequence(60) { k in 1 + Double(k % 4) * 1e-9 + Double(k / 4) }
    cases.append(SpectrumCase(name: "clustered", values: clustered))
    let repeated: [Double] = sequence(50) { k in k < 20 ? 2.0 : (k < 35 ? -1.0 : Double(k)) }
    cases.append(SpectrumCase(name: "repeated", values: repeated))
    let graded: [Double] = sequence(45) { k in pow(10, -12 * Double(k) / 44) }
    cases.append(SpectrumCase(name: "graded", values: graded))
    let deficient: [Double] = sequence(70) { k in k % 3 == 0 ? 0 : Double(k) / 7 }
    cases.append(SpectrumCase(name: "rank-deficient", values: deficient))
    cases.append(SpectrumCase(name: "large", values: sequence(150) { k in sin(Double(k)) * 10 }))
    return cases
  }()
}


@Suite("Symmetric eigen")
struct SymmetricEigenTests {
  @Test("known spectra: values, residual ‖AV − VΛ‖ and orthogonality", arguments: SpectrumCase.all)
  func knownSpectrum(_ spectrum: SpectrumCase) throws {
    let n = spectrum.values.count
    let a = TestMatrices.withSpectrum(spectrum.values, spectrum.name)
    let norm = spectrum.values.map(abs).max()!
    let eig = try SymmetricEigen(a, computeVectors: true)
    let expected = spectrum.values.sorted()
    let tol = 1e-12 * Double(n) * norm
    for (x, y) in zip(eig.values, expected) { #expect(abs(x - y) <= tol, "\(x) vs \(y)") }
    let v = try #require(eig.vectors)
    let av = TestMatrices.naiveProduct(.none, .none, a, v)
    var residual = 0.0
    for i in 0..<n { for j in 0..<n { residual = max(residual, abs(av[i, j] - v[i, j] * eig.values[j])) } }
    #expect(residual <= tol, "residual \(residual)")
    let orth = TestMatrices.orthogonalityError(v)
    #expect(orth <= 1e-12 * Double(n), "orthogonality \(orth)")
    let valuesOnly = try SymmetricEigen(a, computeVectors: false)
    #expect(valuesOnly.values == eig.values)
    #expect(valuesOnly.vectors == nil)
  }

  @Test("a random symmetric matrix: residual and orthogonality; threads do not change bytes")
  func randomSymmetric() throws {
    let n = 130
    let g = TestMatrices.gaussian(n, n, "sym")
    var a = g
    for i in 0..<n { for j in 0..<n { a[i, j] = g[i, j] + g[j, i] } }
    let e1 = try SymmetricEigen(a, threads: 1), e2 = try SymmetricEigen(a, threads: 2)
    #expect(e1.values == e2.values)
    #expect(e1.vectors == e2.vectors)
    let v = try #require(e1.vectors)
    let av = TestMatrices.naiveProduct(.none, .none, a, v)
    let norm = max(abs(e1.values.first!), abs(e1.values.last!))
    var residual = 0.0
    for i in 0..<n { for j in 0..<n { residual = max(residual, abs(av[i, j] - v[i, j] * e1.values[j])) } }
    #expect(residual <= 1e-12 * Double(n) * norm)
    #expect(TestMatrices.orthogonalityError(v) <= 1e-12 * Double(n))
    #expect(zip(e1.values, e1.values.dropFirst()).allSatisfy { $0 <= $1 })
  }

  @Test("only the lower triangle is read")
  func lowerTriangle() throws {
    let a = TestMatrices.withSpectrum([1, 2, 3, 4, 5], "lower")
    var b = a
    for i in 0..<5 { for j in (i + 1)..<5 { b[i, j] = 99 } }
    #expect(try SymmetricEigen(b).values == SymmetricEigen(a).values)
  }

  @Test("bad input throws")
  func badInput() throws {
    #expect(throws: LinearAlgebraError.self) { try SymmetricEigen(Matrix(rows: 2, columns: 3)) }
    var m = Matrix.identity(3)
    m[2, 1] = .nan
    #expect(throws: LinearAlgebraError.self) { try SymmetricEigen(m) }
  }
}
