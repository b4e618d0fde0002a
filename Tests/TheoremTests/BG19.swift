import ClaimTesting
import Testing

/// BG19's theorems and figures, each run at its test budget (see README).
@Suite("BG19")
struct BG19 {
  @Test func Theorem3_3() throws { try expectClaim("BG19.Theorem3.3") }
  @Test func Theorem3_4() throws { try expectClaim("BG19.Theorem3.4") }
  @Test func Figure2() throws { try expectClaim("BG19.Figure2") }
  @Test func Theorem6_3() throws { try expectClaim("BG19.Theorem6.3") }
  @Test func Theorem6_4() throws { try expectClaim("BG19.Theorem6.4") }
  @Test func Theorem6_5() throws { try expectClaim("BG19.Theorem6.5") }
  @Test func decoy() throws { try expectClaim("BG19.decoy") }
  @Test func Figure1() throws { try expectClaim("BG19.Figure1") }
}
