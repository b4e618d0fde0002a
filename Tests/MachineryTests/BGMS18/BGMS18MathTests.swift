import Generators
import Testing
import Theory

/// The math layer of BGMS18 (Brutzkus, Globerson, Malach, Shalev-Shwartz, ICLR 2018):
/// network, gradients, SGD, data, bounds and constructions. Tests are spread over the
/// files of this folder as extensions of this suite.
@Suite("BGMS18Math") struct BGMS18MathTests {
  static func stream(_ name: String, trial: UInt64 = 0) -> RandomStream {
    RandomStream(seed: 1, name: "bgms18-math-" + name, trial: trial)
  }

  /// Relative-or-absolute closeness.
  static func close(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
  }

  static func randomWeights(k: Int, d: Int, scale: Double = 1, using rng: inout RandomStream) throws -> BGMS18.Weights {
    try BGMS18.Weights(k: k, d: d, entries: rng.nextNormalVector(count: 2 * k * d, standardDeviation: scale))
  }
}
