import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file beside
/// the target, which is renamed over it only once complete (rename is atomic within a file system).
public enum AtomicFile {
    /// A file that could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        /// - Parameters: the file, and why it could not be written (for producers that fail in their own way).
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Writes `data` to `path` atomically, creating missing parent folders.
    /// - Throws: `WriteError` naming the path; no partial file is left behind.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        try write(to: path) { temporaryPath throws(WriteError) in
            try writeBytes(data, to: temporaryPath, naming: path)
        }
    }

    /// Writes several files that belong together (an image, its world file and its alt text): each goes to a
    /// temporary name first, and only once every one is complete are they renamed into place. If any cannot be
    /// written, no target is touched and every temporary file is removed, so a full disk never leaves an image
    /// without its world file or beside the alt text of another.
    /// - Throws: `WriteError` naming the first file that could not be written.
    public static func write(together files: [(path: String, data: Data)]) throws(WriteError) {
        var written: [(temporary: String, path: String)] = []
        do {
            for file in files {
                let temporaryPath = try temporaryPath(for: file.path)
                written.append((temporaryPath, file.path))
                try writeBytes(file.data, to: temporaryPath, naming: file.path)
            }
        } catch {
            for file in written { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw error
        }
        for (index, file) in written.enumerated() where rename(file.temporary, file.path) != 0 {
            let reason = Self.reasonForLastError()
            for rest in written[index...] { try? FileManager.default.removeItem(atPath: rest.temporary) }
            throw WriteError(path: file.path, reason: reason)
        }
    }

    /// Lets `produce` write the file's content to a temporary path, then renames it to `path`.
    /// If `produce` throws, the temporary file is removed and the target is left as it was.
    public static func write(to path: String, _ produce: (String) throws(WriteError) -> Void) throws(WriteError) {
        let temporaryPath = try temporaryPath(for: path)
        do {
            try produce(temporaryPath)
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw error
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = Self.reasonForLastError()
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// A fresh hidden name beside `path` (same folder, so the rename stays on one file system), creating the
    /// folder if it is missing.
    private static func temporaryPath(for path: String) throws(WriteError) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "cannot create folder \(folder)")
        }
        return folder + "/." + url.lastPathComponent
            + ".\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Writes the bytes to a new file; errors name `path`, the file the caller asked for.
    private static func writeBytes(_ data: Data, to temporaryPath: String, naming path: String) throws(WriteError) {
        // open and write, not FileManager.createFile: a tile job writes thousands of small files, and
        // Foundation's writer costs several system calls more per file (and hides errno's reason).
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: Self.reasonForLastError()) }
        var written = 0
        let failure: String? = data.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return Self.reasonForLastError()
                }
                written += result
            }
            return nil
        }
        // close reports what a network file system kept back (a full disk, a quota).
        let closed = close(descriptor) == 0 ? nil : Self.reasonForLastError()
        if let reason = failure ?? closed { throw WriteError(path: path, reason: reason) }
    }

    private static func reasonForLastError() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
