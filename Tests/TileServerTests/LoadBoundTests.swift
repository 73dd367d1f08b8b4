import Chronology
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Render
import Testing
import _ChronomapTestSupport

@testable import TileServer

/// The server's bounds on work: a full render queue and a missed deadline are 503 with `Retry-After`,
/// and nothing else fails.
@Suite struct LoadBoundTests {
    static func server(renders: Int, queued: Int, deadline: Duration) throws -> MapServer {
        try MapServer(
            dataset: FixtureRegion.dataset.get(), renderer: FixtureMap.renderer.get(),
            configuration: TileServerConfiguration(
                port: 0, cacheSizeInMegabytes: 32, maximumConcurrentRenders: renders, maximumQueuedRenders: queued,
                renderDeadline: deadline))
    }

    /// One render at a time and no queue: of many different tiles asked at once, the ones beyond the bound
    /// get 503 with `Retry-After` at once, the others their PNG; no other status.
    @Test func refusesWorkBeyondTheQueueWith503() async throws {
        let server = try Self.server(renders: 1, queued: 0, deadline: .seconds(120))
        let statuses: [(HTTPResponse.Status, String?)] = try await server.buildApplication().test(.router) { client in
            try await withThrowingTaskGroup(of: (HTTPResponse.Status, String?).self) { group in
                for index in 0..<12 {
                    // Twelve days, so that no two requests share a render.
                    let day = try #require(Day(year: 2024, month: 3, day: 1 + index * 2))
                    group.addTask {
                        let response = try await client.execute(uri: "/tiles/\(day)/9/200/209.png", method: .get)
                        return (response.status, response.headers[.retryAfter])
                    }
                }
                var statuses: [(HTTPResponse.Status, String?)] = []
                for try await answer in group { statuses.append(answer) }
                return statuses
            }
        }
        #expect(statuses.count == 12)
        let refused = statuses.filter { $0.0 == .serviceUnavailable }
        #expect(!refused.isEmpty, "twelve renders at once, one worker and no queue, and none refused")
        #expect(statuses.contains { $0.0 == .ok }, "no tile at all was rendered")
        #expect(refused.allSatisfy { $0.1 == "1" })
        #expect(statuses.allSatisfy { $0.0 == .ok || $0.0 == .serviceUnavailable }, "\(statuses.map(\.0))")
    }

    /// A render slower than the deadline is a 503 with `Retry-After`; the render goes on and the retry finds
    /// the tile in the cache.
    @Test func aMissedDeadlineIs503AndTheRetryFindsTheTile() async throws {
        let server = try Self.server(renders: 1, queued: 8, deadline: .milliseconds(1))
        let path = "/tiles/2024-06-15/10/400/419.png"
        try await server.buildApplication().test(.router) { client in
            let first = try await client.execute(uri: path, method: .get)
            #expect(first.status == .serviceUnavailable)
            #expect(first.headers[.retryAfter] == "1")
            #expect(String(buffer: first.body).contains("try again"))
            var retry = first
            for _ in 0..<600 where retry.status != .ok {
                try await Task.sleep(for: .milliseconds(100))
                retry = try await client.execute(uri: path, method: .get)
            }
            #expect(retry.status == .ok)
            #expect(Array(retry.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        }
    }

    /// The queue's own bound, without a server: the work beyond capacity is refused, the rest runs.
    @Test func theWorkQueueAdmitsItsCapacityAndNoMore() async throws {
        let queue = BlockingWorkQueue(name: "test", maximumConcurrentOperations: 2, maximumWaitingOperations: 3)
        #expect(queue.capacity == 5)
        let gate = DispatchSemaphore(value: 0)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    do {
                        _ = try await queue.run { gate.wait() }
                        return true
                    } catch { return false }
                }
            }
            // Wait until the queue holds all it can, then let the work run.
            while queue.load < 5 { try? await Task.sleep(for: .milliseconds(5)) }
            try? await Task.sleep(for: .milliseconds(50))
            for _ in 0..<5 { gate.signal() }
            var results: [Bool] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.filter { $0 }.count == 5)
        #expect(results.filter { !$0 }.count == 3)
        #expect(queue.load == 0)
    }
}
