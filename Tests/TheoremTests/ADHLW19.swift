import ClaimTesting
import Testing

/// ADHLW19's theorems, corollaries and figures, each run at its test budget (see README).
@Suite("ADHLW19")
struct ADHLW19 {
  @Test func Theorem6_1() throws { try expectClaim("ADHLW19.Theorem6.1") }
  @Test func corollary() throws { try expectClaim("ADHLW19.corollary") }
  @Test func Figure1() throws { try expectClaim("ADHLW19.Figure1") }
  @Test func Figure2() throws { try expectClaim("ADHLW19.Figure2") }
}
