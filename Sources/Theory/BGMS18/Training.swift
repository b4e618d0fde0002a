extension BGMS18.Network {
  /// SGD with batch 1 and constant learning rate η on the first layer only (Eq. 3,
  /// Eq. 10, Theorem 2), from W₀ until L_S = 0, until no step can change W again, or
  /// until `maxSteps` iterations.
  ///
  /// Convergence is detected exactly (a full pass over S at a fixed W), never assumed:
  /// after a window of n quiet iterations (the order's period for `.explicit`), and
  /// immediately for `.greedy`. No allocation per step.
  ///
  /// - Throws: `InvalidParameter` on bad input; `Divergence` when W, v or N(x) becomes NaN
  ///   or ±∞ (detected within one step: every step evaluates N on all 2k rows of W and v,
  ///   where a non-finite entry yields a non-finite N(x), and every update checks its step
  ///   size and the new second-layer weights).
  public func trainFirstLayer<G: RandomNumberGenerator>(
    from initial: BGMS18.Weights, on S: BGMS18.TrainingSet, learningRate eta: Double,
    order: BGMS18.ExampleOrder, maxSteps: Int, using rng: inout G
  ) throws -> BGMS18.TrainingResult {
    var engine = try BGMS18.TrainingEngine(
      network: self, initial: initial, secondLayer: secondLayer, set: S, eta: eta, etaSecondLayer: 0,
      order: order, maxSteps: maxSteps)
    return try engine.run(using: &rng).training
  }

  /// `trainFirstLayer` for the deterministic orders (`.cyclic`, `.greedy`,
  /// `.explicit`). Throws for a random order.
  public func trainFirstLayer(
    from initial: BGMS18.Weights, on S: BGMS18.TrainingSet, learningRate eta: Double,
    order: BGMS18.ExampleOrder, maxSteps: Int
  ) throws -> BGMS18.TrainingResult {
    try InvalidParameter.require(!order.isRandom, "order", order, "a random order needs a generator")
    var unused = BGMS18.NoRandomness()
    return try trainFirstLayer(
      from: initial, on: S, learningRate: eta, order: order, maxSteps: maxSteps, using: &unused)
  }

  /// SGD on both layers (Sec. 5.3): at a step with yN(x) < 1, simultaneously
  /// W_r ← W_r + η y a_r σ'(z_r) x and a_r ← a_r + η_a y σ(z_r) (gradients at the current
  /// point), starting from the second layer `secondLayer` (default (v,…,v,−v,…,−v)).
  /// Tracks c and C of Eq. 8 and the sign changes of the second layer.
  ///
  /// `equation8Cap` C̄: the run stops, with outcome `.outsideEquation8`, at the first step
  /// after which some ratio v_t^(i)/v_0^(i) leaves (0, C̄] — a sign change or zero (c ≤ 0) or
  /// growth beyond C̄ — so that a run outside Eq. 8's hypothesis is recorded as such instead
  /// of being continued into overflow (nil: never stopped).
  ///
  /// - Throws: `InvalidParameter` on bad input; `Divergence` when W, v or N(x) becomes NaN
  ///   or ±∞ (within one step, as for `trainFirstLayer`).
  public func trainBothLayers<G: RandomNumberGenerator>(
    from initial: BGMS18.Weights, secondLayer a0: [Double]? = nil, on S: BGMS18.TrainingSet,
    learningRate eta: Double, secondLayerLearningRate etaA: Double? = nil,
    order: BGMS18.ExampleOrder, maxSteps: Int, equation8Cap: Double? = nil, using rng: inout G
  ) throws -> BGMS18.BothLayersResult {
    let etaA = etaA ?? eta
    try InvalidParameter.require(etaA.isFinite && etaA > 0, "η_v", etaA, "must be a finite number > 0")
    if let equation8Cap {
      try InvalidParameter.require(equation8Cap.isFinite && equation8Cap >= 1, "C̄", equation8Cap, "must be a finite number ≥ 1")
    }
    for value in a0 ?? [] {
      try InvalidParameter.require(value != 0, "v", value, "second-layer weights must be non-zero (Eq. 8 divides by them)")
    }
    var engine = try BGMS18.TrainingEngine(
      network: self, initial: initial, secondLayer: a0 ?? secondLayer, set: S, eta: eta,
      etaSecondLayer: etaA, order: order, maxSteps: maxSteps)
    engine.equation8Cap = equation8Cap
    return try engine.run(using: &rng)
  }
}

extension BGMS18 {
  /// A generator for deterministic orders: it is never asked for a value.
  struct NoRandomness: RandomNumberGenerator {
    mutating func next() -> UInt64 { fatalError("a deterministic order drew a random number") }
  }

  /// The training loop shared by `trainFirstLayer` and `trainBothLayers`.
  struct TrainingEngine {
    let k: Int, d: Int, n: Int, rows: Int
    let alpha: Double
    let eta: Double
    /// 0 when the second layer is fixed.
    let etaA: Double
    let order: ExampleOrder
    let maxSteps: Int
    let inputs: [Double]
    let labels: [Double]
    let inputIsNonZero: [Bool]
    var w: [Double]
    var a: [Double]
    let a0: [Double]
    /// Both layers: stop when some v_t/v_0 leaves (0, cap] (`trainBothLayers`).
    var equation8Cap: Double? = nil

    init(
      network: Network, initial: Weights, secondLayer: [Double], set S: TrainingSet, eta: Double,
      etaSecondLayer: Double, order: ExampleOrder, maxSteps: Int
    ) throws {
      try network.check(initial)
      try network.check(S)
      try InvalidParameter.require(eta.isFinite && eta > 0, "η", eta, "must be a finite number > 0")
      try InvalidParameter.require(maxSteps >= 0, "maxSteps", maxSteps, "must be ≥ 0")
      try InvalidParameter.require(
        secondLayer.count == 2 * network.k, "v", "length \(secondLayer.count)",
        "the second layer must have 2k = \(2 * network.k) entries")
      for value in secondLayer { try InvalidParameter.requireFinite(value, "v") }
      if case .explicit(let indices) = order {
        try InvalidParameter.require(!indices.isEmpty, "order", "[]", "an explicit order must be non-empty")
        for i in indices {
          try InvalidParameter.require(i >= 0 && i < S.n, "order", i, "indices must lie in 0..<n = \(S.n)")
        }
      }
      k = network.k
      d = network.d
      n = S.n
      rows = 2 * network.k
      alpha = network.activation.alpha
      self.eta = eta
      etaA = etaSecondLayer
      self.order = order
      self.maxSteps = maxSteps
      inputs = S.inputs
      labels = S.labels
      inputIsNonZero = (0..<S.n).map { i in (0..<S.d).contains { S.inputs[i * S.d + $0] != 0 } }
      w = initial.entries
      a = secondLayer
      a0 = secondLayer
    }

    /// What a full pass over S at the current weights found.
    struct FullCheck {
      var allSatisfied = true
      var someViolatorCanMove = false
      var finite = true
    }

    func fullCheck(z: UnsafeMutablePointer<Double>) -> FullCheck {
      var result = FullCheck()
      w.withUnsafeBufferPointer { wp in
        inputs.withUnsafeBufferPointer { xp in
          a.withUnsafeBufferPointer { ap in
            for i in 0..<n {
              let out = Kernel.forward(
                wp.baseAddress!, xp.baseAddress! + i * d, rows: rows, d: d, alpha: alpha,
                outgoing: ap.baseAddress!, z: z)
              let margin = labels[i] * out
              if !margin.isFinite { result.finite = false }
              if margin < 1 {
                result.allSatisfied = false
                if canMove(z: z, nonZeroInput: inputIsNonZero[i], a: ap.baseAddress!) {
                  result.someViolatorCanMove = true
                }
              }
            }
          }
        }
      }
      return result
    }

    /// Whether a step on an example with these pre-activations and yN < 1 changes the
    /// weights.
    func canMove(z: UnsafePointer<Double>, nonZeroInput: Bool, a: UnsafePointer<Double>) -> Bool {
      for r in 0..<rows {
        let zr = z[r]
        if nonZeroInput && a[r] != 0 && (zr >= 0 || alpha != 0) { return true }
        if etaA > 0 && (zr > 0 || (zr < 0 && alpha != 0)) { return true }
      }
      return false
    }

    /// The process name of a `Divergence` thrown by this run.
    var processName: String { etaA > 0 ? "BGMS18 SGD (both layers)" : "BGMS18 SGD (first layer)" }

    /// Runs SGD; throws `Divergence` at the first non-finite N(x), step size or weight.
    mutating func run<G: RandomNumberGenerator>(using rng: inout G) throws -> BothLayersResult {
      var z = [Double](repeating: 0, count: rows)
      var coefficients = [Double](repeating: 0, count: rows)
      var perExample = [Int](repeating: 0, count: n)
      var permutation = Array(0..<n)
      var permutationPosition = n
      var explicitOrder: [Int] = []
      var window = n
      var quietWindowFreezes = false
      switch order {
      case .cyclic: quietWindowFreezes = true
      case .explicit(let indices):
        explicitOrder = indices
        window = indices.count
        quietWindowFreezes = true
      default: break
      }
      let greedy = order == .greedy
      // Greedy bookkeeping: pre-activations of every example and their margins.
      var Z = [Double](repeating: 0, count: greedy ? n * rows : 0)
      var margins = [Double](repeating: 0, count: greedy ? n : 0)
      var gram = [Double](repeating: 0, count: greedy ? n : 0)
      let refreshEvery = 256
      var updatesSinceRefresh = 0

      var updates = 0
      var lastUpdateStep = 0
      var t = 0
      var quiet = 0
      var checkedSinceUpdate = false
      var outcome: TrainingOutcome? = nil
      var failingStep = 0
      var divergence: (quantity: String, value: Double)? = nil
      // Second-layer tracking (Eq. 8).
      var cMin = 1.0
      var cMax = 1.0
      var signChanges = 0
      var leftEquation8 = false
      var flipped = [Bool](repeating: false, count: etaA > 0 ? rows : 0)

      func sign(_ x: Double) -> Int { x > 0 ? 1 : (x < 0 ? -1 : 0) }

      func refreshGreedy(_ engine: TrainingEngine) {
        engine.w.withUnsafeBufferPointer { wp in
          engine.inputs.withUnsafeBufferPointer { xp in
            engine.a.withUnsafeBufferPointer { ap in
              Z.withUnsafeMutableBufferPointer { zp in
                for i in 0..<engine.n {
                  let out = Kernel.forward(
                    wp.baseAddress!, xp.baseAddress! + i * engine.d, rows: engine.rows, d: engine.d,
                    alpha: engine.alpha, outgoing: ap.baseAddress!, z: zp.baseAddress! + i * engine.rows)
                  margins[i] = engine.labels[i] * out
                }
              }
            }
          }
        }
      }
      if greedy { refreshGreedy(self) }

      z.withUnsafeMutableBufferPointer { zb in
        let zp = zb.baseAddress!
        while outcome == nil {
          if t >= maxSteps {
            let check = fullCheck(z: zp)
            if !check.finite {
              outcome = .diverged
              failingStep = t
              divergence = ("y·N(x) on S", .nan)
            } else if check.allSatisfied {
              outcome = .converged
            } else if !check.someViolatorCanMove {
              outcome = .stuck
            } else {
              outcome = .stepCapReached
            }
            break
          }
          // Choose the example.
          let i: Int
          switch order {
          case .uniform:
            i = IndexSampling.index(below: n, using: &rng)
          case .reshuffled:
            if permutationPosition == n {
              IndexSampling.shuffle(&permutation, using: &rng)
              permutationPosition = 0
            }
            i = permutation[permutationPosition]
            permutationPosition += 1
          case .cyclic:
            i = t % n
          case .explicit:
            i = explicitOrder[t % window]
          case .greedy:
            var best = 0
            var bestMargin = Double.infinity
            for l in 0..<n where margins[l] < bestMargin {
              best = l
              bestMargin = margins[l]
            }
            i = best
          }
          t += 1
          let y = labels[i]
          let margin = w.withUnsafeBufferPointer { wp in
            inputs.withUnsafeBufferPointer { xp in
              a.withUnsafeBufferPointer { ap in
                y * Kernel.forward(
                  wp.baseAddress!, xp.baseAddress! + i * d, rows: rows, d: d, alpha: alpha,
                  outgoing: ap.baseAddress!, z: zp)
              }
            }
          }
          if !margin.isFinite {
            outcome = .diverged
            failingStep = t
            divergence = ("y·N(x)", margin)
            break
          }
          var changed = false
          if margin < 1 {
            let nonZeroInput = inputIsNonZero[i]
            let etaY = eta * y
            for r in 0..<rows {
              let slope = zp[r] >= 0 ? 1.0 : alpha
              coefficients[r] = nonZeroInput ? etaY * a[r] * slope : 0
              if !coefficients[r].isFinite {
                outcome = .diverged
                failingStep = t
                divergence = ("step size η·y·v_r·σ'(z_r)", coefficients[r])
              }
            }
            if outcome != nil { break }
            // First layer, with the second layer of the current point.
            w.withUnsafeMutableBufferPointer { wp in
              inputs.withUnsafeBufferPointer { xp in
                let x = xp.baseAddress! + i * d
                for r in 0..<rows where coefficients[r] != 0 {
                  Kernel.axpy(coefficients[r], x, wp.baseAddress! + r * d, d)
                  changed = true
                }
              }
            }
            // Second layer (Sec. 5.3).
            if etaA > 0 {
              let etaAY = etaA * y
              for r in 0..<rows {
                let zr = zp[r]
                let delta = etaAY * (zr >= 0 ? zr : alpha * zr)
                if delta != 0 {
                  let old = a[r]
                  let new = old + delta
                  a[r] = new
                  if !new.isFinite {
                    outcome = .diverged
                    failingStep = t
                    divergence = ("v_r", new)
                  }
                  changed = true
                  if sign(new) != sign(old) { signChanges += 1 }
                  if sign(new) != sign(a0[r]) { flipped[r] = true }
                  let ratio = new / a0[r]
                  cMin = min(cMin, ratio)
                  cMax = max(cMax, ratio)
                  if let cap = equation8Cap, !(ratio > 0 && ratio <= cap) { leftEquation8 = true }
                }
              }
              if leftEquation8 && outcome == nil {
                // The step is made (and counted); the run stops outside Eq. 8.
                updates += 1
                perExample[i] += 1
                lastUpdateStep = t
                outcome = .outsideEquation8
                break
              }
            }
          }
          if changed {
            updates += 1
            perExample[i] += 1
            lastUpdateStep = t
            quiet = 0
            checkedSinceUpdate = false
            if greedy {
              updatesSinceRefresh += 1
              if updatesSinceRefresh >= refreshEvery {
                updatesSinceRefresh = 0
                refreshGreedy(self)
              } else {
                // Z_l += c·⟨x_l, x_i⟩ for every example l, and its new margin.
                let (rows, d, n, alpha) = (rows, d, n, alpha)
                inputs.withUnsafeBufferPointer { xp in
                  gram.withUnsafeMutableBufferPointer { gp in
                    let x = xp.baseAddress! + i * d
                    for l in 0..<n { gp[l] = Dot.fourPartialSums(xp.baseAddress! + l * d, x, d) }
                  }
                }
                Z.withUnsafeMutableBufferPointer { Zp in
                  a.withUnsafeBufferPointer { ap in
                    coefficients.withUnsafeBufferPointer { cp in
                      gram.withUnsafeBufferPointer { gp in
                        labels.withUnsafeBufferPointer { yp in
                          margins.withUnsafeMutableBufferPointer { mp in
                            let c = cp.baseAddress!
                            let outgoing = ap.baseAddress!
                            for l in 0..<n {
                              let zl = Zp.baseAddress! + l * rows
                              let g = gp[l]
                              // Four partial sums: the additions are not one dependency chain.
                              var o0 = 0.0
                              var o1 = 0.0
                              var o2 = 0.0
                              var o3 = 0.0
                              var r = 0
                              while r + 4 <= rows {
                                let z0 = zl[r] + c[r] * g
                                let z1 = zl[r + 1] + c[r + 1] * g
                                let z2 = zl[r + 2] + c[r + 2] * g
                                let z3 = zl[r + 3] + c[r + 3] * g
                                zl[r] = z0
                                zl[r + 1] = z1
                                zl[r + 2] = z2
                                zl[r + 3] = z3
                                o0 += outgoing[r] * (z0 >= 0 ? z0 : alpha * z0)
                                o1 += outgoing[r + 1] * (z1 >= 0 ? z1 : alpha * z1)
                                o2 += outgoing[r + 2] * (z2 >= 0 ? z2 : alpha * z2)
                                o3 += outgoing[r + 3] * (z3 >= 0 ? z3 : alpha * z3)
                                r += 4
                              }
                              while r < rows {
                                let z = zl[r] + c[r] * g
                                zl[r] = z
                                o0 += outgoing[r] * (z >= 0 ? z : alpha * z)
                                r += 1
                              }
                              mp[l] = yp[l] * ((o0 + o1) + (o2 + o3))
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            continue
          }
          quiet += 1
          if greedy {
            // W is frozen and greedy is deterministic: decide now.
            let check = fullCheck(z: zp)
            if !check.finite {
              outcome = .diverged
              failingStep = t
              divergence = ("y·N(x) on S", .nan)
            } else if check.allSatisfied {
              outcome = .converged
            } else if margin < 1 {
              outcome = .stuck
            } else {
              // Rounding drift in the stored pre-activations: recompute them.
              refreshGreedy(self)
              updatesSinceRefresh = 0
            }
          } else if quiet >= window && !checkedSinceUpdate {
            checkedSinceUpdate = true
            let check = fullCheck(z: zp)
            if !check.finite {
              outcome = .diverged
              failingStep = t
              divergence = ("y·N(x) on S", .nan)
            } else if check.allSatisfied {
              outcome = .converged
            } else if quietWindowFreezes || !check.someViolatorCanMove {
              outcome = .stuck
            }
          }
        }
      }
      if outcome == .diverged {
        let (quantity, value) = divergence ?? ("y·N(x)", .nan)
        throw Divergence(process: processName, step: failingStep, quantity: quantity, value: value)
      }
      let final = outcome ?? .stepCapReached
      let steps: Int
      switch final {
      case .converged, .stuck, .outsideEquation8: steps = lastUpdateStep
      case .stepCapReached: steps = maxSteps
      case .diverged: steps = failingStep
      }
      let training = TrainingResult(
        outcome: final, nonZeroUpdates: updates, steps: steps, iterations: t,
        weights: (try? Weights(k: k, d: d, entries: w)) ?? Weights(unchecked: k, d: d, entries: w),
        secondLayer: a, updatesPerExample: perExample)
      return BothLayersResult(
        training: training, c: cMin, C: cMax, signChanges: signChanges,
        neuronsWithSignChange: flipped.filter { $0 }.count)
    }
  }
}

extension BGMS18.Weights {
  /// Without validation: only for returning diverged (non-finite) weights.
  init(unchecked k: Int, d: Int, entries: [Double]) {
    self.k = k
    self.d = d
    self.entries = entries
  }
}
