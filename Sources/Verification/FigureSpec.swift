/// A figure the report draws: an SVG file next to REPORT.md and the numbers behind it.
public struct FigureSpec: Sendable {
  /// The file stem, e.g. `BG19-Figure1` (written as `figures/BG19-Figure1.svg`).
  public let name: String
  /// The caption, citing the paper's figure.
  public let caption: String
  /// Draws the figure. Runs only in the report, at the report's seed and scale.
  public let render: @Sendable (FigureContext) throws -> RenderedFigure

  public init(
    name: String, caption: String,
    render: @escaping @Sendable (FigureContext) throws -> RenderedFigure
  ) {
    self.name = name
    self.caption = caption
    self.render = render
  }
}

/// What a figure's renderer receives.
public struct FigureContext: Sendable {
  public let seed: UInt64
  public let scale: Double
  public let jobs: Int
  /// A directory with the uncompressed MNIST training files (`theorems report --mnist DIR`),
  /// for figures the paper drew on real digits; nil: the committed 5,000-image sample (Data/).
  public let mnistDirectory: String?
  public init(seed: UInt64, scale: Double, jobs: Int, mnistDirectory: String? = nil) {
    self.seed = seed
    self.scale = scale
    self.jobs = jobs
    self.mnistDirectory = mnistDirectory
  }
}

/// A drawn figure: the SVG and a Markdown table of its numbers.
public struct RenderedFigure: Sendable, Codable, Equatable {
  public let svg: String
  public let table: String
  public init(svg: String, table: String) {
    self.svg = svg
    self.table = table
  }
}
