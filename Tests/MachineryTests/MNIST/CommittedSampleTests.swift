import Foundation
import Generators
import Testing
import Theory

/// The committed 5,000-image sample (Data/README.md) and the BGMS18 3-vs-5 data built from it.
@Suite("MNIST committed sample")
struct CommittedSampleTests {
  @Test func loadsWithDocumentedCountsAndChecksum() throws {
    let sample = try MNIST.committedSample()  // throws on a checksum mismatch
    #expect(sample.count == 5000 && sample.rows == 28 && sample.columns == 28)
    #expect(sample.classCounts == MNIST.sampleClassCounts)
    #expect(sample.classCounts == [Int](repeating: 500, count: 10))
    // The checksums the loader enforces are the ones Data/README.md documents.
    let directory = try MNIST.dataDirectory()
    let readme = try String(contentsOfFile: directory + "/README.md", encoding: .utf8)
    #expect(readme.contains(MNIST.sampleSHA256.images) && readme.contains(MNIST.sampleSHA256.labels))
    // An independent hash of the file's bytes.
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory + "/" + MNIST.sampleImagesFile)))
    #expect(SHA256.hex(SHA256.hash(bytes)) == MNIST.sampleSHA256.images)
    #expect(directory.hasSuffix("/Data"))
  }

  /// The lookup: from the compiled-in package root, and, for a binary whose source path no
  /// longer exists, from the working directory's package root (`swift test` runs there).
  @Test func findsTheDataDirectory() throws {
    let compiled = try MNIST.dataDirectory()
    #expect(FileManager.default.fileExists(atPath: compiled + "/" + MNIST.sampleImagesFile))
    if FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/Package.swift") {
      let moved = try MNIST.dataDirectory(sourceFile: "/nonexistent/Sources/Generators/MNIST/MNISTSample.swift")
      #expect(moved.hasSuffix("/Data"))
    }
  }

  /// BGMS18's default: 500 threes and 500 fives, each split 375/125, in the unit ball.
  @Test func bgms18ThreesAndFivesFromTheSample() throws {
    let data = try BGMS18.MNISTThreesAndFives.committedSample()
    #expect(data.train.n == 750 && data.test.n == 250 && data.train.d == 784)
    #expect(data.train.labels.filter { $0 == 1 }.count == 375)
    #expect(data.test.labels.filter { $0 == 1 }.count == 125)
    let norms = [data.train.maximumInputNorm, data.test.maximumInputNorm]
    #expect(norms.max()! <= 1 + 1e-12 && abs(norms.max()! - 1) < 1e-12)
    #expect(data.isSubset)
    #expect(data.summary.contains("subset") && data.summary.contains("375 threes"))
  }

  /// The paper's full setting from training files: 3 and 5 in file order, 3 ↦ +1, 5 ↦ −1,
  /// split in order, the largest norm scaled to 1.
  @Test func bgms18FullSettingFromFiles() throws {
    let files = try IDXFiles("bgms18")
    defer { files.remove() }
    try files.writeTrainingFiles(labels: [3, 1, 5, 3, 7, 5])
    let data = try BGMS18.MNISTThreesAndFives.fullSetting(directory: files.path, trainSize: 3, testSize: 1)
    #expect(data.train.labels == [1, -1, 1])
    #expect(data.test.labels == [-1])
    #expect(data.train.d == 6)
    // Images 1, 3, 4, 6 (bytes 1, 3, 4, 6); the largest is image 6: all entries 6/255·c = 1/√6.
    #expect(abs(data.test.inputs[0] - 1 / 6.0.squareRoot()) < 1e-12)
    #expect(abs(data.train.inputs[0] - (1.0 / 6) / 6.0.squareRoot()) < 1e-12)
    #expect(throws: IDXFormatError.self) { try BGMS18.MNISTThreesAndFives.fullSetting(directory: files.path, trainSize: 3, testSize: 2) }
    #expect(throws: IDXFormatError.self) { try BGMS18.MNISTThreesAndFives.fullSetting(directory: "/nonexistent") }
  }
}
