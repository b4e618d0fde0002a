import Foundation
import LinearAlgebra
import Theory

extension LL18 {
  /// A mixture that meets (A1) and (A2) of §3 exactly. Component D_{i,j} (class i, component j)
  /// is supported on the spherical cap of angular radius θ around a unit center c_{i,j}; a
  /// point is x = cos(α) c + sin(α) u with α uniform in [0, θ] and u uniform on the unit sphere
  /// of c^⊥, so ‖x‖ = 1 (A2) and the support is the cap. Two caps whose centers make an angle
  /// φ are at distance 2 sin(max(0, φ − 2θ)/2); a cap has diameter 2 sin θ (θ ≤ π/2). With
  /// φ_min the smallest angle between centers of different classes, the generator takes
  /// δ = 2 sin((φ_min − 2θ)/2) and θ = `fill`·θ*, θ* the largest θ with 2 sin θ ≤ δ(θ)/(8l), so
  /// that (A1) holds with λ = 1/(8l): diam ≤ λδ.
  public struct StructuredMixture: Sendable {
    /// Where the centers are.
    public enum Layout: String, Sendable {
      /// The k·l centers evenly spaced on a great circle (first two coordinates), classes
      /// alternating: c_{i,j} at angle 2π(j·k + i)/(kl). For k = l = 2 it is the XOR pattern on
      /// the unit circle; for l ≥ 2 the classes are not linearly separable.
      case circle
      /// Centers uniform on S^{d−1}.
      case random
    }

    public let k: Int
    public let l: Int
    public let d: Int
    /// The centers, row i·l + j = c_{i,j}.
    public let centers: Matrix
    /// The caps' angular radius θ.
    public let capAngle: Double
    /// The exact separation δ of (A1).
    public let delta: Double
    /// λ = 1/(8l).
    public var lambda: Double { 1 / Double(8 * l) }
    /// The exact diameter 2 sin θ of each support.
    public var diameter: Double { 2 * sin(capAngle) }

    /// A mixture with the given layout; `fill` ∈ (0, 1] scales the caps (1: the largest
    /// allowed by (A1)). Throws on bad sizes or when two centers of different classes coincide.
    public init(
      k: Int, l: Int, d: Int, layout: Layout, fill: Double = 1, using rng: inout some RandomNumberGenerator
    ) throws {
      try InvalidParameter.require(k >= 2 && l >= 1, "k, l", "\(k), \(l)", "need k ≥ 2, l ≥ 1")
      try InvalidParameter.require(d >= 2, "d", d, "must be at least 2")
      try InvalidParameter.require(fill > 0 && fill <= 1, "fill", fill, "must be in (0, 1]")
      var c = Matrix(rows: k * l, columns: d)
      for i in 0..<k {
        for j in 0..<l {
          let row: [Double]
          switch layout {
          case .circle:
            let angle = 2 * Double.pi * Double(j * k + i) / Double(k * l)
            row = [cos(angle), sin(angle)] + [Double](repeating: 0, count: d - 2)
          case .random:
            row = rng.nextPointOnSphere(dimension: d)
          }
          for t in 0..<d { c[i * l + j, t] = row[t] }
        }
      }
      var phi = Double.pi
      for p in 0..<(k * l) {
        for q in 0..<(k * l) where p / l != q / l {
          var dot = 0.0
          for t in 0..<d { dot += c[p, t] * c[q, t] }
          phi = min(phi, acos(max(-1, min(1, dot))))
        }
      }
      try InvalidParameter.require(phi > 1e-6, "centers", phi, "centers of different classes must be apart")
      let lam = 1 / Double(8 * l)
      func ok(_ theta: Double) -> Bool { 2 * sin(theta) <= lam * 2 * sin((phi - 2 * theta) / 2) }
      var lo = 0.0, hi = min(phi / 2, Double.pi / 2)
      for _ in 0..<200 {
        let mid = (lo + hi) / 2
        if ok(mid) { lo = mid } else { hi = mid }
      }
      self.k = k
      self.l = l
      self.d = d
      self.centers = c
      self.capAngle = lo * fill
      self.delta = 2 * sin((phi - 2 * capAngle) / 2)
    }

    /// A point of component (i, j): x = cos(α) c_{i,j} + sin(α) u.
    public func point(classIndex i: Int, component j: Int, using rng: inout some RandomNumberGenerator) -> [Double] {
      let c = centers.row(i * l + j)
      var u = rng.nextNormalVector(count: d)
      let proj = zip(u, c).reduce(0) { $0 + $1.0 * $1.1 }
      for t in 0..<d { u[t] -= proj * c[t] }
      let norm = u.reduce(0) { $0 + $1 * $1 }.squareRoot()
      let alpha = capAngle * rng.nextUniform()
      guard norm > 0 else { return c }
      let x = (0..<d).map { cos(alpha) * c[$0] + sin(alpha) * u[$0] / norm }
      let nx = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
      return x.map { $0 / nx }  // ‖x‖ = 1 to rounding; the angle to c is unchanged
    }

    /// Whether x lies in the support of component (i, j) (angle to c_{i,j} ≤ θ, ‖x‖ = 1,
    /// within `tolerance`).
    public func inSupport(_ x: [Double], classIndex i: Int, component j: Int, tolerance: Double = 1e-12) -> Bool {
      let c = centers.row(i * l + j)
      let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
      let dot = zip(x, c).reduce(0) { $0 + $1.0 * $1.1 } / norm
      return abs(norm - 1) <= tolerance && acos(max(-1, min(1, dot))) <= capAngle + 1e-9
    }

    /// N i.i.d. points with p_{i,j} = 1/(kl): labels and component ids (i·l + j).
    public func sample(_ n: Int, using rng: inout some RandomNumberGenerator) throws -> LabelledSample {
      try InvalidParameter.require(n >= 1, "N", n, "must be positive")
      var x = Matrix(rows: n, columns: d)
      var labels = [Int](), components = [Int]()
      for s in 0..<n {
        let z = rng.nextInt(below: k * l)
        let p = point(classIndex: z / l, component: z % l, using: &rng)
        for t in 0..<d { x.elements[s * d + t] = p[t] }
        labels.append(z / l)
        components.append(z)
      }
      return LabelledSample(data: try Dataset(x: x, labels: labels, k: k), components: components)
    }
  }

  /// A sample with the component each point came from.
  public struct LabelledSample: Sendable {
    public let data: Dataset
    /// The component id i·l + j of each point.
    public let components: [Int]
  }
}
