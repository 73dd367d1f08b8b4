import Chronology
import Foundation
import Geodesy

/// A self-contained HTML page (no network) with a draggable divider over the two maps.
enum ComparisonPage {
    static func html(before: Data, after: Data, beforeDay: Day, afterDay: Day, changes: ChangeSet, region: Region) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let rows = changes.areas.map { "<li>\(escape(PairRenderer.controllerName($0.from))) → \(escape(PairRenderer.controllerName($0.to))): \(escape(AreaText.squareKilometres($0.areaKm2)))</li>" }.joined()
        let places = changes.places.map { change in
            "<li>\(escape(change.place.englishName ?? change.place.id)): \(escape(change.from.map { PairRenderer.controllerName($0) } ?? "outside")) → \(escape(change.to.map { PairRenderer.controllerName($0) } ?? "outside"))</li>"
        }.joined()
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(region.title)): \(beforeDay.longDescription) and \(afterDay.longDescription)</title>
        <style>
          body { font-family: "DejaVu Sans", sans-serif; margin: 16px; color: #1c1c1c; }
          .compare { position: relative; max-width: 100%; user-select: none; touch-action: none; }
          .compare img { display: block; width: 100%; height: auto; }
          .compare .after { position: absolute; top: 0; left: 0; width: 100%; height: 100%; overflow: hidden; clip-path: inset(0 0 0 50%); }
          .divider { position: absolute; top: 0; bottom: 0; left: 50%; width: 4px; margin-left: -2px; background: #1c1c1c; cursor: ew-resize; }
          .divider::after { content: "⇔"; position: absolute; top: 50%; left: -14px; width: 32px; height: 32px; line-height: 32px; text-align: center;
                            background: #fff; border: 2px solid #1c1c1c; border-radius: 16px; }
          .dates { display: flex; justify-content: space-between; font-weight: bold; font-size: 20px; margin: 8px 0; }
        </style>
        </head>
        <body>
        <h1>\(escape(region.title))</h1>
        <div class="dates"><span>◀ \(beforeDay.longDescription)</span><span>\(afterDay.longDescription) ▶</span></div>
        <div class="compare" id="compare">
          <img src="data:image/png;base64,\(before.base64EncodedString())" alt="Map of \(beforeDay.longDescription)">
          <div class="after" id="after"><img src="data:image/png;base64,\(after.base64EncodedString())" alt="Map of \(afterDay.longDescription)"></div>
          <div class="divider" id="divider" role="slider" aria-label="Divider between the two maps" aria-valuemin="0" aria-valuemax="100" aria-valuenow="50" tabindex="0"></div>
        </div>
        <h2>What changed hands</h2>
        <ul>\(rows.isEmpty ? "<li>Nothing changed hands between the two dates.</li>" : rows)</ul>
        \(places.isEmpty ? "" : "<h2>Places whose controller changed</h2><ul>\(places)</ul>")
        <p>Areas are geodesic (WGS84). Control boundaries are approximate; see the sources in changes.geojson and the data set's README.
        Data: \(escape(region.id)) v\(escape(region.version)), data as of \(region.asOf.longDescription). \(escape(region.attribution))</p>
        <script>
        (function () {
          var box = document.getElementById("compare"), after = document.getElementById("after"), divider = document.getElementById("divider");
          function set(percent) {
            percent = Math.max(0, Math.min(100, percent));
            after.style.clipPath = "inset(0 0 0 " + percent + "%)";
            divider.style.left = percent + "%";
            divider.setAttribute("aria-valuenow", Math.round(percent));
          }
          function fromEvent(event) {
            var rect = box.getBoundingClientRect();
            set((event.clientX - rect.left) / rect.width * 100);
          }
          var dragging = false;
          box.addEventListener("pointerdown", function (event) { dragging = true; box.setPointerCapture(event.pointerId); fromEvent(event); });
          box.addEventListener("pointermove", function (event) { if (dragging) { fromEvent(event); } });
          box.addEventListener("pointerup", function () { dragging = false; });
          divider.addEventListener("keydown", function (event) {
            var now = parseFloat(divider.style.left) || 50;
            if (event.key === "ArrowLeft") { set(now - 2); }
            if (event.key === "ArrowRight") { set(now + 2); }
          });
        })();
        </script>
        </body>
        </html>

        """
    }
}
