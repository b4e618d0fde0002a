import LinearAlgebra
import Theory

extension ADHLW19 {
  /// App. A's real data: MNIST digits 0 (label +1) and 1 (label −1), each image's pixels
  /// (0–255, scaled to [0, 1]) divided by its norm, so that ‖x‖ = 1 (§3.1); a training and a
  /// test set.
  ///
  /// Two sources (the loader is the shared `MNIST` type):
  /// - by default the committed 5,000-image sample (Data/README.md), a **subset** of MNIST: its
  ///   500 zeros and 500 ones (sorted by label), each class split in file order — the first
  ///   `trainPerClass` images of each digit for training, the last `testPerClass` for testing
  ///   (disjoint when their sum is ≤ 500). The training rows alternate 0, 1, 0, 1, …
  /// - the paper's setting from the MNIST training files in a directory
  ///   (`theorems report --mnist DIR`): the first `trainCount` images of 0 and 1 in file order
  ///   for training and the next `testCount` for testing (App. A: 10,000 and 2,000).
  public struct ZerosAndOnes: Sendable {
    /// Training inputs (n × 784, unit rows) and labels (±1).
    public let trainInputs: Matrix
    public let trainLabels: [Double]
    /// Test inputs and labels.
    public let testInputs: Matrix
    public let testLabels: [Double]
    /// One sentence for the report: the source, whether it is a subset, and the images per
    /// class in the training and test sets.
    public let summary: String

    /// The committed sample's split (default: 100 + 100 training, 400 + 400 test images).
    public static func committedSample(trainPerClass: Int = 100, testPerClass: Int = 400) throws -> ZerosAndOnes {
      try InvalidParameter.require(trainPerClass >= 1 && testPerClass >= 1, "images per class", "\(trainPerClass), \(testPerClass)", "must be ≥ 1")
      let digits = try MNIST.committedSample().digits(0, 1)
      let zeros = digits.indices(of: 0), ones = digits.indices(of: 1)
      try InvalidParameter.require(
        trainPerClass + testPerClass <= min(zeros.count, ones.count), "images per class", trainPerClass + testPerClass,
        "must be ≤ \(min(zeros.count, ones.count)) (the sample's images of each digit)")
      var train: [Int] = []
      for i in 0..<trainPerClass { train += [zeros[i], ones[i]] }
      let test = Array(zeros.suffix(testPerClass)) + Array(ones.suffix(testPerClass))
      return try split(
        digits, train: train, test: test,
        description: "a subset of MNIST: the committed 5,000-image sample (Data/); of its 500 zeros and 500 ones, the first "
          + "\(trainPerClass) of each digit for training and the last \(testPerClass) of each for testing")
    }

    /// The paper's setting from the uncompressed MNIST training files in `directory`: the first
    /// `trainCount + testCount` images of 0 and 1 in file order, split in that order. Throws when
    /// the files are missing or malformed (`IDXFormatError`) or hold too few zeros and ones.
    public static func fullSetting(directory: String, trainCount: Int = 10_000, testCount: Int = 2_000) throws -> ZerosAndOnes {
      try InvalidParameter.require(trainCount >= 2 && testCount >= 1, "images", "\(trainCount), \(testCount)", "need ≥ 2 training and ≥ 1 test image")
      let wanted = trainCount + testCount
      let digits = try MNIST.trainingFiles(in: directory, keeping: { $0 <= 1 }, limit: wanted)
      guard digits.count == wanted else {
        throw IDXFormatError(
          file: directory + "/" + MNIST.trainingLabelsFile, field: "labels",
          problem: "only \(digits.count) images of 0 and 1, need \(wanted)")
      }
      return try split(
        digits, train: Array(0..<trainCount), test: Array(trainCount..<wanted),
        description: "the MNIST training file (\(directory)): the first \(wanted) images of 0 and 1")
    }

    /// 0 ↦ +1, 1 ↦ −1; each image scaled to unit norm (all-zero images are rejected).
    static func split(_ digits: MNIST, train: [Int], test: [Int], description: String) throws -> ZerosAndOnes {
      func set(_ indices: [Int]) throws -> (Matrix, [Double]) {
        var rows: [[Double]] = []
        rows.reserveCapacity(indices.count)
        for i in indices {
          let image = digits.scaledImage(i)
          let norm = image.reduce(0) { $0 + $1 * $1 }.squareRoot()
          try InvalidParameter.require(norm > 0, "image \(i)", "all zero", "has no direction (§3.1 needs ‖x‖ = 1)")
          rows.append(image.map { $0 / norm })
        }
        return (try Matrix(rows), indices.map { digits.labels[$0] == 0 ? 1 : -1 })
      }
      func perClass(_ indices: [Int]) -> String {
        let zeros = indices.filter { digits.labels[$0] == 0 }.count
        return "\(indices.count) (\(zeros) zeros, \(indices.count - zeros) ones)"
      }
      let (x, y) = try set(train)
      let (xt, yt) = try set(test)
      return ZerosAndOnes(
        trainInputs: x, trainLabels: y, testInputs: xt, testLabels: yt,
        summary: "\(description): \(perClass(train)) training and \(perClass(test)) test images")
    }
  }
}
