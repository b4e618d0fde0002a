import Foundation
import Generators
import LinearAlgebra
import Testing
@testable import Theory

@Suite struct LL18Explore {
  @Test func explore() throws {
    guard ProcessInfo.processInfo.environment["LL18_EXPLORE"] != nil else { return }
    let d = Int(ProcessInfo.processInfo.environment["LL18_D"] ?? "200")!
    let n = Int(ProcessInfo.processInfo.environment["LL18_N"] ?? "500")!
    let ms = (ProcessInfo.processInfo.environment["LL18_M"] ?? "50,200,800").split(separator: ",").map { Int($0)! }
    for reading in LL18.InitializationReading.allCases {
      for m in ms {
        for trial in 0..<2 {
          var rng = RandomStream(seed: 1, name: "explore", trial: UInt64(trial))
          let env = ProcessInfo.processInfo.environment
          let kk = Int(env["LL18_K"] ?? "10")!, ll = Int(env["LL18_L"] ?? "2")!
          let data: LL18.DataSource = env["LL18_STRUCT"] != nil ? .structured(k: kk, l: ll, d: d, layout: .circle, fill: 1) : .gaussianMixture(k: kk, l: ll, d: d, sigma: 1, sigma0: 5)
          var s = LL18.ExperimentSetting(data: data, trainCount: n, testCount: n, m: m, eta0: Double(env["LL18_ETA"] ?? "10")!, batchSize: 16, steps: Int(env["LL18_T"] ?? "400")!, reading: reading, recordEvery: 50)
          s.randomLabels = env["LL18_RANDOM"] != nil
          s.recomputeEvery = 100
          let t0 = Date()
          let r = try LL18.runExperiment(s, using: &rng)
          let upd = try LL18.accumulatedUpdate(r.final.w, from: r.initial.w)
          let su = try SingularValueDecomposition(upd).values
          let sw = try SingularValueDecomposition(r.final.w).values
          let shU = LL18.topShares(su, q: 20), shW = LL18.topShares(sw, q: 20)
          print("\(reading.sigmaExponent) m=\(m) t=\(trial) time=\(Date().timeIntervalSince(t0))")
          for sn in r.snapshots { print("  step \(sn.step) test \(sn.testAccuracy!) train \(sn.trainAccuracy) pairs \(sn.patternChangePairs) units \(sn.patternChangeUnits) dist \(sn.relativeDistance)") }
          print("  upd share \(shU) W share \(shW) drift \(r.drift)")
        }
      }
    }
  }
}
