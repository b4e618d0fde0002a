import Generators
import Theory

extension BGMS18 {
  /// A random network, separable S, first layer W and separator w* (see the notes of
  /// `BGMS18.Proposition1.criticalPoints`): a random `BGMS18Ranges.instance` and a Gaussian W.
  public static func proposition1Draw(_ context: inout TrialContext) throws
    -> (BGMS18.Network, BGMS18.TrainingSet, BGMS18.Weights, [Double])
  {
    let d = BGMS18Ranges.logUniform(1...20, using: &context.rng)
    let n = BGMS18Ranges.logUniform(1...60, using: &context.rng)
    let k = BGMS18Ranges.logUniform(1...60, using: &context.rng)
    let v = BGMS18Ranges.logUniform(1e-2...10, using: &context.rng)
    let alpha = context.rng.nextUniform(in: 0.05, 0.95)
    let norm = BGMS18Ranges.logUniform(1.01...10, using: &context.rng)
    let instance = try BGMS18Ranges.instance(
      d: d, n: n, k: k, eta: 1, alpha: alpha, v: v, R: v, wStarNorm: norm, using: &context.rng)
    let sigma = BGMS18Ranges.logUniform(1e-3...10, using: &context.rng) / (Double(k) * v)
    let W = try BGMS18.Weights(
      k: k, d: d, entries: context.rng.nextNormalVector(count: 2 * k * d, standardDeviation: sigma))
    if context.isTracing {
      instance.note(&context)
      context.note("σ of W", sigma)
      if 2 * k * d <= 400 { context.note("W (row-major)", W.entries) }
    }
    return (instance.network, instance.set, W, instance.wStar)
  }
}
