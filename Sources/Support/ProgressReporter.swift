import Foundation
import Logging
import Synchronization

/// Progress of long work: a bar redrawn on standard error when it is a terminal, and a log line at
/// the start and end either way (through swift-log), so batch runs leave a record without escape codes.
public final class ProgressReporter: Sendable {
    private let total: Int
    private let unit: String
    private let itemUnit: String?
    private let logger: Logger
    private let drawsBar: Bool
    private let started = Date()
    private let counts = Mutex(Counts())

    private struct Counts {
        var done = 0
        var items = 0
        var lastDrawn = Date.distantPast
    }

    /// - Parameters:
    ///   - total: steps of work (metatiles, dates).
    ///   - unit: what a step is, for the bar ("metatiles").
    ///   - itemUnit: what the steps produce, counted with a rate ("tiles"); nil when a step is its own product
    ///     (an animation's frames).
    public init(total: Int, unit: String, itemUnit: String? = "tiles", logger: Logger) {
        self.total = total
        self.unit = unit
        self.itemUnit = itemUnit
        self.logger = logger
        drawsBar = isatty(STDERR_FILENO) != 0
        logger.info("starting: \(total) \(unit)")
    }

    /// Records finished steps and the items (tiles) they produced.
    public func advance(by steps: Int = 1, items produced: Int = 0) {
        let now = Date()
        let (done, items, shouldDraw) = counts.withLock { counts in
            counts.done += steps
            counts.items += produced
            let shouldDraw = drawsBar && (now.timeIntervalSince(counts.lastDrawn) > 0.2 || counts.done == total)
            if shouldDraw { counts.lastDrawn = now }
            return (counts.done, counts.items, shouldDraw)
        }
        if shouldDraw { draw(done: done, items: items, elapsed: now.timeIntervalSince(started)) }
    }

    private func draw(done: Int, items: Int, elapsed: Double) {
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let rate = elapsed > 0 ? Double(items) / elapsed : 0
        let produced = itemUnit.map { ", \(items) \($0), \(Int(rate.rounded())) \($0)/s" } ?? ""
        let line =
            "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(done)/\(total) \(unit)" + produced
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar and logs a summary.
    public func finish() {
        let (done, items) = counts.withLock { ($0.done, $0.items) }
        if drawsBar { FileHandle.standardError.write(Data("\n".utf8)) }
        let elapsed = Date().timeIntervalSince(started)
        let produced = itemUnit.map { ", \(items) \($0)" } ?? ""
        logger.info("finished: \(done)/\(total) \(unit)\(produced) in \(String(format: "%.1f", elapsed)) s")
    }
}
