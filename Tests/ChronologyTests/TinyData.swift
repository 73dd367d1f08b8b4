import Foundation
import Testing
import _ChronomapTestSupport

/// The hand-made test data set in Fixtures/tiny and broken copies of it.
enum TinyData {
    static var folder: String {
        Bundle.module.url(forResource: "tiny", withExtension: nil, subdirectory: "Fixtures")!.path
    }

    /// A copy of the tiny data set with one file's text changed, for invariant tests.
    static func broken(
        _ file: String, replacing old: String, with new: String, name: String = #function
    ) throws -> String {
        let copy = try TestPaths.copyOfData(folder, name: name)
        let path = copy.appendingPathComponent(file).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "fixture \(file) lacks \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return copy.path
    }
}
