extension BGMS18 {
  /// How an SGD run ended.
  public enum TrainingOutcome: Sendable, Equatable {
    /// L_S(W) = 0: y N(x) ≥ 1 for every example (a global minimum, Eq. 2).
    case converged
    /// L_S(W) > 0 but no step will ever change W again: every example with yN(x) < 1
    /// has a zero gradient (ReLU, Sec. 7) or is never chosen by the order (an explicit
    /// order missing it; greedy stuck on a zero-gradient example).
    case stuck
    /// The step cap was reached first.
    case stepCapReached
    /// A weight or N(x) became non-finite.
    case diverged
    /// Both layers with a stated cap C̄ (`trainBothLayers(equation8Cap:)`): some ratio
    /// v_t^(i)/v_0^(i) left (0, C̄], outside Eq. 8's hypothesis c ≤ v_t/v_0 ≤ C with c > 0;
    /// the run was stopped after that step.
    case outsideEquation8
  }

  /// The result of an SGD run (Sec. 2, Theorem 2).
  public struct TrainingResult: Sendable {
    /// How the run ended.
    public let outcome: TrainingOutcome
    /// The number of non-zero updates (Sec. 2): steps with y N(x) < 1 that changed the
    /// weights. This is what Theorem 2 bounds by M_k.
    public let nonZeroUpdates: Int
    /// Iterations up to and including the last non-zero update: for `.converged`, the
    /// iteration after which L_S = 0 (0 if W₀ was already a global minimum). The step cap
    /// for `.stepCapReached`, the failing iteration for `.diverged`.
    public let steps: Int
    /// All iterations run, including those spent detecting convergence.
    public let iterations: Int
    /// The final first layer.
    public let weights: Weights
    /// The final second layer (constant unless both layers were trained).
    public let secondLayer: [Double]
    /// How many non-zero updates each example caused (Sec. 6.1: the examples with a
    /// positive count define the compression scheme; the others form V).
    public let updatesPerExample: [Int]

    /// Whether L_S = 0 was reached.
    public var reachedZeroLoss: Bool { outcome == .converged }
  }

  /// The result of training both layers (Sec. 5.3, Sec. 9.1.2).
  public struct BothLayersResult: Sendable {
    /// The run itself.
    public let training: TrainingResult
    /// c = min_t min_i v_t^(i)/v_0^(i) over all 2k second-layer weights and all t
    /// (Eq. 8; ≤ 1, and ≤ 0 iff some weight changed sign or reached 0).
    public let c: Double
    /// C = max_t max_i v_t^(i)/v_0^(i) (Eq. 8; ≥ 1).
    public let C: Double
    /// Number of events where a second-layer weight's sign (−1, 0, +1) changed.
    public let signChanges: Int
    /// Number of second-layer weights whose sign ever differed from the initial one.
    public let neuronsWithSignChange: Int
  }
}
