import Theory

extension BGMS18 {
  /// The real digits of BGMS18 §6 (Figures 1–3): MNIST digits 3 (label +1) and 5 (label −1),
  /// pixels scaled to [0, 1] and then every image divided by the largest norm among the images
  /// used, so that all inputs lie in the unit ball (§2).
  ///
  /// Two sources (the loader is the shared `MNIST` type):
  /// - the paper's full setting, from the MNIST training files in a directory
  ///   (`theorems report --mnist DIR`): the first 4000 images of 3 and 5 in file order, split
  ///   in that order 3000 for training and 1000 for testing (Figure 1's caption);
  /// - by default, the committed 5,000-image sample (Data/README.md): a subset, all of its
  ///   500 threes and 500 fives, each class split in file order 3:1 as in the paper (375 + 375
  ///   training, 125 + 125 test images). The split is per class because the sample is sorted
  ///   by label.
  public struct MNISTThreesAndFives: Sendable {
    public let train: TrainingSet
    public let test: TrainingSet
    /// One sentence for the report: the source, that it is a subset where it is, and the
    /// number of images per class in training and test sets.
    public let summary: String
    /// Whether these are fewer images than the paper's 4000 (the committed sample).
    public let isSubset: Bool

    /// From `directory` (the paper's full setting) or, when nil, from the committed sample.
    public static func load(directory: String?) throws -> MNISTThreesAndFives {
      if let directory { return try fullSetting(directory: directory) }
      return try committedSample()
    }

    /// The paper's setting from the MNIST training files in `directory`: the first
    /// `trainSize + testSize` images of 3 and 5 in file order, split in that order. Throws when
    /// the files are missing or malformed (`IDXFormatError`), or hold too few such digits.
    public static func fullSetting(
      directory: String, trainSize: Int = 3000, testSize: Int = 1000
    ) throws -> MNISTThreesAndFives {
      try InvalidParameter.require(trainSize >= 1, "trainSize", trainSize, "must be positive")
      try InvalidParameter.require(testSize >= 1, "testSize", testSize, "must be positive")
      let wanted = trainSize + testSize
      let digits = try MNIST.trainingFiles(in: directory, keeping: { $0 == 3 || $0 == 5 }, limit: wanted)
      guard digits.count == wanted else {
        throw IDXFormatError(
          file: directory + "/" + MNIST.trainingLabelsFile, field: "labels",
          problem: "only \(digits.count) images of 3 and 5, need \(wanted)")
      }
      let order = Array(0..<wanted)
      return try split(
        digits, train: Array(order[..<trainSize]), test: Array(order[trainSize...]),
        description: "MNIST training file (\(directory)): the first \(wanted) images of 3 and 5")
    }

    /// The default: the committed sample's 3s and 5s, each class split in file order,
    /// `trainFraction` of it for training (3/4, the paper's 3000:1000).
    public static func committedSample(trainFraction: Double = 0.75) throws -> MNISTThreesAndFives {
      try InvalidParameter.require(
        trainFraction > 0 && trainFraction < 1, "trainFraction", trainFraction, "must be in (0, 1)")
      let digits = try MNIST.committedSample().digits(3, 5)
      var train: [Int] = []
      var test: [Int] = []
      for digit in [3, 5] {
        let indices = digits.indices(of: digit)
        let cut = Int((Double(indices.count) * trainFraction).rounded())
        train += indices[..<cut]
        test += indices[cut...]
      }
      return try split(
        digits, train: train, test: test,
        description: "a subset of MNIST: the committed 5,000-image sample (Data/), all of its 3s and 5s")
    }

    /// 3 ↦ +1, 5 ↦ −1, pixels/255, all divided by the largest norm among the images used.
    static func split(_ digits: MNIST, train: [Int], test: [Int], description: String) throws -> MNISTThreesAndFives {
      let d = digits.pixelsPerImage
      var largest = 0.0
      for i in train + test {
        largest = max(largest, digits.scaledImage(i).reduce(0) { $0 + $1 * $1 }.squareRoot())
      }
      if largest == 0 { largest = 1 }
      func set(_ indices: [Int]) throws -> TrainingSet {
        var inputs: [Double] = []
        inputs.reserveCapacity(indices.count * d)
        for i in indices { inputs += digits.scaledImage(i).map { $0 / largest } }
        return try TrainingSet(d: d, inputs: inputs, labels: indices.map { digits.labels[$0] == 3 ? 1 : -1 })
      }
      func perClass(_ indices: [Int]) -> String {
        let threes = indices.filter { digits.labels[$0] == 3 }.count
        return "\(indices.count) (\(threes) threes, \(indices.count - threes) fives)"
      }
      let trainSet = try set(train)
      let testSet = try set(test)
      return MNISTThreesAndFives(
        train: trainSet, test: testSet,
        summary: "\(description); \(perClass(train)) training and \(perClass(test)) test images",
        isSubset: train.count + test.count < 4000)
    }
  }
}
