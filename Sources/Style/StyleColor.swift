import Foundation

/// A colour of the style: red, green, blue and alpha from 0 to 1, straight (not premultiplied).
public struct StyleColor: Sendable, Hashable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)` or `rgba(r, g, b, a)` (r, g, b from 0 to 255, a from 0 to 1).
    public init?(css text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#") {
            let hex = trimmed.dropFirst()
            guard hex.allSatisfy(\.isHexDigit) else { return nil }
            let digits = hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : String(hex)
            guard digits.count == 6 || digits.count == 8, let value = UInt64(digits, radix: 16) else { return nil }
            if digits.count == 6 {
                self.init(
                    red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
                    blue: Double(value & 0xFF) / 255)
            } else {
                self.init(
                    red: Double((value >> 24) & 0xFF) / 255, green: Double((value >> 16) & 0xFF) / 255,
                    blue: Double((value >> 8) & 0xFF) / 255, alpha: Double(value & 0xFF) / 255)
            }
            return
        }
        for prefix in ["rgba(", "rgb("] where trimmed.hasPrefix(prefix) && trimmed.hasSuffix(")") {
            let numbers = trimmed.dropFirst(prefix.count).dropLast().split(separator: ",").map {
                Double($0.trimmingCharacters(in: .whitespaces))
            }
            guard numbers.count == (prefix == "rgba(" ? 4 : 3), numbers.allSatisfy({ $0 != nil }) else { return nil }
            let values = numbers.map { $0! }
            guard values[0...2].allSatisfy({ (0...255).contains($0) }), values.count == 3 || (0...1).contains(values[3])
            else { return nil }
            self.init(
                red: values[0] / 255, green: values[1] / 255, blue: values[2] / 255,
                alpha: values.count == 4 ? values[3] : 1)
            return
        }
        return nil
    }

    /// The same colour with another alpha.
    public func withAlpha(_ alpha: Double) -> StyleColor {
        StyleColor(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// `#rrggbb` (or `#rrggbbaa` when not opaque).
    public var description: String {
        func hex(_ value: Double) -> String {
            let byte = Int((min(max(value, 0), 1) * 255).rounded())
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }
        return "#" + hex(red) + hex(green) + hex(blue) + (alpha < 1 ? hex(alpha) : "")
    }

    public static let black = StyleColor(red: 0, green: 0, blue: 0)
    public static let white = StyleColor(red: 1, green: 1, blue: 1)
}
