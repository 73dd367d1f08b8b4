// The comparison page: a draggable divider between the two maps, and the summary (from the JSON element the
// page carries) as lists. No network: everything is in the page.
(function () {
  "use strict";
  var summary = JSON.parse(document.getElementById("summary").textContent);
  var box = document.getElementById("compare");
  var after = document.getElementById("after");
  var divider = document.getElementById("divider");

  function set(percent) {
    percent = Math.max(0, Math.min(100, percent));
    after.style.clipPath = "inset(0 0 0 " + percent + "%)";
    divider.style.left = percent + "%";
    divider.setAttribute("aria-valuenow", String(Math.round(percent)));
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
    if (event.key === "ArrowLeft") { set(now - 2); event.preventDefault(); }
    if (event.key === "ArrowRight") { set(now + 2); event.preventDefault(); }
  });

  function item(text) {
    var li = document.createElement("li");
    li.textContent = text;
    return li;
  }
  var changes = document.getElementById("changes");
  if (summary.changes.length === 0) {
    changes.appendChild(item(summary.nothing_changed));
  }
  summary.changes.forEach(function (change) {
    changes.appendChild(item(change.direction + ": " + change.area));
  });
  if (summary.places.length > 0) {
    document.getElementById("places-section").hidden = false;
    var places = document.getElementById("places");
    summary.places.forEach(function (place) { places.appendChild(item(place.name + ": " + place.direction)); });
  }
})();
