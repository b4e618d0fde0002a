import ClaimTesting
import Testing

/// BGMS18's theorems, corollaries and figures, each run at its test budget (see README).
@Suite("BGMS18")
struct BGMS18 {
  @Test func Theorem2() throws { try expectClaim("BGMS18.Theorem2") }
  @Test func Theorem2_bothLayers() throws { try expectClaim("BGMS18.Theorem2.bothLayers") }
  @Test func Corollary3() throws { try expectClaim("BGMS18.Corollary3") }
  @Test func Theorem4() throws { try expectClaim("BGMS18.Theorem4") }
  @Test func Theorem5() throws { try expectClaim("BGMS18.Theorem5") }
  @Test func Theorem6() throws { try expectClaim("BGMS18.Theorem6") }
  @Test func Theorem7() throws { try expectClaim("BGMS18.Theorem7") }
  @Test func Theorem8() throws { try expectClaim("BGMS18.Theorem8") }
  @Test func Theorem9_small() throws { try expectClaim("BGMS18.Theorem9.small") }
  @Test func Theorem9_large() throws { try expectClaim("BGMS18.Theorem9.large") }
  @Test func Figure1() throws { try expectClaim("BGMS18.Figure1") }
}
