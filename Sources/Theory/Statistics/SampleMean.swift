/// The sample mean and its standard error, for figures that plot means with error bands
/// (e.g. BG19 Fig. 1).
public enum SampleMean {
  /// The mean of `values` and its standard error √(s²/n), with s² the unbiased sample
  /// variance; (0, 0) for no values, (x, 0) for one.
  public static func withStandardError(_ values: [Double]) -> (mean: Double, standardError: Double) {
    guard !values.isEmpty else { return (0, 0) }
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    guard values.count > 1 else { return (mean, 0) }
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
  }
}
