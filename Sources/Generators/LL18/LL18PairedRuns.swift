import LinearAlgebra
import Theory

extension LL18 {
  /// Several runs on one draw of data (paired comparisons inside one trial): draws the data of
  /// `base` once, then for each variant its own initialization and batch schedule, in order.
  /// A variant may change m, the reading, the sampling, the steps and `randomLabels` (random
  /// labels are drawn per variant), not the data source.
  public static func pairedRuns(
    _ variants: [ExperimentSetting], using rng: inout some RandomNumberGenerator
  ) throws -> [ExperimentResult] {
    guard let base = variants.first else { return [] }
    let (trainSample, testSample) = try drawData(base.data, trainCount: base.trainCount, testCount: base.testCount, using: &rng)
    return try variants.map { s in
      var trainSet = trainSample.data
      if s.randomLabels {
        trainSet = try Dataset(x: trainSet.x, labels: (0..<trainSet.count).map { _ in rng.nextInt(below: trainSet.k) }, k: trainSet.k)
      }
      let network = try initialNetwork(k: trainSet.k, m: s.m, d: trainSet.dimension, reading: s.reading, using: &rng)
      let schedule = try batches(n: trainSet.count, batchSize: s.batchSize, steps: s.steps, sampling: s.sampling, using: &rng)
      return try train(network: network, train: trainSet, test: testSample.data, setting: s, schedule: schedule)
    }
  }
}
