import Verification
import Synchronization

/// Progress on the error stream: on a terminal, one rewritten line with the claim, the
/// trials done, the elapsed time and an estimate of the time left; otherwise nothing per
/// trial (the report prints one line per claim). Never part of REPORT.md.
final class ProgressPrinter: Sendable {
  let errors: @Sendable (String) -> Void
  let isTerminal: Bool
  private let state = Mutex<(key: String, start: ContinuousClock.Instant)?>(nil)

  init(errors: @escaping @Sendable (String) -> Void, isTerminal: Bool) {
    self.errors = errors
    self.isTerminal = isTerminal
  }

  var event: (@Sendable (ProgressEvent) -> Void)? {
    guard isTerminal else { return nil }
    return { [self] e in self.show(e) }
  }

  private func show(_ e: ProgressEvent) {
    let now = ContinuousClock.now
    let key = "\(e.claimID)|\(e.check)|\(e.total)"
    let start = state.withLock { s -> ContinuousClock.Instant in
      if let s, s.key == key { return s.start }
      s = (key, now)
      return now
    }
    let elapsed = Self.seconds(now - start)
    let eta = e.done > 0 ? elapsed * Double(e.total - e.done) / Double(e.done) : 0
    let line = "\(e.claimID) [\(e.check)] \(e.done)/\(e.total) trials, \(Self.clock(elapsed)) elapsed, ETA \(Self.clock(eta))"
    errors("\r\u{1B}[K" + String(line.prefix(150)))
  }

  /// Ends the progress line before a line of its own.
  func finishLine() { if isTerminal { errors("\r\u{1B}[K") } }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  static func clock(_ s: Double) -> String {
    let t = Int(s.rounded())
    return t >= 60 ? "\(t / 60)m\(t % 60)s" : "\(t)s"
  }
}
