import Foundation
import Generators
import Testing
import Theory

/// The IDX reader on files the tests write: valid files, every kind of malformed header and
/// payload (each must throw an `IDXFormatError` naming the file and the field), and a seeded
/// fuzz of random bytes.
@Suite("MNIST IDX reader")
struct IDXReaderTests {
  /// Loads `images` and `labels` written as files, returning the result or the error.
  static func load(_ tag: String, images: [UInt8], labels: [UInt8]) throws -> Result<MNIST, IDXFormatError> {
    let files = try IDXFiles(tag)
    defer { files.remove() }
    let imagePath = try files.write("images", images)
    let labelPath = try files.write("labels", labels)
    do {
      return .success(try MNIST.load(images: imagePath, labels: labelPath))
    } catch let error as IDXFormatError {
      return .failure(error)
    }
  }

  /// The error of loading `images` + `labels`, which must name the file and `field`.
  static func expectError(
    _ tag: String, images: [UInt8], labels: [UInt8], file: String, field: String, mentioning text: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    switch try load(tag, images: images, labels: labels) {
    case .success: Issue.record("\(tag): loaded, expected an error in \(field)", sourceLocation: sourceLocation)
    case .failure(let error):
      #expect(error.file.hasSuffix("/" + file), "\(error)", sourceLocation: sourceLocation)
      #expect(error.field == field, "\(error)", sourceLocation: sourceLocation)
      #expect(error.description.hasPrefix(error.file) && !error.description.contains("\n"), sourceLocation: sourceLocation)
      if let text { #expect(error.problem.contains(text), "\(error)", sourceLocation: sourceLocation) }
    }
  }

  @Test func readsImagesAndLabels() throws {
    let mnist = try Self.load("valid", images: IDXFiles.images(count: 6), labels: IDXFiles.labels([3, 1, 5, 3, 7, 5])).get()
    #expect(mnist.count == 6 && mnist.rows == 2 && mnist.columns == 3 && mnist.pixelsPerImage == 6)
    #expect(Array(mnist.image(1)) == [UInt8](repeating: 2, count: 6))
    #expect(mnist.labels == [3, 1, 5, 3, 7, 5])
    #expect(mnist.classCounts == [0, 1, 0, 2, 0, 2, 0, 1, 0, 0])
    #expect(mnist.scaledImage(5) == [Double](repeating: 6.0 / 255, count: 6))
    let pair = try mnist.digits(3, 5)
    #expect(pair.labels == [3, 5, 3, 5])
    #expect(pair.pixels == [1, 3, 4, 6].flatMap { [UInt8](repeating: $0, count: 6) })
    #expect(mnist.indices(of: 5) == [2, 5])
    #expect(throws: InvalidParameter.self) { try mnist.digits(3, 10) }
    #expect(throws: InvalidParameter.self) { try mnist.subset([6]) }
  }

  /// `keeping` and `limit` keep only the selected images (memory proportional to those).
  @Test func keepsOnlySelectedImages() throws {
    let files = try IDXFiles("keep")
    defer { files.remove() }
    try files.writeTrainingFiles(labels: [3, 1, 5, 3, 7, 5, 3])
    let kept = try MNIST.trainingFiles(in: files.path, keeping: { $0 == 3 }, limit: 2)
    #expect(kept.labels == [3, 3])
    #expect(kept.pixels == [UInt8](repeating: 1, count: 6) + [UInt8](repeating: 4, count: 6))
    #expect(try MNIST.trainingFiles(in: files.path, limit: 0).count == 0)
    #expect(throws: InvalidParameter.self) { try MNIST.trainingFiles(in: files.path, limit: -1) }
  }

  @Test func badMagic() throws {
    var images = IDXFiles.images(count: 2)
    images[3] = 0x01
    try Self.expectError("magic-images", images: images, labels: IDXFiles.labels([1, 2]), file: "images", field: "magic")
    try Self.expectError(
      "magic-labels", images: IDXFiles.images(count: 2), labels: IDXFiles.header([0x803, 2]) + [1, 2],
      file: "labels", field: "magic")
  }

  /// Dimensions 2³¹ × 2³¹ × 2³¹ (their product overflows Int) and other absurd headers.
  @Test func absurdDimensions() throws {
    let labels = IDXFiles.labels([1])
    try Self.expectError(
      "overflow", images: IDXFiles.header([0x803, 1 << 31, 1 << 31, 1 << 31]) + [0, 0, 0], labels: labels,
      file: "images", field: "rows")
    try Self.expectError(
      "wide", images: IDXFiles.header([0x803, 1 << 31, 4096, 1 << 31]) + [0, 0, 0], labels: labels,
      file: "images", field: "columns")
    try Self.expectError(
      "huge-rows", images: IDXFiles.header([0x803, 1, UInt32.max, 1]), labels: labels, file: "images", field: "rows")
    try Self.expectError(
      "huge-count", images: IDXFiles.header([0x803, UInt32.max, 4096, 4096]) + [1, 2, 3], labels: labels,
      file: "images", field: "payload", mentioning: "truncated")
    try Self.expectError(
      "zero-rows", images: IDXFiles.header([0x803, 1, 0, 3]), labels: labels, file: "images", field: "rows")
    try Self.expectError(
      "huge-labels", images: IDXFiles.images(count: 1), labels: IDXFiles.header([0x801, UInt32.max]) + [1],
      file: "labels", field: "payload", mentioning: "truncated")
  }

  @Test func truncatedOrOverlongFiles() throws {
    let labels = IDXFiles.labels([1, 2, 3])
    try Self.expectError(
      "truncated", images: Array(IDXFiles.images(count: 3).dropLast()), labels: labels, file: "images", field: "payload",
      mentioning: "truncated")
    try Self.expectError(
      "trailing", images: IDXFiles.images(count: 3) + [0], labels: labels, file: "images", field: "payload",
      mentioning: "1 bytes after")
    try Self.expectError(
      "short-header", images: Array(IDXFiles.images(count: 3).prefix(10)), labels: labels, file: "images", field: "header")
    try Self.expectError("empty-labels", images: IDXFiles.images(count: 3), labels: [], file: "labels", field: "header")
    try Self.expectError(
      "truncated-labels", images: IDXFiles.images(count: 3), labels: Array(labels.dropLast()), file: "labels",
      field: "payload")
  }

  @Test func countMismatchAndBadLabels() throws {
    try Self.expectError(
      "mismatch", images: IDXFiles.images(count: 3), labels: IDXFiles.labels([1, 2]), file: "labels", field: "count",
      mentioning: "2 labels, but")
    try Self.expectError(
      "not-a-digit", images: IDXFiles.images(count: 3), labels: IDXFiles.labels([1, 12, 2]), file: "labels",
      field: "labels[1]")
  }

  @Test func missingFilesAndDirectories() throws {
    let files = try IDXFiles("missing")
    defer { files.remove() }
    for (images, labels, field) in [("/nonexistent/images", "/nonexistent/labels", "file"), (files.path, files.path, "file")] {
      do {
        _ = try MNIST.load(images: images, labels: labels)
        Issue.record("loaded \(images)")
      } catch let error as IDXFormatError {
        #expect(error.field == field && error.file == labels, "\(error)")
      }
    }
  }

  @Test func checksumMismatch() throws {
    let files = try IDXFiles("sha")
    defer { files.remove() }
    try files.writeTrainingFiles(labels: [1, 2])
    let images = files.path + "/train-images-idx3-ubyte"
    let labels = files.path + "/train-labels-idx1-ubyte"
    let right = (
      images: SHA256.hex(SHA256.hash(IDXFiles.images(count: 2))), labels: SHA256.hex(SHA256.hash(IDXFiles.labels([1, 2])))
    )
    #expect(try MNIST.load(images: images, labels: labels, sha256: right).count == 2)
    // A limit does not skip the checksum of the rest of the file.
    #expect(try MNIST.load(images: images, labels: labels, limit: 1, sha256: right).count == 1)
    do {
      _ = try MNIST.load(images: images, labels: labels, sha256: (images: right.labels, labels: right.labels))
      Issue.record("wrong checksum accepted")
    } catch let error as IDXFormatError {
      #expect(error.file == images && error.field == "sha256", "\(error)")
    }
  }

  /// 400 seeded cases: random bytes, and valid headers with random fields, random
  /// truncation and random corruption. Each either loads consistently or throws an
  /// `IDXFormatError`; nothing else (no crash, no other error).
  @Test func fuzz() throws {
    var rng = RandomStream(seed: 20_190_101, name: "MNIST.IDX.fuzz", trial: 0)
    func below(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
    func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) } }
    func word() -> UInt32 {
      switch below(4) {
      case 0: UInt32(below(5))
      case 1: UInt32(truncatingIfNeeded: rng.next())
      case 2: 1 << UInt32(below(32))
      default: UInt32(below(40))
      }
    }
    let files = try IDXFiles("fuzz")
    defer { files.remove() }
    let imagePath = files.path + "/images"
    let labelPath = files.path + "/labels"
    var loaded = 0
    for _ in 0..<400 {
      var images: [UInt8]
      var labels: [UInt8]
      switch below(3) {
      case 0:
        images = bytes(below(64))
        labels = bytes(below(24))
      case 1:
        images = IDXFiles.header([0x803, word(), word(), word()]) + bytes(below(200))
        labels = IDXFiles.header([0x801, word()]) + bytes(below(40)).map { $0 % 11 }
      default:
        let count = below(6)
        images = IDXFiles.images(count: count, rows: 1 + below(4), columns: 1 + below(4))
        labels = IDXFiles.labels((0..<count).map { _ in UInt8(below(10)) })
        if below(2) == 0 { images = Array(images.prefix(below(images.count + 1))) }
        if below(2) == 0, !labels.isEmpty { labels[below(labels.count)] = UInt8(truncatingIfNeeded: rng.next()) }
        if below(3) == 0, !images.isEmpty { images[below(min(16, images.count))] = UInt8(truncatingIfNeeded: rng.next()) }
      }
      try files.write("images", images)
      try files.write("labels", labels)
      do {
        let mnist = try MNIST.load(images: imagePath, labels: labelPath)
        #expect(mnist.pixels.count == mnist.count * mnist.pixelsPerImage && mnist.labels.allSatisfy { $0 <= 9 })
        #expect(images.count == 16 + mnist.pixels.count)
        loaded += 1
      } catch let error as IDXFormatError {
        #expect(error.file == imagePath || error.file == labelPath)
        #expect(!error.field.isEmpty && !error.description.contains("\n"))
      }
    }
    #expect(loaded > 0)
  }
}
