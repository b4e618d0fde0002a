import ClaimTesting
import Testing

/// BGMS18's lemmas, propositions and remarks, each run at its test budget (see README).
@Suite("BGMS18")
struct BGMS18 {
  @Test func Proposition1_criticalPoints() throws { try expectClaim("BGMS18.Proposition1.criticalPoints") }
  @Test func Proposition1_nonConvex() throws { try expectClaim("BGMS18.Proposition1.nonConvex") }
  @Test func Remark1() throws { try expectClaim("BGMS18.Remark1") }
  @Test func Lemma11() throws { try expectClaim("BGMS18.Lemma11") }
  @Test func Lemma12() throws { try expectClaim("BGMS18.Lemma12") }
}
