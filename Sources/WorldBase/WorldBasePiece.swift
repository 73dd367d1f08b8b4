import GeoJSON

/// One feature of the world base, or one piece of it, with the feature group its pieces share and its rank.
public struct WorldBasePiece: Sendable, Hashable {
    /// The feature group (`country:CYP`, ...): pieces of one feature share it.
    public var group: String
    /// Natural Earth's scale rank (0 the most important).
    public var rank: Int
    /// The feature: its `kind`, names, codes and source, and its geometry.
    public var feature: Feature

    /// Makes a piece.
    public init(group: String, rank: Int, feature: Feature) {
        self.group = group
        self.rank = rank
        self.feature = feature
    }
}
