extension Dataset {
    /// The part of `from...to` maps can be drawn for (areas, animations): days before the region's first date are
    /// dropped, days after `as_of` kept (they show the last known state).
    /// - Throws: `DateError` when no day of the range can be drawn, naming the data's range.
    public func drawableRange(from: Day, to: Day) throws(DateError) -> ClosedRange<Day> {
        guard to >= region.firstDate else {
            throw DateError(
                text: "\(from) to \(to)",
                reason:
                    "has no day maps can be drawn for: control data starts on \(region.firstDate) (data as of \(region.asOf))"
            )
        }
        guard from <= to else {
            throw DateError(text: from.description, reason: "is later than the range's end \(to)")
        }
        return max(from, region.firstDate)...to
    }
}
