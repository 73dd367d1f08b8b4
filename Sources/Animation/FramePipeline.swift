import Foundation

/// Frames rendered by several workers and taken in order by one reader, with at most `capacity` frames waiting,
/// so a long animation never holds all its frames in memory.
///
/// `@unchecked Sendable`: all state is behind the condition lock. `Mutex` has no wait, and workers and the reader
/// block on each other here (a bounded queue), so a condition variable it stays.
final class FramePipeline<Frame>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let capacity: Int
    private var nextToClaim = 0
    private var nextToTake = 0
    private var ready: [Int: Result<Frame, any Error>] = [:]
    private var isCancelled = false

    /// - Parameters:
    ///   - count: how many frames there are.
    ///   - capacity: how many frames may be rendered ahead of the reader.
    init(count: Int, capacity: Int) {
        self.count = count
        self.capacity = max(1, capacity)
    }

    /// The next frame index for a worker to render, waiting while too many are ahead of the reader; nil when all
    /// are claimed or the work was cancelled.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !isCancelled, nextToClaim < count, nextToClaim >= nextToTake + capacity { condition.wait() }
        guard !isCancelled, nextToClaim < count else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    /// Hands in a rendered frame (or its failure).
    func deliver(_ index: Int, _ result: Result<Frame, any Error>) {
        condition.lock()
        ready[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next frame in order, waiting until it is rendered.
    func take() -> Result<Frame, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while ready[nextToTake] == nil { condition.wait() }
        let result = ready.removeValue(forKey: nextToTake)!
        nextToTake += 1
        condition.broadcast()
        return result
    }

    /// Stops handing out work: workers finish the frame they are on and stop.
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
