import Verification

/// Every implemented claim of `../shared/CLAIMS.md`, by paper. Each claim is defined once,
/// in the file named after it, and used by its test and by the report.
public enum Catalog {
  /// All registered claims.
  public static var claims: [Claim] {
    BGMS18Claims.all + BG19Claims.all + LL18Claims.all
  }

  /// The registry (fails on a duplicate id).
  public static func registry() throws -> ClaimRegistry { try ClaimRegistry(claims) }
}

/// The claims of BGMS18 (Brutzkus, Globerson, Malach, Shalev-Shwartz, ICLR 2018).
public enum BGMS18Claims {
  public static var all: [Claim] {
    [
      proposition1CriticalPoints, proposition1NonConvex, theorem2, theorem2BothLayers, corollary3, theorem4,
      remark1, theorem5, theorem6, theorem7, theorem8, lemma11, theorem9Small, theorem9Large, lemma12,
      figure1,
    ]
  }
}

/// The claims of BG19 (Brutzkus, Globerson, ICML 2019).
public enum BG19Claims {
  public static var all: [Claim] { [diversity, realizability, lemma3_1, lemma3_2, theorem3_3, theorem3_4, figure2, remark4_1, lemma6_1, lemma6_2, theorem6_3, theorem6_4, theorem6_5, decoy, figure1] }
}

/// The claims of LL18 (Li, Liang, NeurIPS 2018).
public enum LL18Claims {
  public static var all: [Claim] { [assumptions, gradient, theorem4_1, lemma5_1, lemma5_2, distance, lowRank, figure1] }
}
