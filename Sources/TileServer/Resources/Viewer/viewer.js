(function () {
  'use strict';
  // The viewer of `chronomap serve`: the map of a date from the server's tiles, a slider over the key dates,
  // the day's events with their sources, and the legend of what the tiles draw.
  var config = JSON.parse(document.getElementById('chronomap-config').textContent);
  var slider = document.getElementById('date-slider');
  var dateInput = document.getElementById('date-input');
  var dateLabel = document.getElementById('date-label');
  var notice = document.getElementById('notice');
  var changesSection = document.getElementById('changes-section');
  var changesList = document.getElementById('changes');
  var eventsList = document.getElementById('events');
  var eventsWindow = document.getElementById('events-window');
  var months = config.months;
  var legendPanel = document.getElementById('legend');
  var keyDates = [];
  var current = null;

  var b = config.bounds;
  var map = L.map('map', { minZoom: config.min_zoom, maxZoom: config.max_zoom });
  map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);
  map.attributionControl.setPrefix('Leaflet');
  var tiles = null;
  var tilesDate = null;
  var legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    var panel = document.getElementById('legend');
    L.DomEvent.disableClickPropagation(panel);
    L.DomEvent.disableScrollPropagation(panel);
    return panel;
  };
  legend.addTo(map);

  function isDate(text) { return /^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(Date.parse(text + 'T00:00:00Z')); }
  function longDate(text) {
    var parts = text.split('-');
    return Number(parts[2]) + ' ' + months[Number(parts[1]) - 1] + ' ' + parts[0];
  }
  function template(date) {
    return '/tiles/' + date + '/{z}/{x}/{y}{r}.png?v=' + encodeURIComponent(config.version);
  }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function say(text, isError) {
    notice.hidden = !text;
    notice.textContent = text || '';
    notice.className = isError ? 'error' : '';
  }
  function keyIndexAtOrBefore(date) {
    var found = -1;
    for (var i = 0; i < keyDates.length; i++) { if (keyDates[i].date <= date) { found = i; } }
    return found;
  }

  function showDate(date) {
    if (!isDate(date)) { say(date + ' is not a date of the form YYYY-MM-DD', true); return; }
    if (date < config.first_date) { say('control data starts on ' + config.first_date + '; ' + date + ' is before it', true); return; }
    current = date;
    dateInput.value = date;
    var index = keyIndexAtOrBefore(date);
    if (index >= 0) { slider.value = String(index); }
    var keyDate = index >= 0 && keyDates[index].date === date ? keyDates[index] : null;
    dateLabel.textContent = longDate(date) + (keyDate || keyDates.length === 0 ? '' : ' (between key dates)');
    loadLegend(date);
    if (tiles && tilesDate !== date) {
      tiles.setUrl(template(date));
    } else if (!tiles) {
      tiles = L.tileLayer(template(date), { minZoom: config.min_zoom, maxZoom: config.max_zoom, attribution: config.attribution }).addTo(map);
    }
    tilesDate = date;
    if (location.hash !== '#' + date) { history.replaceState(null, '', '#' + date); }
    say(date > config.as_of ? 'Data as of ' + config.as_of + ': the map shows the last known state.' : '', false);
    showChanges(keyDate);
    loadEvents(date);
  }

  function showChanges(keyDate) {
    changesList.textContent = '';
    changesSection.hidden = !keyDate || keyDate.changes.length === 0;
    if (!keyDate) { return; }
    keyDate.changes.forEach(function (change) {
      if (change.kind === 'happens') { return; }
      changesList.appendChild(element('li', '', (change.kind === 'begins' ? 'Begins: ' : 'Ends: ') + change.summary));
    });
    changesSection.hidden = changesList.children.length === 0;
  }

  function sourceNode(source) {
    if (/^https?:\/\//.test(source)) {
      var link = element('a', '', source.replace(/^https?:\/\/(www\.)?/, '').split('/')[0]);
      link.href = source;
      link.title = source;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      return link;
    }
    return element('span', '', source + ' ');
  }

  function loadEvents(date) {
    fetch('/events/' + date + '.json').then(function (response) {
      if (!response.ok) { return response.text().then(function (text) { throw new Error(text); }); }
      return response.json();
    }).then(function (payload) {
      if (current !== date) { return; }
      eventsWindow.textContent = 'On ' + longDate(date) + ' and the ' + payload.events_window_days + ' days before.';
      eventsList.textContent = '';
      if (payload.events.length === 0) { eventsList.appendChild(element('li', 'muted', 'The data has no events on these days.')); }
      payload.events.forEach(function (event) {
        var item = element('li', 'event');
        var symbol = config.symbols[event.kind] || { glyph: '\u25CF', color: '#444444', label: event.kind };
        var heading = element('div');
        var glyph = element('span', 'glyph', symbol.glyph);
        glyph.style.color = symbol.color;
        glyph.title = symbol.label;
        heading.appendChild(glyph);
        heading.appendChild(element('strong', '', event.title));
        item.appendChild(heading);
        var zone = config.utc_offset ? ' (UTC' + config.utc_offset + ')' : '';
        var when = event.date + (event.time ? ' ' + event.time + zone : '');
        if (event.days_before > 0) { when += ', ' + event.days_before + (event.days_before === 1 ? ' day' : ' days') + ' before'; }
        item.appendChild(element('div', 'meta', symbol.label + ' · ' + when + (event.accuracy === 'approximate' ? ' · approximate place' : '')));
        if (event.description) { item.appendChild(element('div', '', event.description)); }
        if (event.note) { item.appendChild(element('div', 'note', event.note)); }
        var sources = element('div', 'sources meta', 'Sources: ');
        event.sources.forEach(function (source) { sources.appendChild(sourceNode(source)); });
        item.appendChild(sources);
        eventsList.appendChild(item);
      });
    }).catch(function (error) {
      if (current === date) { say('Cannot load the events: ' + error.message, true); }
    });
  }

  var svgNamespace = 'http://www.w3.org/2000/svg';
  function svgElement(tag, attributes) {
    var node = document.createElementNS(svgNamespace, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, String(attributes[name])); });
    return node;
  }
  // A 28x16 picture of a legend line, drawn from the swatch the map's own legend uses.
  function swatchNode(swatch, index) {
    if (swatch.kind === 'icon') {
      var glyph = element('span', 'glyph', swatch.glyph);
      glyph.style.color = swatch.color;
      return glyph;
    }
    var svg = svgElement('svg', { 'class': 'legend-swatch', width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true' });
    if (swatch.kind === 'fill') {
      svg.appendChild(svgElement('rect', { x: 1, y: 1, width: 26, height: 14, fill: swatch.color, stroke: swatch.outline || '#9a9a9a',
        'stroke-dasharray': (swatch.dash || []).join(' ') }));
      if (swatch.hatch) {
        var id = 'hatch-' + index;
        var defs = svgElement('defs', {});
        var pattern = svgElement('pattern', { id: id, width: swatch.hatch.spacing, height: swatch.hatch.spacing,
          patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(' + swatch.hatch.angle + ')' });
        pattern.appendChild(svgElement('line', { x1: 0, y1: 0, x2: 0, y2: swatch.hatch.spacing, stroke: swatch.hatch.color,
          'stroke-width': swatch.hatch.width }));
        defs.appendChild(pattern);
        svg.appendChild(defs);
        svg.appendChild(svgElement('rect', { x: 1, y: 1, width: 26, height: 14, fill: 'url(#' + id + ')' }));
      }
    } else if (swatch.kind === 'line') {
      if (swatch.casing) {
        svg.appendChild(svgElement('line', { x1: 2, y1: 8, x2: 26, y2: 8, stroke: swatch.casing, 'stroke-width': swatch.width + 2 }));
      }
      svg.appendChild(svgElement('line', { x1: 2, y1: 8, x2: 26, y2: 8, stroke: swatch.color, 'stroke-width': swatch.width,
        'stroke-dasharray': (swatch.dash || []).join(' ') }));
    } else if (swatch.kind === 'marker') {
      var shape = swatch.square
        ? svgElement('rect', { x: 14 - swatch.radius * 0.9, y: 8 - swatch.radius * 0.9, width: swatch.radius * 1.8, height: swatch.radius * 1.8 })
        : svgElement('circle', { cx: 14, cy: 8, r: swatch.radius });
      shape.setAttribute('fill', swatch.color);
      if (swatch.stroke) { shape.setAttribute('stroke', swatch.stroke); }
      svg.appendChild(shape);
    }
    return svg;
  }

  function loadLegend(date) {
    fetch('/legend/' + date + '.json?z=' + map.getZoom()).then(function (response) {
      if (!response.ok) { return response.text().then(function (text) { throw new Error(text); }); }
      return response.json();
    }).then(function (payload) {
      if (current !== date) { return; }
      legendPanel.textContent = '';
      var list = null;
      var group = null;
      payload.lines.forEach(function (line, index) {
        if (line.group_title !== group) {
          group = line.group_title;
          legendPanel.appendChild(element('h3', '', group));
          list = element('ul', 'legend');
          legendPanel.appendChild(list);
        }
        var row = element('li');
        row.appendChild(swatchNode(line.swatch, index));
        row.appendChild(element('span', '', line.label));
        list.appendChild(row);
      });
      legendPanel.hidden = payload.lines.length === 0;
    }).catch(function (error) {
      if (current === date) { say('Cannot load the legend: ' + error.message, true); }
    });
  }

  function step(direction) {
    if (keyDates.length === 0 || !current) { return; }
    var target = null;
    for (var i = 0; i < keyDates.length; i++) {
      var date = keyDates[i].date;
      if (direction < 0 && date < current) { target = date; }
      if (direction > 0 && date > current && target === null) { target = date; }
    }
    if (target) { showDate(target); }
  }

  slider.addEventListener('input', function () {
    var keyDate = keyDates[Number(slider.value)];
    if (keyDate) { dateLabel.textContent = longDate(keyDate.date); }
  });
  slider.addEventListener('change', function () {
    var keyDate = keyDates[Number(slider.value)];
    if (keyDate) { showDate(keyDate.date); }
  });
  dateInput.addEventListener('change', function () { if (dateInput.value) { showDate(dateInput.value); } });
  document.getElementById('previous-date').addEventListener('click', function () { step(-1); });
  document.getElementById('next-date').addEventListener('click', function () { step(1); });
  window.addEventListener('hashchange', function () {
    var date = location.hash.slice(1);
    if (date !== current) { showDate(date); }
  });

  var requested = location.hash.slice(1);
  showDate(isDate(requested) ? requested : config.opening_date);
  fetch('/dates.json').then(function (response) { return response.json(); }).then(function (payload) {
    keyDates = payload.dates;
    slider.max = String(Math.max(0, keyDates.length - 1));
    showDate(current || config.opening_date);
  }).catch(function (error) { say('Cannot load the key dates: ' + error.message, true); });
})();

