import Foundation
import Testing
import TheoremsCLI

/// `theorems bench --quick yes` smoke runs of the training workloads of issue 14 (W1–W3): one
/// JSON line per setting with the peers' keys and finite metrics (W1 also checks its running
/// ‖W_t − W₀‖ against the final W_T − W₀ internally and throws if they disagree).
@Suite("Bench workloads")
struct BenchWorkloadTests {
  @Test(arguments: ["W1", "W2", "W3"])
  func quickRun(workload: String) throws {
    let (status, out, err) = try runCommand(["bench", "--only", workload, "--quick", "yes", "--threads", "2"])
    #expect(status == 0, "\(err)")
    let lines = out.split(separator: "\n")
    #expect(lines.count == (workload == "W2" ? 1 : 2))
    for line in lines {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["workload"] as? String == workload)
      for key in ["parameters", "threads", "seconds", "cpu_seconds", "gflops", "metrics"] { #expect(object[key] != nil, "\(key)") }
      let metrics = try #require(object["metrics"] as? [String: Any])
      #expect(!metrics.isEmpty)
      for value in metrics.values {
        let numbers: [Double]
        if let array = value as? [Double] { numbers = array } else { numbers = [try #require(value as? Double)] }
        for x in numbers { #expect(x.isFinite) }
      }
    }
  }

  @Test func unknownWorkloadIsAUsageError() throws {
    let (status, _, err) = try runCommand(["bench", "--only", "W4"])
    #expect(status == 2)
    #expect(err.contains("W1, W2, W3"))
  }
}
