import Foundation
import Synchronization

/// Debian's `ffmpeg`, run as a subprocess: the one place animations are encoded.
public struct FFmpeg: Sendable {
    /// The executable's path.
    public let path: String

    /// The environment variable that overrides where ffmpeg is.
    public static let environmentVariable = "CHRONOMAP_FFMPEG"

    /// Why ffmpeg could not be found or did not encode.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// No executable at the path given, or none on `PATH`.
        case missing(String)
        /// ffmpeg exited with a status other than 0; its last lines of standard error.
        case failed(status: Int32, message: String)
        /// ffmpeg stopped reading frames before all were sent.
        case stoppedReading(String)

        public var description: String {
            switch self {
            case .missing(let message): message
            case .failed(let status, let message): "ffmpeg failed (exit status \(status)): \(message)"
            case .stoppedReading(let message): "ffmpeg stopped reading frames: \(message)"
            }
        }
    }

    /// - Parameter path: the executable.
    public init(path: String) { self.path = path }

    /// Finds ffmpeg: `$CHRONOMAP_FFMPEG` if set, else `ffmpeg` on `PATH`.
    /// - Throws: ``Failure/missing(_:)`` naming the Debian package to install.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(Failure)
        -> FFmpeg
    {
        let install = "install Debian's ffmpeg package (apt-get install ffmpeg)"
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                throw .missing("ffmpeg not found at \(explicit) ($\(environmentVariable)): \(install) or fix the path")
            }
            return FFmpeg(path: explicit)
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/ffmpeg") {
            return FFmpeg(path: folder + "/ffmpeg")
        }
        throw .missing("ffmpeg not found on PATH: \(install), or set $\(environmentVariable)")
    }
}

/// One ffmpeg run that reads raw BGRA frames on its standard input and writes one file.
final class FFmpegRun {
    private let process = Process()
    private let input = Pipe()
    private let errors = Pipe()
    private let collected = CollectedOutput()
    private let readingDone = DispatchGroup()

    /// Starts ffmpeg.
    /// - Parameters:
    ///   - width: frame width in device pixels.
    ///   - height: frame height in device pixels.
    ///   - framesPerSecond: as a rational ffmpeg reads (`2/3` for 1.5 s a frame).
    ///   - output: the options for the output, then its path.
    init(ffmpeg: FFmpeg, width: Int, height: Int, framesPerSecond: String, output: [String]) throws(FFmpeg.Failure) {
        // A write to a pipe whose reader has died must fail with EPIPE, which is reported, not kill the process.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: ffmpeg.path)
        process.arguments =
            [
                "-hide_banner", "-loglevel", "error", "-nostats", "-y", "-f", "rawvideo", "-pix_fmt", "bgra",
                "-video_size", "\(width)x\(height)", "-framerate", framesPerSecond, "-i", "pipe:0",
            ] + output
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do { try process.run() } catch {
            throw .missing("cannot run ffmpeg at \(ffmpeg.path): \(error.localizedDescription)")
        }
        // Read standard error as it comes, so a chatty ffmpeg never blocks on a full pipe.
        let handle = errors.fileHandleForReading, collected = self.collected
        readingDone.enter()
        DispatchQueue.global().async { [readingDone] in
            collected.set(handle.readDataToEndOfFile())
            readingDone.leave()
        }
    }

    /// Sends one frame.
    func send(_ frame: Data) throws(FFmpeg.Failure) {
        do { try input.fileHandleForWriting.write(contentsOf: frame) } catch {
            throw .stoppedReading(finish().message)
        }
    }

    /// Closes ffmpeg's input and waits for it; returns its status and the end of its standard error.
    @discardableResult
    func finish() -> (status: Int32, message: String) {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        readingDone.wait()
        let text = String(decoding: collected.get(), as: UTF8.self)
        let lines = text.split(separator: "\n").suffix(2).map { $0.trimmingCharacters(in: .whitespaces) }
        return (process.terminationStatus, lines.joined(separator: " / "))
    }

    /// Stops ffmpeg (after a failure elsewhere).
    func cancel() {
        if process.isRunning { process.terminate() }
        finish()
    }
}

/// Bytes one thread collects and another reads once it is done.
private final class CollectedOutput: Sendable {
    private let data = Mutex(Data())

    func set(_ value: Data) { data.withLock { $0 = value } }
    func get() -> Data { data.withLock { $0 } }
}
