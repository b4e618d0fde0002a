import LinearAlgebra

extension ADHLW19 {
  /// Full-batch gradient descent on W for Φ(W) = ½ Σ_i (y_i − f(x_i))² (§3.1):
  /// w_r(k+1) = w_r(k) − (η a_r/√m) Σ_i (f(x_i) − y_i) 1{w_r(k)ᵀx_i ≥ 0} x_i.
  ///
  /// The indicator is 1{· ≥ 0}, i.e. the ReLU derivative at 0 is taken as 1, as the statements
  /// print it (almost surely irrelevant for Gaussian W). A mean loss (1/(2n)) Σ_i is the same
  /// iteration with η/n: pass that step size (``init(network:inputs:labels:stepSize:)``).
  ///
  /// Each step is two GEMMs (G_ir = (u_i − y_i) a_r 1{Z_ir ≥ 0}/√m; W ← W − η·GᵀX; Z ← X·Wᵀ) on
  /// buffers allocated once.
  public struct GradientDescent: Sendable {
    /// The inputs (n × d, unit rows).
    public let inputs: Matrix
    /// The labels y.
    public let labels: [Double]
    /// η, for the sum loss Φ.
    public let stepSize: Double
    /// The network at the current iterate.
    public private(set) var network: TwoLayerNetwork
    /// W(0).
    public let initialWeights: Matrix
    /// k.
    public private(set) var iteration = 0
    /// u(k).
    public private(set) var outputs: [Double]
    /// Z = X·W(k)ᵀ (n × m).
    public private(set) var preactivations: Matrix
    private var coefficients: Matrix

    public init(network: TwoLayerNetwork, inputs: Matrix, labels: [Double], stepSize: Double) throws {
      try InvalidParameter.require(stepSize > 0 && stepSize.isFinite, "η", stepSize, "must be positive and finite")
      try InvalidParameter.require(labels.count == inputs.rows, "y", labels.count, "must have n = \(inputs.rows) entries")
      try InvalidParameter.require(labels.allSatisfy(\.isFinite), "y", "…", "labels must be finite")
      try InvalidParameter.require(inputs.columns == network.inputDimension, "X", inputs.columns, "must have d = \(network.inputDimension) columns")
      try InvalidParameter.require(inputs.elements.allSatisfy(\.isFinite), "X", "…", "inputs must be finite")
      self.inputs = inputs
      self.labels = labels
      self.stepSize = stepSize
      self.network = network
      self.initialWeights = network.weights
      preactivations = Matrix(rows: inputs.rows, columns: network.width)
      coefficients = Matrix(rows: inputs.rows, columns: network.width)
      outputs = [Double](repeating: 0, count: inputs.rows)
      try BLAS.gemm(.none, .transposed, alpha: 1, inputs, network.weights, beta: 0, &preactivations)
      ADHLW19.writeOutputs(preactivations: preactivations, outputWeights: network.outputWeights, into: &outputs)
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
      let n = inputs.rows, m = network.width
      let scale = 1 / Double(m).squareRoot()
      let a = network.outputWeights
      preactivations.elements.withUnsafeBufferPointer { zp in
        coefficients.elements.withUnsafeMutableBufferPointer { gp in
          for i in 0..<n {
            let e = (outputs[i] - labels[i]) * scale
            let row = i * m
            for r in 0..<m { gp[row + r] = zp[row + r] >= 0 ? e * a[r] : 0 }
          }
        }
      }
      try BLAS.gemm(.transposed, .none, alpha: -stepSize, coefficients, inputs, beta: 1, &network.weights)
      try BLAS.gemm(.none, .transposed, alpha: 1, inputs, network.weights, beta: 0, &preactivations)
      ADHLW19.writeOutputs(preactivations: preactivations, outputWeights: a, into: &outputs)
      iteration += 1
      // A diverging run is a run error (`Divergence`), never a pass.
      for u in outputs where !u.isFinite {
        throw Divergence(process: "ADHLW19 gradient descent (η = \(stepSize))", step: iteration, quantity: "u(k)", value: u)
      }
    }

    /// ‖W(k) − W(0)‖_F.
    public var distanceFromInitialization: Double {
      var s = 0.0
      for idx in initialWeights.elements.indices {
        let v = network.weights.elements[idx] - initialWeights.elements[idx]
        s += v * v
      }
      return s.squareRoot()
    }

    /// ‖w_r(k) − w_r(0)‖₂ for each r.
    public var neuronMovements: [Double] {
      let d = initialWeights.columns
      return (0..<network.width).map { r in
        var s = 0.0
        for c in 0..<d {
          let v = network.weights.elements[r * d + c] - initialWeights.elements[r * d + c]
          s += v * v
        }
        return s.squareRoot()
      }
    }
  }
}
