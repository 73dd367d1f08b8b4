import Chronology
import Localization

extension TimeAxis {
    /// An axis with its quiet spans broken (``ChartTimeScale/compressed``), or linear where there is nothing to
    /// shorten or nothing but quiet spans.
    /// - Parameters:
    ///   - range: the days shown; the axis runs to the end of the last one.
    ///   - anchors: the days something happens on (a side's area changes, a key event falls); the spans between
    ///     them, and between them and the range's ends, are the ones that may be quiet.
    ///   - width: the plot's width in logical pixels.
    ///   - overhang: how far a tick's label may reach beyond the axis's left and right ends.
    ///   - catalog: month names and date forms.
    ///   - labelWidth: measures a label's width.
    init(
        range: ClosedRange<Day>, anchors: Set<Day>, width: Double, overhang: (left: Double, right: Double),
        catalog: Catalog, labelWidth: (String) -> Double
    ) {
        let first = range.lowerBound, last = range.upperBound.adding(days: 1)
        let days = Set(anchors.filter { $0 > first && $0 < last } + [first, last]).sorted()
        let spans = zip(days, days.dropFirst()).map { start, end in
            (start: start, end: end, quiet: end.days(since: start) > ChartTimeScale.quietDays)
        }
        let breakCount = spans.filter(\.quiet).count
        let scaledDays = spans.filter { !$0.quiet }.reduce(0) { $0 + $1.end.days(since: $1.start) }
        guard breakCount > 0, scaledDays > 0 else {
            self.init(range: range, width: width, catalog: catalog, labelWidth: labelWidth)
            return
        }
        let share = min(ChartTimeScale.breakShare, ChartTimeScale.breaksLimit / Double(breakCount))
        let perDay = (1 - share * Double(breakCount)) / Double(scaledDays)
        var pieces: [Piece] = []
        var position = 0.0
        for span in spans {
            let next = position + (span.quiet ? share : perDay * Double(span.end.days(since: span.start)))
            if !span.quiet, let previous = pieces.last, !previous.isBreak {
                pieces[pieces.count - 1].end = span.end
                pieces[pieces.count - 1].to = next
            } else {
                pieces.append(Piece(start: span.start, end: span.end, from: position, to: next, isBreak: span.quiet))
            }
            position = next
        }
        pieces[pieces.count - 1].to = 1
        let ticks = Self.ticks(
            of: pieces, lastShown: range.upperBound, width: width, overhang: overhang, catalog: catalog,
            labelWidth: labelWidth)
        self.init(first: first, last: last, pieces: pieces, ticks: ticks)
    }

    /// The ticks of a broken axis. The axis's two ends and each point between two breaks are marked with their
    /// year; a piece to scale gets the finest tick set that fits its width, or its month and year at its middle
    /// when none fits. Taken in the order ends, narrow pieces, points, sets (wider pieces first), a label that
    /// would crowd one taken before it is left out; the first label kept of a set carries the year.
    /// - Parameter overhang: how far a label may reach beyond the axis's left and right ends.
    static func ticks(
        of pieces: [Piece], lastShown: Day, width: Double, overhang: (left: Double, right: Double), catalog: Catalog,
        labelWidth: (String) -> Double
    ) -> [Tick] {
        guard let first = pieces.first?.start, let last = pieces.last?.end else { return [] }
        var groups: [[Tick]] = [
            [Tick(day: first, label: String(first.year)), Tick(day: last, label: String(lastShown.year))]
        ]
        var narrow: [Tick] = [], points: [Tick] = []
        let scaled = pieces.filter { !$0.isBreak }.sorted { ($0.to - $0.from, $1.start) > ($1.to - $1.from, $0.start) }
        for piece in scaled {
            let pieceWidth = (piece.to - piece.from) * width
            let sets = candidates(first: piece.start, last: piece.end, catalog: catalog, datedFirst: true)
            if let set = sets.first(where: { set in
                set.count >= 2 && pieceWidth / Double(set.count) >= (set.map { labelWidth($0.label) }.max() ?? 0) + 18
            }) {
                groups.append(set)
            } else {
                let middle = piece.start.adding(days: piece.end.days(since: piece.start) / 2)
                narrow.append(Tick(day: middle, label: "\(catalog.monthName(middle.month).prefix(3)) \(middle.year)"))
            }
        }
        for (before, after) in zip(pieces, pieces.dropFirst()) where before.isBreak && after.isBreak {
            points.append(Tick(day: before.end, label: String(before.end.year)))
        }
        groups.insert(contentsOf: (narrow.sorted { $0.day < $1.day } + points).map { [$0] }, at: 1)
        let axis = TimeAxis(first: first, last: last, pieces: pieces, ticks: [])
        var kept: [(tick: Tick, left: Double, right: Double)] = []
        for group in groups {
            var dated = false
            for tick in group where !kept.contains(where: { $0.tick.day == tick.day }) {
                // The first label kept of a set says its year, however the set's first tick was worded.
                let year = String(tick.day.year)
                let label = dated || tick.label.contains(year) ? tick.label : "\(tick.label) \(year)"
                // The label's box as the chart places it, pulled inside at the ends, with room either side.
                let half = labelWidth(label) / 2 + 6
                let center = min(
                    max(axis.fraction(tick.day) * width, half - overhang.left), width + overhang.right - half)
                let (left, right) = (center - half, center + half)
                guard !kept.contains(where: { $0.left < right && left < $0.right }) else { continue }
                kept.append((Tick(day: tick.day, label: label), left, right))
                dated = true
            }
        }
        return kept.map(\.tick).sorted { $0.day < $1.day }
    }
}
