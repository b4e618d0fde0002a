import ClaimTesting
import Testing

/// ADHLW19's kernel facts, lemma and remarks, each run at its test budget (see README).
@Suite("ADHLW19")
struct ADHLW19 {
  @Test func kernel() throws { try expectClaim("ADHLW19.kernel") }
  @Test func positiveDefinite() throws { try expectClaim("ADHLW19.positiveDefinite") }
  @Test func trainingSpeed() throws { try expectClaim("ADHLW19.trainingSpeed") }
  @Test func projections() throws { try expectClaim("ADHLW19.projections") }
  @Test func generalization() throws { try expectClaim("ADHLW19.generalization") }
  @Test func distanceToInit() throws { try expectClaim("ADHLW19.distanceToInit") }
}
