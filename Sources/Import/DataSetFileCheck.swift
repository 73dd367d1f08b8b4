import Chronology
import Foundation
import Support

/// Replaces one file of a data set only if the data set, with the new file, passes `chronomap validate`: the check
/// runs on a scratch copy, then the file is written atomically.
struct DataSetFileCheck {
    let folder: String

    func replace(_ name: String, with data: Data) throws(ImportError) {
        try ScratchFolder.using("chronomap-import") { (scratch) throws(ImportError) in
            try replace(name, with: data, checkingIn: scratch)
        }
    }

    private func replace(_ name: String, with data: Data, checkingIn scratch: String) throws(ImportError) {
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            for other in ["region.json"] + Layer.allCases.map(\.fileName) where other != name {
                try FileManager.default.copyItem(atPath: folder + "/" + other, toPath: scratch + "/" + other)
            }
            try data.write(to: URL(fileURLWithPath: scratch + "/" + name))
        } catch {
            throw ImportError(.failure, "cannot prepare the check of the new \(name): \(error.localizedDescription)")
        }
        let problems = Dataset.validate(directory: scratch).filter(\.isError)
        guard problems.isEmpty else {
            throw ImportError(.badData, problems.map { $0.description.replacingOccurrences(of: scratch, with: folder) })
        }
        do { try AtomicFile.write(data, to: folder + "/" + name) } catch {
            throw ImportError(.failure, error.description)
        }
    }
}
