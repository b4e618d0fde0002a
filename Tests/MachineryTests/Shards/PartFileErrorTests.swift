import Foundation
import Testing
import TheoremsCLI
import Verification

/// Parts that must not merge: one line naming the file, exit 2, nothing written.
@Suite("Shards: bad parts")
struct PartFileErrorTests {
  /// Three valid parts of a small run (and the registry and version they need).
  static func parts() throws -> (registry: ClaimRegistry, version: CodeVersion, payloads: [PartPayload]) {
    let registry = try ShardFixtures.registry()
    let claims = try registry.select(["Demo.fairCoin", "Demo.trend", "Demo.figure"])
    let version = CodeVersion(commit: nil, sourceDiff: nil, catalog: CodeVersion.catalogHash(registry.claims))
    var keys: [String: Double] = [:]
    for claim in claims { for check in claim.checks { keys["\(claim.id)|\(check.label)"] = 1 } }
    let costs = ShardCostTable(secondsPerTrial: keys, figureSeconds: [:], splitThreshold: 0)
    let run = ShardRunner.Run(
      claims: claims, claimsFlag: "Demo.fairCoin,Demo.trend,Demo.figure",
      options: RunOptions(seed: 3, jobs: 1, level: .report(scale: 0.05)), scale: 0.05, mnist: nil, version: version)
    let payloads = try (0..<3).map { try ShardRunner.run(run, shard: try ShardSpec(index: $0, count: 3), costs: costs) }
    return (registry, version, payloads)
  }

  static func merge(_ payloads: [PartPayload], _ fixture: (registry: ClaimRegistry, version: CodeVersion, payloads: [PartPayload])) throws -> PartError? {
    let files = try payloads.enumerated().map { ("p\($0.offset).json", try PartFile.encode($0.element)) }
    do {
      _ = try PartMerger.merge(files, registry: fixture.registry, current: fixture.version)
      return nil
    } catch {
      return error
    }
  }

  @Test func validPartsMerge() throws {
    let f = try Self.parts()
    #expect(try Self.merge(f.payloads, f) == nil)
  }

  @Test func missingAndDuplicatedShards() throws {
    let f = try Self.parts()
    let missing = try #require(try Self.merge([f.payloads[0], f.payloads[2]], f))
    #expect(missing.description.contains("shard 1/3") && missing.description.contains("missing"))
    let duplicated = try #require(try Self.merge([f.payloads[0], f.payloads[1], f.payloads[1], f.payloads[2]], f))
    #expect(duplicated.file == "p2.json" && duplicated.message.contains("duplicates p1.json"))
  }

  @Test func mismatchedRuns() throws {
    let f = try Self.parts()
    var seed = f.payloads
    seed[1].seed = "4"
    #expect(try Self.merge(seed, f)?.description.hasPrefix("p1.json: seed 4 differs") == true)
    var scale = f.payloads
    scale[2].scale = 0.06
    #expect(try Self.merge(scale, f)?.description.hasPrefix("p2.json: scale") == true)
    var version = f.payloads
    version[1].version.commit = "0123456789abcdef0123456789abcdef01234567"
    #expect(try Self.merge(version, f)?.description.hasPrefix("p1.json: code version") == true)
    var catalog = f.payloads
    for i in catalog.indices { catalog[i].version.catalog = "other" }
    #expect(try Self.merge(catalog, f)?.description.hasPrefix("p0.json: claim catalog") == true)
    var count = f.payloads
    count[2].shard = try ShardSpec(index: 2, count: 4)
    #expect(try Self.merge(count, f)?.description.hasPrefix("p2.json: shard count 4 differs") == true)
    var claims = f.payloads
    for i in claims.indices { claims[i].claims.removeLast() }
    #expect(try Self.merge(claims, f)?.description.hasPrefix("p0.json: claim list does not match") == true)
  }

  @Test func missingOrOverlappingWork() throws {
    let f = try Self.parts()
    var dropped = f.payloads
    dropped[1].checks.removeFirst()
    #expect(try Self.merge(dropped, f)?.message.contains("no part has trials") == true)
    var overlap = f.payloads
    overlap[2].checks.append(overlap[1].checks[0])
    #expect(try Self.merge(overlap, f)?.message.contains("overlap") == true)
    var bad = f.payloads
    bad[0].checks[0].upper = bad[0].checks[0].lower - 1
    #expect(try Self.merge(bad, f)?.description.hasPrefix("p0.json:") == true)
    var figure = f.payloads
    for i in figure.indices { figure[i].figures = [] }
    #expect(try Self.merge(figure, f)?.message.contains("no part has figure Demo-Figure") == true)
  }

  @Test func truncatedAndHandEditedFiles() throws {
    let f = try Self.parts()
    let data = try PartFile.encode(f.payloads[0])
    #expect(throws: PartError.self) { try PartFile.decode(data.prefix(data.count / 2), name: "p0.json") }
    var text = String(decoding: data, as: UTF8.self)
    text = text.replacingOccurrences(of: "\"seed\" : \"3\"", with: "\"seed\" : \"5\"")
    #expect(text != String(decoding: data, as: UTF8.self))
    do {
      _ = try PartFile.decode(Data(text.utf8), name: "p0.json")
      Issue.record("an edited part decoded")
    } catch {
      #expect(error.description.hasPrefix("p0.json: checksum mismatch"))
    }
  }

  @Test func malformedShardFlags() throws {
    for spec in ["3/3", "-1/2", "1/0", "x", "1/2/3", "1", "0/10001"] {
      let (status, err) = try ShardFixtures.run(["report", "--claims", "Demo.fairCoin", "--shard", spec, "--out", "/tmp/never.json"])
      #expect(status == 2, "--shard \(spec)")
      #expect(err.hasPrefix("theorems: error: --shard must be I/N"))
    }
    let (status, err) = try ShardFixtures.run(["merge"])
    #expect(status == 2 && err.contains("needs the part files"))
  }

  /// Through the command: exit 2, one error line naming the file, no REPORT.md.
  @Test func mergeCommandWritesNothingOnError() throws {
    let dir = try ShardFixtures.temporaryDirectory("errors")
    defer { try? FileManager.default.removeItem(at: dir) }
    let part = dir.appendingPathComponent("part-0.json").path
    let (status, _) = try ShardFixtures.run(["report", "--claims", "Demo.fairCoin", "--scale", "0.05", "--shard", "0/2", "--out", part])
    #expect(status == 0)
    let out = dir.appendingPathComponent("REPORT.md").path
    let (merge, err) = try ShardFixtures.run(["merge", part, "--out", out])
    #expect(merge == 2)
    #expect(err.split(separator: "\n").count == 1 && err.contains("missing"))
    let garbage = dir.appendingPathComponent("part-1.json").path
    try Data("{\"format\":".utf8).write(to: URL(fileURLWithPath: garbage))
    let (merge2, err2) = try ShardFixtures.run(["merge", part, garbage, "--out", out])
    #expect(merge2 == 2)
    #expect(err2.split(separator: "\n").count == 1 && err2.contains("\(garbage): "))
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("figures").path))
  }
}
