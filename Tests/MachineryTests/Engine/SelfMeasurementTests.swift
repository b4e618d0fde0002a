import Claims
import Foundation
import Testing
import TheoremsCLI
import Verification

/// Issue 10 §3: bound mutations and calibration.
@Suite("Self-measurement")
struct SelfMeasurementTests {
  /// Tightening every bound by F: a bound the data reach within 1/F is caught; a loose one
  /// is not, and the table says why.
  @Test func mutatedBoundsAreCaughtWhereTheDataReachThem() throws {
    let mutation = try BoundMutation(factor: 0.5)
    // Upper bound 1, observed 0.8: F·1 = 0.5 < 0.8, caught.
    #expect(!mutation.mutate(.atMost(0.8, 1)).holds)
    // Observed 0.1: loose.
    #expect(mutation.mutate(.atMost(0.1, 1)).holds)
    // Lower bound 1, observed 1.5: 1/F = 2 > 1.5, caught.
    #expect(!mutation.mutate(.atLeast(1.5, 1)).holds)
    // An identity: the expected value halved.
    #expect(!mutation.mutate(.equal(2, 2, tolerance: 1e-9)).holds)
    #expect(abs(mutation.claimed(0.99) - 0.995) < 1e-15)
    #expect(throws: (any Error).self) { try BoundMutation(factor: 1) }
    #expect(throws: (any Error).self) { try BoundMutation(factor: .nan) }

    var options = RunOptions(seed: 1, jobs: 2, level: .test)
    options.mutation = mutation
    // |sin x| ≤ 1 is reached (|sin| near 1): caught under F = 0.5.
    let sine = Engine.run(DemoClaims.boundedSine, options: options)
    #expect(MutationTable.outcome(sine).caught)
    // P(heads) ≥ 0.45 with exact 1/2: the mutated claim 0.725 is refuted by the exact value.
    let coin = Engine.run(DemoClaims.fairCoin, options: options)
    #expect(MutationTable.outcome(coin).caught)
    let text = ReportRenderer(command: "x", seed: 1, scale: 1).render([sine, coin])
    #expect(text.contains("**Mutations.**"))
    #expect(text.contains("F = 0.5 2 of 2"))
    // The Lemma 3.1 mutation of the issue: claimed 0.9999 (exact ≈ 0.9997) is caught.
    let lemma = try Catalog.registry().claim("BG19.Lemma3.1")
    let mutated = Claim(
      id: lemma.id, paper: lemma.paper, location: lemma.location, kinds: lemma.kinds, statement: lemma.statement,
      checks: lemma.checks.compactMap { check -> Check? in
        guard case .probability(let spec) = check.body, check.expectation == .holds else { return nil }
        return Check(
          check.label, budget: check.budget,
          .probability(
            ProbabilitySpec(
              event: spec.event, claimed: 0.9999, claimedDescription: "0.9999", exact: spec.exact,
              exactDescription: spec.exactDescription, trial: spec.trial)))
      })
    let result = Engine.run(mutated, options: RunOptions(seed: 1, jobs: 2, level: .test))
    #expect(result.verdict == .refuted)
  }

  /// The CLI flag: a malformed factor is a usage error; a mutated report carries the table.
  @Test func reportWithMutatedBounds() throws {
    for bad in ["0", "1", "2", "nan", "-0.5", "x"] {
      #expect(try runCommand(["report", "--mutate-bounds", bad]).0 == 2, "\(bad)")
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("theorems-mutate-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("R.md").path
    let (status, _, _) = try runCommand([
      "report", "--claims", "Demo.fairCoin,Demo.boundedSine", "--mutate-bounds", "0.5", "--out", path, "--scale", "0.5",
    ])
    #expect(status == 1)  // the mutated claims are refuted
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("--mutate-bounds 0.5"))
    #expect(text.contains("| `Demo.fairCoin` | **caught**"))
  }

  /// A small calibration: the known-true checks of a cheap claim, rerun with a few seeds, are
  /// never refuted; the command prints the table.
  @Test func smallCalibration() throws {
    let claims = try Catalog.registry().select("BG19.Lemma3.1")
    let rows = try Calibration.run(claims, runs: 3, base: 100, jobs: 2)
    #expect(rows.count == 1)
    #expect(rows.allSatisfy { $0.refuted == 0 && $0.errors == 0 && $0.withinBudget })
    let (status, out, _) = try runCommand(["calibrate", "--runs", "20", "--claims", "Demo.fairCoin"])
    #expect(status == 0)
    #expect(out.contains("| `Demo.fairCoin` | 1 | 20 | 0 | 0 |"))
    #expect(try runCommand(["calibrate", "--runs", "0"]).0 == 2)
    #expect(try runCommand(["calibrate", "--claims", "Demo.boundedSine"]).0 == 2)
  }
}
