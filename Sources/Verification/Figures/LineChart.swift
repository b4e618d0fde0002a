import Foundation

/// A deterministic SVG line chart: series of (x, mean) points with an optional band
/// (e.g. min–max or an interval over runs), axes with ticks, a legend. Used by the report's
/// figures; the same data gives the same bytes.
public struct LineChart: Sendable {
  /// One curve.
  public struct Series: Sendable {
    public let label: String
    public let color: String
    public let points: [(x: Double, y: Double)]
    /// Optional band around the curve: (x, low, high).
    public let band: [(x: Double, low: Double, high: Double)]
    public init(
      label: String, color: String, points: [(x: Double, y: Double)],
      band: [(x: Double, low: Double, high: Double)] = []
    ) {
      self.label = label
      self.color = color
      self.points = points
      self.band = band
    }
  }

  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var series: [Series]
  public var logX = false
  public var yRange: ClosedRange<Double>?
  public var width = 640.0
  public var height = 400.0

  public init(title: String, xLabel: String, yLabel: String, series: [Series]) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
  }

  /// The default palette (colour-blind safe, Okabe–Ito).
  public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

  public var svg: String {
    let left = 70.0, right = 20.0, top = 40.0, bottom = 55.0
    let plotW = width - left - right, plotH = height - top - bottom
    let xs = series.flatMap { $0.points.map(\.x) + $0.band.map(\.x) }.map(tx)
    let ys = series.flatMap { $0.points.map(\.y) + $0.band.flatMap { [$0.low, $0.high] } }
    let xMin = xs.min() ?? 0, xMax = max(xs.max() ?? 1, (xs.min() ?? 0) + 1e-12)
    let yr = yRange ?? ((ys.min() ?? 0)...max(ys.max() ?? 1, (ys.min() ?? 0) + 1e-12))
    func px(_ x: Double) -> Double { left + (tx(x) - xMin) / (xMax - xMin) * plotW }
    func py(_ y: Double) -> Double { top + (1 - (y - yr.lowerBound) / (yr.upperBound - yr.lowerBound)) * plotH }
    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(f(width))" height="\(f(height))" \
      viewBox="0 0 \(f(width)) \(f(height))" font-family="sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(f(width / 2))" y="22" text-anchor="middle" font-size="14">\(escape(title))</text>
      <line x1="\(f(left))" y1="\(f(top + plotH))" x2="\(f(left + plotW))" y2="\(f(top + plotH))" stroke="black"/>
      <line x1="\(f(left))" y1="\(f(top))" x2="\(f(left))" y2="\(f(top + plotH))" stroke="black"/>

      """
    for t in ticks(yr.lowerBound, yr.upperBound) {
      s += "<line x1=\"\(f(left - 4))\" y1=\"\(f(py(t)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(py(t)))\" stroke=\"#ddd\"/>"
      s += "<text x=\"\(f(left - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\">\(Format.number(t, digits: 3))</text>\n"
    }
    let xTicks = logX
      ? (Int(xMin.rounded(.down))...Int(xMax.rounded(.up))).map { pow(10, Double($0)) }
      : ticks(xMin, xMax)
    for t in xTicks where tx(t) >= xMin - 1e-9 && tx(t) <= xMax + 1e-9 {
      s += "<line x1=\"\(f(px(t)))\" y1=\"\(f(top + plotH))\" x2=\"\(f(px(t)))\" y2=\"\(f(top + plotH + 4))\" stroke=\"black\"/>"
      s += "<text x=\"\(f(px(t)))\" y=\"\(f(top + plotH + 18))\" text-anchor=\"middle\">\(Format.number(t, digits: 3))</text>\n"
    }
    s += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
    s += "<text x=\"16\" y=\"\(f(top + plotH / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 16 \(f(top + plotH / 2)))\">\(escape(yLabel))</text>\n"
    for line in series {
      if !line.band.isEmpty {
        let upper = line.band.map { "\(f(px($0.x))),\(f(py($0.high)))" }
        let lower = line.band.reversed().map { "\(f(px($0.x))),\(f(py($0.low)))" }
        s += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(line.color)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
      }
      let path = line.points.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
      s += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\"/>\n"
      for p in line.points {
        s += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"2.5\" fill=\"\(line.color)\"/>"
      }
      s += "\n"
    }
    for (i, line) in series.enumerated() {
      let y = top + 8 + Double(i) * 16
      s += "<rect x=\"\(f(left + plotW - 170))\" y=\"\(f(y - 8))\" width=\"12\" height=\"4\" fill=\"\(line.color)\"/>"
      s += "<text x=\"\(f(left + plotW - 152))\" y=\"\(f(y - 2))\">\(escape(line.label))</text>\n"
    }
    return s + "</svg>\n"
  }

  private func tx(_ x: Double) -> Double { logX ? log10(max(x, 1e-300)) : x }
}

/// Round tick values spanning [a, b].
func ticks(_ a: Double, _ b: Double, count: Int = 5) -> [Double] {
  guard b > a else { return [a] }
  let raw = (b - a) / Double(count)
  let magnitude = pow(10, (log10(raw)).rounded(.down))
  let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
  var t = (a / step).rounded(.up) * step
  var out: [Double] = []
  while t <= b + step * 1e-9 {
    out.append(abs(t) < step * 1e-9 ? 0 : t)
    t += step
  }
  return out
}

/// A coordinate with two decimals.
func f(_ x: Double) -> String { String(format: "%.2f", x) }

/// Escapes text for SVG.
func escape(_ s: String) -> String {
  s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    .replacingOccurrences(of: ">", with: "&gt;")
}
