import Foundation
import LinearAlgebra
import Theory

extension LL18 {
  /// The two readings of the initialization scale.
  public enum InitializationReading: String, Sendable, CaseIterable {
    /// (A3): w_r⁽⁰⁾ ~ N(0, σ²I) with σ = 1/√m, i.e. variance 1/m.
    case varianceOneOverM = "(A3): variance 1/m (σ = 1/√m)"
    /// §7 "N(0, 1/√m)" read as variance 1/√m (σ = m^(−1/4)).
    case varianceOneOverSqrtM = "§7: variance 1/√m (σ = m^(−1/4))"

    /// A short name for check labels.
    public var label: String {
      switch self {
      case .varianceOneOverM: "σ² = 1/m"
      case .varianceOneOverSqrtM: "σ² = 1/√m"
      }
    }

    /// σ at width m.
    public func sigma(m: Int) -> Double {
      switch self {
      case .varianceOneOverM: 1 / Double(m).squareRoot()
      case .varianceOneOverSqrtM: pow(Double(m), -0.25)
      }
    }

    /// The exponent e of σ = m^(−e).
    public var sigmaExponent: Double { self == .varianceOneOverM ? 0.5 : 0.25 }
  }

  /// (A3): W⁽⁰⁾ with i.i.d. N(0, σ²) entries (σ by the reading) and a_{i,r} ~ N(0, 1) i.i.d.
  /// Draws W row by row first, then A.
  public static func initialNetwork(
    k: Int, m: Int, d: Int, reading: InitializationReading, using rng: inout some RandomNumberGenerator
  ) throws -> Network {
    try InvalidParameter.require(k >= 2 && m >= 1 && d >= 1, "k, m, d", "\(k), \(m), \(d)", "need k ≥ 2, m, d ≥ 1")
    let w = try Matrix(rows: m, columns: d, elements: rng.nextNormalVector(count: m * d, standardDeviation: reading.sigma(m: m)))
    let a = try Matrix(rows: k, columns: m, elements: rng.nextNormalVector(count: k * m))
    return try Network(w: w, a: a)
  }

  /// How SGD's batches are drawn.
  public enum BatchSampling: String, Sendable, CaseIterable {
    /// §3: "randomly divide the total training examples into T batches": a random permutation
    /// cut into ⌊N/B⌋ batches of B (the N mod B leftover unused); for more steps than one pass,
    /// a fresh permutation per pass (epochs without replacement).
    case withoutReplacement = "without replacement (random partition per pass)"
    /// Each batch B indices drawn i.i.d. uniformly (with replacement).
    case withReplacement = "with replacement (i.i.d. indices)"
  }

  /// The batch schedule of T steps of B indices out of N.
  public static func batches(
    n: Int, batchSize b: Int, steps t: Int, sampling: BatchSampling, using rng: inout some RandomNumberGenerator
  ) throws -> [[Int]] {
    try InvalidParameter.require(b >= 1 && b <= n, "B", b, "must be in 1...N = \(n)")
    try InvalidParameter.require(t >= 0, "T", t, "must be ≥ 0")
    switch sampling {
    case .withReplacement:
      return (0..<t).map { _ in rng.nextIndicesWithReplacement(from: n, draws: b) }
    case .withoutReplacement:
      var out: [[Int]] = []
      out.reserveCapacity(t)
      while out.count < t {
        let p = rng.nextPermutation(count: n)
        for start in stride(from: 0, through: n - b, by: b) where out.count < t {
          out.append(Array(p[start..<(start + b)]))
        }
      }
      return out
    }
  }
}
