extension BG19 {
  /// Full-batch gradient descent W_{t+1} = W_t − η ∂ℓ/∂W(W_t) on a ``HingeObjective``
  /// (BG19 §3.1 for XOR, §4 "Training Algorithm" for XORD), on pattern sets: each step
  /// costs O(k × number of distinct pattern sets), runs in place on one contiguous
  /// buffer and allocates nothing (except the optional activity record, whose capacity
  /// is reserved by ``run(maxIterations:)``).
  ///
  /// Indexing: `iteration` is t of the current iterate W_t; W_0 is the initialization.
  ///
  /// Stopping (both are fixed points of the iteration, so W_T is final):
  /// - ``Status/globalMinimum``: ℓ(W_t) = 0. Since ℓ ≥ 0 this is a global minimum, and
  ///   every hinge is inactive, so the gradient is 0 too.
  /// - ``Status/stationaryPoint``: ℓ(W_t) > 0 but ∂ℓ/∂W(W_t) = 0 under the conventions
  ///   σ'(0) = 0 and zero hinge derivative at the kink: e.g. for XOR, W_t⁺(1) = ∅ leaves
  ///   x1 active forever with no filter able to move toward it (the failure of Thm. 3.4).
  public struct GradientDescent: Sendable {
    /// Why ``run(maxIterations:)`` stopped.
    public enum Status: Sendable, Equatable {
      /// ℓ(W_T) = 0: a global minimum.
      case globalMinimum
      /// ℓ(W_T) > 0 and ∂ℓ/∂W(W_T) = 0: GD stays at W_T forever.
      case stationaryPoint
      /// The iteration budget ran out first.
      case iterationLimit
    }

    /// The result of a run.
    public struct Outcome: Sendable, Equatable {
      /// Why the run stopped.
      public let status: Status
      /// T, the index of the final iterate W_T (the number of updates applied in total).
      public let iterations: Int
      /// ℓ(W_T).
      public let loss: Double
    }

    /// The objective ℓ.
    public let objective: HingeObjective
    /// η, the constant learning rate (η = c_η/k in BG19 §3.1 and §6.1).
    public let learningRate: Double
    /// W_t, the current iterate.
    public private(set) var weights: Weights
    /// t, the index of the current iterate.
    public private(set) var iteration: Int = 0
    /// The activity of every evaluated iterate, if recording was requested.
    public private(set) var history: ActivityHistory?

    private let masks: [UInt8]
    private let positiveWeights: [Double]
    private let negativeWeights: [Double]

    /// Gradient descent from W_0 = `initialWeights`; throws unless η is finite and > 0.
    /// With `recordActivity`, ``history`` keeps the active hinges of every iterate.
    public init(objective: HingeObjective, learningRate: Double, initialWeights: Weights,
      recordActivity: Bool = false) throws
    {
      try InvalidParameter.require(learningRate.isFinite && learningRate > 0, "η", learningRate,
        "must be finite and > 0")
      self.objective = objective
      self.learningRate = learningRate
      self.weights = initialWeights
      self.history = recordActivity ? ActivityHistory() : nil
      self.masks = objective.terms.map(\.set.rawValue)
      self.positiveWeights = objective.terms.map(\.positiveWeight)
      self.negativeWeights = objective.terms.map(\.negativeWeight)
    }

    /// One iteration at W_t: returns `nil` after applying the update W_{t+1} = W_t − η∇ℓ
    /// (t increases by one), or the status if W_t is a global minimum or a stationary
    /// point (W_t is left unchanged).
    public mutating func step() -> Status? {
      evaluate(update: true).status
    }

    /// Runs until a global minimum, a stationary point, or t = `maxIterations`
    /// (counting from W_0, so the final iterate is W_T with T ≤ maxIterations).
    /// Throws unless maxIterations ≥ 0.
    public mutating func run(maxIterations: Int) throws -> Outcome {
      try InvalidParameter.require(maxIterations >= 0, "maxIterations", maxIterations, "must be ≥ 0")
      if history != nil {
        history!.records.reserveCapacity(maxIterations + 1)
      }
      while true {
        let update = iteration < maxIterations
        let result = evaluate(update: update)
        if let status = result.status {
          return Outcome(status: status, iterations: iteration, loss: result.loss)
        }
        if !update {
          return Outcome(status: .iterationLimit, iterations: iteration, loss: result.loss)
        }
      }
    }

    /// ℓ(W_t) at the current iterate (no update).
    public var loss: Double { objective.loss(weights) }

    private mutating func evaluate(update: Bool) -> (status: Status?, loss: Double) {
      let k = weights.k
      let eta = learningRate
      let gamma = objective.gamma
      let q = masks.count
      var activity: UInt32 = 0
      let result: (Status?, Double) = withUnsafeTemporaryAllocation(of: Double.self, capacity: 16) {
        dLdN in
        masks.withUnsafeBufferPointer { masks in
          positiveWeights.withUnsafeBufferPointer { pw in
            negativeWeights.withUnsafeBufferPointer { nw in
              weights.storage.withUnsafeMutableBufferPointer { s in
                // Pass 1: N_W(A) for every pattern set, the loss and dℓ/dN.
                var loss = 0.0
                for t in 0..<q {
                  let n = BG19.output(UnsafeBufferPointer(s), k: k, mask: masks[t])
                  var g = 0.0
                  if pw[t] > 0 && n < gamma {
                    loss += pw[t] * (gamma - n)
                    g -= pw[t]
                    activity |= 1 << UInt32(masks[t])
                  }
                  if nw[t] > 0 && n > -1 {
                    loss += nw[t] * (1 + n)
                    g += nw[t]
                    activity |= 1 << UInt32(16 + Int(masks[t]))
                  }
                  dLdN[t] = g
                }
                if activity == 0 { return (Status.globalMinimum, 0.0) }
                // Pass 2: each filter's gradient depends only on itself and the N_W(A)
                // of pass 1, so it can be applied in place.
                var moved = false
                for r in 0..<(2 * k) {
                  let a = s[2 * r]
                  let b = s[2 * r + 1]
                  var ga = 0.0
                  var gb = 0.0
                  for t in 0..<q where dLdN[t] != 0 {
                    let (value, l) = BG19.maxPool(a, b, mask: masks[t])
                    guard value > 0 else { continue }
                    // p_l = (±1, ±1): p1 = (1,1), p2 = (1,−1), p3 = −p1, p4 = −p2.
                    let sx: Double = l <= 2 ? 1 : -1
                    let sy: Double = (l == 1 || l == 4) ? 1 : -1
                    ga += dLdN[t] * sx
                    gb += dLdN[t] * sy
                  }
                  if ga != 0 || gb != 0 {
                    moved = true
                    if update {
                      // ∂N/∂w = +p_l, ∂N/∂u = −p_l.
                      let c = r < k ? eta : -eta
                      s[2 * r] = a - c * ga
                      s[2 * r + 1] = b - c * gb
                    }
                  }
                }
                return (moved ? nil : Status.stationaryPoint, loss)
              }
            }
          }
        }
      }
      if history != nil && history!.records.count == iteration {
        history!.records.append(activity)
      }
      if result.0 == nil && update { iteration += 1 }
      return result
    }
  }
}
