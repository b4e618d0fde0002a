import ClaimTesting
import Testing

/// BG19's lemmas, definitions and remarks, each run at its test budget (see README).
@Suite("BG19")
struct BG19 {
  @Test func diversity() throws { try expectClaim("BG19.diversity") }
  @Test func realizability() throws { try expectClaim("BG19.realizability") }
  @Test func Lemma3_1() throws { try expectClaim("BG19.Lemma3.1") }
  @Test func Lemma3_2() throws { try expectClaim("BG19.Lemma3.2") }
  @Test func Remark4_1() throws { try expectClaim("BG19.Remark4.1") }
  @Test func Lemma6_1() throws { try expectClaim("BG19.Lemma6.1") }
  @Test func Lemma6_2() throws { try expectClaim("BG19.Lemma6.2") }
}
