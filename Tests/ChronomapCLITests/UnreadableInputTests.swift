import Foundation
import Testing
import _ChronomapTestSupport

/// A style or font file that exists but cannot be read: one line naming it and saying why, exit status 1.
/// Root reads any file whatever its mode, so the command runs as `nobody` (setpriv needs root, which CI has).
@Suite(.enabled(if: getuid() == 0, "running as nobody needs root"))
struct UnreadableInputTests {
    /// Runs `chronomap` as nobody; returns its status and standard error.
    static func runAsNobody(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments =
            ["--reuid=65534", "--regid=65534", "--clear-groups", "--"]
            + [TestPaths.productsDirectory.appendingPathComponent("chronomap").path] + arguments
        process.currentDirectoryURL = TestPaths.packageRoot
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A scratch folder nobody can enter, holding a copy of the default style.
    static func scratchWithStyle(_ name: String = #function) throws -> (folder: URL, style: URL) {
        let folder = try TestPaths.makeScratchFolder(name)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let style = folder.appendingPathComponent("style.json")
        try FileManager.default.copyItem(atPath: FixtureMap.defaultStylePath, toPath: style.path)
        return (folder, style)
    }

    @Test func anUnreadableStyleIsOneLineNamingIt() throws {
        let (folder, style) = try Self.scratchWithStyle()
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: style.path)
        let result = try Self.runAsNobody(
            ["render", "--date", "2023-09-19", "--style", style.path, "--out", folder.path + "/m.png"])
        #expect(result.status == 1)
        #expect(result.error == "chronomap: \(style.path): the style file cannot be read: permission denied\n")
    }

    @Test func anUnreadableFontIsOneLineNamingIt() throws {
        let (folder, style) = try Self.scratchWithStyle()
        let font = folder.appendingPathComponent("Regular.ttf")
        try FileManager.default.copyItem(atPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", toPath: font.path)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: font.path)
        let text = try String(contentsOf: style, encoding: .utf8)
            .replacingOccurrences(of: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", with: font.path)
        try text.write(to: style, atomically: true, encoding: .utf8)
        let result = try Self.runAsNobody(
            ["render", "--date", "2023-09-19", "--style", style.path, "--out", folder.path + "/m.png"])
        #expect(result.status == 1)
        #expect(result.error == "chronomap: cannot use the regular font \(font.path): permission denied\n")
    }

    @Test func aFolderGivenAsTheStyleIsOneLine() throws {
        let folder = try TestPaths.makeScratchFolder()
        let result = try CommandRunner().run(["render", "--date", "2023-09-19", "--style", folder.path])
        #expect(result.status == 64)
        #expect(result.standardError == "chronomap: --style: \(folder.path) is a folder, not a file\n")
    }
}
