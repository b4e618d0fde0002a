import Foundation
import Theory

extension BGMS18 {
  /// The real digits of BGMS18 §6 (Figures 1–3): MNIST digits 3 and 5, the first 4000 such
  /// images of the training file, split 3000 for training and 1000 for testing as in the paper.
  /// Digit 3 is labelled +1 and digit 5 −1; pixels are scaled to [0, 1] and then every image
  /// is divided by the largest norm among the 4000, so that all inputs lie in the unit ball
  /// (§2). The files are the uncompressed IDX files `train-images-idx3-ubyte` and
  /// `train-labels-idx1-ubyte` (LeCun et al., http://yann.lecun.com/exdb/mnist/).
  public enum MNIST {
    /// Errors reading IDX files: each names the file and what is wrong with it.
    public struct FormatError: Error, CustomStringConvertible, Equatable {
      public let file: String
      public let problem: String
      public var description: String { "\(file): \(problem)" }
    }

    /// The images of an IDX3 file (magic 0x00000803): count, rows, columns and the pixels,
    /// row-major, one byte each.
    public static func readImages(_ path: String) throws -> (count: Int, rows: Int, columns: Int, pixels: [UInt8]) {
      let bytes = try contents(path)
      guard bytes.count >= 16, bigEndian(bytes, 0) == 0x0000_0803 else {
        throw FormatError(file: path, problem: "not an IDX3 image file (magic 0x00000803)")
      }
      let count = bigEndian(bytes, 4), rows = bigEndian(bytes, 8), columns = bigEndian(bytes, 12)
      guard rows > 0, columns > 0, bytes.count == 16 + count * rows * columns else {
        throw FormatError(
          file: path, problem: "size \(bytes.count) does not match \(count) images of \(rows)×\(columns)")
      }
      return (count, rows, columns, Array(bytes[16...]))
    }

    /// The labels of an IDX1 file (magic 0x00000801).
    public static func readLabels(_ path: String) throws -> [UInt8] {
      let bytes = try contents(path)
      guard bytes.count >= 8, bigEndian(bytes, 0) == 0x0000_0801 else {
        throw FormatError(file: path, problem: "not an IDX1 label file (magic 0x00000801)")
      }
      let count = bigEndian(bytes, 4)
      guard bytes.count == 8 + count else {
        throw FormatError(file: path, problem: "size \(bytes.count) does not match \(count) labels")
      }
      return Array(bytes[8...])
    }

    /// Digits 3 (+1) and 5 (−1) from the MNIST training files in `directory`: the first
    /// `trainSize + testSize` of them in file order, split in that order, scaled into the
    /// unit ball. Throws when the files are missing or malformed, or hold too few such digits.
    public static func threesAndFives(
      directory: String, trainSize: Int = 3000, testSize: Int = 1000
    ) throws -> (train: TrainingSet, test: TrainingSet) {
      try InvalidParameter.require(trainSize >= 1, "trainSize", trainSize, "must be positive")
      try InvalidParameter.require(testSize >= 1, "testSize", testSize, "must be positive")
      let images = try readImages(directory + "/train-images-idx3-ubyte")
      let labelPath = directory + "/train-labels-idx1-ubyte"
      let labels = try readLabels(labelPath)
      guard labels.count == images.count else {
        throw FormatError(file: labelPath, problem: "\(labels.count) labels for \(images.count) images")
      }
      let d = images.rows * images.columns
      let wanted = trainSize + testSize
      var inputs: [Double] = []
      var ys: [Double] = []
      for i in 0..<images.count where labels[i] == 3 || labels[i] == 5 {
        inputs += images.pixels[(i * d)..<((i + 1) * d)].map { Double($0) / 255 }
        ys.append(labels[i] == 3 ? 1 : -1)
        if ys.count == wanted { break }
      }
      guard ys.count == wanted else {
        throw FormatError(file: labelPath, problem: "only \(ys.count) images of 3 and 5, need \(wanted)")
      }
      var largest = 0.0
      for i in 0..<wanted {
        largest = max(largest, inputs[(i * d)..<((i + 1) * d)].reduce(0) { $0 + $1 * $1 }.squareRoot())
      }
      if largest > 0 { inputs = inputs.map { $0 / largest } }
      let split = trainSize * d
      return (
        try TrainingSet(d: d, inputs: Array(inputs[..<split]), labels: Array(ys[..<trainSize])),
        try TrainingSet(d: d, inputs: Array(inputs[split...]), labels: Array(ys[trainSize...]))
      )
    }

    static func contents(_ path: String) throws -> [UInt8] {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw FormatError(file: path, problem: "cannot be read (missing? MNIST files must be uncompressed)")
      }
      return [UInt8](data)
    }

    static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> Int {
      (0..<4).reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }
  }
}
