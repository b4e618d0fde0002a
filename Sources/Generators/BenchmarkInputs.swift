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
