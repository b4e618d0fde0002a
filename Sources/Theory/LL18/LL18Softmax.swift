import Foundation
import LinearAlgebra

extension LL18 {
  /// The softmax o_i(x, w) = e^{f_i} / Σ_j e^{f_j} of §3, row by row (shifted by the row
  /// maximum, which leaves it unchanged and avoids overflow). Throws on a non-finite output.
  public static func softmax(_ f: Matrix) throws -> Matrix {
    var o = f
    try softmaxInPlace(&o.elements, rows: f.rows, columns: f.columns)
    return o
  }

  /// Softmax of each row of a row-major buffer, in place.
  static func softmaxInPlace(_ e: inout [Double], rows: Int, columns: Int) throws {
    for s in 0..<rows {
      let base = s * columns
      var top = -Double.infinity
      for i in 0..<columns { top = max(top, e[base + i]) }
      guard top.isFinite else { throw InvalidParameter("f", top, "network outputs must be finite (the run diverged)") }
      var total = 0.0
      for i in 0..<columns {
        let v = exp(e[base + i] - top)
        e[base + i] = v
        total += v
      }
      for i in 0..<columns { e[base + i] /= total }
    }
  }

  /// The cross-entropy L(w, x_s, y_s) = −log o_{y_s}(x_s, w) of one row of outputs (§3), by
  /// log-sum-exp.
  public static func crossEntropy(outputs f: [Double], label y: Int) throws -> Double {
    try InvalidParameter.require(y >= 0 && y < f.count, "y", y, "must be a class in 0..<\(f.count)")
    let top = f.max() ?? 0
    guard top.isFinite else { throw InvalidParameter("f", top, "network outputs must be finite") }
    let lse = top + log(f.reduce(0) { $0 + exp($1 - top) })
    return lse - f[y]
  }

  /// The loss L(w) = −(1/N) Σ_s log o_{y_s}(x_s, w) of §3 on inputs X with labels y.
  public static func loss(_ network: Network, x: Matrix, labels: [Int]) throws -> Double {
    try InvalidParameter.require(labels.count == x.rows, "labels", labels.count, "needs one label per input (\(x.rows))")
    let f = try network.outputs(x)
    var total = 0.0
    for s in 0..<x.rows { total += try crossEntropy(outputs: f.row(s), label: labels[s]) }
    return total / Double(x.rows)
  }

  /// Whether f_y(x) > f_j(x) for every j ≠ y: the event of Theorem 4.1 (a tie is an error).
  public static func isCorrect(outputs f: [Double], label y: Int) -> Bool {
    for j in f.indices where j != y && !(f[y] > f[j]) { return false }
    return true
  }

  /// The fraction of rows of F (N × k) classified correctly in the sense of Theorem 4.1.
  public static func accuracy(outputs f: Matrix, labels: [Int]) -> Double {
    guard f.rows > 0 else { return 0 }
    var correct = 0
    for s in 0..<f.rows {
      let base = s * f.columns
      let y = labels[s]
      var ok = true
      for j in 0..<f.columns where j != y && !(f.elements[base + y] > f.elements[base + j]) {
        ok = false
        break
      }
      if ok { correct += 1 }
    }
    return Double(correct) / Double(f.rows)
  }
}
