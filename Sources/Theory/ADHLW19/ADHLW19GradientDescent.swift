import LinearAlgebra

extension ADHLW19 {
  /// Full-batch gradient descent on W for Φ(W) = ½ Σ_i (y_i − f(x_i))² (§3.1):
  /// w_r(k+1) = w_r(k) − (η a_r/√m) Σ_i (f(x_i) − y_i) 1{w_r(k)ᵀx_i ≥ 0} x_i.
  ///
  /// The indicator is 1{· ≥ 0}, i.e. the ReLU derivative at 0 is taken as 1, as the statements
  /// print it (almost surely irrelevant for Gaussian W). A mean loss (1/(2n)) Σ_i is the same
  /// iteration with η/n: pass that step size (``init(network:inputs:labels:stepSize:)``).
  ///
  /// Each step is one pass over blocks of neurons (``NeuronBlockStep``): per block, the
  /// coefficients G_ir = (u_i − y_i) a_r 1{Z_ir ≥ 0}/√m, W_Rᵀ ← W_Rᵀ − η·XᵀG_R and Z_R ← X·W_Rᵀ
  /// (two small GEMMs), on buffers allocated once.
  public struct GradientDescent: Sendable {
    /// The inputs (n × d, unit rows).
    public let inputs: Matrix
    /// The labels y.
    public let labels: [Double]
    /// η, for the sum loss Φ.
    public let stepSize: Double
    /// Cores for the GEMMs and the elementwise passes (results do not depend on it).
    public let threads: Int
    /// The network at the current iterate (W(k) = (W(k)ᵀ)ᵀ, built on access).
    public var network: TwoLayerNetwork {
      var current = initialNetwork
      current.weights = transposedWeights.transposed
      return current
    }
    private let initialNetwork: TwoLayerNetwork
    /// W(k)ᵀ (d × m): in this layout both GEMMs of a step run over m columns with a short
    /// side of n or d rows, the shapes the packed GEMM handles best.
    private var transposedWeights: Matrix
    private let initialTransposedWeights: Matrix
    /// W(0).
    public let initialWeights: Matrix
    /// k.
    public private(set) var iteration = 0
    /// u(k).
    public private(set) var outputs: [Double]
    /// Z = X·W(k)ᵀ (n × m), computed on access.
    public var preactivations: Matrix {
      var z = Matrix(rows: inputs.rows, columns: initialNetwork.width)
      try? BLAS.gemm(.none, .none, alpha: 1, inputs, transposedWeights, beta: 0, &z, threads: threads)
      return z
    }
    /// The block-by-block pass that does a step (and keeps the activation pattern).
    private var pass: NeuronBlockStep
    /// (u_i − y_i)/√m, refilled each step.
    private var scaledResiduals: [Double]

    public init(network: TwoLayerNetwork, inputs: Matrix, labels: [Double], stepSize: Double, threads: Int = 1) throws {
      try InvalidParameter.require(stepSize > 0 && stepSize.isFinite, "η", stepSize, "must be positive and finite")
      try InvalidParameter.require(labels.count == inputs.rows, "y", labels.count, "must have n = \(inputs.rows) entries")
      try InvalidParameter.require(labels.allSatisfy(\.isFinite), "y", "…", "labels must be finite")
      try InvalidParameter.require(inputs.columns == network.inputDimension, "X", inputs.columns, "must have d = \(network.inputDimension) columns")
      try InvalidParameter.require(inputs.elements.allSatisfy(\.isFinite), "X", "…", "inputs must be finite")
      self.inputs = inputs
      self.labels = labels
      self.stepSize = stepSize
      self.threads = max(1, threads)
      self.initialNetwork = network
      self.initialWeights = network.weights
      self.transposedWeights = network.weights.transposed
      self.initialTransposedWeights = transposedWeights
      outputs = [Double](repeating: 0, count: inputs.rows)
      scaledResiduals = [Double](repeating: 0, count: inputs.rows)
      pass = NeuronBlockStep(n: inputs.rows, d: inputs.columns, m: network.width, threads: self.threads)
      pass.run(inputs: inputs, transposedWeights: &transposedWeights, outputWeights: network.outputWeights,
               step: nil, outputs: &outputs)
    }

    /// Φ(W(k)).
    public var loss: Double {
      var s = 0.0
      for i in 0..<labels.count { s += (labels[i] - outputs[i]) * (labels[i] - outputs[i]) }
      return s / 2
    }

    /// ‖y − u(k)‖₂.
    public var residualNorm: Double { (2 * loss).squareRoot() }

    /// One step; throws when the iterate stops being finite (a diverging run is an error).
    public mutating func step() throws {
      let n = inputs.rows, m = initialNetwork.width
      let scale = 1 / Double(m).squareRoot()
      for i in 0..<n { scaledResiduals[i] = (outputs[i] - labels[i]) * scale }
      pass.run(inputs: inputs, transposedWeights: &transposedWeights, outputWeights: initialNetwork.outputWeights,
               step: (stepSize, scaledResiduals), outputs: &outputs)
      iteration += 1
      // A diverging run is a run error (`Divergence`), never a pass.
      for u in outputs where !u.isFinite {
        throw Divergence(process: "ADHLW19 gradient descent (η = \(stepSize))", step: iteration, quantity: "u(k)", value: u)
      }
    }

    /// ‖W(k) − W(0)‖_F.
    public var distanceFromInitialization: Double {
      var s = 0.0
      for idx in initialTransposedWeights.elements.indices {
        let v = transposedWeights.elements[idx] - initialTransposedWeights.elements[idx]
        s += v * v
      }
      return s.squareRoot()
    }

    /// ‖w_r(k) − w_r(0)‖₂ for each r.
    public var neuronMovements: [Double] {
      let d = initialTransposedWeights.rows, m = initialTransposedWeights.columns
      var squares = [Double](repeating: 0, count: m)
      for c in 0..<d {
        for r in 0..<m {
          let v = transposedWeights.elements[c * m + r] - initialTransposedWeights.elements[c * m + r]
          squares[r] += v * v
        }
      }
      return squares.map { $0.squareRoot() }
    }
  }
}
