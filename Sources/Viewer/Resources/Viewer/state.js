/*
 * The viewer's state and its URL, without the page: parsing and writing the hash (`#2023-09-19/10/39.82/46.75`,
 * `#2023-09-18..2023-10-15/10/39.82/46.75`), bringing a state back inside what the map can show (and saying
 * what was changed), key dates, date formatting, phrases, the basemap template and the embed snippet.
 * The page loads it as a script (window.ChronomapState); node's tests load it as a module.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.ChronomapState = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var DAY_MS = 86400000;
  var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
  var NUMBER_PATTERN = /^-?\d+(\.\d+)?$/;

  /** Whether text is a real calendar date written YYYY-MM-DD (2023-02-30 is not). */
  function isDate(text) {
    var match = DATE_PATTERN.exec(text);
    if (!match) { return false; }
    var time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return new Date(time).toISOString().slice(0, 10) === text;
  }

  function toTime(date) { return Date.parse(date + 'T00:00:00Z'); }
  function fromTime(time) { return new Date(time).toISOString().slice(0, 10); }

  /** The date `days` days after `date` (before it when negative). */
  function addDays(date, days) { return fromTime(toTime(date) + days * DAY_MS); }

  /** Whole days from `from` to `to`. */
  function daysBetween(from, to) { return Math.round((toTime(to) - toTime(from)) / DAY_MS); }

  /**
   * Reads a hash: one date or two (`D1..D2`), then optionally `/zoom/lat/lon`. Returns
   * `{dates, view, problem}`: `dates` null when the hash holds no usable date, `view` null when it holds no
   * usable view, and `problem` the first thing wrong (`{code: 'malformed', text}` or `{code: 'invalid_date', date}`),
   * or null.
   */
  function parseHash(hash) {
    var text = String(hash || '').replace(/^#/, '');
    try { text = decodeURIComponent(text); } catch (error) { /* keep the text as it came */ }
    if (text === '') { return { dates: null, view: null, problem: null }; }
    var parts = text.split('/');
    var dateParts = parts[0].split('..');
    if (dateParts.length > 2 || (parts.length !== 1 && parts.length !== 4)) {
      return { dates: null, view: null, problem: { code: 'malformed', text: text } };
    }
    for (var i = 0; i < dateParts.length; i++) {
      if (!DATE_PATTERN.test(dateParts[i])) {
        return { dates: null, view: null, problem: { code: 'malformed', text: text } };
      }
      if (!isDate(dateParts[i])) {
        return { dates: null, view: null, problem: { code: 'invalid_date', date: dateParts[i] } };
      }
    }
    var view = null;
    if (parts.length === 4) {
      var numbers = parts.slice(1);
      if (!/^\d+$/.test(numbers[0]) || !NUMBER_PATTERN.test(numbers[1]) || !NUMBER_PATTERN.test(numbers[2])) {
        return { dates: dateParts, view: null, problem: { code: 'malformed', text: text } };
      }
      view = { zoom: Number(numbers[0]), lat: Number(numbers[1]), lon: Number(numbers[2]) };
    }
    return { dates: dateParts, view: view, problem: null };
  }

  /** Decimals that keep a position to about a pixel at a zoom (2 at zoom 6, 3 at zoom 10, 5 at zoom 17). */
  function decimalsForZoom(zoom) {
    return Math.max(2, Math.ceil(Math.log(Math.pow(2, zoom) * 256 / 360) / Math.LN10));
  }

  /** The hash of a state: `2023-09-19/10/39.820/46.750`, or the dates alone when there is no view. */
  function formatHash(state) {
    var text = state.dates.join('..');
    if (state.view) {
      var decimals = decimalsForZoom(state.view.zoom);
      text += '/' + state.view.zoom + '/' + state.view.lat.toFixed(decimals) + '/' + state.view.lon.toFixed(decimals);
    }
    return text;
  }

  /** The last of the sorted dates on or before `date`, or null. */
  function keyDateOnOrBefore(keyDates, date) {
    var found = null;
    for (var i = 0; i < keyDates.length; i++) { if (keyDates[i] <= date) { found = keyDates[i]; } }
    return found;
  }

  /** The first of the sorted dates after `date`, or null. */
  function nextKeyDate(keyDates, date) {
    for (var i = 0; i < keyDates.length; i++) { if (keyDates[i] > date) { return keyDates[i]; } }
    return null;
  }

  /** The last of the sorted dates before `date`, or null. */
  function previousKeyDate(keyDates, date) {
    var found = null;
    for (var i = 0; i < keyDates.length; i++) { if (keyDates[i] < date) { found = keyDates[i]; } }
    return found;
  }

  /**
   * The date whose map is shown for a date: itself where any date can be drawn (the server), else the last key
   * date on or before it (a static site has the tiles of its key dates only).
   */
  function mapDate(date, site) {
    if (!site.staticDates) { return date; }
    return keyDateOnOrBefore(site.keyDates, date) || site.keyDates[0] || date;
  }

  function clamp(value, low, high) { return Math.min(high, Math.max(low, value)); }

  /**
   * Brings a parsed hash inside what the site can show. `site`: `{first, last, minZoom, maxZoom, bounds:
   * [w, s, e, n], keyDates, staticDates, defaultDate}`; `last` null where any later date can be drawn (the
   * server draws the last known state). Returns `{state: {dates, view}, notices}`, each notice
   * `{code, values}` for the page to word: `malformed`, `invalid_date`, `before_range`, `after_range`, `zoom`,
   * `position`, and `key_date` (a static site showing the map of an earlier key date: information, not a fault).
   */
  function normalize(parsed, site) {
    var notices = [];
    var dates = parsed.dates ? parsed.dates.slice() : [site.defaultDate];
    if (parsed.problem) {
      var values = parsed.problem.code === 'malformed' ? { text: parsed.problem.text } : { date: parsed.problem.date };
      values.shown = site.defaultDate;
      notices.push({ code: parsed.problem.code, values: values });
    }
    dates = dates.map(function (date) {
      if (date < site.first) {
        notices.push({ code: 'before_range', values: { date: date, first: site.first } });
        return site.first;
      }
      if (site.last && date > site.last) {
        notices.push({ code: 'after_range', values: { date: date, last: site.last } });
        return site.last;
      }
      return date;
    });
    if (dates.length === 2 && dates[0] === dates[1]) { dates = [dates[0]]; }
    if (site.staticDates) {
      dates.forEach(function (date) {
        var shown = mapDate(date, site);
        if (shown !== date) { notices.push({ code: 'key_date', values: { date: date, key: shown } }); }
      });
    }
    var view = parsed.view;
    if (view) {
      var zoom = clamp(Math.round(view.zoom), site.minZoom, site.maxZoom);
      if (zoom !== view.zoom) {
        notices.push({ code: 'zoom', values: { zoom: view.zoom, min: site.minZoom, max: site.maxZoom, shown: zoom } });
      }
      var b = site.bounds;
      if (view.lat < b[1] || view.lat > b[3] || view.lon < b[0] || view.lon > b[2]) {
        notices.push({ code: 'position', values: { lat: view.lat, lon: view.lon } });
        view = null;
      } else {
        view = { zoom: zoom, lat: view.lat, lon: view.lon };
      }
    }
    return { state: { dates: dates, view: view }, notices: notices };
  }

  /** A phrase with its `{name}` places filled; a place with no value stays as it is. */
  function fill(template, values) {
    return String(template).replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /** A date as the language writes it in full: `{long: "{day} {month} {year}", months: [...]}`. */
  function longDate(date, words) {
    var match = DATE_PATTERN.exec(date);
    if (!match) { return String(date); }
    return fill(words.long, { day: Number(match[3]), month: words.months[Number(match[2]) - 1], year: match[1] });
  }

  /** Text made safe inside HTML (Leaflet's attribution is HTML). */
  function escapeHTML(text) {
    return String(text).replace(/[&<>"']/g, function (character) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[character];
    });
  }

  /**
   * A basemap URL template from a reader's `?basemap=`: an http(s) URL or a path of this site, with `{z}`,
   * `{x}` and `{y}`. Returns null for anything else (another scheme could run code or leak the page).
   */
  function parseBasemap(text) {
    if (typeof text !== 'string' || text.length === 0 || text.length > 2000) { return null; }
    if (!/\{z\}/.test(text) || !/\{x\}/.test(text) || !/\{-?y\}/.test(text)) { return null; }
    if (/^https?:\/\/[^\s/]+\//i.test(text)) { return text; }
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) || /^\/\//.test(text) || /\s/.test(text)) { return null; }
    return text;
  }

  /** The host a basemap comes from, to credit it when no attribution is given. */
  function basemapHost(template) {
    var match = /^https?:\/\/([^/]+)\//i.exec(template);
    return match ? match[1].replace(/\{s\}\./, '') : template.split('/')[0];
  }

  /** Whether `changes/<a>_<b>.geojson` exists: any pair on a server, the listed pairs on a static site. */
  function hasChanges(pairs, before, after) {
    return pairs === null || pairs === undefined || pairs.indexOf(before + '_' + after) >= 0;
  }

  /**
   * The attributes of the embed snippet's frame, in order, as [name, value] pairs (an empty value is a bare
   * attribute): the page at `pageURL` with `?embed=1` and the view's hash, a title for screen readers, a starting
   * height.
   */
  function embedFrame(pageURL, hash, title, height) {
    var source = pageURL.split('#')[0].split('?')[0] + '?embed=1' + (hash ? '#' + hash : '');
    return [['src', source], ['title', title], ['width', '100%'], ['height', String(height)],
      ['style', 'border:0;width:100%;max-width:100%'], ['loading', 'lazy'], ['allow', 'fullscreen'],
      ['data-chronomap-embed', '']];
  }

  /**
   * Sets each embed frame's height to what its page asks for (a `chronomap-height` message), so the map fits any
   * column width. The snippet's script is this function's own text, and the embed page calls it (the viewer's
   * pages run no inline script): keep it self-contained, with no name from outside it.
   */
  function listenForEmbedHeights() {
    if (window.chronomapEmbed) { return; }
    window.chronomapEmbed = 1;
    window.addEventListener('message', function (e) {
      var h = e.data && e.data['chronomap-height'];
      if (typeof h !== 'number' || h < 100 || h > 5000) { return; }
      var f = document.querySelectorAll('iframe[data-chronomap-embed]');
      for (var i = 0; i < f.length; i++) {
        if (f[i].contentWindow === e.source) { f[i].style.height = Math.round(h) + 'px'; }
      }
    });
  }

  /** The iframe snippet a newsroom pastes: the frame of `embedFrame`, and `listenForEmbedHeights` as its script. */
  function embedSnippet(pageURL, hash, title, height) {
    var attributes = embedFrame(pageURL, hash, title, height).map(function (pair) {
      return pair[1] === '' ? pair[0] : pair[0] + '="' + escapeHTML(pair[1]) + '"';
    });
    var script = String(listenForEmbedHeights).replace(/\n {2}/g, '\n');
    return '<iframe ' + attributes.join(' ') + '></iframe>\n<script>(' + script + ')();</script>';
  }

  /** The height an embedded viewer asks its frame for: the header, a map about 2:3 of the width, the drawer bar. */
  function embedHeight(width, headerHeight, drawerHeight) {
    return Math.round(headerHeight + clamp(Math.round(width * 0.68), 300, 640) + drawerHeight);
  }

  /**
   * The legend of two maps side by side: each group once, in the order the maps give them (a group only the second
   * map has comes after the group it follows there), each line once.
   */
  function mergeLegends(legends) {
    var groups = [];
    var linesByGroup = {};
    var seen = {};
    legends.forEach(function (lines) {
      var previous = null;
      lines.forEach(function (line) {
        if (!linesByGroup[line.group]) {
          linesByGroup[line.group] = [];
          var at = previous === null ? 0 : groups.indexOf(previous) + 1;
          groups.splice(at, 0, line.group);
        }
        previous = line.group;
        var key = line.group + '\u0000' + line.label;
        if (!seen[key]) {
          seen[key] = true;
          linesByGroup[line.group].push(line);
        }
      });
    });
    return groups.reduce(function (all, group) { return all.concat(linesByGroup[group]); }, []);
  }

  return {
    mergeLegends: mergeLegends,
    isDate: isDate,
    addDays: addDays,
    daysBetween: daysBetween,
    parseHash: parseHash,
    formatHash: formatHash,
    decimalsForZoom: decimalsForZoom,
    keyDateOnOrBefore: keyDateOnOrBefore,
    nextKeyDate: nextKeyDate,
    previousKeyDate: previousKeyDate,
    mapDate: mapDate,
    normalize: normalize,
    fill: fill,
    longDate: longDate,
    escapeHTML: escapeHTML,
    parseBasemap: parseBasemap,
    basemapHost: basemapHost,
    hasChanges: hasChanges,
    embedFrame: embedFrame,
    listenForEmbedHeights: listenForEmbedHeights,
    embedSnippet: embedSnippet,
    embedHeight: embedHeight
  };
});
