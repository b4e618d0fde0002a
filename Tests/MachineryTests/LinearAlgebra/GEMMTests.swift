import LinearAlgebra
import Testing

@Suite("BLAS")
struct BLASTests {
  static let shapes: [(Int, Int, Int)] = [
    (1, 1, 1), (7, 7, 7), (33, 33, 33), (1, 33, 7), (33, 1, 9), (9, 40, 1), (25, 50, 300), (70, 9, 33),
  ]

  @Test("GEMM matches the naive triple loop for every transpose, α and β", arguments: [
    (Transpose.none, Transpose.none), (.none, .transposed), (.transposed, .none), (.transposed, .transposed),
  ])
  func gemmAgainstNaive(_ ta: Transpose, _ tb: Transpose) throws {
    for (m, n, k) in Self.shapes {
      let a = ta == .none ? TestMatrices.gaussian(m, k, "A\(m)") : TestMatrices.gaussian(k, m, "A\(m)")
      let b = tb == .none ? TestMatrices.gaussian(k, n, "B\(n)") : TestMatrices.gaussian(n, k, "B\(n)")
      let c0 = TestMatrices.gaussian(m, n, "C")
      let ab = TestMatrices.naiveProduct(ta, tb, a, b)
      for (alpha, beta) in [(1.0, 0.0), (-0.5, 1.0), (2.0, 0.25)] {
        var c = c0
        try BLAS.gemm(ta, tb, alpha: alpha, a, b, beta: beta, &c)
        var worst = 0.0
        for i in 0..<(m * n) {
          worst = max(worst, abs(c.elements[i] - (alpha * ab.elements[i] + beta * c0.elements[i])))
        }
        #expect(worst <= 1e-13 * Double(k + 1) * 10, "m \(m) n \(n) k \(k) α \(alpha) β \(beta): \(worst)")
      }
    }
  }

  @Test("β = 0 does not read C (NaN in C is overwritten)")
  func betaZeroIgnoresC() throws {
    let a = TestMatrices.gaussian(9, 5, "A"), b = TestMatrices.gaussian(5, 30, "B")
    var c = Matrix(rows: 9, columns: 30, repeating: .nan)
    try BLAS.gemm(.none, .none, alpha: 1, a, b, beta: 0, &c)
    #expect(c.elements.allSatisfy { $0.isFinite })
  }

  @Test("1 and 2 threads give identical bytes, across the blocking boundaries (257)")
  func threadsDoNotChangeBytes() throws {
    for (m, n, k) in [(257, 257, 257), (300, 30, 520), (40, 600, 270)] {
      let a = TestMatrices.gaussian(m, k, "A"), b = TestMatrices.gaussian(n, k, "B")
      var c1 = TestMatrices.gaussian(m, n, "C"), c2 = c1
      try BLAS.gemm(.none, .transposed, alpha: 0.7, a, b, beta: 0.3, &c1, threads: 1)
      try BLAS.gemm(.none, .transposed, alpha: 0.7, a, b, beta: 0.3, &c2, threads: 2)
      #expect(c1.elements == c2.elements)
      let ref = TestMatrices.naiveProduct(.none, .transposed, a, b)
      let c0 = TestMatrices.gaussian(m, n, "C")
      var worst = 0.0
      for i in 0..<(m * n) { worst = max(worst, abs(c1.elements[i] - (0.7 * ref.elements[i] + 0.3 * c0.elements[i]))) }
      #expect(worst <= 1e-11)
    }
  }

  @Test("bad shapes throw")
  func badShapes() throws {
    let a = Matrix(rows: 3, columns: 4), b = Matrix(rows: 5, columns: 2)
    var c = Matrix(rows: 3, columns: 2)
    #expect(throws: LinearAlgebraError.self) { try BLAS.gemm(.none, .none, alpha: 1, a, b, beta: 0, &c) }
    var y = [0.0, 0, 0]
    #expect(throws: LinearAlgebraError.self) { try BLAS.gemv(.none, alpha: 1, a, [1, 2], beta: 0, &y) }
    var s = Matrix(rows: 4, columns: 3)
    #expect(throws: LinearAlgebraError.self) { try BLAS.syrk(.none, alpha: 1, a, beta: 0, &s) }
    #expect(throws: LinearAlgebraError.self) { try BLAS.dot([1, 2], [1]) }
    var z = [1.0]
    #expect(throws: LinearAlgebraError.self) { try BLAS.axpy(2, [1, 2], &z) }
  }

  @Test("GEMV, SYRK, DOT, AXPY match naive loops")
  func levelOneAndTwo() throws {
    for (m, n) in [(1, 1), (7, 13), (33, 70), (40, 9)] {
      let a = TestMatrices.gaussian(m, n, "A")
      let x = TestMatrices.gaussian(1, n, "x").elements, xt = TestMatrices.gaussian(1, m, "xt").elements
      var y = TestMatrices.gaussian(1, m, "y").elements
      let y0 = y
      try BLAS.gemv(.none, alpha: 1.5, a, x, beta: -1, &y)
      for i in 0..<m {
        var s = 0.0
        for j in 0..<n { s += a[i, j] * x[j] }
        #expect(abs(y[i] - (1.5 * s - y0[i])) <= 1e-12)
      }
      var yt = TestMatrices.gaussian(1, n, "yt").elements
      let yt0 = yt
      try BLAS.gemv(.transposed, alpha: 0.5, a, xt, beta: 2, &yt)
      for j in 0..<n {
        var s = 0.0
        for i in 0..<m { s += a[i, j] * xt[i] }
        #expect(abs(yt[j] - (0.5 * s + 2 * yt0[j])) <= 1e-12)
      }
      for trans in [Transpose.none, .transposed] {
        let r = trans == .none ? m : n
        var c = Matrix(rows: r, columns: r)
        try BLAS.syrk(trans, alpha: 2, a, beta: 0, &c)
        let ref = TestMatrices.naiveProduct(trans, trans == .none ? .transposed : .none, a, a)
        #expect(TestMatrices.maxDifference(c, ref.scaled(2)) <= 1e-12)
      }
      let d = try BLAS.dot(x, x)
      #expect(abs(d - x.reduce(0) { $0 + $1 * $1 }) <= 1e-12)
      var w = x
      try BLAS.axpy(-2, x, &w)
      #expect(zip(w, x).allSatisfy { abs($0 + $1) <= 1e-15 })
    }
  }
}

extension Matrix {
  fileprivate func scaled(_ s: Double) -> Matrix {
    try! Matrix(rows: rows, columns: columns, elements: elements.map { $0 * s })
  }
}
