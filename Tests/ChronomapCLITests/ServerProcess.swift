import Foundation
import Synchronization
import _ChronomapTestSupport

/// `chronomap serve` run as a separate process on a port the system picks (`--port 0`), as a user runs it.
final class ServerProcess: Sendable {
    /// The port it listens on, read from its "serving on" line.
    let port: Int
    private let process: Process
    private let errorText: TextBuffer

    /// Starts the server and waits (at most a minute) for the line that says where it serves.
    /// - Parameter arguments: options after `serve --port 0 --data <fixture region> --style <default style>`.
    convenience init(_ arguments: [String] = []) throws {
        try self.init(
            executable: TestPaths.productsDirectory.appendingPathComponent("chronomap"),
            arguments: [
                "serve", "--port", "0", "--data", FixtureRegion.folder.get(), "--style", FixtureMap.defaultStylePath,
            ] + arguments)
    }

    /// Starts a server by a command of one's own (one that ends by exec-ing `chronomap serve --port 0`, so that
    /// SIGTERM reaches the server), and waits as above.
    init(executable: URL, arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let errorText = TextBuffer()
        errors.fileHandleForReading.readabilityHandler = { handle in errorText.append(handle.availableData) }
        try process.run()
        var announced = ""
        let deadline = Date().addingTimeInterval(60)
        while !announced.contains("\n"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            announced += String(decoding: chunk, as: UTF8.self)
        }
        let prefix = "serving on http://127.0.0.1:"
        guard let range = announced.range(of: prefix),
            let port = Int(announced[range.upperBound...].prefix { $0.isNumber })
        else {
            process.terminate()
            throw ServerDidNotStart(output: announced, errors: errorText.text)
        }
        self.process = process
        self.errorText = errorText
        self.port = port
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// What the server wrote to standard error so far (its log).
    var log: String { errorText.text }

    /// Sends SIGTERM, as a service manager stopping it does.
    func terminate() { process.terminate() }

    /// Waits (at most `seconds`) for the process to end; returns its status, or `nil` if it is still running.
    func waitForExit(seconds: Double = 30) -> (status: Int32, reason: Process.TerminationReason)? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : (process.terminationStatus, process.terminationReason)
    }

    /// Waits (at most `seconds`) until the log contains `text`.
    func waitForLog(containing text: String, seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !log.contains(text), Date() < deadline { usleep(10_000) }
        return log.contains(text)
    }
}

/// Text a pipe's reader thread appends to while the test reads it.
final class TextBuffer: Sendable {
    private let storage = Mutex("")

    func append(_ data: Data) { storage.withLock { $0 += String(decoding: data, as: UTF8.self) } }

    var text: String { storage.withLock { $0 } }
}

struct ServerDidNotStart: Error, CustomStringConvertible {
    var output: String
    var errors: String

    var description: String { "chronomap serve did not announce its port: \(output) \(errors)" }
}

/// One HTTP GET made by `curl`, a client independent of the server's own HTTP stack.
enum Curl {
    struct Response: Sendable {
        var status: Int
        var headers: String
        var body: Data
    }

    /// Fetches `url`; the status is 0 when no connection was made.
    static func get(_ url: String, timeoutSeconds: Int = 120) throws -> Response {
        try Request(url, timeoutSeconds: timeoutSeconds).response()
    }

    /// A request whose curl runs in the background from the moment it is made, on a process of its own rather
    /// than on one of the test's threads (on two cores, the concurrency pool's two threads may be busy with
    /// other tests long enough for a server to be stopped before a queued request even starts).
    final class Request {
        private let process: Process
        private let folder: URL

        /// Starts curl.
        init(_ url: String, timeoutSeconds: Int = 120) throws {
            folder = try TestPaths.makeScratchFolder()
            FileManager.default.createFile(atPath: folder.appendingPathComponent("status").path, contents: nil)
            let status = try FileHandle(forWritingTo: folder.appendingPathComponent("status"))
            process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
            process.arguments = [
                "--silent", "--max-time", String(timeoutSeconds), "--output",
                folder.appendingPathComponent("body").path,
                "--dump-header", folder.appendingPathComponent("headers").path, "--write-out", "%{http_code}", url,
            ]
            process.standardOutput = status
            process.standardError = FileHandle.nullDevice
            try process.run()
            try status.close()
        }

        /// Waits for curl to finish; the status is 0 when no connection was made.
        func response() -> Response {
            process.waitUntilExit()
            let status = (try? String(contentsOf: folder.appendingPathComponent("status"), encoding: .utf8)) ?? ""
            return Response(
                status: Int(status.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0,
                headers: (try? String(contentsOf: folder.appendingPathComponent("headers"), encoding: .utf8)) ?? "",
                body: (try? Data(contentsOf: folder.appendingPathComponent("body"))) ?? Data())
        }

        /// Whether curl has finished.
        var isFinished: Bool { !process.isRunning }
    }
}
