// Who said what: the page's script (loaded with the page's nonce). Renders the rows with textContent only, sorts and
// filters them, draws the timeline (quotes per actor per day, SVG), keeps its filters and sort in vscode.setState, and
// asks the extension to open a quote (postMessage { type: 'open', i }).
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const dataEl = document.getElementById('wsw-data');
  /** @type {{ i: number, speaker: string, speakerId: string, role: string, date: string, outlet: string, article: string, quote: string, confidence: number }[]} */
  let rows = [];
  /** The page's words in the display language (whoSaidWhatHtml.ts WSW_STRINGS); `{0}` is filled by fmt(). */
  let S = {};
  try {
    const data = JSON.parse(dataEl ? dataEl.textContent || '{}' : '{}');
    rows = data.rows || [];
    S = data.strings || {};
  } catch {
    rows = [];
  }
  /** S[key] (or the English `fallback`) with {0}, {1}… replaced by the arguments. */
  const fmt = (key, fallback, ...args) => String(S[key] || fallback).replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
  const MAX_ROWS = 1000;
  const MAX_TIMELINE_ACTORS = 12;
  const defaults = { speaker: '', from: '', to: '', text: '', sortKey: 'date', sortDir: 'ascending' };
  const saved = vscode.getState() || {};
  const st = Object.assign({}, defaults, saved);

  const $ = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
  const fSpeaker = $('f-speaker');
  const fFrom = $('f-from');
  const fTo = $('f-to');
  const fText = $('f-text');
  fSpeaker.value = st.speaker;
  fFrom.value = st.from;
  fTo.value = st.to;
  fText.value = st.text;

  function save() {
    vscode.setState({ speaker: st.speaker, from: st.from, to: st.to, text: st.text, sortKey: st.sortKey, sortDir: st.sortDir });
  }

  function speakersList() {
    const dl = document.getElementById('speakers');
    if (!dl) return;
    const names = [...new Set(rows.map((r) => r.speaker).filter(Boolean))].sort((a, b) => a.localeCompare(b));
    dl.replaceChildren(...names.map((n) => {
      const o = document.createElement('option');
      o.value = n;
      return o;
    }));
  }

  function filtered() {
    const sp = st.speaker.trim().toLowerCase();
    const tx = st.text.trim().toLowerCase();
    return rows.filter((r) => {
      if (sp && !r.speaker.toLowerCase().includes(sp)) return false;
      if (st.from && (!r.date || r.date < st.from)) return false;
      if (st.to && (!r.date || r.date > st.to)) return false;
      if (tx && !(r.quote.toLowerCase().includes(tx) || r.article.toLowerCase().includes(tx) || r.role.toLowerCase().includes(tx) || r.outlet.toLowerCase().includes(tx))) return false;
      return true;
    });
  }

  function sorted(list) {
    const k = st.sortKey;
    const dir = st.sortDir === 'descending' ? -1 : 1;
    return list.slice().sort((a, b) => {
      const x = a[k];
      const y = b[k];
      let c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      if (c === 0) c = a.i - b.i;
      return c * dir;
    });
  }

  function cell(tr, text, cls) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  function renderTable(list) {
    const tbody = document.querySelector('#quotes tbody');
    if (!tbody) return;
    const shown = list.slice(0, MAX_ROWS);
    tbody.replaceChildren(...shown.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.i = String(r.i);
      cell(tr, r.speaker || '—');
      cell(tr, r.role);
      cell(tr, r.date);
      cell(tr, r.outlet);
      cell(tr, r.article);
      const td = cell(tr, '', 'quote');
      // A button (not a link: the webview's host handles clicks on links itself), styled as a link.
      const a = document.createElement('button');
      a.type = 'button';
      a.className = 'open';
      a.title = fmt('openQuote', 'Open the article at this quote');
      a.textContent = '“' + r.quote + '”';
      a.dataset.i = String(r.i);
      td.appendChild(a);
      cell(tr, r.confidence.toFixed(2), 'num');
      return tr;
    }));
    const count = document.getElementById('count');
    if (count) count.textContent = fmt('shown', '{0} of {1} quotes', list.length, rows.length);
    const more = document.getElementById('more');
    if (more) more.textContent = list.length > MAX_ROWS ? fmt('firstRows', 'Showing the first {0}; filter to see the others.', MAX_ROWS) : '';
    for (const th of document.querySelectorAll('#quotes th')) {
      const key = th.getAttribute('data-key');
      th.setAttribute('aria-sort', key === st.sortKey ? st.sortDir : 'none');
    }
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function renderTimeline(list) {
    const box = document.getElementById('timeline');
    if (!box) return;
    const dated = list.filter((r) => r.date && r.speaker);
    if (!dated.length) {
      box.textContent = fmt('noTimeline', 'No dated quotes with a speaker to show.');
      return;
    }
    const days = [...new Set(dated.map((r) => r.date))].sort();
    const perActor = new Map();
    for (const r of dated) {
      let m = perActor.get(r.speaker);
      if (!m) perActor.set(r.speaker, (m = new Map()));
      m.set(r.date, (m.get(r.date) || 0) + 1);
    }
    const actors = [...perActor.entries()]
      .map(([name, m]) => ({ name, m, total: [...m.values()].reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
      .slice(0, MAX_TIMELINE_ACTORS);
    const max = Math.max(...actors.flatMap((a) => [...a.m.values()]));
    const labelW = 170;
    const colW = Math.max(14, Math.min(40, Math.floor(900 / days.length)));
    const rowH = 22;
    // Room on the right for the last date of the axis (a date is about 60 px wide).
    const plotEnd = labelW + days.length * colW;
    const width = plotEnd + 70;
    const height = actors.length * rowH + 36;
    const root = svg('svg', { width, height, role: 'img', 'aria-label': fmt('timelineLabel', 'Quotes per actor per day, {0} actors over {1} days', actors.length, days.length) });
    actors.forEach((a, y) => {
      const top = y * rowH;
      root.appendChild(svg('text', { x: 0, y: top + 15 }, a.name.length > 26 ? a.name.slice(0, 25) + '…' : a.name));
      root.appendChild(svg('line', { x1: labelW, x2: plotEnd, y1: top + rowH - 2, y2: top + rowH - 2 }));
      days.forEach((d, x) => {
        const n = a.m.get(d) || 0;
        if (!n) return;
        const h = Math.max(3, Math.round(((rowH - 6) * n) / max));
        const rect = svg('rect', { class: 'bar', x: labelW + x * colW + 2, y: top + rowH - 2 - h, width: colW - 4, height: h });
        rect.appendChild(svg('title', {}, n === 1 ? fmt('barOne', '{0} · {1}: 1 quote', a.name, d) : fmt('barMany', '{0} · {1}: {2} quotes', a.name, d, n)));
        root.appendChild(rect);
      });
    });
    const axisY = actors.length * rowH + 14;
    const step = Math.max(1, Math.ceil(days.length / 8));
    days.forEach((d, x) => {
      if (x % step === 0 || x === days.length - 1) root.appendChild(svg('text', { x: labelW + x * colW, y: axisY + 10 }, d));
    });
    box.replaceChildren(root);
  }

  function render() {
    const list = sorted(filtered());
    renderTable(list);
    renderTimeline(list);
  }

  const onInput = () => {
    // A change event after input events (the field losing focus, e.g. on a click in the table) changes nothing: no
    // redraw, so the element under the mouse stays and the click lands.
    if (st.speaker === fSpeaker.value && st.from === fFrom.value && st.to === fTo.value && st.text === fText.value) return;
    st.speaker = fSpeaker.value;
    st.from = fFrom.value;
    st.to = fTo.value;
    st.text = fText.value;
    save();
    render();
  };
  for (const el of [fSpeaker, fFrom, fTo, fText]) {
    el.addEventListener('input', onInput);
    el.addEventListener('change', onInput);
  }
  const form = document.getElementById('filters');
  if (form) form.addEventListener('submit', (e) => e.preventDefault());
  const clear = document.getElementById('f-clear');
  if (clear) clear.addEventListener('click', () => {
    fSpeaker.value = fFrom.value = fTo.value = fText.value = '';
    onInput();
  });

  // Sorting: the header buttons (focusable, Enter/Space by default).
  for (const th of document.querySelectorAll('#quotes th')) {
    const key = th.getAttribute('data-key');
    const btn = th.querySelector('button');
    if (!btn || !key) continue;
    btn.addEventListener('click', () => {
      if (st.sortKey === key) st.sortDir = st.sortDir === 'ascending' ? 'descending' : 'ascending';
      else {
        st.sortKey = key;
        st.sortDir = key === 'confidence' ? 'descending' : 'ascending';
      }
      save();
      render();
    });
  }

  // Opening a quote: a click or Enter on its link.
  const tbody = document.querySelector('#quotes tbody');
  if (tbody) tbody.addEventListener('click', (e) => {
    const t = /** @type {HTMLElement} */ (e.target);
    const a = t && t.closest ? t.closest('button.open') : null;
    if (!a) return;
    e.preventDefault();
    vscode.postMessage({ type: 'open', i: Number(a.getAttribute('data-i')) });
  });

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'rows' && Array.isArray(m.rows)) {
      rows = m.rows;
      speakersList();
      render();
    }
    if ((m.type === 'rows' || m.type === 'status') && typeof m.status === 'string') {
      const s = document.getElementById('status');
      if (s) s.textContent = m.status;
    }
  });

  speakersList();
  render();
  vscode.postMessage({ type: 'ready' });
})();
