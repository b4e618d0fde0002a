import Foundation
import LinearAlgebra

extension ADHLW19 {
  /// What a gradient-descent run of K steps recorded (k = 0…K).
  public struct TrainingRecord: Sendable {
    /// ‖y − u(k)‖₂ for k = 0…K.
    public var residualNorms: [Double]
    /// Φ(W(k)) = ½‖y − u(k)‖² for k = 0…K.
    public var losses: [Double] { residualNorms.map { $0 * $0 / 2 } }
    /// u(0).
    public var initialOutputs: [Double]
    /// u(K).
    public var finalOutputs: [Double]
    /// ‖W(K) − W(0)‖_F.
    public var distance: Double
    /// ‖w_r(K) − w_r(0)‖₂ for every r.
    public var neuronMovements: [Double]
    /// The trained network W(K).
    public var network: TwoLayerNetwork
    /// Residual vectors y − u(k) at the requested iterations (`keepResiduals`).
    public var residuals: [Int: [Double]]
  }

  /// Runs K steps of ``GradientDescent`` and records the residual norms, the distance from the
  /// initialization and, for the iterations in `keepResiduals`, the residual vectors.
  public static func train(
    _ network: TwoLayerNetwork, inputs: Matrix, labels: [Double], stepSize: Double, iterations: Int,
    keepResiduals: Set<Int> = []
  ) throws -> TrainingRecord {
    try InvalidParameter.require(iterations >= 0, "K", iterations, "must be ≥ 0")
    var gd = try GradientDescent(network: network, inputs: inputs, labels: labels, stepSize: stepSize)
    var norms = [gd.residualNorm]
    norms.reserveCapacity(iterations + 1)
    var kept: [Int: [Double]] = [:]
    func keep() { if keepResiduals.contains(gd.iteration) { kept[gd.iteration] = zip(labels, gd.outputs).map { $0 - $1 } } }
    let u0 = gd.outputs
    keep()
    for _ in 0..<iterations {
      try gd.step()
      norms.append(gd.residualNorm)
      keep()
    }
    return TrainingRecord(
      residualNorms: norms, initialOutputs: u0, finalOutputs: gd.outputs, distance: gd.distanceFromInitialization,
      neuronMovements: gd.neuronMovements, network: gd.network, residuals: kept)
  }

  /// Least-squares slope of log(values) on log(xs) (a fitted exponent); throws unless every
  /// value is positive and there are two distinct xs.
  public static func logLogSlope(_ xs: [Double], _ values: [Double]) throws -> Double {
    try InvalidParameter.require(xs.count == values.count && xs.count >= 2, "points", xs.count, "need ≥ 2 paired points")
    try InvalidParameter.require(xs.allSatisfy { $0 > 0 } && values.allSatisfy { $0 > 0 }, "values", "…", "must be positive")
    let lx = xs.map { Foundation.log($0) }, ly = values.map { Foundation.log($0) }
    let mx = lx.reduce(0, +) / Double(lx.count), my = ly.reduce(0, +) / Double(ly.count)
    var sxy = 0.0, sxx = 0.0
    for i in lx.indices { sxy += (lx[i] - mx) * (ly[i] - my); sxx += (lx[i] - mx) * (lx[i] - mx) }
    try InvalidParameter.require(sxx > 0, "xs", "…", "need two distinct x")
    return sxy / sxx
  }
}
