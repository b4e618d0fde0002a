import ClaimTesting
import Testing

/// LL18's theorem and figure, each run at its test budget (see README).
@Suite("LL18")
struct LL18 {
  @Test func Theorem4_1() throws { try expectClaim("LL18.Theorem4.1") }
  @Test func Figure1() throws { try expectClaim("LL18.Figure1") }
}
