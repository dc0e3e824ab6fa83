/* warta's page: plain JavaScript, no framework, no build step.
 *
 * Views are chosen by the URL's hash, so that the back button and links work:
 *   #/search?q=..&speaker=..   quotes (the default view)
 *   #/speakers                 who is quoted most
 *   #/speaker/ID               one speaker: quotes over time, latest quotes
 *   #/quote/ID                 one quote in context, its source chain, its copies
 *   #/document/ID              one article with its quotes highlighted
 *   #/extract                  paste an article, see the extraction highlighted
 * Everything shown comes from the JSON API under /api/ and is put into the
 * page as text (DOM nodes), never as markup -- except the search results'
 * "highlighted" field, which the server HTML-escapes around its <mark>s.
 */
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const FILTERS = ['q', 'speaker', 'source', 'outlet', 'kind', 'from', 'to', 'sort'];
const PAGE = 20;

/* ------------------------------------------------------------ helpers */

/* el('a', {href: '#/x', class: 'y'}, 'text', child, ...) */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/* node.append without the null and undefined children */
function put(node, ...children) {
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
}

const svgNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c instanceof Node ? c : String(c));
  return e;
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, opts) {
  let res;
  try {
    res = await fetch(path, opts);
  } catch (e) {
    throw new ApiError(0, 'the server cannot be reached');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new ApiError(res.status, `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) throw new ApiError(res.status, (body && body.error && body.error.message) || `error ${res.status}`);
  return body;
}

function setStatus(node, text, isError) {
  node.textContent = text || '';
  node.classList.toggle('error', !!isError);
  if (isError) node.setAttribute('role', 'alert');
  else node.setAttribute('role', 'status');
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many || one + 's'}`;
}

/* the server's "highlighted": HTML-escaped text with <mark> around matches */
function markedText(html) {
  const span = document.createElement('span');
  span.innerHTML = html; // escaped by the server; only <mark> elements remain
  for (const n of span.querySelectorAll('*')) if (n.tagName !== 'MARK') n.replaceWith(n.textContent);
  return span;
}

function speakerLink(name, id) {
  if (!name) return el('span', {class: 'speaker unknown'}, 'speaker unknown');
  return id ? el('a', {class: 'speaker', href: `#/speaker/${id}`}, name) : el('span', {class: 'speaker'}, name);
}

/* "TASS 2023-09-13; Interfax" -> "TASS 2023-09-13 ← Interfax" */
function chainText(sources) {
  return sources ? sources.split(/;\s*/).join(' ← ') : null;
}

/* One quote as a search result. */
function quoteItem(q) {
  const meta = el('div', {class: 'meta'},
    el('span', {}, speakerLink(q.speaker, q.speaker_id), q.role ? el('span', {class: 'role'}, `, ${q.role}`) : null),
    el('span', {class: `kind kind-${q.kind}`}, q.kind),
    q.cue ? el('span', {class: 'cue'}, el('span', {class: 'label'}, 'cue '), `“${q.cue}”`) : null,
    el('span', {class: 'chain'}, el('span', {class: 'label'}, 'source '),
      q.sources ? chainText(q.sources) : 'none named'),
    el('span', {class: 'outlet'}, q.outlet || 'outlet unknown'),
    el('time', {datetime: q.published || null}, q.published || 'date unknown'));
  const text = el('a', {href: `#/quote/${q.id}`, class: 'quote-link'}, '“', markedText(q.highlighted || q.text), '”');
  return el('li', {class: 'result', 'data-id': q.id}, el('blockquote', {class: 'quote'}, text), meta);
}

/* ------------------------------------------------- highlighted articles */

const enc = new TextEncoder();
const dec = new TextDecoder();

/* Renders text into node with spans (UTF-8 byte offsets) marked:
 * spans = [{start, end, cls, title, quote}].  Overlaps are split into
 * segments carrying every class that covers them. */
function renderHighlighted(node, text, spans) {
  node.textContent = '';
  const bytes = enc.encode(text);
  const n = bytes.length;
  const good = spans.filter((s) => s.start >= 0 && s.end <= n && s.start < s.end);
  const cuts = new Set([0, n]);
  for (const s of good) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = dec.decode(bytes.subarray(a, b));
    const on = good.filter((s) => s.start <= a && s.end >= b);
    if (!on.length) {
      frag.append(piece);
      continue;
    }
    const classes = ['hl', ...new Set(on.map((s) => s.cls))];
    const quotes = [...new Set(on.filter((s) => s.quote !== undefined).map((s) => s.quote))];
    frag.append(el('span', {
      class: classes.join(' '),
      title: on.map((s) => s.title).join('\n'),
      'data-quotes': quotes.join(' ') || null,
    }, piece));
  }
  node.append(frag);
}

/* Spans of a schema-1 result (POST /api/extract) or a stored document
 * (GET /api/documents/ID): the quotes, speakers, cues and sources. */
function extractionSpans(quotes) {
  const spans = [];
  quotes.forEach((q, i) => {
    const who = (q.speaker && (q.speaker.name || q.speaker.words)) || 'unknown speaker';
    const num = q.id !== undefined ? q.id : i;
    if (q.content) spans.push({start: q.content[0], end: q.content[1], cls: 'hl-quote', quote: num,
      title: `quote ${num} (${q.kind}) — ${who}`});
    if (q.cue) spans.push({start: q.cue[0], end: q.cue[1], cls: 'hl-cue', quote: num, title: `cue of quote ${num}`});
    if (q.speaker && q.speaker.mention)
      spans.push({start: q.speaker.mention[0], end: q.speaker.mention[1], cls: 'hl-speaker', quote: num,
        title: `speaker: ${who}`});
    for (const s of q.sources || [])
      if (s.span) spans.push({start: s.span[0], end: s.span[1], cls: 'hl-source', quote: num,
        title: `source: ${s.name}${s.cue ? ` (“${s.cue}”)` : ''}${s.date ? `, ${s.date}` : ''}`});
  });
  return spans;
}

function sourcesText(sources) {
  if (!sources || !sources.length) return 'none named';
  return sources.map((s) => s.name + (s.date ? ` ${s.date}` : '')).join(' ← ');
}

/* The table under a highlighted article. */
function fillQuoteTable(tbody, text, quotes, linkQuotes) {
  tbody.textContent = '';
  const bytes = enc.encode(text);
  const slice = (sp) => (sp ? dec.decode(bytes.subarray(sp[0], sp[1])) : '');
  quotes.forEach((q, i) => {
    const num = q.id !== undefined ? q.id : i;
    const who = (q.speaker && (q.speaker.name || q.speaker.words)) || (q.speaker && slice(q.speaker.mention)) || '';
    const quoteText = q.text || slice(q.content);
    tbody.append(el('tr', {'data-quote': num},
      el('td', {class: 'num'}, linkQuotes ? el('a', {href: `#/quote/${num}`}, String(num)) : String(num)),
      el('td', {}, el('span', {class: `kind kind-${q.kind}`}, q.kind)),
      el('td', {}, who || '—'),
      el('td', {}, q.cue_text || slice(q.cue) || '—'),
      el('td', {class: 'nowrap'}, sourcesText(q.sources)),
      el('td', {}, quoteText)));
  });
}

/* ------------------------------------------------------------ views */

const views = ['search', 'speakers', 'extract', 'detail'];

function show(view, nav) {
  for (const v of views) $(`#view-${v}`).hidden = v !== view;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function focusHeading(section) {
  const h = section.querySelector('h1');
  if (h) {
    if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
    h.focus({preventScroll: true});
  }
  window.scrollTo(0, 0);
}

/* ---- search */

let searchState = {params: null, offset: 0};

function formParams() {
  const p = new URLSearchParams();
  const f = $('#search-form');
  for (const k of FILTERS) {
    const v = (f.elements[k].value || '').trim();
    if (v && !(k === 'sort' && v === 'date')) p.set(k, v);
  }
  return p;
}

function fillForm(p) {
  const f = $('#search-form');
  for (const k of FILTERS) f.elements[k].value = p.get(k) || (k === 'sort' ? 'date' : '');
}

async function runSearch(p, append) {
  const status = $('#search-status');
  const list = $('#results');
  const more = $('#search-more');
  if (!append) {
    searchState = {params: p, offset: 0};
    list.textContent = '';
  }
  const q = new URLSearchParams(p);
  q.set('limit', PAGE);
  q.set('offset', searchState.offset);
  setStatus(status, 'Searching…');
  more.hidden = true;
  try {
    const r = await api(`/api/search?${q}`);
    for (const row of r.results) list.append(quoteItem(row));
    searchState.offset += r.results.length;
    const shown = searchState.offset;
    const what = p.toString() ? 'matching quotes' : 'latest quotes';
    setStatus(status, shown ? `${shown}${r.more ? '+' : ''} ${what}` : 'No quote matched.');
    more.hidden = !r.more;
  } catch (e) {
    setStatus(status, `Search failed: ${e.message}`, true);
  }
}

/* ---- speakers list */

let speakersState = {params: null, offset: 0};

async function runSpeakers(p, append) {
  const status = $('#speakers-status');
  const table = $('#speakers-table');
  const body = table.tBodies[0];
  const more = $('#speakers-more');
  if (!append) {
    speakersState = {params: p, offset: 0};
    body.textContent = '';
  }
  const q = new URLSearchParams(p);
  q.set('limit', 50);
  q.set('offset', speakersState.offset);
  setStatus(status, 'Loading…');
  try {
    const r = await api(`/api/speakers?${q}`);
    r.results.forEach((s, i) => {
      body.append(el('tr', {},
        el('td', {class: 'num'}, String(speakersState.offset + i + 1)),
        el('td', {}, el('a', {href: `#/speaker/${s.id}`}, s.name)),
        el('td', {}, s.role || '—'),
        el('td', {class: 'num'}, String(s.quotes)),
        el('td', {class: 'num'}, String(s.documents)),
        el('td', {}, s.first || '—'),
        el('td', {}, s.last || '—')));
    });
    speakersState.offset += r.results.length;
    table.hidden = speakersState.offset === 0;
    setStatus(status, speakersState.offset ? '' : 'No quoted speaker matched.');
    more.hidden = !r.more;
  } catch (e) {
    setStatus(status, `Failed: ${e.message}`, true);
  }
}

/* ---- one speaker */

function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function dayDiff(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/* Quotes per day (or per week, or per month over long spans) as SVG bars. */
function timelineChart(timeline, name) {
  if (!timeline.length) return el('p', {class: 'hint'}, 'No dated quotes to chart.');
  const first = timeline[0].date, last = timeline[timeline.length - 1].date;
  const span = dayDiff(first, last) + 1;
  const unit = span <= 92 ? 'day' : span <= 3 * 366 ? 'week' : 'month';
  const key = (iso) => {
    if (unit === 'day') return iso;
    if (unit === 'month') return iso.slice(0, 7);
    return addDays(first, Math.floor(dayDiff(first, iso) / 7) * 7);
  };
  const buckets = new Map();
  if (unit === 'day') for (let i = 0; i < span; i++) buckets.set(addDays(first, i), 0);
  else if (unit === 'week') for (let i = 0; i < span; i += 7) buckets.set(addDays(first, i), 0);
  else {
    let y = +first.slice(0, 4), m = +first.slice(5, 7);
    const ly = +last.slice(0, 4), lm = +last.slice(5, 7);
    while (y < ly || (y === ly && m <= lm)) {
      buckets.set(`${y}-${String(m).padStart(2, '0')}`, 0);
      if (++m === 13) { m = 1; y++; }
    }
  }
  for (const t of timeline) buckets.set(key(t.date), (buckets.get(key(t.date)) || 0) + t.quotes);
  const entries = [...buckets.entries()];
  const max = Math.max(...entries.map((e) => e[1]));
  const W = 720, H = 190, left = 34, right = 10, top = 14, bottom = 30;
  const bw = (W - left - right) / entries.length;
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const label = `${name}: quotes per ${unit}, ${first} to ${last}, at most ${max} in one ${unit}`;
  const chart = svg('svg', {class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label},
    svg('title', {}, label),
    svg('line', {class: 'axis', x1: left, y1: H - bottom, x2: W - right, y2: H - bottom}),
    svg('line', {class: 'axis', x1: left, y1: top, x2: left, y2: H - bottom}),
    svg('text', {x: left - 6, y: top + 4, 'text-anchor': 'end'}, String(max)),
    svg('text', {x: left - 6, y: H - bottom + 4, 'text-anchor': 'end'}, '0'),
    svg('text', {x: left, y: H - 10}, entries[0][0]),
    svg('text', {x: W - right, y: H - 10, 'text-anchor': 'end'}, entries[entries.length - 1][0]));
  entries.forEach(([k, v], i) => {
    if (!v) return;
    const x = left + i * bw + Math.min(2, bw * 0.15);
    chart.append(svg('rect', {class: 'bar', x: x.toFixed(1), y: y(v).toFixed(1),
      width: Math.max(1, bw - 2 * Math.min(2, bw * 0.15)).toFixed(1), height: (H - bottom - y(v)).toFixed(1),
      'data-date': k, 'data-quotes': v},
    svg('title', {}, `${unit === 'week' ? 'week of ' : ''}${k}: ${plural(v, 'quote')}`)));
  });
  return chart;
}

async function showSpeaker(id) {
  const sec = $('#view-detail');
  sec.textContent = '';
  show('detail', 'speakers');
  sec.append(el('p', {class: 'status', role: 'status'}, 'Loading…'));
  let r;
  try {
    r = await api(`/api/speakers/${encodeURIComponent(id)}?limit=${PAGE}`);
  } catch (e) {
    sec.textContent = '';
    sec.append(el('h1', {tabindex: '-1'}, 'Speaker'), el('p', {class: 'status error', role: 'alert'}, e.message));
    return;
  }
  const s = r.speaker;
  const list = el('ol', {class: 'results', 'aria-label': `Quotes of ${s.name}`});
  let offset = 0;
  const more = el('button', {type: 'button', class: 'secondary', hidden: true}, 'More quotes');
  const add = (res) => {
    for (const q of res.quotes) list.append(quoteItem(q));
    offset += res.quotes.length;
    more.hidden = !res.more;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      add(await api(`/api/speakers/${s.id}?limit=${PAGE}&offset=${offset}`));
    } finally {
      more.disabled = false;
    }
  });
  sec.textContent = '';
  put(sec,
    el('p', {class: 'back'}, el('a', {href: '#/speakers'}, '← all speakers')),
    el('div', {class: 'speaker-head'},
      el('h1', {tabindex: '-1', id: 'speaker-name'}, s.name),
      el('span', {class: 'role'}, [s.role, s.type].filter(Boolean).join(' · '))),
    el('div', {class: 'numbers'},
      el('div', {}, el('b', {}, String(s.quotes)), el('span', {}, 'quotes')),
      el('div', {}, el('b', {}, String(s.documents)), el('span', {}, 'articles')),
      el('div', {}, el('b', {}, s.first || '—'), el('span', {}, 'first quoted')),
      el('div', {}, el('b', {}, s.last || '—'), el('span', {}, 'last quoted'))),
    el('h2', {}, 'Quotes over time'),
    timelineChart(r.timeline, s.name),
    r.undated ? el('p', {class: 'hint'}, `${plural(r.undated, 'quote')} without a publication date not shown.`) : null,
    r.timeline_complete ? null : el('p', {class: 'hint'}, 'The chart counts the latest 100,000 quotes only.'),
    el('h2', {}, 'Latest quotes'),
    list,
    el('p', {class: 'pager'}, more),
    el('p', {}, el('a', {href: `#/search?speaker_id=${s.id}`}, `Search within ${s.name}'s quotes`)));
  add(r);
  focusHeading(sec);
}

/* ---- one quote */

function fact(dt, dd) {
  if (dd === null || dd === undefined || dd === '') return [];
  return [el('dt', {}, dt), el('dd', {}, dd)];
}

async function showQuote(id) {
  const sec = $('#view-detail');
  show('detail', 'search');
  sec.textContent = '';
  sec.append(el('p', {class: 'status', role: 'status'}, 'Loading…'));
  let q;
  try {
    q = await api(`/api/quotes/${encodeURIComponent(id)}`);
  } catch (e) {
    sec.textContent = '';
    sec.append(el('h1', {tabindex: '-1'}, 'Quote'), el('p', {class: 'status error', role: 'alert'}, e.message));
    return;
  }
  const chain = q.sources_chain && q.sources_chain.length
    ? el('ol', {class: 'chain-list'}, ...q.sources_chain.map((s) => el('li', {},
      el('b', {}, s.name), s.cue ? ` — “${s.cue}”` : ' (dateline)', s.date ? `, ${s.date}` : '')))
    : 'none named (the outlet\'s own reporting)';
  const context = el('p', {class: 'context', id: 'quote-context'}, q.context_before,
    el('mark', {class: 'hl hl-quote'}, q.context_quote), q.context_after);
  const doc = el('a', {href: `#/document/${q.document}`}, q.title || `article ${q.document}`);
  sec.textContent = '';
  sec.append(
    el('p', {class: 'back'}, el('a', {href: searchState.params ? `#/search?${searchState.params}` : '#/'},
      '← back to the search')),
    el('h1', {class: 'sr-only', tabindex: '-1'}, `Quote ${q.id}`),
    el('div', {class: 'card'},
      el('blockquote', {class: 'bigquote', id: 'quote-text'}, `“${q.text}”`),
      el('dl', {class: 'facts'},
        ...fact('Speaker', q.speaker ? el('span', {}, speakerLink(q.speaker, q.speaker_id),
          q.speaker_type ? ` (${q.speaker_type})` : '') : 'unknown'),
        ...fact('Named as', q.mention ? `“${q.mention}”` : null),
        ...fact('Role', q.role),
        ...fact('Affiliation', q.affiliation),
        ...fact('Also called', q.aliases),
        ...fact('Cue', q.cue ? `“${q.cue}”` : null),
        ...fact('Kind', el('span', {class: `kind kind-${q.kind}`}, q.kind)),
        ...fact('Source chain', chain),
        ...fact('Outlet', q.outlet || 'unknown'),
        ...fact('Published', q.published || 'unknown'),
        ...fact('Dateline', q.dateline),
        ...fact('Article', doc),
        ...fact('Link', q.url ? el('a', {href: q.url, rel: 'noopener noreferrer', target: '_blank'}, q.url) : null),
        ...fact('Confidence', q.confidence !== null ? q.confidence.toFixed(2) : null))),
    el('h2', {}, 'In context'),
    context);
  focusHeading(sec);
  if (q.copies > 0) {
    const box = el('div', {}, el('h2', {}, 'Who ran this statement'), el('p', {class: 'hint'}, 'Loading…'));
    sec.append(box);
    try {
      const t = await api(`/api/trace/${q.id}`);
      box.lastChild.replaceWith(el('table', {class: 'table'},
        el('thead', {}, el('tr', {}, ...['#', 'Date', 'Outlet', 'Speaker', 'Stated source', 'Similarity']
          .map((h) => el('th', {scope: 'col'}, h)))),
        el('tbody', {}, ...t.results.map((r) => el('tr', {},
          el('td', {class: 'num'}, String(r.order)),
          el('td', {}, r.published || '—'),
          el('td', {}, r.id === q.id ? el('b', {}, r.outlet || '—') : el('a', {href: `#/quote/${r.id}`}, r.outlet || '—')),
          el('td', {}, r.speaker || '—'),
          el('td', {}, chainText(r.sources) || 'none named'),
          el('td', {class: 'num'}, r.similarity !== null ? r.similarity.toFixed(2) : '—'))))));
    } catch (e) {
      box.lastChild.textContent = e.message;
    }
  }
}

/* ---- one document */

async function showDocument(id) {
  const sec = $('#view-detail');
  show('detail', 'search');
  sec.textContent = '';
  sec.append(el('p', {class: 'status', role: 'status'}, 'Loading…'));
  let d;
  try {
    d = await api(`/api/documents/${encodeURIComponent(id)}`);
  } catch (e) {
    sec.textContent = '';
    sec.append(el('h1', {tabindex: '-1'}, 'Article'), el('p', {class: 'status error', role: 'alert'}, e.message));
    return;
  }
  const text = el('div', {class: 'article', id: 'document-text'});
  renderHighlighted(text, d.text || '', extractionSpans(d.quotes));
  const tbody = el('tbody');
  fillQuoteTable(tbody, d.text || '', d.quotes, true);
  sec.textContent = '';
  sec.append(
    el('h1', {tabindex: '-1'}, d.title || d.doc_id || `Article ${d.id}`),
    el('p', {class: 'meta'}, el('span', {}, d.outlet || 'outlet unknown'), el('span', {}, d.published || 'date unknown'),
      d.dateline ? el('span', {}, d.dateline) : null,
      d.url ? el('a', {href: d.url, rel: 'noopener noreferrer', target: '_blank'}, d.url) : null),
    legend(), text,
    el('h2', {}, plural(d.quotes.length, 'quote')),
    el('table', {class: 'table'}, el('thead', {}, el('tr', {}, ...['#', 'Kind', 'Speaker', 'Cue', 'Sources', 'Quote']
      .map((h) => el('th', {scope: 'col'}, h)))), tbody));
  focusHeading(sec);
}

function legend() {
  return el('ul', {class: 'legend', 'aria-label': 'Legend'},
    ...[['quote', 'hl-quote'], ['speaker', 'hl-speaker'], ['cue', 'hl-cue'], ['source', 'hl-source']]
      .map(([t, c]) => el('li', {}, el('span', {class: `hl ${c}`}, t))));
}

/* ---- paste an article */

async function runExtract(ev) {
  ev.preventDefault();
  const text = $('#x-text').value;
  const status = $('#extract-status');
  const out = $('#extract-out');
  if (!text.trim()) {
    setStatus(status, 'Paste an article first.', true);
    return;
  }
  const p = new URLSearchParams();
  const pub = $('#x-published').value;
  if (pub) p.set('published', pub);
  const button = $('#x-run');
  button.disabled = true;
  setStatus(status, 'Extracting…');
  try {
    const r = await api(`/api/extract?${p}`, {method: 'POST', headers: {'Content-Type': 'text/plain; charset=utf-8'},
      body: text});
    const shown = r.text !== undefined ? r.text : text;
    renderHighlighted($('#extract-text'), shown, extractionSpans(r.quotes));
    fillQuoteTable($('#extract-table').tBodies[0], shown, r.quotes, false);
    const speakers = new Set(r.quotes.map((q) => q.speaker && q.speaker.name).filter(Boolean));
    const sources = new Set(r.quotes.flatMap((q) => (q.sources || []).map((s) => s.name)));
    setStatus(status, `${plural(r.quotes.length, 'quote')}, ${plural(speakers.size, 'speaker')}, ` +
      `${plural(sources.size, 'source')}${r.published ? `; published ${r.published}` : ''}.`);
    out.hidden = false;
  } catch (e) {
    setStatus(status, `Extraction failed: ${e.message}`, true);
  } finally {
    button.disabled = false;
  }
}

/* ------------------------------------------------------------ routing */

function route() {
  const h = location.hash.replace(/^#/, '') || '/';
  const [path, query] = h.split('?');
  const p = new URLSearchParams(query || '');
  let m;
  if ((m = path.match(/^\/speaker\/(\d+)$/))) return showSpeaker(m[1]);
  if ((m = path.match(/^\/quote\/(\d+)$/))) return showQuote(m[1]);
  if ((m = path.match(/^\/document\/(\d+)$/))) return showDocument(m[1]);
  if (path === '/speakers') {
    show('speakers', 'speakers');
    const f = $('#speakers-form');
    for (const k of ['speaker', 'outlet', 'from', 'to']) f.elements[k].value = p.get(k) || '';
    focusHeading($('#view-speakers'));
    return runSpeakers(p, false);
  }
  if (path === '/extract') {
    show('extract', 'extract');
    focusHeading($('#view-extract'));
    return;
  }
  show('search', 'search');
  fillForm(p);
  return runSearch(p, false);
}

function start() {
  $('#search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = formParams();
    const target = `#/search?${p}`;
    if (location.hash === target) runSearch(p, false);
    else location.hash = target;
  });
  $('#search-form').addEventListener('reset', () => {
    setTimeout(() => { location.hash = '#/search?'; }, 0);
  });
  $('#search-more').addEventListener('click', () => runSearch(searchState.params, true));
  $('#speakers-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const k of ['speaker', 'outlet', 'from', 'to']) {
      const v = ev.target.elements[k].value.trim();
      if (v) p.set(k, v);
    }
    location.hash = `#/speakers?${p}`;
  });
  $('#speakers-more').addEventListener('click', () => runSpeakers(speakersState.params, true));
  $('#extract-form').addEventListener('submit', runExtract);
  window.addEventListener('hashchange', route);
  api('/api/stats').then((s) => {
    $('#stats').textContent = `${plural(s.documents, 'article')} · ${plural(s.quotes, 'quote')} · ` +
      `${plural(s.speakers, 'speaker')}${s.first ? ` · ${s.first} to ${s.last}` : ''}`;
  }).catch(() => {
    $('#stats').textContent = 'no store: search is unavailable, extraction works';
  });
  route();
}

document.addEventListener('DOMContentLoaded', start);
