import ClaimTesting
import Testing

/// LL18's lemmas and definitions, each run at its test budget (see README).
@Suite("LL18")
struct LL18 {
  @Test func assumptions() throws { try expectClaim("LL18.assumptions") }
  @Test func gradient() throws { try expectClaim("LL18.gradient") }
  @Test func Lemma5_1() throws { try expectClaim("LL18.Lemma5.1") }
  @Test func Lemma5_2() throws { try expectClaim("LL18.Lemma5.2") }
  @Test func distance() throws { try expectClaim("LL18.distance") }
  @Test func lowRank() throws { try expectClaim("LL18.lowRank") }
}
