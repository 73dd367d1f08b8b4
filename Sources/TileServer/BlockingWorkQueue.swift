import Foundation
import Synchronization

/// Runs blocking work (Cairo renders, GeoJSON writing) on worker threads, a bounded number at a time,
/// so that the event loops stay free to accept and answer other requests while tiles are drawn, and
/// a burst of requests waits in a queue of bounded length instead of starting a thread each or
/// growing without end: beyond the bound, work is refused at once (the server answers 503).
final class BlockingWorkQueue: Sendable {
    private let queue: OperationQueue
    private let admitted = Mutex(0)
    /// The most pieces of work running or waiting at the same time.
    let capacity: Int

    /// - Parameters:
    ///   - name: the queue's name, shown by debuggers.
    ///   - maximumConcurrentOperations: how many pieces of work run at the same time (at least 1).
    ///   - maximumWaitingOperations: how many more may wait for a worker (0 or more); `nil` for no bound.
    init(name: String, maximumConcurrentOperations: Int, maximumWaitingOperations: Int? = nil) {
        queue = OperationQueue()
        queue.name = name
        queue.maxConcurrentOperationCount = max(1, maximumConcurrentOperations)
        queue.qualityOfService = .userInitiated
        capacity = maximumWaitingOperations.map { max(1, maximumConcurrentOperations) + max(0, $0) } ?? .max
    }

    /// The pieces of work running or waiting now.
    var load: Int { admitted.withLock { $0 } }

    /// Runs `work` on a worker thread and returns its result to the awaiting task.
    /// - Throws: `WorkQueueFull` at once when as many pieces of work as the queue holds are running or
    ///   waiting; otherwise what `work` throws.
    func run<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        let isAdmitted = admitted.withLock { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard isAdmitted else { throw WorkQueueFull(capacity: capacity) }
        return try await withCheckedThrowingContinuation { continuation in
            queue.addOperation {
                let result = Swift.Result { try work() }
                self.admitted.withLock { $0 -= 1 }
                continuation.resume(with: result)
            }
        }
    }
}

/// Work refused because the queue was full: the caller should try again later.
struct WorkQueueFull: Error, CustomStringConvertible {
    /// The pieces of work the queue holds (running and waiting).
    var capacity: Int

    var description: String { "busy: \(capacity) renders running or waiting" }
}
