extension ShardCostTable {
  /// Placeholder until measured.
  public static let measured = ShardCostTable(secondsPerTrial: [:], figureSeconds: [:])
}
