import Foundation
import Support
import Testing
import _ChronomapTestSupport

@Suite struct ResourceLocatorTests {
    /// Makes the files (paths ending in `/` are folders) under a fresh scratch folder; returns the folder.
    static func tree(_ paths: [String], name: String = #function) throws -> String {
        let root = try TestPaths.makeScratchFolder(name).resolvingSymlinksInPath().path
        for path in paths {
            let url = URL(fileURLWithPath: root + "/" + path)
            if path.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("{}".utf8).write(to: url)
            }
        }
        return root
    }

    @Test func anInstallationIsSearchedBesideTheExecutableThenInShare() throws {
        let root = try Self.tree(["prefix/share/chronomap/styles/default.json"])
        let locator = ResourceLocator(executablePath: root + "/prefix/bin/chronomap")
        let style = RunTimeFile.style(named: "default.json")
        #expect(
            locator.candidates(for: style) == [
                root + "/prefix/bin/styles/default.json", root + "/prefix/share/chronomap/styles/default.json",
            ])
        #expect(locator.find(style) == root + "/prefix/share/chronomap/styles/default.json")

        try FileManager.default.createDirectory(
            atPath: root + "/prefix/bin/styles", withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: root + "/prefix/bin/styles/default.json"))
        #expect(locator.find(style) == root + "/prefix/bin/styles/default.json")
    }

    @Test func aCandidateOfTheWrongKindDoesNotCount() throws {
        let root = try Self.tree(["prefix/share/chronomap/catalogs", "prefix/bin/viewer/index.html"])
        let locator = ResourceLocator(executablePath: root + "/prefix/bin/chronomap")
        #expect(locator.find(.catalogs) == nil)
        #expect(locator.find(.viewer) == root + "/prefix/bin/viewer")
        let error = #expect(throws: ResourceLocator.NotFound.self) { try locator.locate(.catalogs) }
        #expect(
            error?.description
                == "cannot find the furniture catalogs; tried: \(root)/prefix/bin/catalogs, "
                + "\(root)/prefix/share/chronomap/catalogs")
    }

    @Test func aFolderWithoutItsMarkerIsPassedOver() throws {
        // An empty Leaflet folder beside the executable (a mount point, a package's leftover), a whole one in share.
        let root = try Self.tree(["prefix/bin/leaflet/", "prefix/share/chronomap/leaflet/leaflet.js"])
        let locator = ResourceLocator(executablePath: root + "/prefix/bin/chronomap")
        #expect(locator.find(.leaflet) == root + "/prefix/share/chronomap/leaflet")
    }

    @Test func aBuiltExecutableReadsTheCheckoutItWasBuiltIn() throws {
        let root = try Self.tree([
            "checkout/Package.swift", "checkout/Sources/Localization/Resources/Catalogs/en.json",
            "checkout/styles/default.json",
        ])
        let locator = ResourceLocator(
            executablePath: root + "/checkout/.build/x86_64-unknown-linux-gnu/debug/chronomap")
        #expect(locator.roots.last == ResourceLocator.Root(path: root + "/checkout", isCheckout: true))
        #expect(locator.find(.catalogs) == root + "/checkout/Sources/Localization/Resources/Catalogs")
        #expect(locator.find(.style(named: "default.json")) == root + "/checkout/styles/default.json")
        // A checkout holds no Leaflet: after the installation's places comes the system's only.
        #expect(
            locator.candidates(for: .leaflet) == [
                root + "/checkout/.build/x86_64-unknown-linux-gnu/debug/leaflet",
                root + "/checkout/.build/x86_64-unknown-linux-gnu/share/chronomap/leaflet",
                "/usr/share/javascript/leaflet",
            ])
    }

    @Test func aBuildFolderOutsideAPackageIsNotACheckout() throws {
        let root = try Self.tree(["elsewhere/Sources/Localization/Resources/Catalogs/en.json"])
        let locator = ResourceLocator(executablePath: root + "/elsewhere/.build/release/chronomap")
        #expect(locator.roots.allSatisfy { !$0.isCheckout })
        #expect(locator.find(.catalogs) == nil)
    }

    @Test func aPackageInsideTheCheckoutComesFirstThenTheCheckout() throws {
        let root = try Self.tree(["checkout/Package.swift", "checkout/fuzz/Package.swift"])
        let locator = ResourceLocator(executablePath: root + "/checkout/fuzz/.build/debug/FuzzStyle")
        #expect(locator.roots.filter(\.isCheckout).map(\.path) == [root + "/checkout/fuzz", root + "/checkout"])
    }

    @Test func theTestsFindTheCheckoutTheyWereBuiltIn() {
        let checkout = TestPaths.packageRoot.resolvingSymlinksInPath().path
        #expect(ResourceLocator.current.find(.catalogs) == checkout + "/Sources/Localization/Resources/Catalogs")
        #expect(ResourceLocator.current.find(.viewer) == checkout + "/Sources/Viewer/Resources/Viewer")
        #expect(ResourceLocator.current.find(.comparePage) == checkout + "/Sources/Compare/Resources/ComparePage")
        #expect(ResourceLocator.current.find(.style(named: "default.json")) == checkout + "/styles/default.json")
    }
}
