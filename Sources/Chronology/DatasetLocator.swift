import Foundation
import Support

/// Finds the data folder (and the style file) in the order the README gives: an explicit path, then an
/// environment variable, then `./data/<region>` (or the path) under the working folder, then the installed copy
/// that ``ResourceLocator`` finds from the executable's place (beside it, `../share/chronomap/`, or the source
/// checkout it was built in).
public struct DatasetLocator: Sendable {
    /// No candidate exists; says which places were tried.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var what: String
        public var tried: [String]
        /// Set when the one path given exists but is the wrong kind: "is a folder, not a file".
        public var problem: String? = nil
        public var description: String {
            if let problem, let path = tried.first { return "\(path) \(problem)" }
            return "cannot find the \(what); tried: \(tried.joined(separator: ", "))"
        }
    }

    /// The folder name of the data set installed with the tool (``RunTimeFile/defaultDataSetName``): packaging
    /// configuration, not code, so that the engine names no region.
    public static let defaultRegion: String = {
        guard let path = ResourceLocator.current.find(.defaultDataSetName),
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else { return "default" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    private let installation: ResourceLocator

    /// - Parameter installation: where the installed files are looked for (default: from this executable).
    public init(installation: ResourceLocator = .current) {
        self.installation = installation
    }

    /// The data folder to use.
    /// - Parameter explicit: the `--data` argument, if given (it must exist).
    /// - Throws: `NotFound` listing the places tried.
    public func dataDirectory(explicit: String?) throws(NotFound) -> String {
        try locate(
            explicit: explicit, environmentVariable: "CHRONOMAP_DATA", file: .dataSet(named: Self.defaultRegion))
    }

    /// A resource file such as the default style.
    /// - Parameters:
    ///   - explicit: a path given on the command line.
    ///   - file: the run-time file (`.style(named: "default.json")`, `.worldBase`): its environment variable, its
    ///     path under the working folder and in the installation.
    public func resourceFile(explicit: String?, file: RunTimeFile) throws(NotFound) -> String {
        try locate(explicit: explicit, environmentVariable: file.environmentVariable, file: file)
    }

    private func locate(explicit: String?, environmentVariable: String?, file: RunTimeFile) throws(NotFound) -> String {
        // The paths a user names count as they are (what they lack is the reader's to report); the installation's
        // must be whole.
        var candidates: [String] = []
        if let explicit {
            candidates = [explicit]
        } else {
            if let environmentVariable, let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable],
                !fromEnvironment.isEmpty
            {
                candidates.append(fromEnvironment)
            }
            candidates.append(FileManager.default.currentDirectoryPath + "/" + file.installedPath)
        }
        if let found = candidates.first(where: { ResourceLocator.exists($0, isDirectory: file.isDirectory) }) {
            return found
        }
        if explicit == nil {
            if let found = installation.find(file) { return found }
            candidates += installation.candidates(for: file)
        }
        var isFolder: ObjCBool = false
        if explicit != nil, FileManager.default.fileExists(atPath: candidates[0], isDirectory: &isFolder) {
            let problem = isFolder.boolValue ? "is a folder, not a file" : "is a file, not a folder"
            throw NotFound(what: file.what, tried: candidates, problem: problem)
        }
        throw NotFound(what: file.what, tried: candidates)
    }
}
