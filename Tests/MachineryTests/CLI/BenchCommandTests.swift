import Foundation
import Testing

@Suite("bench command")
struct BenchCommandTests {
  @Test(arguments: [
    ["bench", "--only", "nope"], ["bench", "--only", "nope.gemm"], ["bench", "--threads", "0"],
    ["bench", "--repeat", "x"], ["bench", "--quick", "maybe"], ["bench", "--clock", "sundial"], ["bench", "extra"],
  ])
  func badInputExitsWithStatusTwo(_ arguments: [String]) throws {
    let (status, out, err) = try runCommand(arguments)
    #expect(status == 2, "\(arguments)")
    #expect(out.isEmpty)
    #expect(err.hasPrefix("theorems: error: "))
    #expect(err.contains("usage: theorems bench"))
  }

  @Test func help() throws {
    let (status, out, _) = try runCommand(["bench", "--help"])
    #expect(status == 0)
    #expect(out.hasPrefix("usage: theorems bench"))
  }

  @Test("one JSON line per operation, with exactly the NumPy script's keys")
  func jsonLines() throws {
    let (status, out, _) = try runCommand(["bench", "--only", "linalg.gemm,linalg.cholesky", "--quick", "yes", "--repeat", "1", "--threads", "2"])
    #expect(status == 0)
    let lines = out.split(separator: "\n")
    #expect(lines.count == 2)
    for (line, op) in zip(lines, ["gemm", "cholesky"]) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(Set(object.keys) == ["op", "size", "threads", "seconds", "gflops"])
      #expect(object["op"] as? String == op)
      #expect(object["threads"] as? Int == 2)
      #expect((object["seconds"] as? Double).map { $0 > 0 } == true)
    }
  }
}
