import Foundation
import Support
import Testing
import _ChronomapTestSupport

/// `scripts/install.sh` (what `make install` and `make uninstall` run) puts every run-time file where
/// ``RunTimeFile`` says an installation has it, and takes them away again. The binary installed is `/bin/true`:
/// this is about the layout; `Tests/ChronomapCLITests/InstallTests.swift` runs a real installed `chronomap`.
@Suite struct InstallLayoutTests {
    static func script(_ arguments: [String], destdir: String) throws -> (status: Int32, errors: String) {
        try InstallScript.run(arguments, destdir: destdir)
    }

    @Test func everyRunTimeFileIsWhereTheLocatorLooksThenUninstallRemovesThem() throws {
        let destdir = try TestPaths.makeScratchFolder().resolvingSymlinksInPath().path
        let installed = try Self.script(["--prefix", "/opt/chronomap", "--binary", "/bin/true"], destdir: destdir)
        #expect(installed.status == 0, "\(installed.errors)")
        let prefix = destdir + "/opt/chronomap"
        let share = prefix + "/share/chronomap"
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/chronomap"))

        let locator = ResourceLocator(executablePath: prefix + "/bin/chronomap")
        let defaultSet = try String(contentsOfFile: share + "/default-data-set.txt", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let files: [RunTimeFile] = [
            .catalogs, .viewer, .comparePage, .defaultDataSetName, .leaflet, .style(named: "default.json"),
            .dataSet(named: defaultSet),
        ]
        for file in files {
            #expect(locator.find(file) == share + "/" + file.installedPath, "\(file)")
        }
        let checkout = TestPaths.packageRoot.path
        // Each folder is copied whole: the same files as the checkout's.
        let pairs = [
            ("catalogs", "Sources/Localization/Resources/Catalogs"), ("viewer", "Sources/Viewer/Resources/Viewer"),
            ("compare", "Sources/Compare/Resources/ComparePage"), ("styles", "styles"),
            ("data/" + defaultSet, "data/" + defaultSet),
        ]
        for (installedFolder, sourceFolder) in pairs {
            let names = try FileManager.default.contentsOfDirectory(atPath: share + "/" + installedFolder).sorted()
            #expect(!names.isEmpty, "\(installedFolder)")
            #expect(
                try names == FileManager.default.contentsOfDirectory(atPath: checkout + "/" + sourceFolder).sorted())
        }
        #expect(FileManager.default.fileExists(atPath: share + "/leaflet/leaflet.css"))
        #expect(FileManager.default.fileExists(atPath: share + "/leaflet/images/layers.png"))
        let hasWorld = FileManager.default.fileExists(atPath: checkout + "/world/base.sqlite")
        #expect((locator.find(.worldBase) != nil) == hasWorld)

        let removed = try Self.script(["--prefix", "/opt/chronomap", "--uninstall"], destdir: destdir)
        #expect(removed.status == 0, "\(removed.errors)")
        #expect(!FileManager.default.fileExists(atPath: prefix + "/bin/chronomap"))
        #expect(!FileManager.default.fileExists(atPath: share))
    }

    @Test func aRelativePrefixIsRefused() throws {
        let outcome = try Self.script(["--prefix", "usr/local", "--binary", "/bin/true"], destdir: "")
        #expect(outcome.status == 64)
        #expect(outcome.errors == "install.sh: --prefix: usr/local is not an absolute path\n")
    }
}
