import ArgumentParser

/// `--shard K/N|auto` and `--shards N`: which part of a tile pyramid this run renders. `auto` reads the part from a
/// batch engine's environment (a Slurm job array, a Kubernetes indexed Job, an AWS Batch array job), so one command
/// line serves every task of the array; docs/cli.md lists the variables.
struct ShardOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Render only part K of N of the pyramid, e.g. 2/4, or `auto`: the part from a Slurm job array, a Kubernetes indexed Job or an AWS Batch array job.",
            valueName: "K/N|auto"))
    var shard: ShardChoice?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --shard auto: the number of parts, where the engine does not say (Kubernetes: the Job's completions).",
            valueName: "n"))
    var shards: Int?

    func validate() throws {
        if let shards {
            guard shards >= 1 else { throw ValidationError("--shards: must be 1 or more") }
            guard case .auto = shard else {
                throw ValidationError("--shards: only with --shard auto (with --shard K/N, N is the count)")
            }
        }
    }

    /// The part to render, or nil for the whole pyramid.
    /// - Parameter environment: the process's environment, where `auto` finds the engine's index and count.
    /// - Throws: `CommandFailure` (usage) naming the flag and the variables when `auto` cannot tell the part.
    func resolved(environment: [String: String]) throws(CommandFailure) -> ShardSpec? {
        switch shard {
        case nil: return nil
        case .part(let part): return part
        case .auto:
            do {
                return try BatchArrayTask(environment: environment).shard(count: shards)
            } catch {
                throw CommandFailure(.usage, "--shard auto: \(error.description)")
            }
        }
    }
}

/// `--shard`'s value: a fixed part, or `auto`.
enum ShardChoice: ExpressibleByArgument, Sendable {
    case part(ShardSpec)
    case auto

    init?(argument: String) {
        if argument == "auto" {
            self = .auto
        } else if let part = ShardSpec(argument: argument) {
            self = .part(part)
        } else {
            return nil
        }
    }

    static func parseArgument(_ text: String) throws -> ShardChoice {
        text == "auto" ? .auto : .part(try ShardSpec.parseArgument(text))
    }
}

/// One part of N of a tile pyramid, `K/N`.
struct ShardSpec: ExpressibleByArgument, Sendable, Equatable {
    var index: Int
    var count: Int

    init?(argument: String) {
        guard let shard = try? Self.parseArgument(argument) else { return nil }
        self = shard
    }

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    static func parseArgument(_ text: String) throws -> ShardSpec {
        let parts = text.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let index = parts[0], let count = parts[1], count >= 1, (1...count).contains(index)
        else {
            throw ValidationError("\"\(text)\" is not K/N with 1 <= K <= N, or auto")
        }
        return ShardSpec(index: index, count: count)
    }
}
