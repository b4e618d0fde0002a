import Testing
import Theory

extension BGMS18MathTests {
  // Reference values from mpmath (mp.dps = 40):
  //   from mpmath import mp, mpf, sqrt, log; mp.dps = 40
  //   def Mk(w,k,eta,v,a,R,c=1,C=1):
  //     w,eta,v,a,R,c,C = map(mpf,(w,eta,v,a,R,c,C))
  //     return (C**2*w**2/(c**2*a**2) + w**2/(k*eta*c**2*v**2*a**2)
  //       + sqrt(R*(8*k**2*eta**2*C**2*v**2+8*eta*k))*w**mpf(1.5)/(2*k*(eta*c*v*a)**mpf(1.5))
  //       + 2*R*w/(eta*c*v*a))
  //   Mk(3,5,'0.7','0.4','0.2','0.9')              -> 969.05986940536641144778937668502698878
  //   Mk(3,5,'0.7','0.4','0.2','0.9','0.6','1.7')  -> 3768.3522842155593084753612283489344258
  //   s = 1/sqrt(2*mpf(k)); Mk('2.5',k,'0.3',s,'0.35',s) for k = 1, 7, 1000
  //                                                 -> 575.25443978053659478326029898011070227
  @Test func updateBoundMatchesMpmath() throws {
    #expect(Self.close(
      try BGMS18.updateBound(wStarNorm: 3, k: 5, eta: 0.7, v: 0.4, alpha: 0.2, R: 0.9),
      969.05986940536641144778937668502698878, 1e-14))
    #expect(Self.close(
      try BGMS18.bothLayersUpdateBound(wStarNorm: 3, k: 5, eta: 0.7, v: 0.4, alpha: 0.2, R: 0.9, c: 0.6, C: 1.7),
      3768.3522842155593084753612283489344258, 1e-14))
    // Eq. 13 with c = C = 1 is M_k.
    #expect(
      try BGMS18.bothLayersUpdateBound(wStarNorm: 3, k: 5, eta: 0.7, v: 0.4, alpha: 0.2, R: 0.9, c: 1, C: 1)
        == BGMS18.updateBound(wStarNorm: 3, k: 5, eta: 0.7, v: 0.4, alpha: 0.2, R: 0.9))
    // R = 0 (W₀ = 0): only the first two terms, by hand 9/0.04 + 9/(5·0.7·0.16·0.04)
    // = 225 + 401.7857142857142857… = 626.7857142857142857…
    #expect(Self.close(
      try BGMS18.updateBound(wStarNorm: 3, k: 5, eta: 0.7, v: 0.4, alpha: 0.2, R: 0),
      626.78571428571428571, 1e-14))
  }

  @Test func equation6ClosedFormIsKFreeAndMatchesMk() throws {
    let closed = try BGMS18.updateBoundWithEquation6(wStarNorm: 2.5, eta: 0.3, alpha: 0.35)
    #expect(Self.close(closed, 575.25443978053659478326029898011070227, 1e-14))
    for k in 1...1000 {
      let s = try BGMS18.equation6Scale(k: k)
      let mk = try BGMS18.updateBound(wStarNorm: 2.5, k: k, eta: 0.3, v: s, alpha: 0.35, R: s)
      #expect(Self.close(mk, closed, 1e-12), "k = \(k)")
    }
    #expect(try BGMS18.equation6Scale(k: 8) == 0.25)
  }

  // mpmath, same session:
  //   def B(w,k,eta,v,a,R,stmt):
  //     l1 = a*w if stmt else a*w*w; l2 = w/a if stmt else w*w/a
  //     return (R*w/(eta*v*a) + min(w*w/(2*eta*k*v*v) - l1, 0),
  //             R*w/(eta*v) + min(w*w/(2*a*a*eta*k*v*v) - l2, 0))
  //   B(sqrt(10),3,'0.5','0.2','0.3','0.7',·) -> (73.786478737262184413, 22.135943621178655324) both readings
  //   B(sqrt(10),3,'50','0.2','0.3','0.7',True)  -> (0.62251482265544137787, -1.0603068384235519608)
  //   B(sqrt(10),3,'50','0.2','0.3','0.7',False) -> (-1.4288018792940448225, -23.852714637862287521)
  @Test func theorem10BoundsInBothReadings() throws {
    let w = 10.0.squareRoot()
    func b1(_ eta: Double, _ r: BGMS18.Reading) throws -> Double {
      try BGMS18.theorem10B1(wStarNorm: w, k: 3, eta: eta, v: 0.2, alpha: 0.3, R: 0.7, reading: r)
    }
    func b2(_ eta: Double, _ r: BGMS18.Reading) throws -> Double {
      try BGMS18.theorem10B2(wStarNorm: w, k: 3, eta: eta, v: 0.2, alpha: 0.3, R: 0.7, reading: r)
    }
    for r in [BGMS18.Reading.statement, .proof] {
      #expect(Self.close(try b1(0.5, r), 73.786478737262184413, 1e-14))
      #expect(Self.close(try b2(0.5, r), 22.135943621178655324, 1e-14))
      #expect(Self.close(
        try BGMS18.theorem10LowerBound(wStarNorm: w, k: 3, eta: 0.5, v: 0.2, alpha: 0.3, R: 0.7, reading: r),
        22.135943621178655324, 1e-14))
      // η = 50: min{B₁, B₂} < ‖w*‖² = 10.
      #expect(Self.close(
        try BGMS18.theorem10LowerBound(wStarNorm: w, k: 3, eta: 50, v: 0.2, alpha: 0.3, R: 0.7, reading: r),
        10, 1e-14))
    }
    #expect(Self.close(try b1(50, .statement), 0.62251482265544137787, 1e-13))
    #expect(Self.close(try b2(50, .statement), -1.0603068384235519608, 1e-13))
    #expect(Self.close(try b1(50, .proof), -1.4288018792940448225, 1e-13))
    #expect(Self.close(try b2(50, .proof), -23.852714637862287521, 1e-13))
    // The max{·,0} versions at η = 50: the first terms, 0.7√10/(50·0.2·0.3) =
    // 0.73786478737262184413 and 0.7√10/(50·0.2) = 0.22135943621178655324.
    #expect(Self.close(
      try BGMS18.theorem10B1Corrected(wStarNorm: w, k: 3, eta: 50, v: 0.2, alpha: 0.3, R: 0.7),
      0.73786478737262184413, 1e-14))
    #expect(Self.close(
      try BGMS18.theorem10B2Corrected(wStarNorm: w, k: 3, eta: 50, v: 0.2, alpha: 0.3, R: 0.7),
      0.22135943621178655324, 1e-14))
  }

  // mpmath: t = 5*log(1000/mpf('0.05'))/1000; mpf('0.05') + sqrt(mpf('0.05')*4*t) + 8*t
  //   -> 0.54565576987981454377; 8*t -> 0.39613950210144512182
  //   8/mpf(5000)*mpf('123.4')*log(5000/mpf('0.01')) -> 2.5908794252347106772
  @Test func generalizationBoundsMatchMpmath() throws {
    #expect(Self.close(
      try BGMS18.theorem5Bound(validationError: 0.05, compressionSize: 5, n: 1000, delta: 0.05),
      0.54565576987981454377, 1e-14))
    #expect(Self.close(
      try BGMS18.theorem5Bound(validationError: 0, compressionSize: 5, n: 1000, delta: 0.05),
      0.39613950210144512182, 1e-14))
    #expect(try BGMS18.theorem5Bound(validationError: 0.2, compressionSize: 0, n: 10, delta: 0.5) == 0.2)
    #expect(Self.close(try BGMS18.theorem6Bound(Mk: 123.4, n: 5000, delta: 0.01), 2.5908794252347106772, 1e-14))
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem5Bound(validationError: 0, compressionSize: 6, n: 11, delta: 0.1)  // n < 2c_k
    }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem5Bound(validationError: 1.5, compressionSize: 1, n: 10, delta: 0.1)
    }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem5Bound(validationError: 0, compressionSize: 1, n: 10, delta: 1)
    }
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem6Bound(Mk: 0, n: 10, delta: 0.1) }
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem6Bound(Mk: 1, n: 0, delta: 0.1) }
  }

  // mpmath: from mpmath import log as ln
  //   ln(1000/(-ln(mpf('0.05'))),2) -> 8.3828755877261687544
  //   ln(2000/mpf('0.05'),2) -> 15.287712379549449391; ln(1000/mpf('0.05'),2) -> 14.287712379549449391
  //   1-(1-mpf(2)**-8)**1000 -> 0.98003749113056591226; 1-(1-mpf(2)**-60)**10 -> 8.6736173798840354382e-18
  @Test func theorem9QuantitiesMatchMpmath() throws {
    #expect(Self.close(try BGMS18.theorem9SmallWidthThreshold(d: 1000, delta: 0.05), 8.3828755877261687544, 1e-14))
    #expect(Self.close(
      try BGMS18.theorem9LargeWidthThreshold(d: 1000, delta: 0.05, reading: .statement), 15.287712379549449391, 1e-14))
    #expect(Self.close(
      try BGMS18.theorem9LargeWidthThreshold(d: 1000, delta: 0.05, reading: .proof), 14.287712379549449391, 1e-14))
    #expect(Self.close(try BGMS18.theorem9StuckProbability(k: 8, d: 1000), 0.98003749113056591226, 1e-14))
    let tiny = try BGMS18.theorem9StuckProbability(k: 60, d: 10)
    #expect(abs(tiny / 8.6736173798840354382e-18 - 1) < 1e-12)
    // ⌈max{dC/η, d/η}⌉ by hand: d = 10, C = 2, η = 0.3 → ⌈66.7⌉ = 67; d = 3, C = 0.5,
    // η = 0.7 → ⌈4.29⌉ = 5.
    #expect(try BGMS18.theorem9UpdateBound(d: 10, C: 2, eta: 0.3) == 67)
    #expect(try BGMS18.theorem9UpdateBound(d: 3, C: 0.5, eta: 0.7) == 5)
    #expect(try BGMS18.theorem9PerExampleUpdateBound(C: 0.5, eta: 0.7) == 2)
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem9SmallWidthThreshold(d: 10, delta: 0) }
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem9StuckProbability(k: 0, d: 10) }
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem9UpdateBound(d: 0, C: 1, eta: 1) }
  }

  @Test func theorem7WidthByHand() throws {
    #expect(try BGMS18.theorem7Width(n: 100, d: 11) == 10)  // 2⌈100/20⌉
    #expect(try BGMS18.theorem7Width(n: 101, d: 11) == 12)  // 2⌈101/20⌉
    #expect(try BGMS18.theorem7Width(n: 1, d: 2) == 2)  // 2⌈1/2⌉
    #expect(try BGMS18.theorem7Width(n: 4, d: 2) == 4)  // 2⌈4/2⌉
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem7Width(n: 5, d: 1) }
  }

  @Test func boundsRejectInvalidParameters() throws {
    func mk(_ w: Double = 2, _ k: Int = 3, _ eta: Double = 1, _ v: Double = 1, _ a: Double = 0.5, _ R: Double = 1) throws -> Double {
      try BGMS18.updateBound(wStarNorm: w, k: k, eta: eta, v: v, alpha: a, R: R)
    }
    #expect(throws: InvalidParameter.self) { try mk(0.5) }  // ‖w*‖ < 1
    #expect(throws: InvalidParameter.self) { try mk(.nan) }
    #expect(throws: InvalidParameter.self) { try mk(2, 0) }
    #expect(throws: InvalidParameter.self) { try mk(2, 3, 0) }
    #expect(throws: InvalidParameter.self) { try mk(2, 3, 1, -1) }
    #expect(throws: InvalidParameter.self) { try mk(2, 3, 1, 1, 1) }
    #expect(throws: InvalidParameter.self) { try mk(2, 3, 1, 1, 0.5, -1) }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.bothLayersUpdateBound(wStarNorm: 2, k: 1, eta: 1, v: 1, alpha: 0.5, R: 1, c: 0, C: 1)
    }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.bothLayersUpdateBound(wStarNorm: 2, k: 1, eta: 1, v: 1, alpha: 0.5, R: 1, c: 2, C: 1)
    }
    #expect(throws: InvalidParameter.self) { try BGMS18.updateBoundWithEquation6(wStarNorm: 2, eta: 1, alpha: 0) }
    #expect(throws: InvalidParameter.self) {
      try BGMS18.theorem10B1(wStarNorm: 2, k: 1, eta: .infinity, v: 1, alpha: 0.5, R: 1, reading: .proof)
    }
    #expect(throws: InvalidParameter.self) { try BGMS18.equation6Scale(k: 0) }
    #expect(throws: InvalidParameter.self) { try BGMS18.theorem10Initialization(k: 1, d: 0, R: 1) }
  }
}
