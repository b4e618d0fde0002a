/// The four papers whose statements the suite verifies (`../shared/CLAIMS.md`).
public enum Paper: String, CaseIterable, Sendable, Comparable {
  case BGMS18, BG19, LL18, ADHLW19

  /// Authors and title, as the catalog cites them.
  public var citation: String {
    switch self {
    case .BGMS18:
      "Brutzkus, Globerson, Malach, Shalev-Shwartz — SGD learns over-parameterized networks that "
        + "provably generalize on linearly separable data (ICLR 2018)"
    case .BG19:
      "Brutzkus, Globerson — Why do larger models generalize better? A theoretical perspective "
        + "via the XOR problem (ICML 2019)"
    case .LL18:
      "Li, Liang — Learning overparameterized neural networks via SGD on structured data "
        + "(NeurIPS 2018)"
    case .ADHLW19:
      "Arora, Du, Hu, Li, Wang — Fine-grained analysis of optimization and generalization for "
        + "overparameterized two-layer neural networks (ICML 2019)"
    }
  }

  /// The number of claims the catalog lists for this paper; the error budget is split by it
  /// (see `ErrorBudget`).
  public var catalogClaimCount: Int {
    switch self {
    case .BGMS18: 16
    case .BG19: 15
    case .LL18: 8
    case .ADHLW19: 10
    }
  }

  public static func < (a: Paper, b: Paper) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}
