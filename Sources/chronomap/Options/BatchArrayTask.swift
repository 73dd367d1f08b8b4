/// The task of a batch engine's job array that this process is, read from the variables the engine sets: Slurm
/// (`SLURM_ARRAY_TASK_ID` with `_MIN`, `_STEP` and `_COUNT`), a Kubernetes indexed Job (`JOB_COMPLETION_INDEX`) and
/// AWS Batch (`AWS_BATCH_JOB_ARRAY_INDEX` with `AWS_BATCH_JOB_ARRAY_SIZE`). docs/cli.md gives the engines' pages.
struct BatchArrayTask: Equatable {
    /// The engine whose variables were found, as the error messages name it.
    var engine: String
    /// The task's place in the array, from 0.
    var offset: Int
    /// The number of tasks, where the engine gives it.
    var count: Int?

    /// Why the environment does not tell a task.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let slurm = "SLURM_ARRAY_TASK_ID"
    static let kubernetes = "JOB_COMPLETION_INDEX"
    static let awsBatch = "AWS_BATCH_JOB_ARRAY_INDEX"

    init(engine: String, offset: Int, count: Int?) {
        self.engine = engine
        self.offset = offset
        self.count = count
    }

    /// - Throws: `Failure` when no engine's variable is set, when two engines' are, or when a value is not a whole
    ///   number or lies outside the array.
    init(environment: [String: String]) throws(Failure) {
        // An empty variable counts as unset, as a shell's `VAR= command` means.
        let environment = environment.filter { !$0.value.isEmpty }
        let found = [Self.slurm, Self.kubernetes, Self.awsBatch].filter { environment[$0] != nil }
        guard let variable = found.first else {
            throw Failure(
                description:
                    "no job array task in the environment (looked for \(Self.slurm), \(Self.kubernetes) and \(Self.awsBatch)); "
                    + "outside a batch engine, give --shard K/N")
        }
        guard found.count == 1 else {
            throw Failure(description: "both \(found.joined(separator: " and ")) are set; give --shard K/N")
        }
        func number(_ name: String) throws(Failure) -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text), value >= 0 else {
                throw Failure(description: "\(name)=\(text) is not a whole number")
            }
            return value
        }
        let index = try number(variable) ?? 0
        switch variable {
        case Self.slurm:
            let first = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            let step = try number("SLURM_ARRAY_TASK_STEP") ?? 1
            guard index >= first, step >= 1, (index - first) % step == 0 else {
                throw Failure(
                    description:
                        "\(Self.slurm)=\(index) is not on the array's range from SLURM_ARRAY_TASK_MIN=\(first) by SLURM_ARRAY_TASK_STEP=\(step); "
                        + "submit a range such as --array=1-8")
            }
            self.init(engine: "Slurm", offset: (index - first) / step, count: try number("SLURM_ARRAY_TASK_COUNT"))
        case Self.awsBatch:
            self.init(engine: "AWS Batch", offset: index, count: try number("AWS_BATCH_JOB_ARRAY_SIZE"))
        default:
            self.init(engine: "Kubernetes", offset: index, count: nil)
        }
    }

    /// This task's part of the pyramid, `offset + 1` of the array's count.
    /// - Parameter count: `--shards`, needed where the engine gives no count and checked where it does.
    /// - Throws: `Failure` when the count is unknown or disagrees with the engine's, or the task lies beyond it.
    func shard(count given: Int?) throws(Failure) -> ShardSpec {
        if let count, let given, count != given {
            throw Failure(description: "--shards \(given) disagrees with the \(engine) array's \(count) tasks")
        }
        guard let total = count ?? given else {
            throw Failure(description: "\(engine) gives no number of tasks; add --shards N (the Job's completions)")
        }
        guard offset < total else {
            throw Failure(description: "\(engine) task \(offset) is beyond the \(total) parts (tasks count from 0)")
        }
        return ShardSpec(index: offset + 1, count: total)
    }
}
