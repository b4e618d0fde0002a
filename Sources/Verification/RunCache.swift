import Synchronization

/// A process-wide memo of trial results keyed by text (thread-safe). Results are pure
/// functions of their key, so reading one computed by another check changes nothing.
public final class RunCache<Value: Sendable>: Sendable {
  private let storage = Mutex<[String: Value]>([:])

  public init() {}

  public subscript(key: String) -> Value? {
    get { storage.withLock { $0[key] } }
    set { storage.withLock { $0[key] = newValue } }
  }
}
