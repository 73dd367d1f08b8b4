import Style

/// The icon of an event kind: a glyph (from DejaVu Sans, which the renderer loads) and a colour.
/// One icon per kind, so that the legend can explain each.
public struct EventSymbol: Sendable, Hashable {
    public var kind: String
    public var glyph: String
    public var color: StyleColor

    /// The icon of an event kind; unknown kinds get a neutral dot.
    public static func forKind(_ kind: String) -> EventSymbol {
        let (glyph, hex): (String, String) = switch kind {
        case "capture": ("\u{2691}", "#222222")        // ⚑ black flag
        case "handover": ("\u{21C4}", "#0072B2")       // ⇄
        case "ceasefire": ("\u{275A}\u{275A}", "#009E73")
        case "offensive": ("\u{27A4}", "#D55E00")      // ➤
        case "clash": ("\u{2694}", "#D55E00")          // ⚔
        case "mine": ("\u{2739}", "#B2182B")           // ✹
        case "explosion": ("\u{2738}", "#B2182B")      // ✸
        case "strike": ("\u{2297}", "#B2182B")         // ⊗
        case "aid": ("\u{271A}", "#0072B2")            // ✚
        case "blockade": ("\u{26A0}", "#B2182B")       // ⚠
        case "checkpoint": ("\u{25A3}", "#7B3294")     // ▣
        case "closure": ("\u{2716}", "#7B3294")        // ✖
        case "exodus": ("\u{21E6}", "#444444")         // ⇦
        case "declaration": ("\u{270E}", "#444444")    // ✎
        case "decree": ("\u{00A7}", "#444444")         // §
        case "flag": ("\u{2690}", "#0072B2")           // ⚐
        case "withdrawal": ("\u{21B6}", "#444444")     // ↶
        case "agreement": ("\u{270D}", "#009E73")      // ✍
        default: ("\u{25CF}", "#444444")
        }
        return EventSymbol(kind: kind, glyph: glyph, color: StyleColor(css: hex)!)
    }

    /// The kind in words, for the legend.
    public var label: String {
        switch kind {
        case "capture": "Capture announced"
        case "handover": "Handover"
        case "ceasefire": "Ceasefire"
        case "offensive": "Offensive"
        case "clash": "Clash"
        case "mine": "Mine incident"
        case "explosion": "Explosion"
        case "strike": "Strike"
        case "aid": "Aid delivery"
        case "blockade": "Blockade"
        case "checkpoint": "Checkpoint"
        case "closure": "Closure"
        case "exodus": "Exodus"
        case "declaration": "Declaration"
        case "decree": "Decree"
        case "flag": "Flag raising"
        case "withdrawal": "Withdrawal"
        case "agreement": "Agreement"
        default: kind.capitalized
        }
    }
}
