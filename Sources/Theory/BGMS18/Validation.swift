extension BGMS18 {
  /// Shared checks of the paper's parameters (each throws `InvalidParameter`).
  enum Check {
    /// ‖w*‖ ≥ 1 (footnote 1: y⟨w*, x⟩ ≥ 1 with ‖x‖ ≤ 1 forces it).
    static func wStarNorm(_ value: Double) throws {
      try InvalidParameter.require(
        value.isFinite && value >= 1, "‖w*‖", value, "must be finite and ≥ 1 (footnote 1 of Sec. 2)")
    }

    static func positive(_ value: Double, _ name: String) throws {
      try InvalidParameter.require(value.isFinite && value > 0, name, value, "must be a finite number > 0")
    }

    static func nonNegative(_ value: Double, _ name: String) throws {
      try InvalidParameter.require(value.isFinite && value >= 0, name, value, "must be a finite number ≥ 0")
    }

    static func alpha(_ value: Double) throws {
      try InvalidParameter.require(value > 0 && value < 1, "α", value, "must lie in (0, 1)")
    }

    static func k(_ value: Int) throws {
      try InvalidParameter.require(value >= 1, "k", value, "must be a positive integer")
    }

    static func delta(_ value: Double) throws {
      try InvalidParameter.require(value > 0 && value < 1, "δ", value, "must lie in (0, 1)")
    }
  }
}
