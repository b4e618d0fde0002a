import Theory

extension BG19.Setting: CustomStringConvertible {
  /// `σ_g = cap` or `σ_g = cap·0.01`.
  public var sigmaDescription: String {
    sigmaFraction == 1 ? "σ_g = cap" : "σ_g = cap·\(Format.number(sigmaFraction))"
  }

  /// `c_η = 1/410`-style text for the reciprocal values the paper uses, else the decimal.
  public var cEtaDescription: String {
    let r = 1 / cEta
    return r == r.rounded() && r >= 3 ? "1/\(Int(r))" : Format.number(cEta)
  }

  /// The setting as the report's check labels print it.
  public var description: String {
    "k = \(k), c_η = \(cEtaDescription), \(sigmaDescription)"
      + (gamma == 1 ? "" : ", γ = \(Format.number(gamma))")
  }
}
