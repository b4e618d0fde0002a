import Theory

extension BG19 {
  /// One cluster of Lemma 3.2 / Lemma 6.2: the filters j ∈ W_0⁺(i) (or U_0⁺(i)) that should
  /// stay of the form a(t)η·direction + v_t with v_t·direction > 0 and |v_t·across| < 2η.
  public struct Cluster {
    /// How the report names it, e.g. `i = 1`.
    public let name: String
    /// x_i (Lemma 3.2) or p_i (Lemma 6.2).
    public let direction: SIMD2<Double>
    /// x_2 (Lemma 3.2), p_2 (Lemma 6.2), or x_1 for the u-filters.
    public let across: SIMD2<Double>
    /// The filter indices j (0-based) of the cluster, fixed at t = 0.
    public let filters: [Int]
    /// Whether the filters are u's (rows k + j) rather than w's.
    public let uFilters: Bool
    /// Whether the term a(t) counts was active at iterate t (read from the GD's record).
    public let isActive: (BG19.ActivityHistory, Int) throws -> Bool

    public init(
      name: String, direction: SIMD2<Double>, across: SIMD2<Double>, filters: [Int], uFilters: Bool,
      isActive: @escaping (BG19.ActivityHistory, Int) throws -> Bool
    ) {
      self.name = name
      self.direction = direction
      self.across = across
      self.filters = filters
      self.uFilters = uFilters
      self.isActive = isActive
    }
  }

  /// Runs gradient descent (which must record its activity) from its current iterate W_0
  /// until an exact fixed point or `maxIterations`, and checks at every iterate W_t and every
  /// filter j of every cluster that v_t = w_t⁽ʲ⁾ − a(t)η·direction has v_t·direction > 0 and
  /// |v_t·across| < 2η, with a(t) counted under `convention`. Stops at the first violation
  /// and reports it as (t, cluster, j). A stationary point at which a cluster's term is still
  /// active also violates the statement "for all t": a(t) then grows by one per iteration
  /// while w_t stays fixed, so v_t·direction eventually turns negative.
  public static func clusteringObservation(
    _ gd: inout BG19.GradientDescent, clusters: [Cluster], convention: BG19.CountConvention,
    maxIterations: Int, context: inout TrialContext
  ) throws -> Observation {
    let eta = gd.learningRate
    let k = gd.weights.k
    var counts = [Int](repeating: 0, count: clusters.count)  // a(t) over t' < t
    var worstAcross = 0.0
    var smallestAlong = Double.infinity
    var failure: String?
    var status: BG19.GradientDescent.Status?
    var t = 0
    while failure == nil {
      let s = gd.weights.storage
      status = gd.step()
      let history = gd.history!
      for (c, cluster) in clusters.enumerated() {
        let active = try cluster.isActive(history, t)
        let a = Double(counts[c] + (convention == .inclusive && active ? 1 : 0))
        for j in cluster.filters {
          let r = cluster.uFilters ? k + j : j
          let v = SIMD2(s[2 * r], s[2 * r + 1]) - a * eta * cluster.direction
          let along = (v * cluster.direction).sum()
          let across = (v * cluster.across).sum()
          worstAcross = max(worstAcross, abs(across) / (2 * eta))
          smallestAlong = min(smallestAlong, along)
          let alongOK = along > -1e-9 * eta * (a + 1)
          let acrossOK = abs(across) < 2 * eta * (1 + 1e-9)
          if failure == nil && !(alongOK && acrossOK) {
            failure =
              "t = \(t), \(cluster.name), j = \(j + 1): a(t) = \(Int(a)), v_t·dir = \(Format.number(along)), "
              + "|v_t·across| = \(Format.number(abs(across))) vs 2η = \(Format.number(2 * eta))"
          }
        }
        if active { counts[c] += 1 }
      }
      if failure != nil || status != nil || gd.iteration >= maxIterations { break }
      t += 1
    }
    if failure == nil, status == .stationaryPoint {
      let history = gd.history!
      for cluster in clusters where !cluster.filters.isEmpty {
        if try cluster.isActive(history, t) {
          failure =
            "GD stopped at a stationary point W_\(t) with the \(cluster.name) term still active: a(t) grows "
            + "by one per iteration while w_t is fixed, so v_t·dir < 0 for large t"
          break
        }
      }
    }
    context.note("last iterate checked, t", t)
    context.note(
      "status",
      status.map { "\($0)" } ?? (failure != nil ? "stopped at the first violation" : "iteration limit"))
    context.note("cluster sizes", clusters.map { "\($0.name): \($0.filters.count)" }.joined(separator: ", "))
    context.note("a(t) over t′ ≤ t at the end", counts)
    context.note("max |v_t·across|/(2η)", worstAcross)
    context.note("min v_t·dir", smallestAlong)
    // Tightness: |v_t·across|/(2η), or 1 − min v_t·dir/(2η) when that is larger (≥ 1 exactly
    // when v_t·dir ≤ 0).
    let ratio = max(worstAcross, 1 - smallestAlong / (2 * eta))
    if let failure {
      context.note("first violation", failure)
      return Observation(holds: false, ratio: ratio, summary: "first violation at \(failure)")
    }
    let reach = status == nil ? "through the iteration limit t = \(t)" : "through the fixed point W_\(t) (\(status!))"
    return Observation(
      holds: true, ratio: ratio,
      summary:
        "every iterate \(reach), \(clusters.map(\.filters.count).reduce(0, +)) filters: "
        + "min v_t·dir = \(Format.number(smallestAlong)), max |v_t·across|/(2η) = \(Format.number(worstAcross, digits: 4))")
  }
}
