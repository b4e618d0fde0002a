/// A deterministic SVG of vectors in the plane drawn as arrows from the origin (BG19 Fig. 2
/// and Fig. 3: filters w in blue, u in red), with reference points marked.
public struct ArrowChart: Sendable {
  public struct Arrow: Sendable {
    public let x: Double
    public let y: Double
    public let color: String
    public init(x: Double, y: Double, color: String) {
      self.x = x
      self.y = y
      self.color = color
    }
  }
  public struct Marker: Sendable {
    public let x: Double
    public let y: Double
    public let label: String
    public init(x: Double, y: Double, label: String) {
      self.x = x
      self.y = y
      self.label = label
    }
  }

  public var title: String
  public var arrows: [Arrow]
  public var markers: [Marker]
  public var size = 320.0

  public init(title: String, arrows: [Arrow], markers: [Marker] = []) {
    self.title = title
    self.arrows = arrows
    self.markers = markers
  }

  public var svg: String {
    let extent = max(1e-12, (arrows.map { max(abs($0.x), abs($0.y)) } + markers.map { max(abs($0.x), abs($0.y)) }).max() ?? 1) * 1.15
    let c = size / 2, scale = (size / 2 - 20) / extent
    func px(_ x: Double) -> Double { c + x * scale }
    func py(_ y: Double) -> Double { c + 10 - y * scale }
    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(f(size))" height="\(f(size + 20))" \
      viewBox="0 0 \(f(size)) \(f(size + 20))" font-family="sans-serif" font-size="11">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(f(c))" y="14" text-anchor="middle" font-size="12">\(escape(title))</text>
      <line x1="10" y1="\(f(py(0)))" x2="\(f(size - 10))" y2="\(f(py(0)))" stroke="#bbb"/>
      <line x1="\(f(px(0)))" y1="24" x2="\(f(px(0)))" y2="\(f(size + 10))" stroke="#bbb"/>

      """
    for m in markers {
      s += "<circle cx=\"\(f(px(m.x)))\" cy=\"\(f(py(m.y)))\" r=\"3\" fill=\"none\" stroke=\"black\"/>"
      s += "<text x=\"\(f(px(m.x) + 5))\" y=\"\(f(py(m.y) - 5))\">\(escape(m.label))</text>\n"
    }
    for a in arrows {
      let x2 = px(a.x), y2 = py(a.y), x1 = px(0), y1 = py(0)
      let dx = x2 - x1, dy = y2 - y1, len = (dx * dx + dy * dy).squareRoot()
      s += "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(a.color)\" stroke-width=\"1.2\"/>"
      if len > 4 {
        let ux = dx / len, uy = dy / len, h = min(6, len / 2)
        let p1 = "\(f(x2 - h * ux + h * 0.5 * uy)),\(f(y2 - h * uy - h * 0.5 * ux))"
        let p2 = "\(f(x2 - h * ux - h * 0.5 * uy)),\(f(y2 - h * uy + h * 0.5 * ux))"
        s += "<polygon points=\"\(f(x2)),\(f(y2)) \(p1) \(p2)\" fill=\"\(a.color)\"/>"
      }
      s += "\n"
    }
    return s + "</svg>\n"
  }
}
