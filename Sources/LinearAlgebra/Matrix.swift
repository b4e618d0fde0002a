/// A dense matrix of `Double`, stored **row-major**: element (i, j) is `elements[i * columns + j]`.
///
/// Row-major is the project's one convention (it matches the papers' weight matrices, whose rows
/// are hidden units, and NumPy's default). Kernels that are naturally column-major (LAPACK-style
/// factorizations) work on the transpose or on symmetric inputs, where the two agree.
public struct Matrix: Sendable, Equatable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The entries, row after row (`rows * columns` of them).
  public var elements: [Double]

  /// A `rows × columns` matrix with every entry `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "Matrix: negative size")
    self.rows = rows
    self.columns = columns
    self.elements = [Double](repeating: value, count: rows * columns)
  }

  /// A matrix from its row-major entries; throws when the count is not `rows * columns`.
  public init(rows: Int, columns: Int, elements: [Double]) throws {
    guard rows >= 0, columns >= 0, rows.multipliedReportingOverflow(by: columns).overflow == false,
      elements.count == rows * columns
    else {
      throw LinearAlgebraError.dimensionMismatch(
        "Matrix(rows: \(rows), columns: \(columns)) needs \(rows &* columns) entries, got \(elements.count)")
    }
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// A matrix from its rows; throws when the rows have different lengths.
  public init(_ rowArrays: [[Double]]) throws {
    let columns = rowArrays.first?.count ?? 0
    guard rowArrays.allSatisfy({ $0.count == columns }) else {
      throw LinearAlgebraError.dimensionMismatch("Matrix rows have different lengths")
    }
    try self.init(rows: rowArrays.count, columns: columns, elements: Array(rowArrays.joined()))
  }

  /// The n × n identity.
  public static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, columns: n)
    for i in 0..<n { m.elements[i * n + i] = 1 }
    return m
  }

  /// A diagonal matrix.
  public static func diagonal(_ values: [Double]) -> Matrix {
    var m = Matrix(rows: values.count, columns: values.count)
    for (i, v) in values.enumerated() { m.elements[i * values.count + i] = v }
    return m
  }

  /// Entry (i, j).
  @inlinable
  public subscript(i: Int, j: Int) -> Double {
    get { elements[i * columns + j] }
    set { elements[i * columns + j] = newValue }
  }

  /// Row i as an array.
  public func row(_ i: Int) -> [Double] { Array(elements[(i * columns)..<((i + 1) * columns)]) }

  /// Column j as an array.
  public func column(_ j: Int) -> [Double] { (0..<rows).map { elements[$0 * columns + j] } }

  /// The transpose.
  public var transposed: Matrix {
    var t = Matrix(rows: columns, columns: rows)
    for i in 0..<rows { for j in 0..<columns { t.elements[j * rows + i] = elements[i * columns + j] } }
    return t
  }

  /// The Frobenius norm √(Σ a_ij²).
  public var frobeniusNorm: Double {
    var scale = 0.0, sum = 1.0
    for x in elements where x != 0 {
      let a = abs(x)
      if scale < a { sum = 1 + sum * (scale / a) * (scale / a); scale = a } else { sum += (a / scale) * (a / scale) }
    }
    return scale * sum.squareRoot()
  }

  /// Whether the matrix is square.
  public var isSquare: Bool { rows == columns }
}
