import Foundation

/// Finds the data folder (and other installed resources) in the order docs/data-format.md gives:
/// an explicit path, then an environment variable, then `./data/<region>` under the current
/// folder, then `../share/chronomap/<region>` beside the executable.
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

    /// The folder name of the data set installed with the tool (`Resources/default-data-set.txt`): packaging
    /// configuration, not code, so that the engine names no region.
    public static let defaultRegion: String = {
        guard let url = Bundle.module.url(forResource: "default-data-set", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "default" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    public init() {}

    /// The data folder to use.
    /// - Parameter explicit: the `--data` argument, if given (it must exist).
    /// - Throws: `NotFound` listing the places tried.
    public func dataDirectory(explicit: String?) throws(NotFound) -> String {
        try locate(
            what: "data folder", explicit: explicit, environmentVariable: "CHRONOMAP_DATA",
            relativeToWorkingDirectory: "data/\(Self.defaultRegion)", relativeToShare: Self.defaultRegion,
            isDirectory: true)
    }

    /// A resource file such as the default style.
    /// - Parameters:
    ///   - explicit: a path given on the command line.
    ///   - environmentVariable: the variable that may name it.
    ///   - relativePath: its path under the working folder (`styles/default.json`), also looked up under `../share/chronomap/`.
    public func resourceFile(
        explicit: String?, environmentVariable: String, relativePath: String, what: String
    ) throws(NotFound) -> String {
        try locate(
            what: what, explicit: explicit, environmentVariable: environmentVariable,
            relativeToWorkingDirectory: relativePath, relativeToShare: relativePath, isDirectory: false)
    }

    private func locate(
        what: String, explicit: String?, environmentVariable: String, relativeToWorkingDirectory: String,
        relativeToShare: String, isDirectory: Bool
    ) throws(NotFound) -> String {
        var candidates: [String] = []
        if let explicit {
            candidates = [explicit]
        } else {
            if let fromEnvironment = ProcessInfo.processInfo.environment[environmentVariable], !fromEnvironment.isEmpty
            {
                candidates.append(fromEnvironment)
            }
            candidates.append(FileManager.default.currentDirectoryPath + "/" + relativeToWorkingDirectory)
            let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            candidates.append(
                executable.deletingLastPathComponent().appendingPathComponent("../share/chronomap/" + relativeToShare)
                    .standardized.path)
        }
        for candidate in candidates {
            var folder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &folder), folder.boolValue == isDirectory
            {
                return candidate
            }
        }
        var isFolder: ObjCBool = false
        if explicit != nil, FileManager.default.fileExists(atPath: candidates[0], isDirectory: &isFolder) {
            let problem = isFolder.boolValue ? "is a folder, not a file" : "is a file, not a folder"
            throw NotFound(what: what, tried: candidates, problem: problem)
        }
        throw NotFound(what: what, tried: candidates)
    }
}
