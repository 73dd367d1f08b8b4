import Foundation

/// Runs the built `chronomap` executable, as a user would, and captures what it prints.
public struct CommandRunner {
    /// What a run printed and how it ended.
    public struct Outcome: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    private let executable: URL?
    private let leadingArguments: [String]

    /// Runs the built `chronomap`.
    public init() {
        executable = nil
        leadingArguments = []
    }

    /// Runs another command, given the arguments after `leadingArguments`: an installed copy, or a launcher
    /// that ends by exec-ing one.
    public init(executable: URL, leadingArguments: [String] = []) {
        self.executable = executable
        self.leadingArguments = leadingArguments
    }

    /// Runs `chronomap` with the arguments in a working folder.
    public func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Outcome
    {
        let process = Process()
        process.executableURL = executable ?? TestPaths.productsDirectory.appendingPathComponent("chronomap")
        process.arguments = leadingArguments + arguments
        process.currentDirectoryURL = folder ?? TestPaths.packageRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CHRONOMAP_DATA")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
