import Dispatch
import Generators
import Theory

extension BenchTraining {
  /// W2 of issue 14: BG19 XORD (§4, §6.1), d = 6 patterns, k = 120, γ = 8, c_η = 1/410,
  /// η = c_η/k, σ_g = c_η/(16k^{3/2}); 50 positive and 50 negative training points drawn
  /// uniformly given the label, full-batch GD on the Eq. 4 loss for T = 8000 steps (stopping
  /// early at a global minimum or stationary point, fixed points of GD), 200 trials; mean final
  /// loss and the fraction recovering f*.
  ///
  /// Structure: the network's outputs and the loss depend on x only through P_x (BG19 Remark
  /// 4.1), so the points are drawn as their pattern sets (the exact law of P_x for x uniform
  /// given the label, `MaskDistribution.uniformPositivePoints`) and GD runs on at most 15
  /// distinct sets (`BG19.GradientDescent`); trials run over `threads` cores, trial t on the
  /// stream "bench.W2" with index t.
  static func w2(threads: Int, quick: Bool) -> [BenchTraining] {
    let (trials, steps) = quick ? (8, 500) : (200, 8000)
    let d = 6, m = 50
    let setting = BG19.Setting(k: 120, cEta: 1.0 / 410, sigmaFraction: 1, gamma: 8)
    let parameters: [(String, BenchValue)] = [
      ("d", .integer(d)), ("k", .integer(setting.k)), ("gamma", .number(setting.gamma)),
      ("c_eta", .number(setting.cEta)), ("m", .integer(m)), ("T", .integer(steps)), ("trials", .integer(trials)),
    ]
    return [BenchTraining(workload: "W2", parameters: parameters) {
      let positive = try BG19.MaskDistribution.uniformPositivePoints(d: d)
      let negative = try BG19.MaskDistribution.uniformNegativePoints(d: d)
      return {
        let outcomes = UnsafeMutableBufferPointer<(loss: Double, recovers: Bool, error: String?)>.allocate(capacity: trials)
        defer { outcomes.deallocate() }
        nonisolated(unsafe) let base = outcomes.baseAddress!  // each trial writes its own slot
        parallel(threads: threads) { worker in
          for t in stride(from: worker, to: trials, by: threads) {
            do {
              var rng = BenchmarkInputs.stream("W2", trial: t)
              let set = try BG19.sampleTrainingSet(m: m, positive: positive, negative: negative, using: &rng)
              let w0 = try setting.initialWeights(using: &rng)
              var gd = try setting.descent(try setting.objective(set), from: w0)
              let outcome = try gd.run(maxIterations: steps)
              guard outcome.loss.isFinite else { throw Divergence(process: "W2 gradient descent", step: outcome.iterations, quantity: "ℓ", value: outcome.loss) }
              (base + t).initialize(to: (outcome.loss, BG19.XORD.recoversTarget(gd.weights), nil))
            } catch {
              (base + t).initialize(to: (.nan, false, "\(error)"))
            }
          }
        }
        if let error = outcomes.lazy.compactMap(\.error).first { throw BenchError(message: "W2: \(error)") }
        let meanLoss = outcomes.reduce(0) { $0 + $1.loss } / Double(trials)
        let recovering = Double(outcomes.filter(\.recovers).count) / Double(trials)
        return Result(flops: nil, metrics: [
          ("mean_final_loss", .number(meanLoss)), ("fraction_recovering", .number(recovering)),
        ])
      }
    }]
  }
}

/// A workload's run failed (a trial threw or diverged).
struct BenchError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
