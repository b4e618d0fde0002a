import Verification

/// Every implemented claim of `../shared/CLAIMS.md`, by paper. Each claim is defined once,
/// in `Sources/Claims/<Paper>/<id>.swift`; `Catalog.claims` and the paper namespaces
/// (`BG19Claims.all`, …) are generated from those folders into `Catalog+Registry.swift` by
/// `scripts/generate-registry.sh`, and used by the tests, `theorems list` and the report.
public enum Catalog {
  /// The registry (fails on a duplicate id).
  public static func registry() throws -> ClaimRegistry { try ClaimRegistry(claims) }
}
