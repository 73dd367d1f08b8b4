extension JSONTextWriter {
    /// Appends a value's JSON text laid out one element or member a line, as Python's `json.dumps(indent=…)` writes
    /// it: each level indented by `unit` more than `indentation`, the level of the line the value starts on; an empty
    /// array or object stays on one line. Numbers and strings are written as ``write(_:to:)`` writes them.
    public static func write(
        _ value: JSONValue, indentedBy unit: String, at indentation: String, to output: inout String
    ) {
        let inner = indentation + unit
        switch value {
        case .array(let elements) where !elements.isEmpty:
            output += "["
            for (index, element) in elements.enumerated() {
                output += (index > 0 ? ",\n" : "\n") + inner
                write(element, indentedBy: unit, at: inner, to: &output)
            }
            output += "\n" + indentation + "]"
        case .object(let object) where !object.isEmpty:
            output += "{"
            var first = true
            for (key, member) in object {
                output += (first ? "\n" : ",\n") + inner
                first = false
                writeString(key, to: &output)
                output += ": "
                write(member, indentedBy: unit, at: inner, to: &output)
            }
            output += "\n" + indentation + "}"
        default:
            write(value, to: &output)
        }
    }
}
