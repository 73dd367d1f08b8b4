import Foundation
import Support

extension AltText {
    /// The files an image's alt text goes in: the image's full path plus `.txt` (short) and `.long.txt` (long),
    /// so `map.png` gets `map.png.txt` and `map.png.long.txt`.
    public static func paths(besideImage path: String) -> (short: String, long: String) {
        (path + ".txt", path + ".long.txt")
    }

    /// Both forms as the files to write beside an image, each ending with a newline (for
    /// `AtomicFile.write(together:)` with the image itself).
    public func files(besideImage path: String) -> [(path: String, data: Data)] {
        let paths = Self.paths(besideImage: path)
        return [(paths.short, Data((short + "\n").utf8)), (paths.long, Data((long + "\n").utf8))]
    }

    /// Writes both forms beside an image, together (both or neither).
    /// - Throws: `AtomicFile.WriteError` naming the file.
    public func write(besideImage path: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(together: files(besideImage: path))
    }
}
