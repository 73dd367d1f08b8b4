import Chronology
import GeoJSON

extension AreaSeries {
    /// The rows as CSV (RFC 4180): a header `date,<party ids in legend order>,contested,transition`, then one line per row with
    /// the areas in km² to one decimal. Plain ASCII, `\n` line ends, no quoting needed (ids are slugs).
    public func csv() -> String {
        var text = (["date"] + controllers.map(\.id)).joined(separator: ",") + "\n"
        for row in rows {
            text +=
                ([row.day.description] + controllers.map { Self.rounded(row.areas[$0] ?? 0).formatted }).joined(
                    separator: ",") + "\n"
        }
        return text
    }

    /// The rows as JSON: `[{"date", "areas_km2": {id: km2}, "gained_km2": {id: km2}, "lost_km2": {id: km2}}]`, areas to
    /// one decimal; `gained_km2` and `lost_km2` name only the sides that gained or lost (empty on the first row).
    public func json() -> JSONValue {
        .array(
            rows.map { row in
                func object(_ values: [Controller: Double], keepingZeros: Bool) -> JSONValue {
                    .object(
                        JSONObject(
                            controllers.compactMap { controller in
                                guard let value = values[controller], keepingZeros || value > 0 else { return nil }
                                return (controller.id, .number(Self.rounded(value).value))
                            }))
                }
                return .object([
                    "date": .string(row.day.description),
                    "areas_km2": object(row.areas, keepingZeros: true),
                    "gained_km2": object(row.gained, keepingZeros: false),
                    "lost_km2": object(row.lost, keepingZeros: false),
                ])
            })
    }

    /// A value to one decimal, as a number and as text ("3111.2", "0").
    static func rounded(_ value: Double) -> (value: Double, formatted: String) {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10, fraction = abs(Int(tenths) % 10)
        return (tenths / 10, fraction == 0 ? String(whole) : "\(whole).\(fraction)")
    }
}
