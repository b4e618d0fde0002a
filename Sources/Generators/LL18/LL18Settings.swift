import Theory

extension LL18 {
  /// The reduced settings the claims' checks run (the figure runs the §7 setting itself).
  public enum Settings {
    /// Exact (A1)/(A2) data: k = 3, l = 2, circle layout (classes not linearly separable),
    /// d = 20, 200 training and 200 test points, B = 16, η = 10/m, T steps.
    public static func structured(
      m: Int, reading: InitializationReading = .varianceOneOverM, steps: Int = 200,
      sampling: BatchSampling = .withoutReplacement, l: Int = 2
    ) -> ExperimentSetting {
      ExperimentSetting(
        data: .structured(k: 3, l: l, d: 20, layout: .circle, fill: 1), trainCount: 200, testCount: 200, m: m,
        eta0: 10, batchSize: 16, steps: steps, sampling: sampling, reading: reading, recordEvery: 10)
    }

    /// The §7 mixture scaled down: k = 10, σ = 1, σ₀ = 5 as in §7, d = 100, 200 training and
    /// 200 test points, B = 16, η = 10/m, T = 400.
    public static func smallMixture(
      m: Int, reading: InitializationReading = .varianceOneOverM, l: Int = 2, steps: Int = 400,
      sampling: BatchSampling = .withoutReplacement, d: Int = 100
    ) -> ExperimentSetting {
      ExperimentSetting(
        data: .gaussianMixture(k: 10, l: l, d: d, sigma: 1, sigma0: 5), trainCount: 200, testCount: 200, m: m,
        eta0: 10, batchSize: 16, steps: steps, sampling: sampling, reading: reading, recordEvery: 10)
    }
  }
}
