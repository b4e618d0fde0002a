import Generators
import Testing
import Theory

extension BGMS18MathTests {
  @Test func rayBalanceCountsEachLine() throws {
    // Lines by hand: (1,0) carries (1,0), (2,0)/2 on +, (−0.5,0) on −; (0,1) carries (0,−1).
    let S = try BGMS18.TrainingSet(
      points: [[1, 0], [0.5, 0], [-0.5, 0], [0, -1]], labels: [1, 1, -1, -1])
    let lines = try BGMS18.inputLines(of: S)
    #expect(lines.count == 2)
    #expect(lines[0].direction == [1, 0] && lines[0].plus == 2 && lines[0].minus == 1)
    #expect(lines[1].direction == [0, -1] && lines[1].plus == 1 && lines[1].minus == 0)
    #expect(try !BGMS18.isRayBalanced(S))
    // S ∪ −S is balanced; removing one point unbalances it.
    var rng = Self.stream("ray-balance")
    let points = (0..<5).map { _ in rng.nextPointInBall(dimension: 3) }
    let symmetric = try BGMS18.TrainingSet(
      points: points + points.map { $0.map { -$0 } }, labels: [1, 1, -1, 1, -1, -1, -1, 1, -1, 1])
    #expect(try BGMS18.isRayBalanced(symmetric))
    let minusOne = try BGMS18.TrainingSet(points: Array((points + points.map { $0.map { -$0 } }).dropLast()), labels: [1, 1, -1, 1, -1, -1, -1, 1, -1])
    #expect(try !BGMS18.isRayBalanced(minusOne))
    #expect(throws: InvalidParameter.self) { try BGMS18.inputLines(of: BGMS18.TrainingSet(points: [[0, 0]], labels: [1])) }
  }

  @Test func lemma11ConstructionExistsExactlyWhenUnbalanced() throws {
    var rng = Self.stream("lemma11-construction")
    for trial in 0..<60 {
      let d = 1 + trial % 4
      let n = 1 + rng.nextInt(below: 8)
      var points = (0..<n).map { _ in rng.nextPointInBall(dimension: d) }
      switch trial % 3 {
      case 0: points += points.map { $0.map { -$0 } }  // balanced
      case 1: points += points.map { $0.map { -$0 } }.dropLast()  // unbalanced
      default:  // several points on one line: 2 on +u, 1 on −u, and a balanced pair on another
        let u = rng.nextPointOnSphere(dimension: d)
        let w = rng.nextPointOnSphere(dimension: d)
        points = [u.map { 0.5 * $0 }, u.map { 0.9 * $0 }, u.map { -0.3 * $0 }, w, w.map { -$0 }]
      }
      let S = try BGMS18.TrainingSet(points: points, labels: points.map { _ in rng.nextSign() })
      let balanced = try BGMS18.isRayBalanced(S)
      let found = try BGMS18.constructLemma11Direction(on: S, using: &rng)
      #expect(balanced == (found == nil), "trial \(trial)")
      if let found {
        #expect(2 * found.negatives > S.n && found.margin > 0)
        for i in 0..<S.n {
          let dot = zip(found.direction, S.x(i)).reduce(0) { $0 + $1.0 * $1.1 }
          #expect(abs(dot) > found.margin)
        }
      }
    }
  }
}
