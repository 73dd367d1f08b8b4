/// Areas as people read them on maps and in summaries.
public enum AreaText {
    /// A whole number with thousands separated by commas: 11,908.
    public static func grouped(_ value: Double) -> String {
        var digits = String(Int(value.rounded()))
        let sign = digits.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { digits.removeFirst() }
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return sign + digits + grouped
    }

    /// An area in square kilometres: "3,070 km²".
    public static func squareKilometres(_ value: Double) -> String { grouped(value) + " km\u{00B2}" }
}
