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

    /// A new empty folder for one test's files.
    public static func makeScratchFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chronomap-tests/\(safe)-\(UUID().uuidString.prefix(8))")
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
