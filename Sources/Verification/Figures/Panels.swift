import Foundation

/// Several SVG figures side by side in one SVG (BG19 Fig. 2, 3 and any multi-panel figure).
public enum Panels {
  /// The panels in one row, under a title (each panel is a complete `<svg>` element, nested
  /// at its offset).
  public static func row(_ svgs: [String], panelWidth: Double, panelHeight: Double, title: String) -> String {
    let width = panelWidth * Double(svgs.count)
    let height = panelHeight + 24
    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
      viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="13">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(Int(width / 2))" y="16" text-anchor="middle">\(title)</text>

      """
    for (i, panel) in svgs.enumerated() {
      let nested = panel.replacingFirst(
        "<svg ", with: "<svg x=\"\(Int(panelWidth * Double(i)))\" y=\"24\" ")
      s += nested
    }
    return s + "</svg>\n"
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
