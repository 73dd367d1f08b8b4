import Foundation
import Testing
import _ChronomapTestSupport

/// The tool installed by `make install`'s own logic (`scripts/install.sh`) into a temporary prefix, then run from
/// an unrelated folder with the checkout out of sight: `render`, `compare`, `site` and `serve` must find every
/// file they read (styles, catalogs, viewer, comparison page, Leaflet, data) under the prefix alone.
///
/// How the checkout is put out of sight: each run of the installed copy starts in a private mount namespace
/// (`unshare --mount`), mounts an empty tmpfs over the checkout (its `.build` folder, sources, styles and data
/// with it) and over Debian's Leaflet folder, checks they are gone, and only then execs the tool. Only that
/// process sees the empty folders: the test binary, which runs from the build folder, and the tests running
/// beside it are untouched, and nothing stays mounted when the process ends, even if the test crashes. Moving
/// the build folder aside instead would break every test running at the same time.
@Suite(.serialized, .enabled(if: getuid() == 0, "mounting a tmpfs in a private mount namespace needs root"))
struct InstallTests {
    /// A prefix the tool is installed in, and a folder unrelated to it and to the checkout to run it from.
    struct Installation {
        var prefix: URL
        var work: URL
        var binary: String { prefix.appendingPathComponent("bin/chronomap").path }
    }

    static let leaflet = "/usr/share/javascript/leaflet"
    static let checkout = TestPaths.packageRoot.resolvingSymlinksInPath().path

    /// Installed once for the suite, the way `make install` does it (with the debug build: the release build
    /// is `make build`'s job, not the tests').
    static let installation = Result { () throws -> Installation in
        let scratch = try TestPaths.makeScratchFolder("install").resolvingSymlinksInPath()
        guard !scratch.path.hasPrefix(checkout + "/") else {
            throw InstallFailed(message: "the scratch folder \(scratch.path) lies in the checkout, which is hidden")
        }
        let prefix = scratch.appendingPathComponent("prefix")
        let installed = try InstallScript.run(
            [
                "--prefix", prefix.path, "--binary",
                TestPaths.productsDirectory.appendingPathComponent("chronomap").path,
            ], destdir: nil)
        guard installed.status == 0 else {
            throw InstallFailed(message: "scripts/install.sh: " + installed.errors)
        }
        let work = scratch.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        return Installation(prefix: prefix, work: work)
    }

    struct InstallFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// `unshare` arguments that hide the checkout and Debian's Leaflet, check they are hidden, then exec
    /// `executable` with the arguments that follow.
    static func hidden(_ executable: String) -> [String] {
        let script = """
            mount -t tmpfs -o size=64k,mode=0755 none "$0" || exit 99
            if [ -d "$1" ]; then mount -t tmpfs -o size=64k,mode=0755 none "$1" || exit 99; fi
            if [ -e "$0/Package.swift" ] || [ -e "$1/leaflet.js" ]; then echo "still visible: $0, $1" >&2; exit 99; fi
            shift
            exec "$@"
            """
        return ["--mount", "--propagation", "private", "/bin/sh", "-c", script, checkout, leaflet, executable]
    }

    /// Neither variable may point the installed copy back at the checkout.
    static let environment = ["CHRONOMAP_DATA": "", "CHRONOMAP_STYLE": ""]

    /// Runs the installed copy (through `executable`, the installed binary or a link to it) out of the
    /// checkout's sight, in the unrelated folder.
    static func runInstalled(_ arguments: [String], executable: String? = nil) throws -> CommandRunner.Outcome {
        let installation = try installation.get()
        let runner = CommandRunner(
            executable: URL(fileURLWithPath: "/usr/bin/unshare"),
            leadingArguments: hidden(executable ?? installation.binary))
        return try runner.run(arguments, in: installation.work, environment: environment)
    }

    /// Runs the built copy from the unrelated folder (it finds its files in the checkout it was built in).
    static func runBuilt(_ arguments: [String]) throws -> CommandRunner.Outcome {
        try CommandRunner().run(arguments, in: try installation.get().work, environment: environment)
    }

    @Test func rendersTheSameMapAsTheBuiltCopyThroughALinkToIt() throws {
        let work = try Self.installation.get().work
        // A link in another folder, as in ~/bin: the files are found from where the link points.
        let link = work.appendingPathComponent("bin/chronomap")
        try FileManager.default.createDirectory(
            at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: link)
        try FileManager.default.createSymbolicLink(
            atPath: link.path, withDestinationPath: try Self.installation.get().binary)
        let map = ["render", "--date", "2023-09-19", "--size", "900x700", "--out"]
        let installed = try Self.runInstalled(map + ["installed.png"], executable: link.path)
        #expect(installed.status == 0, "\(installed.standardError)")
        let built = try Self.runBuilt(map + ["built.png"])
        #expect(built.status == 0, "\(built.standardError)")
        let installedPNG = try Data(contentsOf: work.appendingPathComponent("installed.png"))
        let size = try #require(try PNGChunks(installedPNG).size)
        #expect(size.width == 900 && size.height == 700)
        // Same style, fonts, catalogs and data: the same bytes (outputs are deterministic).
        #expect(installedPNG == (try Data(contentsOf: work.appendingPathComponent("built.png"))))
        for suffix in [".txt", ".long.txt"] {
            let installedText = try String(contentsOfFile: work.path + "/installed.png" + suffix, encoding: .utf8)
            #expect(!installedText.isEmpty)
            #expect(installedText == (try String(contentsOfFile: work.path + "/built.png" + suffix, encoding: .utf8)))
        }
    }

    @Test func comparesWithTheInstalledPage() throws {
        let work = try Self.installation.get().work
        let pair = ["compare", "--before", "2023-09-18", "--after", "2023-10-15", "--size", "600x450", "--out-dir"]
        let installed = try Self.runInstalled(pair + ["pair-installed"])
        #expect(installed.status == 0, "\(installed.standardError)")
        let built = try Self.runBuilt(pair + ["pair-built"])
        #expect(built.status == 0, "\(built.standardError)")
        for file in ["compare.html", "pair.png", "changes.geojson"] {
            let installedFile = try Data(contentsOf: work.appendingPathComponent("pair-installed/" + file))
            #expect(!installedFile.isEmpty, "\(file)")
            #expect(
                installedFile == (try Data(contentsOf: work.appendingPathComponent("pair-built/" + file))), "\(file)")
        }
    }

    @Test func buildsASiteWithTheInstalledViewerAndLeaflet() throws {
        let work = try Self.installation.get().work
        let outcome = try Self.runInstalled([
            "site", "--from", "2023-09-19", "--to", "2023-09-20", "--zoom", "6", "--out", "site",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let site = work.appendingPathComponent("site")
        let viewer = TestPaths.packageRoot.appendingPathComponent("Sources/Viewer/Resources/Viewer")
        for name in ["viewer.js", "state.js", "viewer.css"] {
            #expect(
                try Data(contentsOf: site.appendingPathComponent("viewer/" + name))
                    == Data(contentsOf: viewer.appendingPathComponent(name)), "\(name)")
        }
        #expect(
            try Data(contentsOf: site.appendingPathComponent("leaflet/leaflet.js"))
                == Data(contentsOf: URL(fileURLWithPath: Self.leaflet + "/leaflet.js")))
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("leaflet/leaflet.js"))
        let tiles =
            FileManager.default.enumerator(atPath: site.appendingPathComponent("tiles").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".png") } ?? []
        #expect(!tiles.isEmpty)
    }

    @Test func servesTheViewerAndTilesThenStopsOnSIGTERM() throws {
        let installation = try Self.installation.get()
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in Self.environment { environment[key] = value }
        let server = try ServerProcess(
            executable: URL(fileURLWithPath: "/usr/bin/unshare"),
            arguments: Self.hidden(installation.binary) + ["serve", "--port", "0"], in: installation.work,
            environment: environment)
        let page = try Curl.get(server.url("/"))
        #expect(page.status == 200, "\(server.log)")
        #expect(String(decoding: page.body, as: UTF8.self).contains("leaflet/leaflet.js"))
        let script = try Curl.get(server.url("/viewer/viewer.js"))
        #expect(script.status == 200)
        let leafletScript = try Curl.get(server.url("/leaflet/leaflet.js"))
        #expect(leafletScript.body == (try Data(contentsOf: URL(fileURLWithPath: Self.leaflet + "/leaflet.js"))))
        // The tile at zoom 8 holding 39.82° N, 46.75° E.
        let tile = try Curl.get(server.url("/tiles/2023-09-19/8/161/97.png"))
        #expect(tile.status == 200, "\(server.log)")
        let size = try #require(try PNGChunks(tile.body).size)
        #expect(size.width == 256 && size.height == 256)
        server.terminate()
        let exit = server.waitForExit()
        #expect(exit?.status == 0, "\(server.log)")
    }

    /// A broken catalog among the installed ones stops `site` with the file named: before, the viewer silently
    /// left that language out.
    @Test func aBrokenInstalledCatalogStopsTheSiteNamingTheFile() throws {
        let scratch = try TestPaths.makeScratchFolder("install-broken-catalog").resolvingSymlinksInPath()
        let prefix = scratch.appendingPathComponent("prefix")
        let installed = try InstallScript.run(
            [
                "--prefix", prefix.path, "--binary",
                TestPaths.productsDirectory.appendingPathComponent("chronomap").path,
            ], destdir: nil)
        try #require(installed.status == 0, "\(installed.errors)")
        let broken = prefix.appendingPathComponent("share/chronomap/catalogs/xx.json")
        try #require(FileManager.default.fileExists(atPath: broken.deletingLastPathComponent().path))
        try Data(#"{"viewer.needs_javascript": "#.utf8).write(to: broken)
        let data = try FixtureRegion.write()
        let runner = CommandRunner(
            executable: URL(fileURLWithPath: "/usr/bin/unshare"),
            leadingArguments: Self.hidden(prefix.appendingPathComponent("bin/chronomap").path))
        let outcome = try runner.run(
            ["site", "--data", data, "--from", "2024-03-01", "--to", "2024-03-01", "--zoom", "5", "--out", "site"],
            in: scratch, environment: Self.environment)
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("xx.json"), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("--leaflet"), "a catalog is not Leaflet's: \(outcome.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site/index.html").path))
        // It stops before drawing: a site of many dates would otherwise fail after all its tiles.
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("site/tiles").path))
    }
}
