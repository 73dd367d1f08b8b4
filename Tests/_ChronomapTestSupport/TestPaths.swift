import Foundation

/// Paths the tests need: the package root, the bundled data, the built executable, a scratch folder.
public enum TestPaths {
    /// The package's root folder (found from this file's own path, so tests run from any folder).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The bundled Nagorno-Karabakh data folder.
    public static var bundledData: String { packageRoot.appendingPathComponent("data/nagorno-karabakh").path }

    /// The bundled Cyprus data folder.
    public static var cyprusData: String { packageRoot.appendingPathComponent("data/cyprus").path }

    /// The world base in the repository.
    public static var worldBase: String { packageRoot.appendingPathComponent("world/base.sqlite").path }

    /// The folder the test products were built into (where the `chronomap` executable is too).
    public static var productsDirectory: URL {
        let candidates = [
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
        ]
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("chronomap").path) {
            return candidate
        }
        return packageRoot.appendingPathComponent(".build/debug")
    }

    /// This test process's folder, `chronomap-tests/run-<pid>` in the system's temporary folder. A run leaves its
    /// files for a look after a failure; the next run removes those of runs that have ended (a full run writes
    /// about 280 MB, and they piled up by the gigabyte), never those of a run still going.
    public static let runFolder: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("chronomap-tests")
        removeEndedRuns(in: root)
        return root.appendingPathComponent("run-\(getpid())")
    }()

    /// Removes the folders of test processes that no longer run, and folders of the layout before run folders
    /// that are over an hour old.
    static func removeEndedRuns(in root: URL) {
        let files = FileManager.default
        for name in (try? files.contentsOfDirectory(atPath: root.path)) ?? [] {
            let folder = root.appendingPathComponent(name)
            if name.hasPrefix("run-"), let pid = Int32(name.dropFirst(4)) {
                if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { try? files.removeItem(at: folder) }
            } else if let modified = (try? files.attributesOfItem(atPath: folder.path))?[.modificationDate] as? Date,
                modified.timeIntervalSinceNow < -3600
            {
                try? files.removeItem(at: folder)
            }
        }
    }

    /// A new empty folder for one test's files, in this test process's folder (``runFolder``).
    public static func makeScratchFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = runFolder.appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a data folder into a scratch folder so a test can break it.
    public static func copyOfData(_ source: String, name: String = #function) throws -> URL {
        let destination = try makeScratchFolder(name).appendingPathComponent("data")
        try FileManager.default.copyItem(atPath: source, toPath: destination.path)
        return destination
    }
}
