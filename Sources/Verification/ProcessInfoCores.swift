import Foundation

/// The number of cores this process may use.
enum ProcessInfoCores {
  static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
