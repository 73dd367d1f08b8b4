import ArgumentParser
import Chronomap

/// `init --party`: a side of the new data set, `ID=legend wording`, optionally followed by `;KEY=VALUE` details as
/// `region.json` names them (`short`, `authority`, `color`, and their `:xx` translations, or `name:xx`).
struct PartyArgument: ExpressibleByArgument, Sendable {
    /// The party's id, a ``Slug`` other than the ids the engine keeps for itself.
    var id: String
    /// The legend wording.
    var name: String
    /// The details after the wording, by `region.json` key.
    var details: [String: String]

    /// The keys `--party` takes after the legend wording, as `region.json` names them.
    static let keys = ["short", "authority", "color"]

    init?(argument: String) {
        guard let party = try? Self.parseArgument(argument) else { return nil }
        self = party
    }

    init(id: String, name: String, details: [String: String]) {
        self.id = id
        self.name = name
        self.details = details
    }

    /// Parses one `--party`, saying what is wrong; the parser adds the flag's name.
    static func parseArgument(_ text: String) throws -> PartyArgument {
        var fields = text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let head = fields.removeFirst()
        var details: [String: String] = [:]
        for field in fields {
            let pair = field.split(separator: "=", maxSplits: 1).map(String.init)
            let key = pair.first ?? ""
            let isKnown = keys.contains(key) || keys.contains { key.hasPrefix($0 + ":") }
            guard pair.count == 2, !pair[1].isEmpty, isKnown || key.hasPrefix("name:") else {
                throw ValidationError(
                    "\"\(field)\" in \"\(text)\" is not KEY=VALUE with a key of \(keys.joined(separator: ", ")) or name:LANG"
                )
            }
            if key == "color",
                !(pair[1].count == 7 && pair[1].first == "#" && pair[1].dropFirst().allSatisfy(\.isHexDigit))
            {
                throw ValidationError("color \"\(pair[1])\" is not #rrggbb")
            }
            details[key] = pair[1]
        }
        let parts = head.split(separator: "=", maxSplits: 1).map(String.init)
        let reserved = [Controller.contested.id, Controller.transition.id]
        guard parts.count == 2, !parts[1].isEmpty, Slug.isValid(parts[0]), !reserved.contains(parts[0]) else {
            throw ValidationError(
                "\"\(text)\" is not ID=legend wording with an id of lower-case letters, digits and hyphens other than \(reserved.joined(separator: " or "))"
            )
        }
        return PartyArgument(id: parts[0], name: parts[1], details: details)
    }
}
