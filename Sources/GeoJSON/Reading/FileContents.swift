import Foundation

/// A text file's bytes, or why they cannot be had, in the words a person reading an error wants:
/// "does not exist", "is a folder", "permission denied".
public enum FileContents {
    /// The file's bytes.
    /// - Returns: the bytes, or the reason they could not be read (from the system, lower case).
    public static func read(_ path: String) -> Result<Data, Unreadable> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(Unreadable(reason: "does not exist"))
        }
        if isFolder.boolValue { return .failure(Unreadable(reason: "is a folder, not a file")) }
        // Ask the system first: Foundation's reader says only that it failed, not why.
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(Unreadable(reason: "cannot be read: " + String(cString: strerror(errno)).lowercased()))
        }
        close(descriptor)
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Unreadable(reason: "cannot be read"))
        }
        return .success(data)
    }

    /// Why a file could not be read.
    public struct Unreadable: Error, Equatable, Sendable {
        /// `does not exist`, `is a folder, not a file`, `cannot be read: permission denied`.
        public var reason: String
    }
}
