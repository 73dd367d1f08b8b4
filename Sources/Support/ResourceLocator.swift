#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the files the tool reads at run time (``RunTimeFile``) from where the executable is, never from the
/// working folder, so that `chronomap` works from any folder. The places, in order:
///
/// 1. beside the executable (`<bin>/styles/default.json`): a tree unpacked into one folder;
/// 2. `../share/chronomap/` from the executable's folder (`/usr/local/bin` → `/usr/local/share/chronomap`), what
///    `make install` writes;
/// 3. when the executable was built in a source checkout (it lies under `<checkout>/.build/`, as `swift build`,
///    `make build` and `swift test` leave it), the checkout itself, at each file's ``RunTimeFile/sourcePath``;
/// 4. a file's ``RunTimeFile/systemPaths`` (Debian's Leaflet).
///
/// The executable's path is `/proc/self/exe` with every symbolic link resolved, so `.build/debug/chronomap` (a
/// link into `.build/<triple>/debug/`) and a link in `~/bin` to an installed copy both find their files.
///
/// Why a built binary reads its checkout rather than copies: SwiftPM's resource bundles take only files under a
/// target's own folder (the styles, data sets and world base are not), and are read through Foundation's
/// `Bundle`, whose generated accessor ends in `fatalError` once the build folder is gone; a staging step would
/// be a second copy that goes stale when a style or a catalog is edited. The checkout is looked at only from an
/// executable inside its `.build` folder, so an installed copy never reads it. An executable built with
/// `--scratch-path` outside the checkout finds nothing there: install it, or run it from the checkout.
public struct ResourceLocator: Sendable {
    /// Nothing was found; says which places were tried.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        /// What was looked for: "style file".
        public var what: String
        /// Every path tried, in order.
        public var tried: [String]
        public var description: String { "cannot find the \(what); tried: \(tried.joined(separator: ", "))" }

        public init(what: String, tried: [String]) {
            self.what = what
            self.tried = tried
        }
    }

    /// A folder searched: an installation's root (files at their installed paths), or a source checkout (files
    /// at their source paths).
    public struct Root: Sendable, Equatable {
        public var path: String
        public var isCheckout: Bool

        public init(path: String, isCheckout: Bool) {
            self.path = path
            self.isCheckout = isCheckout
        }
    }

    /// The folders searched, in order.
    public let roots: [Root]

    /// The locator of this process's executable.
    public static let current = ResourceLocator(executablePath: ResourceLocator.executablePath())

    /// The places for an executable.
    /// - Parameter executablePath: its absolute path, symbolic links resolved.
    public init(executablePath: String) {
        let folder = Self.parent(executablePath)
        roots =
            [
                Root(path: folder, isCheckout: false),
                Root(path: Self.join(Self.parent(folder), "share/chronomap"), isCheckout: false),
            ] + Self.checkouts(building: folder).map { Root(path: $0, isCheckout: true) }
    }

    /// Every path where `file` may be, in the order they are tried.
    public func candidates(for file: RunTimeFile) -> [String] {
        var paths: [String] = []
        for root in roots {
            if !root.isCheckout {
                paths.append(Self.join(root.path, file.installedPath))
            } else if let source = file.sourcePath {
                paths.append(Self.join(root.path, source))
            }
        }
        return paths + file.systemPaths
    }

    /// The first candidate that ``holds(_:at:)`` the file, if any.
    public func find(_ file: RunTimeFile) -> String? {
        candidates(for: file).first { Self.holds(file, at: $0) }
    }

    /// Whether `path` is `file`: it exists, is of the right kind (file or folder), and a folder holds the
    /// file's ``RunTimeFile/marker``.
    public static func holds(_ file: RunTimeFile, at path: String) -> Bool {
        guard exists(path, isDirectory: file.isDirectory) else { return false }
        guard let marker = file.marker else { return true }
        return exists(join(path, marker), isDirectory: false)
    }

    /// The first candidate that holds the file.
    /// - Throws: ``NotFound`` listing every candidate.
    public func locate(_ file: RunTimeFile) throws(NotFound) -> String {
        guard let path = find(file) else { throw NotFound(what: file.what, tried: candidates(for: file)) }
        return path
    }

    /// Whether `path` exists and is a folder (`isDirectory`) or not one; symbolic links are followed.
    public static func exists(_ path: String, isDirectory: Bool) -> Bool {
        var information = stat()
        guard stat(path, &information) == 0 else { return false }
        return ((information.st_mode & S_IFMT) == S_IFDIR) == isDirectory
    }

    /// This process's executable, symbolic links resolved.
    public static func executablePath() -> String {
        #if os(Linux)
            if let path = resolved("/proc/self/exe") { return path }
        #elseif canImport(Darwin)
            var size: UInt32 = 0
            _ = _NSGetExecutablePath(nil, &size)
            var buffer = [CChar](repeating: 0, count: Int(size) + 1)
            if _NSGetExecutablePath(&buffer, &size) == 0, let path = resolved(String(cString: buffer)) { return path }
        #endif
        let argument = CommandLine.arguments.first ?? ""
        return resolved(argument) ?? argument
    }

    /// The source checkouts an executable in `folder` was built in: when `folder` lies under a `.build` folder,
    /// the folders above it that hold a `Package.swift`, nearest first (a package inside the checkout, such as
    /// the fuzz targets', then the checkout).
    static func checkouts(building folder: String) -> [String] {
        let components = folder.split(separator: "/", omittingEmptySubsequences: true)
        guard let build = components.lastIndex(of: ".build") else { return [] }
        var found: [String] = []
        var candidate = "/" + components[..<build].joined(separator: "/")
        while true {
            if exists(join(candidate, "Package.swift"), isDirectory: false) { found.append(candidate) }
            guard candidate != "/" else { return found }
            candidate = parent(candidate)
        }
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The folder holding `path` (`/` for a path at the root or a bare name).
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}
