import Foundation
import Testing
import TheoremsCLI
import Verification

@Suite("Command line: exit statuses and environment")
struct ExitStatusTests {
  /// 0 holds or erratum, 1 refuted, 3 run error (a trial threw, a run diverged).
  @Test func exitStatuses() throws {
    #expect(try runCommand(["check", "Demo.fairCoin"]).0 == 0)
    #expect(try runCommand(["check", "Demo.erratum"]).0 == 0)
    #expect(try runCommand(["check", "Demo.biasedCoin"]).0 == 1)
    let (threw, out, _) = try runCommand(["check", "Demo.throwing"])
    #expect(threw == 3)
    #expect(out.contains("error (trial error)"))
    let (diverged, text, _) = try runCommand(["check", "Demo.diverging"])
    #expect(diverged == 3)
    #expect(text.contains("error (diverged)"))
  }

  @Test func helpDocumentsExitStatuses() throws {
    for words in [["--help"], ["report", "--help"], ["check", "--help"]] {
      let (status, out, _) = try runCommand(words)
      #expect(status == 0)
      for line in ["0  every check holds", "1  a check expected to hold is refuted", "2  usage or input error", "3  run error"] {
        #expect(out.contains(line), "\(words): \(line)")
      }
    }
  }

  /// An unwritable `--out` is found before any trial runs (no per-claim progress line).
  @Test func unwritableOutputIsFoundBeforeAnyTrial() throws {
    let (status, _, err) = try runCommand(["report", "--claims", "Demo.fairCoin", "--out", "/proc/x/REPORT.md"])
    #expect(status == 2)
    #expect(!err.contains("Demo.fairCoin: "))
    let (status2, _, err2) = try runCommand(["report", "--claims", "Demo.fairCoin", "--out", "/proc/REPORT.md"])
    #expect(status2 == 2)
    #expect(err2.contains("/proc"))
    #expect(!err2.contains("Demo.fairCoin: "))
  }

  /// `THEOREMS_SEED` sets the seed when `--seed` is absent; garbage is a usage error.
  @Test func seedEnvironment() throws {
    let (status, _, err) = try runCommand(["check", "Demo.fairCoin"], environment: ["THEOREMS_SEED": "abc"])
    #expect(status == 2)
    #expect(err.contains("THEOREMS_SEED"))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-seed-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("R.md").path
    let (ok, _, _) = try runCommand(
      ["report", "--claims", "Demo.fairCoin", "--out", path], environment: ["THEOREMS_SEED": "5"])
    #expect(ok == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("Seed **5**") && text.contains("--seed 5"))
    // No temporary file is left beside the report.
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(left == ["R.md"], "\(left)")
  }

  /// Temporary files are renamed into place, and the signal handlers' cleanup removes any
  /// still pending (what an interrupted run leaves).
  @Test func temporaryFilesAreCleanedUp() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-tmp-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let target = dir.appendingPathComponent("out.md")
    try TemporaryFiles.write(Data("abc".utf8), to: target)
    #expect(try String(contentsOf: target, encoding: .utf8) == "abc")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.md"])
    #expect(!TemporaryFiles.paths.contains { $0.hasPrefix(dir.path) })
    // A failing write (into a directory that does not exist) leaves nothing pending.
    #expect(throws: (any Error).self) {
      try TemporaryFiles.write(Data("x".utf8), to: dir.appendingPathComponent("missing/out.md"))
    }
    #expect(!TemporaryFiles.paths.contains { $0.hasPrefix(dir.path) })
    TemporaryFiles.installSignalHandlers()
    TemporaryFiles.installSignalHandlers()
  }
}
