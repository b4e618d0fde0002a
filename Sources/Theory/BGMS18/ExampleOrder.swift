extension BGMS18 {
  /// The order in which SGD visits the examples of S (Sec. 2: "SGD randomly chooses a
  /// point"; Theorem 2 holds for every order, Theorem 4 uses a repeated sequence).
  public enum ExampleOrder: Sendable, Equatable, CustomStringConvertible {
    /// Independent uniform indices (with replacement), the SGD of Sec. 2.
    case uniform
    /// A fresh uniform permutation of S at every epoch (random reshuffling).
    case reshuffled
    /// x₁, …, xₙ, x₁, …, xₙ, …: the repeated sequence of Sec. 9.1.4.
    case cyclic
    /// Always the example with the smallest y N(x) (ties: the smallest index), an
    /// adversarial order for Theorem 2.
    case greedy
    /// The given indices (0-based), repeated cyclically.
    case explicit([Int])

    /// Whether choosing the next example consumes random draws.
    public var isRandom: Bool {
      switch self {
      case .uniform, .reshuffled: return true
      case .cyclic, .greedy, .explicit: return false
      }
    }

    public var description: String {
      switch self {
      case .uniform: return "uniform"
      case .reshuffled: return "reshuffled"
      case .cyclic: return "cyclic"
      case .greedy: return "greedy"
      case .explicit(let order): return "explicit(\(order.count))"
      }
    }
  }

  /// Index sampling for the random orders. The algorithms and draw counts are those of
  /// `nextInt(below:)` and `shuffle(_:)` in Generators/Sampling.swift (Theory cannot
  /// import Generators), so a stream gives the same indices through either.
  @usableFromInline
  enum IndexSampling {
    /// A uniform integer in 0..<bound by Lemire's multiply-and-reject method.
    @inlinable
    static func index<G: RandomNumberGenerator>(below bound: Int, using rng: inout G) -> Int {
      let s = UInt64(bound)
      var product = rng.next().multipliedFullWidth(by: s)
      if product.low < s {
        let threshold = (0 &- s) % s
        while product.low < threshold {
          product = rng.next().multipliedFullWidth(by: s)
        }
      }
      return Int(product.high)
    }

    /// Fisher–Yates from the last position down, as `shuffle(_:)`.
    @inlinable
    static func shuffle<G: RandomNumberGenerator>(_ elements: inout [Int], using rng: inout G) {
      guard elements.count > 1 else { return }
      for i in stride(from: elements.count - 1, to: 0, by: -1) {
        let j = index(below: i + 1, using: &rng)
        if i != j { elements.swapAt(i, j) }
      }
    }
  }
}
