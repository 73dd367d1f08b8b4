/// A colour with straight (not premultiplied) alpha, each component in `0...1`, in the sRGB space Cairo draws in.
public struct Color: Sendable, Hashable, CustomStringConvertible {
    /// Red, `0...1`.
    public var red: Double
    /// Green, `0...1`.
    public var green: Double
    /// Blue, `0...1`.
    public var blue: Double
    /// Opacity, `0` (transparent) to `1` (opaque).
    public var alpha: Double

    /// Creates a colour from components, clamping each to `0...1` (NaN becomes 0) so Cairo never sees a value it
    /// would reject.
    /// - Parameters:
    ///   - red: Red, `0...1`.
    ///   - green: Green, `0...1`.
    ///   - blue: Blue, `0...1`.
    ///   - alpha: Opacity, `0...1`; opaque by default.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = Color.clamp(red)
        self.green = Color.clamp(green)
        self.blue = Color.clamp(blue)
        self.alpha = Color.clamp(alpha)
    }

    /// Parses a CSS-style hexadecimal colour: `#rgb`, `#rrggbb` or `#rrggbbaa` (either letter case).
    /// - Parameter hex: The colour text, with its leading `#`.
    /// - Throws: ``CanvasError/invalidColor(_:)`` when the text has another form.
    public init(hex: String) throws(CanvasError) {
        let utf8 = Array(hex.utf8)
        guard utf8.first == UInt8(ascii: "#") else { throw .invalidColor(hex) }
        var nibbles: [UInt8] = []
        for byte in utf8.dropFirst() {
            guard let value = Color.nibble(byte) else { throw .invalidColor(hex) }
            nibbles.append(value)
        }
        let bytes: [UInt8]
        switch nibbles.count {
        case 3: bytes = nibbles.map { $0 * 17 } + [255]
        case 6: bytes = stride(from: 0, to: 6, by: 2).map { nibbles[$0] * 16 + nibbles[$0 + 1] } + [255]
        case 8: bytes = stride(from: 0, to: 8, by: 2).map { nibbles[$0] * 16 + nibbles[$0 + 1] }
        default: throw .invalidColor(hex)
        }
        self.init(
            red: Double(bytes[0]) / 255, green: Double(bytes[1]) / 255,
            blue: Double(bytes[2]) / 255, alpha: Double(bytes[3]) / 255)
    }

    /// The same colour with another opacity.
    /// - Parameter alpha: The new opacity, `0...1`.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// `#rrggbb` for an opaque colour, `#rrggbbaa` otherwise, each component rounded to 8 bits.
    public var hexString: String {
        let components = alpha >= 1 ? [red, green, blue] : [red, green, blue, alpha]
        let digits = Array("0123456789abcdef")
        var text = "#"
        for component in components {
            let byte = Int((component * 255).rounded())
            text.append(digits[byte / 16])
            text.append(digits[byte % 16])
        }
        return text
    }

    /// The colour as ``hexString``.
    public var description: String { hexString }

    /// Opaque black.
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// Opaque white.
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// Fully transparent black: what a new image surface holds.
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)

    private static func clamp(_ value: Double) -> Double {
        guard !value.isNaN else { return 0 }
        return min(max(value, 0), 1)
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
