import Foundation
import Synchronization
import Testing
import TheoremsCLI
import Verification

/// Collects what a command writes.
final class Capture: Sendable {
  private let text = Mutex("")
  func append(_ s: String) { text.withLock { $0 += s } }
  var value: String { text.withLock { $0 } }
}

/// Runs `theorems` with the demo claims and returns (status, stdout, stderr).
func runCommand(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String, String) {
  let out = Capture(), err = Capture()
  let command = TheoremsCommand(
    registry: try ClaimRegistry(DemoClaims.all), output: out.append, errors: err.append,
    environment: environment)
  let status = command.run(arguments)
  return (status, out.value, err.value)
}

@Suite("Command line")
struct CommandTests {
  /// Every malformed command line gives exit status 2, one error line, then the usage.
  @Test(arguments: [
    [], ["frobnicate"], ["report", "--seed", "abc"], ["report", "--seed", "-1"],
    ["report", "--jobs", "0"], ["report", "--jobs", "x"], ["report", "--scale", "0"],
    ["report", "--scale", "nan"], ["report", "--scale", "-2"], ["report", "--claims", "Nope"],
    ["report", "--claims", ","], ["report", "--bogus", "1"], ["report", "--seed"],
    ["report", "extra"], ["report", "--out", "/nonexistent-dir/REPORT.md"], ["list", "x"],
    ["check"], ["check", "Demo.nothing"], ["check", "Demo.fairCoin", "--jobs", "1000"],
    ["replay", "Demo.fairCoin"], ["replay", "Demo.fairCoin", "--seed", "1"],
    ["replay", "Demo.fairCoin", "--seed", "1", "--trial", "-3"],
    ["replay", "Demo.fairCoin", "--seed", "1", "--trial", "2", "--check", "nope"],
    ["replay", "Demo.unknown", "--seed", "1", "--trial", "2"],
    ["report", "--seed", "1", "--seed", "2"], ["check", "-x"], ["report", "--mnist", "/nonexistent-mnist"],
    ["report", "--out", "/proc/theorems-REPORT.md"], ["report", "--out", "/tmp"],
    ["report", "--out", "/etc/passwd/REPORT.md"],
  ])
  func badInputExitsWithStatusTwo(_ arguments: [String]) throws {
    let (status, out, err) = try runCommand(arguments)
    #expect(status == 2, "\(arguments)")
    #expect(out.isEmpty)
    let lines = err.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasPrefix("theorems: error: ") == true, "\(arguments): \(err)")
    #expect(lines.dropFirst().first?.hasPrefix("usage: ") == true, "\(arguments): \(err)")
  }

  @Test func unknownIdSuggestsNearestIds() throws {
    let (status, _, err) = try runCommand(["check", "Demo.fairCion"])
    #expect(status == 2)
    #expect(err.contains("did you mean Demo.fairCoin"))
  }

  @Test(arguments: ["report", "list", "check", "replay"])
  func everySubcommandHasHelp(_ subcommand: String) throws {
    let (status, out, _) = try runCommand([subcommand, "--help"])
    #expect(status == 0)
    #expect(out.hasPrefix("usage: theorems \(subcommand)"))
  }

  @Test func listPrintsEveryClaim() throws {
    let (status, out, _) = try runCommand(["list"])
    #expect(status == 0)
    for claim in DemoClaims.all { #expect(out.contains(claim.id)) }
  }

  @Test func checkExitsOneOnARefutedClaimAndZeroOtherwise() throws {
    #expect(try runCommand(["check", "Demo.biasedCoin", "--scale", "1"]).0 == 1)
    #expect(try runCommand(["check", "Demo.fairCoin"]).0 == 0)
    #expect(try runCommand(["check", "Demo.erratum"]).0 == 0)
  }

  @Test func replayPrintsTheTrace() throws {
    let (status, out, _) = try runCommand(["replay", "Demo.fairCoin", "--seed", "5", "--trial", "3"])
    #expect(status == 0)
    #expect(out.contains("seed 5 trial 3"))
    #expect(out.contains("heads = "))
  }

  @Test func reportIsByteIdenticalAcrossRunsAndJobs() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-report-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    var texts: [String] = []
    for jobs in ["1", "2", "2"] {
      let path = dir.appendingPathComponent("R\(jobs)-\(texts.count).md").path
      let (status, _, _) = try runCommand([
        "report", "--claims", "Demo.fairCoin,Demo.erratum,Demo.trend", "--seed", "9", "--jobs", jobs,
        "--scale", "0.5", "--out", path,
      ])
      #expect(status == 0)
      texts.append(try String(contentsOfFile: path, encoding: .utf8))
    }
    #expect(texts[0] == texts[1] && texts[1] == texts[2])
    #expect(texts[0].contains("--seed 9"))
    #expect(texts[0].contains("## Errata"))
    #expect(texts[0].contains("## Methods"))
  }

  @Test func reportExitsOneOnRefutedClaims() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-refuted.md").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (status, _, _) = try runCommand(["report", "--claims", "Demo.boundedNormal", "--out", path])
    #expect(status == 1)
  }
}
