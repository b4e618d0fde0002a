import Generators
import Theory

extension Theorem2Search.Candidate {
  /// The candidate's parameters in one line, as the report prints a counterexample.
  public var description: String {
    "d = \(d), n = \(points.count), k = \(k), η = \(Format.number(eta, digits: 4)), "
      + "α = \(Format.number(alpha, digits: 4)), v = \(Format.number(v, digits: 4)), "
      + "R = \(Format.number(R, digits: 4)), ‖w*‖ = \(Format.number(wStarNorm, digits: 4)), "
      + "order \(exampleOrder)"
  }
}

extension Theorem2ScaleSearch.Candidate {
  /// The candidate's family and parameters in one line, as the report prints its best case.
  public var description: String {
    "\(family.rawValue): d = \(d), n = \(n), k = \(k), η = \(Format.number(eta, digits: 4)), "
      + "α = \(Format.number(alpha, digits: 4)), v = \(Format.number(v, digits: 4)), "
      + "R = \(Format.number(R, digits: 4)), ‖w*‖ = \(Format.number(wStarNorm, digits: 4)), cyclic order"
  }
}
