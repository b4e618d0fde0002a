import Dispatch
import Synchronization

/// Runs trials over the cores and gathers their results in trial order, so the output is
/// the same for any number of jobs (each trial's stream depends only on its index).
public enum ParallelTrials {
  /// Evaluates `body(i)` for i in 0..<count on `jobs` threads. Workers take the next index
  /// from a shared atomic counter (uneven trials balance) and write result i to slot i.
  /// `progress`, if given, is called with the number of finished trials (about 200 times
  /// per call at most).
  public static func map<T: Sendable>(
    count: Int, jobs: Int, progress: (@Sendable (Int) -> Void)? = nil,
    _ body: @escaping @Sendable (Int) -> T
  ) -> [T] {
    guard count > 0 else { return [] }
    let workers = max(1, min(jobs, count))
    let slots = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
    defer { slots.deallocate() }
    let counters = Counters()
    let reportEvery = max(1, count / 200)
    let base = UnsafeSendable(slots.baseAddress!)
    let work: @Sendable (Int) -> Void = { _ in
      while true {
        let i = counters.next.wrappingAdd(1, ordering: .relaxed).oldValue
        if i >= count { return }
        (base.value + i).initialize(to: body(i))
        let done = counters.finished.wrappingAdd(1, ordering: .relaxed).newValue
        if let progress, done % reportEvery == 0 || done == count { progress(done) }
      }
    }
    if workers == 1 {
      work(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: workers, execute: work)
    }
    return (0..<count).map { (base.value + $0).move() }
  }

  /// The default number of jobs: the number of active cores.
  public static var defaultJobs: Int { ProcessInfoCores.active }
}

/// The shared counters of one `map`.
private final class Counters: Sendable {
  let next = Atomic<Int>(0)
  let finished = Atomic<Int>(0)
}

/// A pointer shared across worker threads whose accesses the caller keeps disjoint.
private struct UnsafeSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}
