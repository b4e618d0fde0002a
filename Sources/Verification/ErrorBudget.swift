/// The suite's error budget: the probability that one run refutes a true claim.
///
/// The whole suite may refute a true claim with probability at most 10⁻⁴ per run
/// (a `swift test` run, or one report run). The split, by a union bound:
/// - each of the 49 claims of the catalog gets `perClaim` = 2·10⁻⁶ (49 · 2·10⁻⁶ = 0.98·10⁻⁴),
///   whether or not it is implemented yet, so adding claims never changes another claim's share;
/// - the statistical unit tests of the machinery (uniformity and normality of the generator)
///   get `machinery` = 10⁻⁶ in all;
/// - within a claim, the share is split equally among its statistical decisions: one per
///   probability check (the bound), one more where an exact value is compared with the
///   estimate, and one per comparison of a trend check. "Always" and exact checks take no share:
///   they are refuted only by a counterexample beyond floating-point tolerance.
/// Total: 0.98·10⁻⁴ + 10⁻⁶ = 0.99·10⁻⁴ ≤ 10⁻⁴.
public enum ErrorBudget {
  /// The bound on the chance that one run refutes any true claim.
  public static let total = 1e-4
  /// The share of each catalog claim.
  public static let perClaim = 2e-6
  /// The share of the machinery's statistical unit tests, in all.
  public static let machinery = 1e-6
  /// The number of claims in the catalog.
  public static var catalogClaims: Int { Paper.allCases.reduce(0) { $0 + $1.catalogClaimCount } }
}
