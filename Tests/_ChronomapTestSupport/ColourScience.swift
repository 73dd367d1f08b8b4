import Foundation

/// sRGB ↔ linear, colour-blindness simulation and CIE76 ΔE.
public enum ColourScience {
    /// The Viénot–Brettel–Mollon (1999) simulation matrices in linear RGB.
    public static let protanopia = [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]]
    public static let deuteranopia = [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]]

    /// The CIE76 difference of two sRGB colours (0-1 components) under a simulation (nil for normal vision).
    public static func difference(_ first: [Double], _ second: [Double], _ matrix: [[Double]]? = nil) -> Double {
        deltaE(lab(simulate(first, matrix)), lab(simulate(second, matrix)))
    }

    public static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }

    public static func simulate(_ rgb: [Double], _ matrix: [[Double]]?) -> [Double] {
        let linearRGB = rgb.map(linear)
        guard let matrix else { return linearRGB }
        return matrix.map { row in max(0, min(1, zip(row, linearRGB).map(*).reduce(0, +))) }
    }

    public static func lab(_ linearRGB: [Double]) -> [Double] {
        let (r, g, b) = (linearRGB[0], linearRGB[1], linearRGB[2])
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    public static func deltaE(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }
}
