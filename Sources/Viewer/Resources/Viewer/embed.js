/*
 * The embed page: the iframe snippet for this site's address and the view in this page's hash, ready to copy,
 * and the same snippet working below it, so an editor sees what readers will see.
 */
(function () {
  'use strict';
  var S = window.ChronomapState;
  var config = JSON.parse(document.getElementById('chronomap-config').textContent);
  var query = new URLSearchParams(location.search);
  var lang = config.languages[query.get('lang')] ? query.get('lang') : config.lang;
  var words = config.languages[lang];
  function phrase(key, values) { return S.fill(words.phrases[key] || config.languages.en.phrases[key] || key, values || {}); }
  function $(id) { return document.getElementById(id); }

  var parsed = S.parseHash(location.hash);
  var hash = location.hash.replace(/^#/, '') || config.opening_date;
  var dates = parsed.dates || [config.opening_date];
  var dateText = dates.map(function (date) { return S.longDate(date, words.date); }).join(' \u21C6 ');
  var page = new URL(config.urls.page, location.href);
  if (query.get('lang')) { page.searchParams.set('lang', lang); }
  var title = phrase('viewer.frame_title', { title: words.title, date: dateText });
  var snippet = S.embedSnippet(page.href, hash, title, 560);

  document.documentElement.lang = lang;
  document.title = phrase('viewer.embed_title') + ' \u00B7 ' + words.title;
  $('embed-title').textContent = phrase('viewer.embed_title') + ': ' + words.title + ', ' + dateText;
  $('embed-intro').textContent = phrase('viewer.embed_intro');
  $('embed-view').textContent = phrase('viewer.embed_view');
  $('preview-heading').textContent = phrase('viewer.embed_preview');
  $('copy').textContent = phrase('viewer.copy');
  $('back-link').textContent = phrase('viewer.open_full');
  $('back-link').href = config.urls.page + (query.get('lang') ? '?lang=' + encodeURIComponent(lang) : '') + '#' + hash;
  var area = $('snippet');
  area.textContent = snippet;
  area.style.height = (area.scrollHeight + 4) + 'px';
  $('copy').addEventListener('click', function () {
    area.select();
    var done = function () { $('copied').textContent = phrase('viewer.copied'); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(snippet).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });

  // The demonstration is the snippet at work: its frame, and the function whose text is its script (the page's
  // security policy runs no inline script, and its style sheets only: the frame's style goes through the CSSOM).
  var frame = document.createElement('iframe');
  S.embedFrame(page.href, hash, title, 560).forEach(function (pair) {
    if (pair[0] === 'style') { frame.style.cssText = pair[1]; } else { frame.setAttribute(pair[0], pair[1]); }
  });
  $('preview').appendChild(frame);
  S.listenForEmbedHeights();
})();
