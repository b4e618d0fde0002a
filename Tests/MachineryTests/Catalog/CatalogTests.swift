import Claims
import Foundation
import Testing
import Theory
import Verification

/// The registered claims are well formed: catalog ids, unique labels, a test each, and test
/// budgets that can refute.
@Suite("Catalog")
struct CatalogTests {
  let registry = try! Catalog.registry()

  /// The package root, from this file's path.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func idsAreInTheCatalogWhenItIsBesideTheRepository() throws {
    let catalog = Self.root.deletingLastPathComponent().appendingPathComponent("shared/CLAIMS.md")
    guard let text = try? String(contentsOf: catalog, encoding: .utf8) else { return }
    for claim in registry.claims {
      #expect(text.contains("| `\(claim.id)` |"), "\(claim.id) is not in CLAIMS.md")
    }
  }

  @Test func idsStartWithTheirPaper() {
    for claim in registry.claims {
      #expect(claim.id.hasPrefix(claim.paper.rawValue + "."), "\(claim.id)")
    }
  }

  @Test func checkLabelsAreUniqueWithinAClaim() {
    for claim in registry.claims {
      #expect(Set(claim.checks.map(\.label)).count == claim.checks.count, "\(claim.id)")
      #expect(!claim.checks.isEmpty, "\(claim.id) has no check")
    }
  }

  /// A check that cannot fail is a defect: at its test budget every probability check must be
  /// able to refute a true probability of at most half the claimed one.
  @Test func testBudgetsHavePower() throws {
    for claim in registry.claims {
      for check in claim.checks {
        guard case .probability(let spec) = check.body, let claimed = spec.claimed else { continue }
        let detectable = try ProbabilityPower.detectableProbability(
          claimed: claimed, trials: check.budget.test, alpha: claim.alphaPerDecision)
        #expect(detectable != nil, "\(claim.id) [\(check.label)]: \(check.budget.test) test trials cannot refute")
        #expect(check.budget.report >= check.budget.test, "\(claim.id) [\(check.label)]")
      }
    }
  }

  /// Every registered claim has a test in TheoremTests or LemmaTests calling `expectClaim`.
  @Test func everyClaimHasATest() throws {
    var sources = ""
    for folder in ["Tests/TheoremTests", "Tests/LemmaTests"] {
      let url = Self.root.appendingPathComponent(folder)
      let files = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      for file in files where file.hasSuffix(".swift") {
        sources += try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
      }
    }
    for claim in registry.claims {
      #expect(sources.contains("expectClaim(\"\(claim.id)\")"), "\(claim.id) has no test")
    }
  }
}
