import Foundation
import Testing
import TheoremsCLI
import Verification

/// Sharded runs merged back: the same bytes as a direct run (REPORT.md and figures).
@Suite("Shards: merge")
struct ShardMergeTests {
  static let scale = "0.2"
  static let seed = "77"

  /// `theorems report --shard I/N` for every I, then `theorems merge`, against a direct
  /// `theorems report` with the same arguments.
  @Test(arguments: [1, 3, 7])
  func mergeIsByteIdenticalToDirectRun(shards: Int) throws {
    let dir = try ShardFixtures.temporaryDirectory("merge\(shards)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let common = ["--claims", ShardFixtures.claimsFlag, "--seed", Self.seed, "--scale", Self.scale, "--jobs", "2"]
    let direct = dir.appendingPathComponent("direct")
    let merged = dir.appendingPathComponent("merged")
    for d in [direct, merged] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
    let (directStatus, _) = try ShardFixtures.run(["report"] + common + ["--out", direct.appendingPathComponent("REPORT.md").path])
    var parts: [String] = []
    for i in 0..<shards {
      let part = dir.appendingPathComponent("part-\(i).json").path
      let (status, err) = try ShardFixtures.run(["report"] + common + ["--shard", "\(i)/\(shards)", "--out", part])
      #expect(status == 0, "\(err)")
      parts.append(part)
    }
    let (mergeStatus, err) = try ShardFixtures.run(["merge"] + parts.reversed() + ["--out", merged.appendingPathComponent("REPORT.md").path])
    #expect(mergeStatus == directStatus, "\(err)")
    let expected = try ShardFixtures.outputs(direct)
    let got = try ShardFixtures.outputs(merged)
    #expect(expected.keys.sorted() == got.keys.sorted())
    #expect(expected.count == 3)  // REPORT.md and two figures
    for (name, bytes) in expected { #expect(got[name] == bytes, "\(name) differs") }
  }

  /// Every check split by trial range (a cost table that marks all trials expensive): the
  /// merge applies the verdict rules to the concatenated outcomes and renders the same text.
  @Test(arguments: [2, 3, 7])
  func splitChecksMergeToTheDirectResults(shards: Int) throws {
    let registry = try ShardFixtures.registry()
    let claims = try registry.select(["Demo", "BG19.realizability"])
    let scale = 0.1
    var keys: [String: Double] = [:]
    for claim in claims { for check in claim.checks { keys["\(claim.id)|\(check.label)"] = 1 } }
    let costs = ShardCostTable(secondsPerTrial: keys, figureSeconds: [:], splitThreshold: 0)
    let options = RunOptions(seed: 5, jobs: 2, level: .report(scale: scale))
    let version = CodeVersion(commit: nil, sourceDiff: nil, catalog: CodeVersion.catalogHash(registry.claims))
    let run = ShardRunner.Run(
      claims: claims, claimsFlag: "Demo,BG19.realizability", options: options, scale: scale, mnist: nil,
      version: version)
    var parts: [(name: String, data: Data)] = []
    var splitSlices = 0
    for i in 0..<shards {
      let payload = try ShardRunner.run(run, shard: try ShardSpec(index: i, count: shards), costs: costs)
      splitSlices += payload.checks.filter { $0.result == nil }.count
      parts.append(("part-\(i).json", try PartFile.encode(payload)))
    }
    #expect(splitSlices >= shards)
    let merged = try PartMerger.merge(parts, registry: registry, current: version)
    let direct = claims.map { Engine.run($0, options: options) }
    let renderer = ReportRenderer(command: "x", seed: 5, scale: scale)
    #expect(renderer.render(merged.results) == renderer.render(direct))
    #expect(merged.results.map(\.verdict) == direct.map(\.verdict))
  }

  /// The plan tiles every check's trials exactly once and places every figure once, for
  /// any number of shards, and balances the estimated cost.
  @Test func planCoversEverythingOnce() throws {
    let registry = try ShardFixtures.registry()
    var keys: [String: Double] = [:]
    for claim in registry.claims {
      for (i, check) in claim.checks.enumerated() { keys["\(claim.id)|\(check.label)"] = i % 2 == 0 ? 0.01 : 1e-5 }
    }
    let costs = ShardCostTable(secondsPerTrial: keys, figureSeconds: ["Demo-Figure": 3])
    for n in 1...12 {
      let plan = ShardPlan(claims: registry.claims, scale: 0.5, count: n, costs: costs)
      #expect(plan.checks.count == n)
      for claim in registry.claims {
        for (k, check) in claim.checks.enumerated() {
          let slices = plan.checks.flatMap { $0 }.filter { $0.claimID == claim.id && $0.checkIndex == k }
            .sorted { $0.lower < $1.lower }
          let trials = check.budget.trials(at: .report(scale: 0.5))
          #expect(slices.first?.lower == 0 && slices.last?.upper == trials)
          for (a, b) in zip(slices, slices.dropFirst()) { #expect(a.upper == b.lower) }
        }
        for figure in claim.figures {
          #expect(plan.figures.flatMap { $0 }.filter { $0.name == figure.name }.count == 1)
        }
      }
      let total = plan.estimatedSeconds.reduce(0, +)
      #expect(plan.estimatedSeconds.max()! <= total / Double(n) + 3.01)
      #expect(plan == ShardPlan(claims: registry.claims, scale: 0.5, count: n, costs: costs))
    }
  }
}
