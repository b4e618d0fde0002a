import Foundation
import Generators
import Testing
import Theory

/// The IDX reader on small files the test writes (the real MNIST files are not on this machine).
@Suite("MNIST IDX")
struct MNISTTests {
  /// Writes an IDX3 image file and an IDX1 label file of `labels.count` images of rows×columns,
  /// image i filled with the byte (i + 1), and returns the directory.
  static func writeFiles(_ tag: String, labels: [UInt8], rows: Int = 2, columns: Int = 3, truncate: Bool = false) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("idx-\(getpid())-\(tag)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    func header(_ words: [Int]) -> [UInt8] { words.flatMap { w in (0..<4).map { UInt8((w >> (24 - 8 * $0)) & 0xFF) } } }
    var images = header([0x803, labels.count, rows, columns])
    for i in labels.indices { images += [UInt8](repeating: UInt8(i + 1), count: rows * columns) }
    if truncate { images.removeLast() }
    try Data(images).write(to: dir.appendingPathComponent("train-images-idx3-ubyte"))
    try Data(header([0x801, labels.count]) + labels).write(to: dir.appendingPathComponent("train-labels-idx1-ubyte"))
    return dir.path
  }

  @Test func readsImagesAndLabels() throws {
    let dir = try Self.writeFiles("read", labels: [3, 1, 5, 3, 7, 5])
    let images = try BGMS18.MNIST.readImages(dir + "/train-images-idx3-ubyte")
    #expect(images.count == 6 && images.rows == 2 && images.columns == 3)
    #expect(images.pixels[6] == 2)
    #expect(try BGMS18.MNIST.readLabels(dir + "/train-labels-idx1-ubyte") == [3, 1, 5, 3, 7, 5])
  }

  /// Digits 3 and 5 in file order, 3 ↦ +1, 5 ↦ −1, split in order, the largest norm scaled to 1.
  @Test func selectsThreesAndFivesIntoTheUnitBall() throws {
    let dir = try Self.writeFiles("select", labels: [3, 1, 5, 3, 7, 5])
    let (train, test) = try BGMS18.MNIST.threesAndFives(directory: dir, trainSize: 3, testSize: 1)
    #expect(train.labels == [1, -1, 1])
    #expect(test.labels == [-1])
    #expect(train.d == 6)
    // Images 1, 3, 4, 6 (bytes 1, 3, 4, 6); the largest is image 6: all entries 6/255·c = 1/√6.
    #expect(abs(test.inputs[0] - 1 / 6.0.squareRoot()) < 1e-12)
    #expect(abs(train.inputs[0] - (1.0 / 6) / 6.0.squareRoot()) < 1e-12)
    #expect(train.maximumInputNorm <= 1 + 1e-12)
  }

  @Test func malformedOrMissingFilesThrow() throws {
    let truncated = try Self.writeFiles("truncated", labels: [3, 5], truncate: true)
    #expect(throws: BGMS18.MNIST.FormatError.self) { try BGMS18.MNIST.readImages(truncated + "/train-images-idx3-ubyte") }
    #expect(throws: BGMS18.MNIST.FormatError.self) { try BGMS18.MNIST.readLabels(truncated + "/train-images-idx3-ubyte") }
    #expect(throws: BGMS18.MNIST.FormatError.self) { try BGMS18.MNIST.threesAndFives(directory: "/nonexistent") }
    let few = try Self.writeFiles("few", labels: [3, 5, 1])
    #expect(throws: BGMS18.MNIST.FormatError.self) { try BGMS18.MNIST.threesAndFives(directory: few) }
  }
}
