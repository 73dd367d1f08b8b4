import CCairo

extension cairo_status_t {
    /// Cairo's own sentence for the status.
    var message: String { String(cString: cairo_status_to_string(self)) }
}

/// Throws when a Cairo status is not success.
/// - Parameters:
///   - status: What Cairo returned or holds.
///   - operation: The call that noticed it, for the message.
func check(_ status: cairo_status_t, _ operation: String) throws(CanvasError) {
    if status != CAIRO_STATUS_SUCCESS { throw .cairo(operation: operation, message: status.message) }
}
