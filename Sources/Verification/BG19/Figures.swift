import Theory

extension BG19 {
  /// The arrows of a network's filters for an `ArrowChart`: w blue, u red (BG19 Fig. 2, 3).
  public static func arrows(_ weights: BG19.Weights) -> [ArrowChart.Arrow] {
    weights.w.map { ArrowChart.Arrow(x: $0.x, y: $0.y, color: wColor) }
      + weights.u.map { ArrowChart.Arrow(x: $0.x, y: $0.y, color: uColor) }
  }

  /// The colour of w-filters in the figures.
  public static let wColor = "#0072B2"
  /// The colour of u-filters in the figures.
  public static let uColor = "#D55E00"

  /// The four patterns as chart markers, scaled to `radius`.
  public static func patternMarkers(radius: Double, names: [String] = ["p1", "p2", "p3", "p4"])
    -> [ArrowChart.Marker]
  {
    (0..<4).map {
      ArrowChart.Marker(x: radius * BG19.patterns[$0].x, y: radius * BG19.patterns[$0].y, label: names[$0])
    }
  }
}
