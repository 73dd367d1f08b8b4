/*
 * Two dates on one map: the tile layers of the two dates lie in two panes of the same map, aligned tile for tile,
 * and a draggable divider clips the left pane to the left of it and the right pane to the right. The divider is a
 * range input (keyboard and screen readers can move it), drawn as a line with a handle; only the handle takes
 * the pointer, so the rest of the map still pans and zooms.
 */
(function (root) {
  'use strict';

  function Swipe(map, leftPane, rightPane, options) {
    this.map = map;
    this.leftPane = leftPane;
    this.rightPane = rightPane;
    this.position = options.position || 0.5;
    var container = L.DomUtil.create('div', 'swipe', map.getContainer());
    this.container = container;
    this.line = L.DomUtil.create('div', 'swipe-line', container);
    this.leftLabel = L.DomUtil.create('div', 'swipe-label swipe-label-left', container);
    this.rightLabel = L.DomUtil.create('div', 'swipe-label swipe-label-right', container);
    var range = L.DomUtil.create('input', 'swipe-range', container);
    range.type = 'range';
    range.min = 0;
    range.max = 1000;
    range.step = 1;
    range.value = String(Math.round(this.position * 1000));
    range.setAttribute('aria-label', options.label);
    this.range = range;
    var self = this;
    this.update = function () { self.clip(); };
    range.addEventListener('input', function () {
      self.position = Number(range.value) / 1000;
      range.setAttribute('aria-valuetext', Math.round(self.position * 100) + '%');
      self.clip();
    });
    // While the handle is held, the map must not pan under it.
    function hold() { map.dragging.disable(); }
    function release() { map.dragging.enable(); }
    ['mousedown', 'touchstart', 'pointerdown'].forEach(function (name) { range.addEventListener(name, hold); });
    ['mouseup', 'touchend', 'pointerup', 'blur'].forEach(function (name) { range.addEventListener(name, release); });
    L.DomEvent.disableClickPropagation(container);
    map.on('move zoom viewreset resize', this.update);
    this.clip();
  }

  Swipe.prototype.setLabels = function (left, right) {
    this.leftLabel.textContent = left;
    this.rightLabel.textContent = right;
  };

  /** Clips the two panes at the divider, in the panes' own (layer) coordinates. */
  Swipe.prototype.clip = function () {
    var map = this.map;
    var size = map.getSize();
    var x = Math.round(size.x * this.position);
    this.line.style.left = x + 'px';
    var topLeft = map.containerPointToLayerPoint([0, 0]);
    var bottomRight = map.containerPointToLayerPoint(size);
    var clipX = topLeft.x + x;
    this.leftPane.style.clip = 'rect(' + [topLeft.y, clipX, bottomRight.y, topLeft.x].join('px,') + 'px)';
    this.rightPane.style.clip = 'rect(' + [topLeft.y, bottomRight.x, bottomRight.y, clipX].join('px,') + 'px)';
  };

  Swipe.prototype.remove = function () {
    this.map.off('move zoom viewreset resize', this.update);
    this.map.dragging.enable();
    this.leftPane.style.clip = '';
    this.rightPane.style.clip = '';
    L.DomUtil.remove(this.container);
  };

  root.ChronomapSwipe = Swipe;
})(typeof self !== 'undefined' ? self : this);
