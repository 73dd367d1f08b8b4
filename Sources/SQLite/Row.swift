/// One row of a result, read out of its ``Statement`` (so it outlives the next step).
public struct Row: Sendable, Hashable {
    /// The column names, in order.
    public var columnNames: [String]
    /// The values, in column order.
    public var values: [SQLiteValue]

    /// Makes a row.
    /// - Parameters:
    ///   - columnNames: the names, one per value.
    ///   - values: the values.
    public init(columnNames: [String], values: [SQLiteValue]) {
        self.columnNames = columnNames
        self.values = values
    }

    /// The value of a column by index (0-based); `.null` out of range.
    public subscript(index: Int) -> SQLiteValue {
        values.indices.contains(index) ? values[index] : .null
    }

    /// The value of the first column with this name, or nil if there is none.
    public subscript(name: String) -> SQLiteValue? {
        columnNames.firstIndex(of: name).map { values[$0] }
    }
}
