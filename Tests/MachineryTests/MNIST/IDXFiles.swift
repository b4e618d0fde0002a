import Foundation

/// IDX files the MNIST tests write into a fresh temporary directory.
struct IDXFiles {
  let directory: URL

  init(_ tag: String) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("idx-\(getpid())-\(tag)")
    try? FileManager.default.removeItem(at: directory)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  /// Big-endian 32-bit header words.
  static func header(_ words: [UInt32]) -> [UInt8] {
    words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (24 - 8 * UInt32($0))) } }
  }

  /// An IDX3 image file of `count` images of rows×columns, image i filled with the byte i + 1.
  static func images(count: Int, rows: Int = 2, columns: Int = 3) -> [UInt8] {
    var bytes = header([0x803, UInt32(count), UInt32(rows), UInt32(columns)])
    for i in 0..<count { bytes += [UInt8](repeating: UInt8(truncatingIfNeeded: i + 1), count: rows * columns) }
    return bytes
  }

  static func labels(_ labels: [UInt8]) -> [UInt8] { header([0x801, UInt32(labels.count)]) + labels }

  /// Writes `bytes` as `name` and returns its path. (C stdio: Foundation's `Data.write`
  /// syncs to disk and takes ~10 ms a file, too slow for the fuzz test's 800 files.)
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = directory.appendingPathComponent(name).path
    guard let file = fopen(path, "wb") else { throw CocoaError(.fileWriteUnknown) }
    let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, bytes.count, file) }
    guard fclose(file) == 0, written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    return path
  }

  /// Writes the MNIST training file pair (train-images-idx3-ubyte, train-labels-idx1-ubyte).
  func writeTrainingFiles(labels: [UInt8], rows: Int = 2, columns: Int = 3) throws {
    try write("train-images-idx3-ubyte", Self.images(count: labels.count, rows: rows, columns: columns))
    try write("train-labels-idx1-ubyte", Self.labels(labels))
  }

  var path: String { directory.path }

  func remove() { try? FileManager.default.removeItem(at: directory) }
}
