import Foundation

/// The area axis of a chart: from zero to a round number above the largest value, with ticks at round steps.
struct ValueAxis {
    /// The ticks, from 0 up to ``top``.
    let ticks: [Double]
    var top: Double { ticks.last ?? 1 }

    /// - Parameters:
    ///   - maximum: the largest value plotted.
    ///   - targetTicks: about how many steps the axis should have.
    init(maximum: Double, targetTicks: Int = 5) {
        guard maximum > 0, maximum.isFinite else {
            ticks = [0, 1]
            return
        }
        let raw = maximum / Double(max(1, targetTicks))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        // A little headroom, so the highest step line does not run along the plot's top edge.
        let count = Int((maximum * 1.04 / step).rounded(.up))
        ticks = (0...max(1, count)).map { Double($0) * step }
    }
}
