import Foundation

/// Runs blocking work (Cairo renders, GeoJSON writing) on worker threads, a bounded number at a time,
/// so that the event loops stay free to accept and answer other requests while tiles are drawn, and
/// a burst of requests queues up instead of starting a thread each.
final class BlockingWorkQueue: Sendable {
    private let queue: OperationQueue

    /// - Parameters:
    ///   - name: the queue's name, shown by debuggers.
    ///   - maximumConcurrentOperations: how many pieces of work run at the same time (at least 1).
    init(name: String, maximumConcurrentOperations: Int) {
        queue = OperationQueue()
        queue.name = name
        queue.maxConcurrentOperationCount = max(1, maximumConcurrentOperations)
        queue.qualityOfService = .userInitiated
    }

    /// Runs `work` on a worker thread and returns its result to the awaiting task.
    /// - Throws: what `work` throws.
    func run<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            queue.addOperation {
                continuation.resume(with: Swift.Result { try work() })
            }
        }
    }
}
