extension BGMS18 {
  /// The activation σ of Eq. 1: Leaky ReLU σ(z) = max{αz, z}, 0 < α < 1 (Sec. 3), or
  /// ReLU σ(z) = max{0, z} (Sec. 7), stored as the slope `alpha` of the negative side
  /// (0 for ReLU).
  public struct Activation: Sendable, Equatable, CustomStringConvertible {
    /// The slope on z < 0: α ∈ (0, 1) for Leaky ReLU, 0 for ReLU.
    public let alpha: Double

    private init(uncheckedAlpha: Double) { alpha = uncheckedAlpha }

    /// Leaky ReLU σ(z) = max{αz, z} (Sec. 3). Throws unless 0 < α < 1.
    public static func leakyReLU(alpha: Double) throws -> Activation {
      try InvalidParameter.require(alpha > 0 && alpha < 1, "α", alpha, "must lie in (0, 1)")
      return Activation(uncheckedAlpha: alpha)
    }

    /// ReLU σ(z) = max{0, z} (Sec. 7).
    public static let relu = Activation(uncheckedAlpha: 0)

    /// Whether this is the ReLU of Sec. 7.
    public var isReLU: Bool { alpha == 0 }

    /// σ(z).
    @inlinable
    public func callAsFunction(_ z: Double) -> Double { z >= 0 ? z : alpha * z }

    /// σ'(z) with the convention of Eq. 10: 1 when z ≥ 0, α otherwise (0 for ReLU).
    @inlinable
    public func derivative(_ z: Double) -> Double { z >= 0 ? 1 : alpha }

    public var description: String { isReLU ? "ReLU" : "LeakyReLU(α=\(alpha))" }
  }
}
