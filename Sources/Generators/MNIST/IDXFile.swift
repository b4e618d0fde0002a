import Foundation

/// An error reading an IDX file: the file, the field that is wrong (`magic`, `count`, `rows`,
/// `columns`, `payload`, `labels[i]`, `sha256`, …) and what is wrong with it, on one line.
public struct IDXFormatError: Error, CustomStringConvertible, Equatable, Sendable {
  public let file: String
  public let field: String
  public let problem: String
  public init(file: String, field: String, problem: String) {
    self.file = file
    self.field = field
    self.problem = problem
  }
  public var description: String { "\(file): \(field): \(problem)" }
}

/// An IDX file (LeCun et al., http://yann.lecun.com/exdb/mnist/, "file formats") of unsigned
/// bytes, opened as untrusted input: the header is validated against the file's actual size
/// before anything is allocated (dimensions multiplied with overflow checks; the payload must
/// be exactly the rest of the file), and the payload is then read in bounded chunks, so memory
/// stays proportional to what the caller keeps. An optional SHA-256 of every byte read is kept.
struct IDXFile {
  /// The largest image a header may declare (rows·columns); MNIST's is 784.
  static let maximumItemSize = 1 << 24
  /// Bytes read per chunk of the payload.
  static let chunkSize = 1 << 20

  let path: String
  /// The dimensions after the item count: [] for labels (IDX1), [rows, columns] for images (IDX3).
  let dimensions: [Int]
  /// The number of items (images or labels) the header declares.
  let count: Int
  /// Bytes per item: the product of `dimensions` (1 for labels).
  let itemSize: Int
  private let handle: FileHandle
  private var remaining: Int
  var hasher: SHA256?

  /// Opens `path` and validates its header: magic 0x0000_08_(rank) (unsigned bytes), the
  /// count and the dimensions named by `dimensionNames` (e.g. ["rows", "columns"]).
  init(path: String, dimensionNames: [String], hashing: Bool = false) throws {
    self.path = path
    let rank = 1 + dimensionNames.count
    let headerSize = 4 * (1 + rank)
    // Only regular files: a directory, FIFO or device has no trustworthy size.
    let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    guard let type else {
      throw IDXFormatError(file: path, field: "file", problem: "cannot be opened (missing or unreadable)")
    }
    guard type == .typeRegular else {
      throw IDXFormatError(file: path, field: "file", problem: "not a regular file")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw IDXFormatError(file: path, field: "file", problem: "cannot be opened (missing or unreadable)")
    }
    self.handle = handle
    let size: Int
    do {
      size = Int(try handle.seekToEnd())
      try handle.seek(toOffset: 0)
    } catch {
      throw IDXFormatError(file: path, field: "file", problem: "cannot be read (\(error.localizedDescription))")
    }
    remaining = size
    hasher = hashing ? SHA256() : nil
    guard size >= headerSize else {
      throw IDXFormatError(file: path, field: "header", problem: "the file has \(size) bytes, an IDX\(rank) header needs \(headerSize)")
    }
    let header = try Self.read(handle, headerSize, path: path, field: "header")
    hasher?.update(header)
    remaining -= headerSize
    let words = (0..<(1 + rank)).map { i in (0..<4).reduce(0) { $0 << 8 | Int(header[4 * i + $1]) } }
    let expectedMagic = 0x0800 | rank
    guard words[0] == expectedMagic else {
      throw IDXFormatError(
        file: path, field: "magic",
        problem: "0x\(Self.hex(words[0])), expected 0x\(Self.hex(expectedMagic)) (IDX\(rank) of unsigned bytes)")
    }
    count = words[1]
    dimensions = Array(words[2...])
    var item = 1
    for (name, value) in zip(dimensionNames, dimensions) {
      guard value >= 1 else { throw IDXFormatError(file: path, field: name, problem: "\(value), must be at least 1") }
      let (product, overflow) = item.multipliedReportingOverflow(by: value)
      guard !overflow, product <= Self.maximumItemSize else {
        throw IDXFormatError(
          file: path, field: name,
          problem: "\(value) makes an item of more than \(Self.maximumItemSize) bytes (dimensions \(dimensions.map(String.init).joined(separator: "×")))")
      }
      item = product
    }
    itemSize = item
    let (payload, overflow) = count.multipliedReportingOverflow(by: itemSize)
    guard !overflow, payload <= remaining else {
      throw IDXFormatError(
        file: path, field: "payload",
        problem: "truncated: the header declares \(count) items of \(itemSize) bytes, the file holds \(remaining) bytes after the header")
    }
    guard payload == remaining else {
      throw IDXFormatError(
        file: path, field: "payload",
        problem: "\(remaining - payload) bytes after the \(count) items of \(itemSize) bytes the header declares")
    }
  }

  /// Reads the next `items` items (at most `chunkSize` bytes at a time is the caller's choice).
  mutating func next(items: Int) throws -> [UInt8] {
    let bytes = items * itemSize
    guard bytes <= remaining else {
      throw IDXFormatError(file: path, field: "payload", problem: "truncated while reading")
    }
    let data = try Self.read(handle, bytes, path: path, field: "payload")
    hasher?.update(data)
    remaining -= bytes
    return data
  }

  /// Visits every item in order, `chunkSize` bytes at a time: `body(chunk, firstIndex)`.
  mutating func forEachChunk(_ body: (_ chunk: [UInt8], _ first: Int) throws -> Void) throws {
    let perChunk = max(1, Self.chunkSize / itemSize)
    var index = 0
    while index < count {
      let n = min(perChunk, count - index)
      try body(next(items: n), index)
      index += n
    }
  }

  /// The SHA-256 of everything read so far, once the whole file has been read.
  mutating func digest() -> String? {
    guard remaining == 0, var hasher else { return nil }
    return SHA256.hex(hasher.finalize())
  }

  func close() { try? handle.close() }

  /// Exactly `count` bytes from `handle`, or a "truncated" error (the file changed or shrank).
  private static func read(_ handle: FileHandle, _ count: Int, path: String, field: String) throws -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    do {
      while bytes.count < count {
        guard let data = try handle.read(upToCount: count - bytes.count), !data.isEmpty else { break }
        bytes += data
      }
    } catch {
      throw IDXFormatError(file: path, field: field, problem: "cannot be read (\(error.localizedDescription))")
    }
    guard bytes.count == count else {
      throw IDXFormatError(file: path, field: field, problem: "truncated: \(bytes.count) of \(count) bytes read")
    }
    return bytes
  }

  private static func hex(_ value: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
  }
}
