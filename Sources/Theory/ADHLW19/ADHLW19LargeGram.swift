import Foundation
import LinearAlgebra

extension ADHLW19 {
  /// y ← H^∞·v without storing H^∞ (n up to 10⁴ and beyond): rows of H^∞ are formed in blocks of
  /// `blockSize` (one GEMM X_block·Xᵀ, then the entrywise kernel of ``gramInfinity(_:)``) and
  /// applied to v. Memory O(blockSize·n); time O(n²d) per product.
  public static func gramInfinityProduct(_ x: Matrix, _ v: [Double], _ y: inout [Double], blockSize: Int = 256) throws {
    let n = x.rows, d = x.columns
    try InvalidParameter.require(v.count == n && y.count == n, "v", v.count, "must have n = \(n) entries")
    var block = Matrix(rows: min(blockSize, n), columns: n)
    var start = 0
    while start < n {
      let rows = min(blockSize, n - start)
      let xb = try Matrix(rows: rows, columns: d, elements: Array(x.elements[(start * d)..<((start + rows) * d)]))
      if block.rows != rows { block = Matrix(rows: rows, columns: n) }
      try BLAS.gemm(.none, .transposed, alpha: 1, xb, x, beta: 0, &block)
      for r in 0..<rows {
        let i = start + r
        var s = 0.0
        for j in 0..<n {
          let t = block.elements[r * n + j]
          let h: Double
          if i == j {
            h = 0.5
          } else if abs(t) <= stableAngleThreshold {
            h = kernelEntry(innerProduct: t)
          } else {
            let (a, b) = differenceAndSumNorms(x, i, j)
            h = kernelEntry(differenceNorm: a, sumNorm: b)
          }
          s += h * v[j]
        }
        y[i] = s
      }
      start += rows
    }
  }

  /// λ_max(H^∞) by Lanczos on ``gramInfinityProduct(_:_:_:blockSize:)`` (no n × n storage).
  public static func largestGramEigenvalue(_ x: Matrix, tolerance: Double = 1e-8) throws -> Lanczos.Estimate {
    try requireUnitRows(x)
    var failure: Error?
    let estimate = try Lanczos.largestEigenvalue(dimension: x.rows, tolerance: tolerance) { v, y in
      do { try gramInfinityProduct(x, v, &y) } catch { failure = error }
    }
    if let failure { throw failure }
    return estimate
  }
}
