import Foundation
import Theory

/// Exact probabilities over a whole integer range of k (BG19 Lemmas 3.1 and 6.1): one exact
/// check case per k, and a figure of the exact value beside the bound.
public enum WholeRange {
  /// An exact value and a lower bound on it, for every k of `range`.
  public struct Scan: Sendable {
    public let name: String
    public let range: ClosedRange<Int>
    /// P(event) at k, exactly.
    public let exact: @Sendable (Int) throws -> Double
    /// The claimed lower bound at k.
    public let bound: @Sendable (Int) throws -> Double
    public let boundDescription: String

    public init(
      name: String, range: ClosedRange<Int>, boundDescription: String,
      exact: @escaping @Sendable (Int) throws -> Double, bound: @escaping @Sendable (Int) throws -> Double
    ) {
      self.name = name
      self.range = range
      self.boundDescription = boundDescription
      self.exact = exact
      self.bound = bound
    }

    /// The exact check: case i is k = range.lowerBound + i; it holds when the exact value
    /// meets the bound. The report's "tightest case" is where the minimum of exact/bound is
    /// attained.
    public var check: Check {
      let scan = self
      return Check(
        "every k in \(range.lowerBound)…\(range.upperBound)", reading: "exact, the whole range",
        budget: .exhaustive(range.count),
        .always(
          AlwaysSpec(bound: "exact P ≥ \(boundDescription) for every k", isExact: true) { context in
            let k = scan.range.lowerBound + context.trial
            let p = try scan.exact(k)
            let b = try scan.bound(k)
            context.note("k, exact, bound", [Double(k), p, b])
            return .atLeast(p, b, relativeTolerance: 0, absoluteTolerance: 1e-15, "k = \(k): exact P")
          }))
    }

    /// The minimum of the exact value over the range and the k where it is attained.
    public func minimum() throws -> (k: Int, value: Double) {
      var best = (k: range.lowerBound, value: Double.infinity)
      for k in range {
        let p = try exact(k)
        if p < best.value { best = (k, p) }
      }
      return best
    }

    /// The figure: 1 − P (the failure probability, log scale) for every k beside the
    /// failure probability the bound allows, and a table with the minimum.
    public var figure: FigureSpec {
      let scan = self
      return FigureSpec(
        name: name,
        caption:
          "\(name.replacingOccurrences(of: "-", with: " ")): the exact failure probability 1 − P for every k in "
          + "\(range.lowerBound)…\(range.upperBound) (blue) beside the failure probability the bound allows "
          + "(red, 1 − \(boundDescription))."
      ) { _ in
        var points: [(x: Double, y: Double)] = []
        var boundPoints: [(x: Double, y: Double)] = []
        var minimum = (k: scan.range.lowerBound, value: Double.infinity)
        var tightest = (k: scan.range.lowerBound, gap: Double.infinity)
        for k in scan.range {
          let p = try scan.exact(k)
          let b = try scan.bound(k)
          if p < minimum.value { minimum = (k, p) }
          if p - b < tightest.gap { tightest = (k, p - b) }
          // Every k up to 2000, then every 10th (the table's minimum is over every k).
          if k <= 2000 || k % 10 == 0 || k == scan.range.upperBound {
            points.append((Double(k), max(1 - p, 1e-300)))
            boundPoints.append((Double(k), 1 - b))
          }
        }
        var chart = LineChart(
          title: scan.name.replacingOccurrences(of: "-", with: " ") + ": exact failure probability vs the bound",
          xLabel: "k", yLabel: "1 − P (log10)",
          series: [
            .init(label: "exact 1 − P", color: "#1f77b4", points: points.map { ($0.x, log10($0.y)) }),
            .init(label: "allowed by the bound", color: "#d62728", points: boundPoints.map { ($0.x, log10($0.y)) }),
          ])
        chart.logX = true
        let table =
          "| range of k | minimum of the exact P | attained at k | bound | smallest margin P − bound (at k) |\n"
          + "|---|---|---:|---|---|\n"
          + "| \(scan.range.lowerBound)…\(scan.range.upperBound) | \(Format.number(minimum.value, digits: 9)) | "
          + "\(minimum.k) | \(scan.boundDescription) = \(Format.number(try scan.bound(minimum.k), digits: 9)) | "
          + "\(Format.number(tightest.gap, digits: 4)) (k = \(tightest.k)) |\n"
        return RenderedFigure(svg: chart.svg, table: table)
      }
    }
  }
}
