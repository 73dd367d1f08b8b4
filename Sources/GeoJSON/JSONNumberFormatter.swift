/// Formats numbers for JSON output, the same way on every platform.
public enum JSONNumberFormatter {
    /// A number as JSON: integers without a fraction, others in the shortest form that reads back exactly.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// A number rounded to a fixed count of decimals, without trailing zeros ("46.7519", "40", "-0.5").
    /// - Parameters:
    ///   - value: the number.
    ///   - decimals: digits after the point, at most 9.
    public static func format(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let scaled = (value * scale).rounded()
        guard abs(scaled) < 9e15 else { return format(value) }
        var units = Int64(scaled)
        if units == 0 { return "0" }
        let negative = units < 0
        units = abs(units)
        let whole = units / Int64(scale)
        var fraction = units % Int64(scale)
        var text = (negative ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = decimals
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
