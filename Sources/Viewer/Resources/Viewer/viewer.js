/*
 * The viewer of `chronomap serve` and `chronomap site`: the map of a date (or two, with a divider), a slider over
 * the days with a tick at every key date, the day's events with their claims and sources, the legend of what the
 * tiles draw, and the areas that changed hands between two dates. The date and the view live in the URL's hash
 * (state.js reads and writes it), so every state has a link; ?lang=xx picks the words, ?basemap= a basemap, and
 * ?embed=1 the compact form an iframe shows.
 */
(function () {
  'use strict';
  var S = window.ChronomapState;
  var config = JSON.parse(document.getElementById('chronomap-config').textContent);
  var query = new URLSearchParams(location.search);
  var embedded = query.get('embed') === '1';
  function $(id) { return document.getElementById(id); }
  var ui = {
    title: $('title'), dateLabel: $('date-label'), compareToggle: $('compare-toggle'), embedLink: $('embed-link'),
    fullLink: $('full-link'), language: $('language'), leftRow: $('left-row'), leftSide: $('left-side'),
    leftPrevious: $('left-previous'), leftDate: $('left-date'), leftNext: $('left-next'), rightSide: $('right-side'),
    previousChange: $('previous-change'), slider: $('date-slider'), ticks: $('ticks'), nextChange: $('next-change'),
    dateInput: $('date-input'), notices: $('notices'), map: $('map'), drawerToggle: $('drawer-toggle'),
    changesSection: $('changes-section'), changesHeading: $('changes-heading'), changes: $('changes'),
    legendHeading: $('legend-heading'), legend: $('legend'), keyChangesSection: $('key-changes-section'),
    keyChangesHeading: $('key-changes-heading'), keyChanges: $('key-changes'), eventsHeading: $('events-heading'),
    eventsWindow: $('events-window'), events: $('events'), credits: $('credits'), top: $('top'),
    compareLabel: $('compare-label'), tools: $('tools'), movableTools: $('movable-tools'), panelTools: $('panel-tools')
  };

  // ---- Words: the page opens in --lang; ?lang=xx switches it when there is a catalog for xx.
  var lang = config.lang;
  var settingsNotices = [];
  var askedLanguage = query.get('lang');
  if (askedLanguage) {
    if (config.languages[askedLanguage]) {
      lang = askedLanguage;
    } else {
      settingsNotices.push({ code: 'language', values: { code: askedLanguage, language: config.languages[lang].name } });
    }
  }
  function words() { return config.languages[lang]; }
  function phrase(key, values) {
    var text = words().phrases[key] || config.languages.en.phrases[key] || key;
    return S.fill(text, values || {});
  }
  function longDate(date) { return S.longDate(date, words().date); }

  // ---- The basemap: the site's (--basemap), or the reader's (?basemap=), beneath the tiles.
  var basemap = config.basemap;
  if (query.get('basemap') !== null) {
    var template = S.parseBasemap(query.get('basemap'));
    if (template) {
      basemap = { url: template, attribution: query.get('attribution') || S.basemapHost(template) };
    } else {
      settingsNotices.push({ code: 'basemap_invalid', values: { text: query.get('basemap') } });
    }
  }
  if (basemap && !config.overlay) { settingsNotices.push({ code: 'basemap_opaque', values: {} }); }

  // ---- What the site can show: state.js brings any link inside it.
  var b = config.bounds;
  // Beyond their own zooms, tiles are enlarged over a basemap, which has the detail to read them against.
  var maxViewZoom = basemap ? Math.min(config.max_zoom + 3, 19) : config.max_zoom;
  var site = {
    first: config.range.from, last: config.mode === 'static' ? config.range.to : null,
    minZoom: config.min_zoom, maxZoom: maxViewZoom,
    bounds: [b[0] - (b[2] - b[0]) / 2, b[1] - (b[3] - b[1]) / 2, b[2] + (b[2] - b[0]) / 2, b[3] + (b[3] - b[1]) / 2],
    keyDates: [], staticDates: config.mode === 'static', defaultDate: config.opening_date
  };
  var keyDates = [];
  var keyDateEntries = {};
  var totalDays = Math.max(1, S.daysBetween(config.range.from, config.range.to));

  // ---- The map: a basemap pane under two tile panes (left and right of the divider).
  var map = L.map('map', { minZoom: config.min_zoom, maxZoom: maxViewZoom, zoomSnap: 1 });
  ui.map.style.background = config.background;
  map.attributionControl.setPrefix('Leaflet');
  map.createPane('basemap').style.zIndex = 150;
  var leftPane = map.createPane('left');
  leftPane.style.zIndex = 210;
  var rightPane = map.createPane('right');
  rightPane.style.zIndex = 220;
  var extent = L.latLngBounds([[b[1], b[0]], [b[3], b[2]]]);
  // The header and the drawer change the map's size as the page fills in: Leaflet must know, or a view set from
  // a link would be centred on the map's old middle.
  if (window.ResizeObserver) { new ResizeObserver(function () { map.invalidateSize(false); }).observe(ui.map); }
  var dataAttribution = S.escapeHTML('Chronomap · ' + config.region + ' v' + config.version + ' · ' + config.licence);
  if (basemap) {
    L.tileLayer(basemap.url, { pane: 'basemap', maxZoom: 19, attribution: S.escapeHTML(basemap.attribution) }).addTo(map);
  }
  var layers = { left: null, right: null };
  function tileURL(date) { return config.urls.tiles.replace('{date}', date); }
  function setLayer(side, date) {
    var current = layers[side];
    if (current && current.date === date) { return; }
    if (current) {
      current.date = date;
      current.layer.setUrl(tileURL(date));
      return;
    }
    var layer = L.tileLayer(tileURL(date), {
      pane: side, minZoom: config.min_zoom, maxZoom: maxViewZoom, maxNativeZoom: config.max_zoom, bounds: extent,
      attribution: dataAttribution
    }).addTo(map);
    layers[side] = { date: date, layer: layer };
  }
  function removeLayer(side) {
    if (!layers[side]) { return; }
    map.removeLayer(layers[side].layer);
    layers[side] = null;
  }

  // ---- Small helpers.
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function fetchJSON(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) { throw new Error(response.status + ' ' + (text || response.statusText).trim()); });
      }
      return response.json();
    });
  }
  function formatNumber(value) {
    try { return Number(value).toLocaleString(lang, { maximumFractionDigits: value < 10 ? 1 : 0 }); } catch (error) { return String(value); }
  }

  // ---- State: the dates and the view; every change is written to the hash.
  var state = null;
  var stateNotices = [];
  var loadNotices = [];
  function rightDate() { return state.dates[state.dates.length - 1]; }
  function leftDate() { return state.dates.length === 2 ? state.dates[0] : null; }
  function currentView() {
    var center = map.getCenter();
    return { zoom: map.getZoom(), lat: center.lat, lon: center.lng };
  }
  function pageAddress(hash, withoutEmbed) {
    var search = new URLSearchParams(location.search);
    if (withoutEmbed) { search.delete('embed'); }
    var text = search.toString();
    return (text ? '?' + text : '') + '#' + hash;
  }
  function writeHash(push) {
    if (!state) { return; }
    var hash = S.formatHash(state);
    if (location.hash !== '#' + hash) {
      var address = location.pathname + pageAddress(hash, false);
      if (push) { history.pushState(null, '', address); } else { history.replaceState(null, '', address); }
    }
    ui.embedLink.href = config.urls.embed + pageAddress(hash, true);
    ui.fullLink.href = config.urls.page + pageAddress(hash, true);
  }

  /** Applies a hash (on load, back/forward, or a hash typed by hand): the state it names, brought inside the site. */
  function apply(hash) {
    var result = S.normalize(S.parseHash(hash), site);
    if (state && S.formatHash(result.state) === S.formatHash(state)) { return; }
    stateNotices = result.notices;
    render(result.state);
    writeHash(false);
  }

  /** A date chosen in the page: a new entry in the history, so Back returns to the date before. */
  function commit(dates) {
    var next = S.normalize({ dates: dates, view: currentView(), problem: null }, site);
    stateNotices = next.notices;
    render(next.state);
    writeHash(true);
  }

  var movingProgrammatically = false;
  function render(next) {
    state = next;
    showTexts();
    map.invalidateSize(false);
    var right = rightDate();
    var left = leftDate();
    var rightMap = S.mapDate(right, site);
    var leftMap = left && S.mapDate(left, site);
    setLayer('right', rightMap);
    if (left) {
      setLayer('left', leftMap);
      if (!swipe) { swipe = new window.ChronomapSwipe(map, leftPane, rightPane, { label: phrase('page.divider_label') }); }
      swipe.setLabels(longDate(left), longDate(right));
    } else {
      removeLayer('left');
      if (swipe) { swipe.remove(); swipe = null; }
    }
    movingProgrammatically = true;
    if (state.view) {
      map.setView([state.view.lat, state.view.lon], state.view.zoom, { animate: false });
    } else {
      map.fitBounds(extent, { animate: false });
    }
    movingProgrammatically = false;
    state.view = currentView();
    showNotices();
    loadLegend();
    loadEvents(right, rightMap);
    showKeyChanges(right);
    if (left) { loadChanges(left, right); } else { clearChanges(); }
    postHeight();
  }

  map.on('moveend', function () {
    if (!state || movingProgrammatically) { return; }
    var zoomChanged = state.view && state.view.zoom !== map.getZoom();
    state.view = currentView();
    writeHash(false);
    if (zoomChanged) { loadLegend(); }
  });
  window.addEventListener('popstate', function () { apply(location.hash); });
  window.addEventListener('hashchange', function () { apply(location.hash); });

  // ---- Notices: what a link asked for that the map could not show, and what failed to load.
  function noticeText(notice) {
    var values = {};
    Object.keys(notice.values).forEach(function (key) {
      var value = notice.values[key];
      values[key] = ['first', 'last', 'shown', 'key'].indexOf(key) >= 0 && S.isDate(String(value)) ? longDate(value) : value;
    });
    if (notice.code === 'zoom') { values.shown = notice.values.shown; }
    if (notice.code === 'beyond_as_of') { return phrase('subtitle.beyond_as_of', values); }
    return phrase('viewer.notice.' + notice.code, values);
  }
  var dismissed = {};
  function showNotices() {
    ui.notices.textContent = '';
    var all = settingsNotices.concat(stateNotices.filter(function (notice) { return notice.code !== 'key_date'; }), loadNotices);
    if (state && rightDate() > config.as_of) { all.push({ code: 'beyond_as_of', values: { date: config.as_of } }); }
    all.forEach(function (notice) {
      var text = noticeText(notice);
      if (dismissed[text]) { return; }
      var item = element('p', 'notice' + (notice.code === 'load_failed' ? ' error' : ''));
      item.appendChild(element('span', '', text));
      var close = element('button', 'dismiss', '\u00D7');
      close.type = 'button';
      close.setAttribute('aria-label', phrase('viewer.dismiss'));
      close.addEventListener('click', function () { dismissed[text] = true; showNotices(); });
      item.appendChild(close);
      ui.notices.appendChild(item);
    });
  }
  function failed(what, error) {
    loadNotices.push({ code: 'load_failed', values: { what: what, reason: error.message } });
    showNotices();
  }

  // ---- The page's own words, dates and controls.
  function showTexts() {
    document.documentElement.lang = lang;
    ui.title.textContent = words().title;
    document.title = words().title + ' \u00B7 Chronomap';
    var comparing = state && state.dates.length === 2;
    ui.compareLabel.textContent = phrase(comparing ? 'viewer.compare_close' : 'viewer.compare');
    ui.compareToggle.title = ui.compareLabel.textContent;
    ui.compareToggle.setAttribute('aria-pressed', comparing ? 'true' : 'false');
    ui.embedLink.textContent = phrase('viewer.embed');
    document.getElementById('full-label').textContent = phrase('viewer.open_full');
    ui.fullLink.title = phrase('viewer.open_full');
    ui.language.setAttribute('aria-label', phrase('viewer.language'));
    [[ui.previousChange, 'viewer.previous_change'], [ui.nextChange, 'viewer.next_change'],
      [ui.leftPrevious, 'viewer.previous_change'], [ui.leftNext, 'viewer.next_change']].forEach(function (pair) {
      pair[0].title = phrase(pair[1]);
      pair[0].setAttribute('aria-label', phrase(pair[1]));
    });
    ui.slider.setAttribute('aria-label', phrase('viewer.slider'));
    ui.dateInput.setAttribute('aria-label', phrase('viewer.date_input'));
    ui.leftDate.setAttribute('aria-label', phrase('viewer.left') + ': ' + phrase('viewer.date_input'));
    ui.leftSide.textContent = phrase('viewer.left');
    ui.rightSide.textContent = phrase('viewer.right');
    ui.drawerToggle.textContent = phrase('viewer.drawer');
    ui.legendHeading.textContent = phrase('viewer.legend');
    ui.eventsHeading.textContent = phrase('viewer.events');
    ui.keyChangesHeading.textContent = phrase('viewer.key_changes');
    ui.credits.textContent = '';
    ui.credits.appendChild(element('p', '', phrase('viewer.data_line', { region: config.region, version: config.version, date: longDate(config.as_of) }) + ' ' + words().attribution));
    ui.credits.appendChild(element('p', '', phrase('viewer.licence', { licence: config.licence })));
    if (basemap) { ui.credits.appendChild(element('p', '', phrase('viewer.basemap', { attribution: basemap.attribution }))); }
    if (!state) { return; }
    var right = rightDate();
    var left = leftDate();
    var rightMap = S.mapDate(right, site);
    var label = longDate(right) + (rightMap !== right ? ' \u00B7 ' + phrase('page.map_of', { date: longDate(rightMap) }) : '');
    if (left) { label = longDate(left) + ' \u21C6 ' + longDate(right); }
    ui.dateLabel.textContent = label;
    ui.map.setAttribute('aria-label', left ? label : phrase('page.map_of', { date: longDate(rightMap) }));
    var offset = Math.min(totalDays, Math.max(0, S.daysBetween(config.range.from, right)));
    ui.slider.value = String(offset);
    ui.slider.setAttribute('aria-valuetext', longDate(right));
    ui.dateInput.value = right;
    ui.previousChange.disabled = !S.previousKeyDate(keyDates, right);
    ui.nextChange.disabled = !S.nextKeyDate(keyDates, right);
    ui.leftRow.hidden = !left;
    ui.rightSide.hidden = !left;
    if (left) {
      ui.leftDate.value = left;
      ui.leftPrevious.disabled = !S.previousKeyDate(keyDates, left);
      ui.leftNext.disabled = !S.nextKeyDate(keyDates, left);
    }
  }

  function drawTicks() {
    ui.ticks.textContent = '';
    keyDates.forEach(function (date) {
      if (date < config.range.from || date > config.range.to) { return; }
      var tick = element('span', 'tick');
      tick.style.left = (100 * S.daysBetween(config.range.from, date) / totalDays) + '%';
      ui.ticks.appendChild(tick);
    });
  }

  function setLanguages() {
    var codes = Object.keys(config.languages);
    ui.language.hidden = codes.length < 2;
    ui.language.textContent = '';
    codes.forEach(function (code) {
      var option = element('option', '', config.languages[code].name);
      option.value = code;
      option.selected = code === lang;
      ui.language.appendChild(option);
    });
  }

  // ---- Controls.
  ui.slider.min = '0';
  ui.slider.max = String(totalDays);
  ui.dateInput.min = config.range.from;
  ui.leftDate.min = config.range.from;
  if (config.mode === 'static') {
    ui.dateInput.max = config.range.to;
    ui.leftDate.max = config.range.to;
  }
  function sliderDate() { return S.addDays(config.range.from, Number(ui.slider.value)); }
  function withRight(date) { return leftDate() ? [leftDate(), date] : [date]; }
  function withLeft(date) { return [date, rightDate()]; }
  ui.slider.addEventListener('input', function () {
    var date = sliderDate();
    ui.slider.setAttribute('aria-valuetext', longDate(date));
    ui.dateLabel.textContent = longDate(date);
  });
  ui.slider.addEventListener('change', function () { commit(withRight(sliderDate())); });
  ui.slider.addEventListener('keydown', function (event) {
    // Arrows step a day (the slider's own keys); Page Up and Page Down jump to the next or previous change.
    if (event.key !== 'PageUp' && event.key !== 'PageDown') { return; }
    event.preventDefault();
    jump(event.key === 'PageUp' ? 1 : -1, 'right');
  });
  function jump(direction, side) {
    if (!state) { return; }
    var date = side === 'left' ? leftDate() : rightDate();
    var target = direction > 0 ? S.nextKeyDate(keyDates, date) : S.previousKeyDate(keyDates, date);
    if (target) { commit(side === 'left' ? withLeft(target) : withRight(target)); }
  }
  ui.previousChange.addEventListener('click', function () { jump(-1, 'right'); });
  ui.nextChange.addEventListener('click', function () { jump(1, 'right'); });
  ui.leftPrevious.addEventListener('click', function () { jump(-1, 'left'); });
  ui.leftNext.addEventListener('click', function () { jump(1, 'left'); });
  ui.dateInput.addEventListener('change', function () {
    if (S.isDate(ui.dateInput.value)) { commit(withRight(ui.dateInput.value)); }
  });
  ui.leftDate.addEventListener('change', function () {
    if (S.isDate(ui.leftDate.value)) { commit(withLeft(ui.leftDate.value)); }
  });
  ui.compareToggle.addEventListener('click', function () {
    if (!state) { return; }
    if (leftDate()) { commit([rightDate()]); return; }
    var right = rightDate();
    var before = S.previousKeyDate(keyDates, S.mapDate(right, site)) || config.range.from;
    commit([before, right]);
  });
  ui.language.addEventListener('change', function () {
    lang = ui.language.value;
    var search = new URLSearchParams(location.search);
    search.set('lang', lang);
    history.replaceState(null, '', location.pathname + '?' + search.toString() + location.hash);
    settingsNotices = settingsNotices.filter(function (notice) { return notice.code !== 'language'; });
    showTexts();
    if (swipe && state && leftDate()) {
      swipe.range.setAttribute('aria-label', phrase('page.divider_label'));
      swipe.setLabels(longDate(leftDate()), longDate(rightDate()));
    }
    showNotices();
    if (state) {
      loadEvents(rightDate(), S.mapDate(rightDate(), site));
      showKeyChanges(rightDate());
      if (leftDate()) { loadChanges(leftDate(), rightDate()); }
    }
    if (lastLegend) { showLegend(lastLegend); }
  });
  ui.drawerToggle.addEventListener('click', function () { setDrawer(!document.body.classList.contains('drawer-open')); });
  function setDrawer(open) {
    document.body.classList.toggle('drawer-open', open);
    ui.drawerToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    map.invalidateSize();
    postHeight();
  }

  // ---- The legend: the lines of what the tiles of the date(s) draw at this zoom, from the tiles' own scenes.
  var lastLegend = null;
  var legendRequest = 0;
  function legendZoom() { return Math.max(config.min_zoom, Math.min(config.max_zoom, Math.round(map.getZoom()))); }
  function loadLegend() {
    if (!state) { return; }
    var days = state.dates.map(function (date) { return S.mapDate(date, site); });
    if (days.length === 2 && days[0] === days[1]) { days = [days[0]]; }
    var zoom = legendZoom();
    var request = ++legendRequest;
    Promise.all(days.map(function (day) {
      return fetchJSON(config.urls.legend.replace('{date}', day).replace('{z}', String(zoom)));
    })).then(function (documents) {
      if (request !== legendRequest) { return; }
      var lines = S.mergeLegends(documents.map(function (document) { return document.lines; }));
      lastLegend = lines;
      showLegend(lines);
    }).catch(function (error) { failed(config.urls.legend, error); });
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
  function showLegend(lines) {
    ui.legend.textContent = '';
    var list = null;
    var group = null;
    lines.forEach(function (line, index) {
      if (line.group_title !== group) {
        group = line.group_title;
        ui.legend.appendChild(element('h3', '', group));
        list = element('ul', 'legend');
        ui.legend.appendChild(list);
      }
      var row = element('li');
      row.appendChild(swatchNode(line.swatch, index));
      row.appendChild(element('span', '', line.label));
      list.appendChild(row);
    });
  }

  // ---- Events: the day's and those of the days before, with who claims and who denies them, and their sources.
  var eventMarker = null;
  var eventsRequest = 0;
  function loadEvents(date, mapDay) {
    var day = site.staticDates ? mapDay : date;
    var request = ++eventsRequest;
    fetchJSON(config.urls.events.replace('{date}', day)).then(function (payload) {
      if (request === eventsRequest) { showEvents(payload); }
    }).catch(function (error) { failed(config.urls.events.replace('{date}', day), error); });
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
  function showEvents(payload) {
    ui.eventsWindow.textContent = phrase('viewer.events_window', {
      start: longDate(S.addDays(payload.date, -payload.events_window_days)), date: longDate(payload.date)
    });
    ui.events.textContent = '';
    if (payload.events.length === 0) { ui.events.appendChild(element('li', 'muted', phrase('viewer.events_none'))); }
    payload.events.forEach(function (event) {
      var item = element('li', 'event');
      var symbol = config.symbols[event.kind] || { glyph: '\u25CF', color: '#444444' };
      var kindLabel = words().kinds[event.kind] || event.kind;
      var heading = element(event.center ? 'button' : 'div', 'event-title');
      if (event.center) {
        heading.type = 'button';
        heading.title = phrase('viewer.show_on_map');
        heading.addEventListener('click', function () { goTo(event); });
      }
      var glyph = element('span', 'glyph', symbol.glyph);
      glyph.style.color = symbol.color;
      glyph.setAttribute('aria-hidden', 'true');
      heading.appendChild(glyph);
      heading.appendChild(element('strong', '', event.title));
      item.appendChild(heading);
      var zone = config.utc_offset ? ' (UTC' + config.utc_offset + ')' : '';
      // An event over several days gives its last day (`end_date` is the first day after it).
      var last = event.end_date ? S.addDays(event.end_date, -1) : null;
      var when = longDate(event.date) + (last && last !== event.date ? ' \u2013 ' + longDate(last) : '') +
        (event.time ? ', ' + event.time + zone : '');
      item.appendChild(element('div', 'meta', kindLabel + ' \u00B7 ' + when +
        (event.accuracy === 'approximate' ? ' \u00B7 ' + phrase('viewer.approximate_place') : '')));
      if (event.claim) { item.appendChild(element('div', 'claim', event.claim[lang] || event.claim.en)); }
      if (event.description) { item.appendChild(element('div', '', event.description)); }
      if (event.note) { item.appendChild(element('div', 'note', event.note)); }
      var sources = element('div', 'sources meta', phrase('viewer.sources') + ' ');
      event.sources.forEach(function (source) { sources.appendChild(sourceNode(source)); });
      item.appendChild(sources);
      ui.events.appendChild(item);
    });
  }
  function goTo(event) {
    var center = L.latLng(event.center[1], event.center[0]);
    var zoom = Math.max(map.getZoom(), Math.min(10, maxViewZoom));
    var box = event.bbox;
    if (box && (box[2] - box[0] > 0.001 || box[3] - box[1] > 0.001)) {
      map.fitBounds([[box[1], box[0]], [box[3], box[2]]], { maxZoom: zoom, padding: [30, 30], animate: false });
    } else {
      map.setView(center, zoom, { animate: false });
    }
    if (eventMarker) { map.removeLayer(eventMarker); }
    eventMarker = L.circleMarker(center, { radius: 18, color: '#d55e00', weight: 3, fill: false, interactive: false }).addTo(map);
    if (document.body.classList.contains('drawer-open') && isDrawer()) { setDrawer(false); }
  }
  function isDrawer() { return window.getComputedStyle(ui.drawerToggle).display !== 'none'; }

  /**
   * What changed on a key date, as a map of it would say: the ground and places that changed hands since the key
   * date before (the changes document `compare` writes, so the same figures), each side in the reader's language;
   * on the data's first date, each side's ground as new; then the overlays and other features that begin or end.
   * A control zone's beginning or end is never listed by itself: it is said as what changed hands.
   */
  var keyChangesRequest = 0;
  function showKeyChanges(date) {
    var entry = keyDateEntries[date];
    var request = ++keyChangesRequest;
    ui.keyChanges.textContent = '';
    var changes = entry ? entry.changes : [];
    var handsChanged = false;
    changes.forEach(function (change) {
      if (change.kind === 'happens') { return; }
      if (change.controller !== undefined && change.kind !== 'settles') { handsChanged = true; return; }
      var key = change.kind === 'begins' ? 'viewer.begins' : change.kind === 'settles' ? 'viewer.settles' : 'viewer.ends';
      ui.keyChanges.appendChild(element('li', '', phrase(key, { summary: changeSubject(change) })));
    });
    if (entry && entry.held) {
      showHandsChanged(entry.held.map(function (held) { return gainedText(held.to, held.area_km2); }));
    } else if (entry && entry.previous && handsChanged && S.hasChanges(config.change_pairs, entry.previous, date)) {
      var url = config.urls.changes.replace('{before}', entry.previous).replace('{after}', date);
      fetchJSON(url).then(function (collection) {
        if (request !== keyChangesRequest) { return; }
        showHandsChanged(collection.features.map(function (feature) { return changeText(feature.properties); }));
      }).catch(function (error) { failed(url, error); });
    }
    ui.keyChangesSection.hidden = ui.keyChanges.children.length === 0;
  }
  /** The lines of what changed hands, above the other changes of the date. */
  function showHandsChanged(lines) {
    var first = ui.keyChanges.firstChild;
    lines.forEach(function (line) { ui.keyChanges.insertBefore(element('li', 'hands', line), first); });
    ui.keyChangesSection.hidden = ui.keyChanges.children.length === 0;
  }
  /** What a change of a key date is about: a side or an overlay in the reader's language, else the data's words. */
  function changeSubject(change) {
    if (change.controller !== undefined) { return controllerName(change.controller); }
    if (change.overlay !== undefined) { return (words().overlays || {})[change.overlay] || change.summary; }
    return change.summary;
  }
  /** Ground a side holds that nobody held before. */
  function gainedText(id, km2) {
    return phrase('change.gained', { party: controllerName(id), area: phrase('area.km2', { value: formatNumber(km2) }) });
  }

  // ---- Two dates: the areas that changed hands between them (the GEOS difference `compare` uses).
  var swipe = null;
  var changesLayer = null;
  var changesControl = null;
  var changesShown = true;
  var changesRequest = 0;
  function clearChanges() {
    if (changesLayer) { map.removeLayer(changesLayer); changesLayer = null; }
    if (changesControl) { map.removeControl(changesControl); changesControl = null; }
    ui.changesSection.hidden = true;
  }
  /** What changed hands between the two dates shown (the earlier first), from the changes of their maps' dates. */
  function loadChanges(left, right) {
    clearChanges();
    var first = left < right ? left : right;
    var second = left < right ? right : left;
    var before = S.mapDate(first, site);
    var after = S.mapDate(second, site);
    ui.changesSection.hidden = false;
    ui.changesHeading.textContent = phrase('viewer.changes_heading', { before: longDate(first), after: longDate(second) });
    ui.changes.textContent = '';
    if (before === after) {
      ui.changes.appendChild(element('li', 'muted', phrase('pair.nothing_changed')));
      return;
    }
    if (!S.hasChanges(config.change_pairs, before, after)) {
      ui.changes.appendChild(element('li', 'muted', phrase('viewer.changes_unavailable', {
        first: longDate(keyDates[0]), last: longDate(keyDates[keyDates.length - 1])
      })));
      return;
    }
    var url = config.urls.changes.replace('{before}', before).replace('{after}', after);
    var request = ++changesRequest;
    fetchJSON(url).then(function (collection) {
      if (request !== changesRequest) { return; }
      showChanges(collection);
    }).catch(function (error) { failed(url, error); });
  }
  /** Who held a place: the party's wording in the page's language (the file's own wording otherwise). */
  function controllerName(id, written) {
    if (id === null || id === undefined) { return phrase('change.outside'); }
    return words().parties[id] || written || id;
  }
  function changeText(properties) {
    var direction = phrase('change.direction', {
      from: controllerName(properties.from, properties.from_name), to: controllerName(properties.to, properties.to_name)
    });
    if (properties.state === 'changing-hands') { direction += ' (' + phrase('zone.changing_hands') + ')'; }
    if (properties.kind === 'area-change') {
      return direction + ': ' + phrase('area.km2', { value: formatNumber(properties.area_km2) });
    }
    return properties.name + ': ' + direction;
  }
  function showChanges(collection) {
    ui.changes.textContent = '';
    if (collection.features.length === 0) { ui.changes.appendChild(element('li', 'muted', phrase('pair.nothing_changed'))); }
    collection.features.forEach(function (feature) { ui.changes.appendChild(element('li', '', changeText(feature.properties))); });
    changesLayer = L.geoJSON(collection, {
      style: function () { return { color: '#1a1a1a', weight: 2.5, dashArray: '6 4', fillColor: '#1a1a1a', fillOpacity: 0.18 }; },
      pointToLayer: function (feature, position) {
        return L.circleMarker(position, { radius: 5, color: '#1a1a1a', weight: 2, fillColor: '#ffffff', fillOpacity: 1 });
      },
      onEachFeature: function (feature, layer) { layer.bindTooltip(changeText(feature.properties)); }
    });
    if (changesShown) { changesLayer.addTo(map); }
    var overlays = {};
    overlays[phrase('viewer.changes_layer')] = changesLayer;
    changesControl = L.control.layers(null, overlays, { collapsed: false, position: 'topright' }).addTo(map);
  }
  map.on('overlayadd', function (event) { if (event.layer === changesLayer) { changesShown = true; } });
  map.on('overlayremove', function (event) { if (event.layer === changesLayer) { changesShown = false; } });

  // ---- In a frame: the compact page, a link to the full map, and the height the frame should have.
  function postHeight() {
    if (!embedded || window.parent === window) { return; }
    var height = S.embedHeight(document.documentElement.clientWidth, ui.top.offsetHeight, ui.drawerToggle.offsetHeight);
    if (document.body.classList.contains('drawer-open')) { height += 240; }
    window.parent.postMessage({ 'chronomap-height': height }, '*');
  }
  if (embedded) {
    document.body.classList.add('embedded');
    ui.fullLink.hidden = false;
    ui.embedLink.hidden = true;
  }
  window.addEventListener('resize', postHeight);

  // On a phone (or in a frame) the header keeps the title, the date and the compare button; the embed link and
  // the language go into the drawer.
  var narrow = window.matchMedia('(max-width: 700px)');
  function placeTools() {
    var compact = embedded || narrow.matches;
    var home = compact ? ui.panelTools : ui.tools;
    if (ui.movableTools.parentNode !== home) { home.insertBefore(ui.movableTools, compact ? null : ui.fullLink); }
    ui.panelTools.hidden = !compact;
  }
  if (narrow.addEventListener) { narrow.addEventListener('change', placeTools); }
  placeTools();

  // A fault of the page itself is said on the page, not only in a console no reader opens.
  window.addEventListener('error', function (event) {
    failed('viewer', { message: event.message });
  });

  // ---- Start: the words, the key dates, then the state the link names.
  setLanguages();
  showTexts();
  showNotices();
  fetchJSON(config.urls.dates).then(function (payload) {
    keyDates = payload.dates.map(function (entry) { return entry.date; });
    payload.dates.forEach(function (entry) { keyDateEntries[entry.date] = entry; });
    site.keyDates = keyDates;
    drawTicks();
  }).catch(function (error) {
    failed(config.urls.dates, error);
  }).then(function () {
    apply(location.hash);
  });
})();
