/// The information a PDF document carries about itself.
///
/// Cairo 1.16 stamps a PDF with the current time unless told otherwise, which makes two renders of the same
/// map differ; the creation date here is therefore always set, by default to a fixed, obviously artificial
/// instant. SVG has no equivalent in Cairo, so SVG documents ignore these values.
public struct DocumentMetadata: Sendable, Hashable {
    /// The creation date written when none is given: the Unix epoch.
    public static let fixedCreationDate = "1970-01-01T00:00:00Z"

    /// The document title.
    public var title: String?
    /// Who made the document.
    public var author: String?
    /// What the document is about.
    public var subject: String?
    /// Search keywords.
    public var keywords: String?
    /// The program that made it.
    public var creator: String?
    /// ISO 8601 `YYYY-MM-DDThh:mm:ss`, optionally followed by `Z` or `±hh:mm`.
    public var creationDate: String

    /// Creates metadata.
    /// - Parameters:
    ///   - title: The document title.
    ///   - author: Who made the document.
    ///   - subject: What it is about.
    ///   - keywords: Search keywords.
    ///   - creator: The program that made it.
    ///   - creationDate: ISO 8601 date and time; fixed by default so output bytes do not depend on the clock.
    public init(
        title: String? = nil, author: String? = nil, subject: String? = nil, keywords: String? = nil,
        creator: String? = nil, creationDate: String = DocumentMetadata.fixedCreationDate
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.creationDate = creationDate
    }

    /// Whether `creationDate` has the form Cairo accepts; Cairo itself does not check and would write a broken date.
    var hasValidCreationDate: Bool {
        let characters = Array(creationDate.utf8)
        let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
        guard characters.count >= pattern.count else { return false }
        for (character, expected) in zip(characters, pattern) {
            if expected == UInt8(ascii: "d") {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(character) else { return false }
            } else if character != expected {
                return false
            }
        }
        let zone = characters.dropFirst(pattern.count)
        if zone.isEmpty || Array(zone) == [UInt8(ascii: "Z")] { return true }
        let offset = Array(zone)
        return offset.count == 6 && (offset[0] == UInt8(ascii: "+") || offset[0] == UInt8(ascii: "-"))
            && offset[3] == UInt8(ascii: ":")
            && [1, 2, 4, 5].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(offset[$0]) }
    }
}
