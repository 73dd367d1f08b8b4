import Foundation

/// A folder under the system's temporary directory for one piece of work, removed when the work ends.
public enum ScratchFolder {
    /// Runs `body` with a fresh scratch path, `<temporary directory>/<prefix>-<UUID>`, and removes whatever is
    /// there afterwards, whether `body` returns or throws. The folder is not created: the work makes it if it needs
    /// it (GDAL writes its own).
    public static func using<Value, Failure: Error>(
        _ prefix: String, _ body: (String) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }
}
