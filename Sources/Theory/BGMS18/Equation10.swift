extension BGMS18 {
  /// The SGD step of BGMS18 Eq. 3 written out as Eq. 10 (Sec. 9.1.2), compared with central
  /// finite differences of the per-example hinge loss L_{(x,y)}(W) = max{1 − yN_W(x), 0}.
  public enum Equation10 {
    /// The change of W that Eq. 10 prints for a step on (x, y) with yN(x) < 1:
    /// w^(i) += ηv p^(i) y x and u^(i) −= η v̂ q^(i) y x, with v̂ = `uWeight` (the paper sets
    /// v̂₀ = −v in Sec. 9.1.2; the gradient needs v̂ = +v). Zero when yN(x) ≥ 1.
    public static func printedStep(
      _ network: BGMS18.Network, _ W: BGMS18.Weights, x: [Double], y: Double, eta: Double, uWeight: Double
    ) throws -> [Double] {
      var delta = [Double](repeating: 0, count: W.entries.count)
      guard y * (try network.output(W, x)) < 1 else { return delta }
      let z = try network.preActivations(W, x)
      let d = network.d
      for r in 0..<(2 * network.k) {
        let slope = network.activation.derivative(z[r])
        let c = r < network.k ? eta * network.v * slope * y : -eta * uWeight * slope * y
        for j in 0..<d { delta[r * d + j] = c * x[j] }
      }
      return delta
    }

    /// −η times the central finite-difference gradient of L_{(x,y)} at W, entry by entry with
    /// step h; nil when a step of h could cross a kink (a pre-activation within 2h·max|x_j| of
    /// 0, or yN within 2vh·max|x_j| of 1), where the difference quotient is not the derivative.
    /// Away from kinks L is linear along each coordinate, so the quotient is exact up to
    /// rounding (≈ ε·L/h).
    public static func finiteDifferenceStep(
      _ network: BGMS18.Network, _ W: BGMS18.Weights, x: [Double], y: Double, eta: Double, h: Double
    ) throws -> [Double]? {
      let z = try network.preActivations(W, x)
      let xMax = x.map { abs($0) }.max() ?? 0
      guard z.allSatisfy({ abs($0) > 2 * h * xMax }) else { return nil }
      let margin = y * (try network.output(W, x))
      guard abs(1 - margin) > 2 * network.v * h * xMax else { return nil }
      var step = [Double](repeating: 0, count: W.entries.count)
      for e in W.entries.indices {
        var plus = W
        var minus = W
        plus.entries[e] += h
        minus.entries[e] -= h
        let lp = try network.exampleLoss(plus, x: x, y: y)
        let lm = try network.exampleLoss(minus, x: x, y: y)
        step[e] = -eta * (lp - lm) / (2 * h)
      }
      return step
    }

    /// max_e |a_e − b_e| / max(max_e |b_e|, tiny).
    public static func relativeDifference(_ a: [Double], _ b: [Double]) -> Double {
      let scale = max(b.map { abs($0) }.max() ?? 0, 1e-300)
      return zip(a, b).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
    }
  }
}
