import LinearAlgebra

extension ADHLW19 {
  /// A training set with its H^∞ (Eq. 3) and eigen-decomposition (Thm 4.1), computed once.
  public struct Task: Sendable {
    /// X (n × d, unit rows).
    public let inputs: Matrix
    /// y.
    public let labels: [Double]
    /// H^∞.
    public let gram: Matrix
    /// H^∞ = Σ λ_i v_i v_iᵀ (ascending).
    public let spectrum: KernelSpectrum

    public init(inputs: Matrix, labels: [Double]) throws {
      try InvalidParameter.require(labels.count == inputs.rows, "y", labels.count, "must have n = \(inputs.rows) entries")
      self.inputs = inputs
      self.labels = labels
      gram = try gramInfinity(inputs)
      spectrum = try KernelSpectrum(gram)
    }

    /// The same inputs (and kernel) with other labels.
    public func relabeled(_ y: [Double]) throws -> Task { try Task(inputs: inputs, labels: y, gram: gram, spectrum: spectrum) }

    init(inputs: Matrix, labels: [Double], gram: Matrix, spectrum: KernelSpectrum) throws {
      try InvalidParameter.require(labels.count == inputs.rows, "y", labels.count, "must have n = \(inputs.rows) entries")
      self.inputs = inputs
      self.labels = labels
      self.gram = gram
      self.spectrum = spectrum
    }

    /// n.
    public var count: Int { labels.count }
    /// λ₀.
    public var lambdaZero: Double { spectrum.lambdaZero }
    /// yᵀ(H^∞)⁻¹y.
    public func quadraticForm() throws -> Double { try ADHLW19.quadraticForm(gram, labels).value }
    /// Thm 5.1's complexity √(2yᵀ(H^∞)⁻¹y/n).
    public func complexity() throws -> Double { (2 * (try quadraticForm()) / Double(count)).squareRoot() }
  }
}
