/// One number a paper prints (a size, a constant, a probability, an example's value), with
/// the computation that reproduces it from the assumptions the text states, including any
/// integer rounding (issue 11, item 9). A row whose printed value disagrees with the
/// computation is an erratum: it carries the page text and the corrected value.
public struct PrintedNumber: Sendable {
  /// How the page relates the printed number to the quantity it names.
  public enum Relation: Sendable, Equatable {
    /// The page says the quantity equals the printed number (relative tolerance).
    case equal(tolerance: Double)
    /// The page says the quantity is at most the printed number ("δ ≤ 0.05").
    case atMost
    /// The page says the quantity is at least the printed number ("m₂ ≥ 129").
    case atLeast
  }

  /// A printed number the computation contradicts: the reason (quoting the page) and the
  /// value the computation supports.
  public struct Erratum: Sendable {
    public let reason: String
    public let corrected: Double
    public let correctedText: String
    public init(reason: String, corrected: Double, correctedText: String) {
      self.reason = reason
      self.corrected = corrected
      self.correctedText = correctedText
    }
  }

  /// A short name (the row label).
  public let name: String
  /// Where it is printed (section, statement, equation, proof line).
  public let location: String
  /// The page text, quoted.
  public let quote: String
  /// The printed value, and as printed.
  public let printed: Double
  public let printedText: String
  public let relation: Relation
  /// How the computed value is obtained, with the assumptions it needs.
  public let derivation: String
  /// The computation (pure and cheap; the suite's own math where there is one).
  public let computed: @Sendable () throws -> Double
  public let erratum: Erratum?

  public init(
    _ name: String, location: String, quote: String, printed: Double, printedText: String,
    relation: Relation = .equal(tolerance: 1e-12), derivation: String, erratum: Erratum? = nil,
    computed: @escaping @Sendable () throws -> Double
  ) {
    self.name = name
    self.location = location
    self.quote = quote
    self.printed = printed
    self.printedText = printedText
    self.relation = relation
    self.derivation = derivation
    self.computed = computed
    self.erratum = erratum
  }

  /// The observation "computed (relation) value". It carries no ratio: a row's agreement is
  /// yes or no, and must not become its claim's headline "worst ratio".
  public func observe(against value: Double, _ what: String) throws -> Observation {
    let c = try computed()
    var observation: Observation
    switch relation {
    case .equal(let tolerance): observation = .equal(c, value, tolerance: tolerance, "\(name): computed vs \(what)")
    case .atMost: observation = .atMost(c, value, "\(name): computed value, against \(what)")
    case .atLeast: observation = .atLeast(c, value, "\(name): computed value, against \(what)")
    }
    observation.ratio = nil
    return observation
  }

  /// The relation as the table prints it.
  public var relationText: String {
    switch relation {
    case .equal: "="
    case .atMost: "≤"
    case .atLeast: "≥"
    }
  }
}

/// The checks and the table of a paper's printed numbers.
public enum PrintedNumbers {
  /// One exact check over the rows without erratum ("printed value vs computed value", trial
  /// i is row i; one mismatch refutes it), then for each erratum row the printed number
  /// (refuted as printed, the page quoted) and its correction.
  public static func checks(_ rows: [PrintedNumber], label: String) -> [Check] {
    let matching = rows.filter { $0.erratum == nil }
    var checks = [
      Check(
        label, reading: "each row: the quantity computed from the stated assumptions vs the printed number",
        role: .side, budget: .exhaustive(matching.count),
        .always(
          AlwaysSpec(bound: "computed value (relation) printed value, row by row", isExact: true) { context in
            let row = matching[context.trial]
            context.note("row", row.name)
            context.note("where", row.location)
            context.note("page", row.quote)
            context.note("derivation", row.derivation)
            return try row.observe(against: row.printed, "printed \(row.printedText)")
          }))
    ]
    for row in rows {
      guard let erratum = row.erratum else { continue }
      let printedLabel = "\(label): \(row.name) as printed"
      checks.append(
        Check(
          printedLabel, reading: "\(row.location): \(row.printedText)",
          expectation: .refutedAsPrinted(reason: "\(row.location) prints “\(row.quote)”. \(erratum.reason)"),
          role: .side, budget: .exhaustive(1),
          .always(
            AlwaysSpec(bound: "computed \(row.relationText) \(row.printedText)", isExact: true) { context in
              context.note("derivation", row.derivation)
              return try row.observe(against: row.printed, "printed \(row.printedText)")
            })))
      checks.append(
        Check(
          "\(label): \(row.name) corrected", reading: "corrected: \(erratum.correctedText)",
          expectation: .correction(of: printedLabel), role: .side, budget: .exhaustive(1),
          .always(
            AlwaysSpec(bound: "computed \(row.relationText) \(erratum.correctedText)", isExact: true) { context in
              context.note("derivation", row.derivation)
              return try row.observe(against: erratum.corrected, "corrected \(erratum.correctedText)")
            })))
    }
    return checks
  }

  /// The table of every row (printed, computed, how, status), for the claim's notes.
  public static func table(_ rows: [PrintedNumber], title: String) -> String {
    var out =
      "\(title)\n\n| number | where | page text | printed | computed | how computed | status |\n"
      + "|---|---|---|---|---|---|---|\n"
    for row in rows {
      var value = ""
      var status = ""
      do {
        let c = try row.computed()
        value = Format.number(c, digits: 8)
        let holds = try row.observe(against: row.printed, "printed").holds
        if let e = row.erratum {
          status = holds ? "matches (erratum expected: check it)" : "**erratum**: \(e.correctedText)"
        } else {
          status = holds ? "matches (\(row.relationText))" : "**mismatch**"
        }
      } catch {
        value = "error: \(error)"
        status = "**error**"
      }
      let cells = [
        row.name, row.location, "“\(row.quote)”", row.printedText, value, row.derivation, status,
      ].map { $0.replacingOccurrences(of: "|", with: "\\|") }
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return out
  }
}
