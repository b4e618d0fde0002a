import LinearAlgebra

/// Seeded inputs of `theorems bench` (fixed, so every run times the same matrices).
public enum BenchmarkInputs {
  /// The seed of every benchmark input (the one of the NumPy reference script).
  public static let seed: UInt64 = 12345

  /// A rows × columns matrix of i.i.d. standard normals from the stream named `name`.
  public static func gaussianMatrix(rows: Int, columns: Int, name: String) -> Matrix {
    var rng = RandomStream(seed: seed, name: "bench." + name, trial: 0)
    return try! Matrix(rows: rows, columns: columns, elements: rng.nextNormalVector(count: rows * columns))
  }
}

extension BenchmarkInputs {
  /// The stream of a benchmark workload's trial `trial` (e.g. name "W2": stream "bench.W2",
  /// keyed by the benchmark seed, the name and the trial index).
  public static func stream(_ name: String, trial: Int) -> RandomStream {
    RandomStream(seed: seed, name: "bench." + name, trial: UInt64(trial))
  }

  /// LL18 §7's synthetic data: `classes` × `components` means drawn N(0, σ₀²/d·I), then
  /// `count` points, each of a uniform class and component, mean + N(0, σ²/d·I) (not
  /// normalized). Returns the points (count × d) and their labels.
  public static func ll18Mixture(means: Matrix, components: Int, count: Int, sigma: Double,
    using rng: inout RandomStream) -> (points: Matrix, labels: [Int])
  {
    let d = means.columns
    let classes = means.rows / components
    var x = Matrix(rows: count, columns: d)
    var labels = [Int](repeating: 0, count: count)
    let scale = sigma / Double(d).squareRoot()
    for i in 0..<count {
      let c = rng.nextInt(below: classes)
      let j = rng.nextInt(below: components)
      labels[i] = c
      for t in 0..<d { x.elements[i * d + t] = means.elements[(c * components + j) * d + t] + scale * rng.nextNormal() }
    }
    return (x, labels)
  }

  /// A rows × columns matrix of i.i.d. N(0, sd²) entries from `rng`.
  public static func normalMatrix(rows: Int, columns: Int, standardDeviation sd: Double,
    using rng: inout RandomStream) -> Matrix
  {
    try! Matrix(rows: rows, columns: columns,
      elements: rng.nextNormalVector(count: rows * columns, standardDeviation: sd))
  }

  /// `count` i.i.d. uniform signs ±1 from `rng`.
  public static func signs(_ count: Int, using rng: inout RandomStream) -> [Double] {
    (0..<count).map { _ in rng.nextSign() }
  }

  /// `count` points uniform on the unit sphere of R^d, as the rows of a matrix.
  public static func sphere(count: Int, dimension d: Int, using rng: inout RandomStream) -> Matrix {
    try! Matrix(rows: count, columns: d,
      elements: (0..<count).flatMap { _ in rng.nextPointOnSphere(dimension: d) })
  }
}
