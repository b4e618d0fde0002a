import LinearAlgebra
import Theory

extension ADHLW19 {
  /// Where real images come from: a closure giving pixel rows (any scale) and integer class
  /// labels. The committed MNIST subset's loader (in progress elsewhere) and `--mnist DIR`
  /// both plug in here.
  public typealias ImageSource = @Sendable () throws -> (pixels: [[Double]], labels: [Int])

  /// App. A's preprocessing: the images of classes `positive` (+1) and `negative` (−1), in
  /// source order, at most `limit` of them, each scaled to unit norm (§3.1); all-zero images
  /// are skipped (they have no direction).
  public static func binaryImages(
    _ source: ImageSource, positive: Int, negative: Int, limit: Int
  ) throws -> (inputs: Matrix, labels: [Double]) {
    try InvalidParameter.require(limit >= 1, "limit", limit, "must be ≥ 1")
    let (pixels, classes) = try source()
    try InvalidParameter.require(pixels.count == classes.count, "labels", classes.count, "must match \(pixels.count) images")
    var rows: [[Double]] = [], y: [Double] = []
    for (image, c) in zip(pixels, classes) where c == positive || c == negative {
      let norm = image.reduce(0) { $0 + $1 * $1 }.squareRoot()
      guard norm > 0, norm.isFinite else { continue }
      rows.append(image.map { $0 / norm })
      y.append(c == positive ? 1 : -1)
      if y.count == limit { break }
    }
    try InvalidParameter.require(y.count >= 2, "images", y.count, "need at least two images of classes \(positive), \(negative)")
    return (try Matrix(rows), y)
  }

  /// The image source of `theorems report --mnist DIR`: digits 0 and 1 of the uncompressed
  /// MNIST training files (read by ``MNIST/trainingFiles(in:keeping:limit:)``).
  public static func mnistSource(directory: String) -> ImageSource {
    { images(of: try MNIST.trainingFiles(in: directory, keeping: { $0 <= 1 })) }
  }

  /// The committed 5,000-image sample (`Data/`, 500 per digit), digits 0 and 1.
  public static func committedSampleSource() -> ImageSource {
    { images(of: try MNIST.committedSample().digits(0, 1)) }
  }

  /// Pixel rows scaled to [0, 1] and integer labels.
  static func images(of set: MNIST) -> (pixels: [[Double]], labels: [Int]) {
    ((0..<set.count).map { set.scaledImage($0) }, set.labels.map(Int.init))
  }
}
