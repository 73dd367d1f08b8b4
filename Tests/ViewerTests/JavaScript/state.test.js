// The viewer's logic without a page: `node --test` runs this file (ViewerTests/JavaScriptTests.swift runs node).
// Expected values are written out by hand, not computed with the code under test.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const S = require(path.join(process.env.CHRONOMAP_VIEWER_DIR, 'state.js'));

const staticSite = {
  first: '2020-09-26', last: '2020-11-10', minZoom: 5, maxZoom: 10, bounds: [45.4, 38.9, 47.6, 40.6],
  keyDates: ['2020-09-23', '2020-09-27', '2020-10-02', '2020-11-10'], staticDates: true, defaultDate: '2020-11-10'
};
const serverSite = Object.assign({}, staticSite, { last: null, staticDates: false, first: '1994-05-12' });

test('a permalink of one date and a view', () => {
  assert.deepEqual(S.parseHash('#2023-09-19/10/39.82/46.75'),
    { dates: ['2023-09-19'], view: { zoom: 10, lat: 39.82, lon: 46.75 }, problem: null });
});

test('a permalink of two dates, with and without a view', () => {
  assert.deepEqual(S.parseHash('#2023-09-18..2023-10-15/10/39.82/46.75').dates, ['2023-09-18', '2023-10-15']);
  assert.deepEqual(S.parseHash('#2023-09-18..2023-10-15'),
    { dates: ['2023-09-18', '2023-10-15'], view: null, problem: null });
  assert.deepEqual(S.parseHash('2023-09-18..2023-10-15/9/-1.5/-30.25').view, { zoom: 9, lat: -1.5, lon: -30.25 });
});

test('an escaped hash as some mail programs send it', () => {
  assert.deepEqual(S.parseHash('#2023-09-18%2E%2E2023-10-15').dates, ['2023-09-18', '2023-10-15']);
});

test('an empty hash asks for the default state', () => {
  assert.deepEqual(S.parseHash(''), { dates: null, view: null, problem: null });
  assert.deepEqual(S.parseHash('#'), { dates: null, view: null, problem: null });
});

test('malformed hashes say so', () => {
  for (const hash of ['#yesterday', '#2023-9-19', '#2023-09-19/10/39.82', '#2023-09-19/ten/39/46', '#2023-09-19/10/39.8/46.7/1',
    '#2023-09-18..2023-09-19..2023-09-20', '#2023-09-19/10/1e3/46', '#<script>']) {
    assert.equal(S.parseHash(hash).problem.code, 'malformed', hash);
  }
  assert.deepEqual(S.parseHash('#2023-02-30'), { dates: null, view: null, problem: { code: 'invalid_date', date: '2023-02-30' } });
  // A good date with a bad view keeps the date.
  assert.deepEqual(S.parseHash('#2023-09-19/z/1/2').dates, ['2023-09-19']);
});

test('calendar dates', () => {
  assert.equal(S.isDate('2024-02-29'), true);
  assert.equal(S.isDate('2023-02-29'), false);
  assert.equal(S.isDate('2023-13-01'), false);
  assert.equal(S.addDays('2020-02-28', 1), '2020-02-29');
  assert.equal(S.addDays('2021-01-01', -1), '2020-12-31');
  assert.equal(S.daysBetween('1994-05-12', '2024-01-01'), 10826);
});

test('the hash of a state keeps about a pixel of precision', () => {
  assert.equal(S.formatHash({ dates: ['2023-09-19'], view: { zoom: 10, lat: 39.82, lon: 46.75 } }), '2023-09-19/10/39.820/46.750');
  assert.equal(S.formatHash({ dates: ['2023-09-19'], view: { zoom: 6, lat: 39.8234, lon: 46.7512 } }), '2023-09-19/6/39.82/46.75');
  assert.equal(S.formatHash({ dates: ['2020-09-26', '2020-11-10'], view: null }), '2020-09-26..2020-11-10');
  assert.equal(S.decimalsForZoom(17), 5);
});

test('key dates: next, previous, and the map a date shows', () => {
  const keys = staticSite.keyDates;
  assert.equal(S.nextKeyDate(keys, '2020-09-27'), '2020-10-02');
  assert.equal(S.nextKeyDate(keys, '2020-11-10'), null);
  assert.equal(S.previousKeyDate(keys, '2020-09-27'), '2020-09-23');
  assert.equal(S.previousKeyDate(keys, '2020-09-23'), null);
  assert.equal(S.mapDate('2020-10-15', staticSite), '2020-10-02');
  assert.equal(S.mapDate('2020-10-15', serverSite), '2020-10-15');
});

test('a date before or after the site falls back to its first or last date and says so', () => {
  const before = S.normalize(S.parseHash('#1992-01-01/8/39.8/46.7'), staticSite);
  assert.deepEqual(before.state, { dates: ['2020-09-26'], view: { zoom: 8, lat: 39.8, lon: 46.7 } });
  assert.deepEqual(before.notices[0], { code: 'before_range', values: { date: '1992-01-01', first: '2020-09-26' } });
  // 26 September is no key date: the site shows the map of the 23rd, and says so too.
  assert.deepEqual(before.notices[1], { code: 'key_date', values: { date: '2020-09-26', key: '2020-09-23' } });
  const after = S.normalize(S.parseHash('#2030-01-01'), staticSite);
  assert.deepEqual(after.state.dates, ['2020-11-10']);
  assert.deepEqual(after.notices, [{ code: 'after_range', values: { date: '2030-01-01', last: '2020-11-10' } }]);
  // The server draws any later date (as the last known state).
  assert.deepEqual(S.normalize(S.parseHash('#2030-01-01'), serverSite).notices, []);
});

test('a zoom outside the site is brought to the nearest zoom it has', () => {
  const far = S.normalize(S.parseHash('#2020-10-02/15/39.8/46.7'), staticSite);
  assert.deepEqual(far.state.view, { zoom: 10, lat: 39.8, lon: 46.7 });
  assert.deepEqual(far.notices, [{ code: 'zoom', values: { zoom: 15, min: 5, max: 10, shown: 10 } }]);
  assert.equal(S.normalize(S.parseHash('#2020-10-02/0/39.8/46.7'), staticSite).state.view.zoom, 5);
});

test('a position outside the map shows the whole region', () => {
  const result = S.normalize(S.parseHash('#2020-10-02/8/10/10'), staticSite);
  assert.equal(result.state.view, null);
  assert.equal(result.notices[0].code, 'position');
});

test('a malformed hash shows the default date and says what it could not read', () => {
  const result = S.normalize(S.parseHash('#next-tuesday'), staticSite);
  assert.deepEqual(result.state, { dates: ['2020-11-10'], view: null });
  assert.deepEqual(result.notices, [{ code: 'malformed', values: { text: 'next-tuesday', shown: '2020-11-10' } }]);
});

test('two equal dates are one', () => {
  assert.deepEqual(S.normalize(S.parseHash('#2020-10-02..2020-10-02'), staticSite).state.dates, ['2020-10-02']);
});

test('dates in words, in English and Russian', () => {
  const english = { long: '{day} {month} {year}', months: ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'] };
  const russian = { long: '{day} {month} {year}', months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля',
    'августа', 'сентября', 'октября', 'ноября', 'декабря'] };
  assert.equal(S.longDate('2023-09-19', english), '19 September 2023');
  assert.equal(S.longDate('2024-01-01', russian), '1 января 2024');
});

test('phrases are filled, unknown places kept', () => {
  assert.equal(S.fill('{date} is before {first}', { date: 'a', first: 'b' }), 'a is before b');
  assert.equal(S.fill('{date} and {other}', { date: 'a' }), 'a and {other}');
});

test('HTML is escaped', () => {
  assert.equal(S.escapeHTML('<img src=x onerror="alert(1)">&\''), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
});

test('basemap templates: http(s) or this site, with {z}, {x} and {y}', () => {
  assert.equal(S.parseBasemap('https://tile.openstreetmap.org/{z}/{x}/{y}.png'), 'https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  assert.equal(S.parseBasemap('basemap/{z}/{x}/{y}.png'), 'basemap/{z}/{x}/{y}.png');
  assert.equal(S.parseBasemap('https://{s}.example.org/{z}/{x}/{-y}.jpg'), 'https://{s}.example.org/{z}/{x}/{-y}.jpg');
  for (const bad of ['javascript:alert(1)//{z}/{x}/{y}', 'https://tile.example.org/{z}/{x}.png', '//evil.example/{z}/{x}/{y}',
    'data:image/png;base64,{z}{x}{y}', '', null, 'tiles/{z}/{x}/{y}.png onerror=x']) {
    assert.equal(S.parseBasemap(bad), null, String(bad));
  }
  assert.equal(S.basemapHost('https://{s}.tile.example.org/{z}/{x}/{y}.png'), 'tile.example.org');
  assert.equal(S.basemapHost('basemap/{z}/{x}/{y}.png'), 'basemap');
});

test('changes exist for the listed pairs on a site, for any pair on a server', () => {
  assert.equal(S.hasChanges(['2020-09-23_2020-09-27'], '2020-09-23', '2020-09-27'), true);
  assert.equal(S.hasChanges(['2020-09-23_2020-09-27'], '2020-09-27', '2020-10-02'), false);
  assert.equal(S.hasChanges(null, '2020-09-27', '2020-10-02'), true);
});

test('the embed snippet', () => {
  const snippet = S.embedSnippet('https://example.org/map/index.html?lang=ru#2023-09-19', '2023-09-19/9/39.82/46.75',
    'Map of "Region" on 19 September 2023', 520);
  assert.ok(snippet.startsWith('<iframe src="https://example.org/map/index.html?embed=1#2023-09-19/9/39.82/46.75" ' +
    'title="Map of &quot;Region&quot; on 19 September 2023" width="100%" height="520" '));
  assert.ok(snippet.includes('style="border:0;width:100%;max-width:100%" loading="lazy" allow="fullscreen" ' +
    'data-chronomap-embed></iframe>\n<script>'));
  assert.ok(snippet.endsWith('</script>'));
  assert.ok(snippet.includes("['chronomap-height']"));
});

test('the snippet\'s script sets the height its frame asks for, and only its own frame\'s', () => {
  const snippet = S.embedSnippet('https://example.org/map/index.html', '2023-09-19', 'Map', 520);
  const script = snippet.split('<script>')[1].replace('</script>', '');
  // A page with two embedded frames and an unrelated one, and the messages a browser would deliver.
  const frames = [{ contentWindow: 'first', style: {} }, { contentWindow: 'second', style: {} }];
  const listeners = [];
  const window = { addEventListener: (type, listener) => { assert.equal(type, 'message'); listeners.push(listener); } };
  const document = {
    querySelectorAll: (selector) => { assert.equal(selector, 'iframe[data-chronomap-embed]'); return frames; }
  };
  // Run as a page that pastes the snippet twice runs it: the second copy adds no second listener.
  new Function('window', 'document', script)(window, document);
  new Function('window', 'document', script)(window, document);
  assert.equal(listeners.length, 1);
  listeners[0]({ source: 'second', data: { 'chronomap-height': 611.6 } });
  listeners[0]({ source: 'first', data: { 'chronomap-height': 40 } });
  listeners[0]({ source: 'first', data: 'something else' });
  assert.deepEqual(frames.map((frame) => frame.style.height), [undefined, '612px']);
});

test('an embedded map asks for a height that suits its width', () => {
  assert.equal(S.embedHeight(375, 92, 40), 92 + 300 + 40);
  assert.equal(S.embedHeight(700, 60, 40), 60 + 476 + 40);
  assert.equal(S.embedHeight(2000, 60, 40), 60 + 640 + 40);
});

test('the legend of two maps lists each group once, in the maps\' order, each line once', () => {
  const line = (group, label) => ({ group: group, label: label });
  const before = [line('control', 'A'), line('control', 'B'), line('lines', 'Border'), line('notes', 'Approximate')];
  const after = [line('control', 'A'), line('control', 'C'), line('overlays', 'Zone'), line('lines', 'Border'),
    line('notes', 'Approximate')];
  assert.deepEqual(S.mergeLegends([before, after]).map((l) => l.group + ':' + l.label),
    ['control:A', 'control:B', 'control:C', 'overlays:Zone', 'lines:Border', 'notes:Approximate']);
  assert.deepEqual(S.mergeLegends([before]), before);
});
