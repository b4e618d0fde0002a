import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files being written: each output is written to a temporary file beside it and renamed
/// into place, and an interrupted run (SIGINT, SIGTERM) removes the temporary files it
/// left, so that neither a half-written report nor a stray temporary file remains.
public enum TemporaryFiles {
  private static let pending = Mutex<Set<String>>([])
  private static let handlers = Mutex<[DispatchSourceSignal]>([])

  /// The temporary files not yet renamed into place.
  public static var paths: Set<String> { pending.withLock { $0 } }

  /// Writes `data` to `url` atomically: to `.NAME.tmp-PID` in the same directory, then
  /// `rename(2)`. The temporary file is removed if the write fails or the run is
  /// interrupted (after `installSignalHandlers`).
  public static func write(_ data: Data, to url: URL) throws {
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    pending.withLock { _ = $0.insert(temporary.path) }
    defer { pending.withLock { _ = $0.remove(temporary.path) } }
    do {
      try data.write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
      }
    } catch {
      unlink(temporary.path)
      throw error
    }
  }

  /// Removes every pending temporary file (what the signal handlers do before exiting).
  public static func removeAll() {
    for path in pending.withLock({ set in defer { set.removeAll() }; return set }) { unlink(path) }
  }

  /// On SIGINT and SIGTERM: remove the pending temporary files and exit with 128 + the
  /// signal number, as the default action would. Idempotent.
  public static func installSignalHandlers() {
    handlers.withLock { sources in
      guard sources.isEmpty else { return }
      for sig in [SIGINT, SIGTERM] {
        signal(sig, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
        source.setEventHandler {
          removeAll()
          _exit(128 + sig)
        }
        source.resume()
        sources.append(source)
      }
    }
  }
}
