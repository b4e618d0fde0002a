import Theory

/// MNIST handwritten digits (LeCun, Cortes, Burges; http://yann.lecun.com/exdb/mnist/): images
/// of rows×columns unsigned-byte pixels (0 = background, 255 = ink) with their labels 0–9.
/// Shared by the experiments the papers ran on MNIST: BGMS18 §6 Figures 1–2 (digits 3 vs 5),
/// LL18 §6 Figure 2 and ADHLW19 App. A (digits 0 vs 1). The default data are the 5,000-image
/// sample committed under Data/ (`committedSample()`); the full IDX files load with
/// `trainingFiles(in:)`. Files are untrusted input: every malformed file throws an
/// `IDXFormatError` naming the file and the field, never crashes or allocates more than the
/// file holds.
public struct MNIST: Sendable, Equatable {
  /// Rows and columns of every image (28×28 for MNIST).
  public let rows: Int
  public let columns: Int
  /// The pixels, row-major, image after image: image i is `pixels[i·pixelsPerImage ..< (i+1)·pixelsPerImage]`.
  public let pixels: [UInt8]
  /// The label (0–9) of each image.
  public let labels: [UInt8]
  /// Where the images came from, for reports (file names, selection).
  public let source: String

  /// Images from their pixels and labels. Throws unless rows, columns ≥ 1, there are
  /// `labels.count` images' worth of pixels and every label is a digit 0–9.
  public init(rows: Int, columns: Int, pixels: [UInt8], labels: [UInt8], source: String) throws {
    try InvalidParameter.require(rows >= 1, "rows", rows, "must be positive")
    try InvalidParameter.require(columns >= 1, "columns", columns, "must be positive")
    let (size, overflow) = rows.multipliedReportingOverflow(by: columns)
    try InvalidParameter.require(!overflow, "rows·columns", "\(rows)·\(columns)", "overflows")
    let (total, overflow2) = size.multipliedReportingOverflow(by: labels.count)
    try InvalidParameter.require(
      !overflow2 && total == pixels.count, "pixels", "\(pixels.count) bytes",
      "must be \(labels.count) images of \(rows)×\(columns)")
    for (i, label) in labels.enumerated() {
      try InvalidParameter.require(label <= 9, "labels[\(i)]", label, "must be a digit 0–9")
    }
    self.init(unchecked: rows, columns, pixels, labels, source)
  }

  init(unchecked rows: Int, _ columns: Int, _ pixels: [UInt8], _ labels: [UInt8], _ source: String) {
    self.rows = rows
    self.columns = columns
    self.pixels = pixels
    self.labels = labels
    self.source = source
  }

  /// The number of images.
  public var count: Int { labels.count }
  /// rows·columns (784 for MNIST): the input dimension d.
  public var pixelsPerImage: Int { rows * columns }

  /// Image i's pixels (0–255), row-major.
  public func image(_ i: Int) -> ArraySlice<UInt8> {
    pixels[(i * pixelsPerImage)..<((i + 1) * pixelsPerImage)]
  }

  /// Image i with its pixels scaled to [0, 1] (divided by 255).
  public func scaledImage(_ i: Int) -> [Double] { image(i).map { Double($0) / 255 } }

  /// Every image scaled to [0, 1], row-major, one image after another (`count·pixelsPerImage`).
  public func scaledImages() -> [Double] { pixels.map { Double($0) / 255 } }

  /// The number of images of each digit 0–9.
  public var classCounts: [Int] {
    var counts = [Int](repeating: 0, count: 10)
    for label in labels { counts[Int(label)] += 1 }
    return counts
  }

  /// The images at `indices`, in that order. Throws on an index out of range.
  public func subset(_ indices: [Int], source: String? = nil) throws -> MNIST {
    var kept: [UInt8] = []
    kept.reserveCapacity(indices.count * pixelsPerImage)
    for i in indices {
      try InvalidParameter.require(i >= 0 && i < count, "index", i, "must be in 0..<\(count)")
      kept += image(i)
    }
    return MNIST(unchecked: rows, columns, kept, indices.map { labels[$0] }, source ?? self.source + ", \(indices.count) images")
  }

  /// The images of digits `first` and `second` (e.g. 3 and 5 for BGMS18, 0 and 1 for ADHLW19),
  /// in their order in the data. Throws unless both are digits 0–9.
  public func digits(_ first: Int, _ second: Int) throws -> MNIST {
    try InvalidParameter.require((0...9).contains(first), "first digit", first, "must be 0–9")
    try InvalidParameter.require((0...9).contains(second), "second digit", second, "must be 0–9")
    let indices = labels.indices.filter { labels[$0] == first || labels[$0] == second }
    return try subset(indices, source: source + ", digits \(first) and \(second)")
  }

  /// The indices of the images of `digit`, in order.
  public func indices(of digit: Int) -> [Int] {
    labels.indices.filter { Int(labels[$0]) == digit }
  }
}

extension MNIST {
  /// The standard file names of the MNIST training set (uncompressed).
  public static let trainingImagesFile = "train-images-idx3-ubyte"
  public static let trainingLabelsFile = "train-labels-idx1-ubyte"

  /// The MNIST training files `train-images-idx3-ubyte` and `train-labels-idx1-ubyte` in
  /// `directory` (uncompressed, as downloaded and gunzipped), keeping the images whose label
  /// passes `keep`, at most `limit` of them, in file order.
  public static func trainingFiles(
    in directory: String, keeping keep: (UInt8) -> Bool = { _ in true }, limit: Int = .max
  ) throws -> MNIST {
    try load(
      images: directory + "/" + trainingImagesFile, labels: directory + "/" + trainingLabelsFile,
      keeping: keep, limit: limit)
  }

  /// Reads an IDX3 image file and an IDX1 label file, keeping the images whose label passes
  /// `keep`, at most `limit` of them, in file order. Memory: the labels plus the kept images
  /// (the image file is streamed in 1 MB chunks). With `sha256`, every byte of both files is
  /// read and hashed and a file whose SHA-256 differs is rejected.
  ///
  /// Throws `IDXFormatError` (file and field) on a missing or non-regular file, a bad magic
  /// number, a zero or absurd dimension, dimensions whose product overflows or exceeds the
  /// file, a truncated or over-long payload, a label that is not a digit, a count mismatch
  /// between the two files or a checksum mismatch; `InvalidParameter` on a negative `limit`.
  public static func load(
    images imagePath: String, labels labelPath: String,
    keeping keep: (UInt8) -> Bool = { _ in true }, limit: Int = .max,
    sha256: (images: String, labels: String)? = nil
  ) throws -> MNIST {
    try InvalidParameter.require(limit >= 0, "limit", limit, "must be non-negative")
    let hashing = sha256 != nil
    var labelFile = try IDXFile(path: labelPath, dimensionNames: [], hashing: hashing)
    defer { labelFile.close() }
    var allLabels: [UInt8] = []
    allLabels.reserveCapacity(labelFile.count)
    try labelFile.forEachChunk { chunk, first in
      for (j, label) in chunk.enumerated() where label > 9 {
        throw IDXFormatError(file: labelPath, field: "labels[\(first + j)]", problem: "\(label) is not a digit 0–9")
      }
      allLabels += chunk
    }
    try check(&labelFile, sha256?.labels)

    var imageFile = try IDXFile(path: imagePath, dimensionNames: ["rows", "columns"], hashing: hashing)
    defer { imageFile.close() }
    guard imageFile.count == allLabels.count else {
      throw IDXFormatError(
        file: labelPath, field: "count",
        problem: "\(allLabels.count) labels, but \(imagePath) holds \(imageFile.count) images")
    }
    let size = imageFile.itemSize
    var pixels: [UInt8] = []
    var labels: [UInt8] = []
    let perChunk = max(1, IDXFile.chunkSize / size)
    var first = 0
    // Stop at `limit` unless the whole file must be hashed.
    while first < imageFile.count && (labels.count < limit || hashing) {
      let n = min(perChunk, imageFile.count - first)
      let chunk = try imageFile.next(items: n)
      for j in 0..<n where labels.count < limit && keep(allLabels[first + j]) {
        pixels += chunk[(j * size)..<((j + 1) * size)]
        labels.append(allLabels[first + j])
      }
      first += n
    }
    try check(&imageFile, sha256?.images)
    let kept = labels.count == allLabels.count ? "" : ", \(labels.count) of \(allLabels.count) images kept"
    return MNIST(
      unchecked: imageFile.dimensions[0], imageFile.dimensions[1], pixels, labels,
      "\(imagePath) + \(labelPath)\(kept)")
  }

  /// Compares the SHA-256 of the whole file with `expected` (nothing when nil).
  private static func check(_ file: inout IDXFile, _ expected: String?) throws {
    guard let expected else { return }
    let actual = file.digest() ?? "(not read to the end)"
    guard actual == expected.lowercased() else {
      throw IDXFormatError(file: file.path, field: "sha256", problem: "\(actual), expected \(expected)")
    }
  }
}
