// Khulasa web page: plain DOM, no framework. Article text is only ever inserted as text nodes
// (textContent / createTextNode), never as HTML, so a scraped page cannot inject markup.
(function () {
  'use strict';

  const RTL = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
  const $ = (id) => document.getElementById(id);

  const form = $('form');
  const articles = $('articles');
  const filesInput = $('files');
  const submit = $('summarize');
  let mode = 'paste';
  let current = null; // the last successful response, for highlighting

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'text') e.textContent = v;
        else if (k === 'className') e.className = v;
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children || []) if (c) e.append(c);
    return e;
  }

  // ---------------------------------------------------------------- article boxes

  function addArticle(text) {
    const li = el('li', { className: 'article-input' });
    const label = el('label', { className: 'article-label' });
    const ta = el('textarea', { dir: 'auto', rows: 7, spellcheck: 'false',
      placeholder: 'Title on the first line\n\nThen the article text…' });
    if (text) ta.value = text;
    const remove = el('button', { type: 'button', className: 'remove', text: 'Remove' });
    remove.addEventListener('click', () => {
      li.remove();
      renumber();
    });
    li.append(el('div', { className: 'article-head' }, [label, remove]), ta);
    articles.append(li);
    renumber();
    return ta;
  }

  function renumber() {
    const items = articles.querySelectorAll('.article-input');
    items.forEach((li, i) => {
      const ta = li.querySelector('textarea');
      ta.id = 'article-' + (i + 1);
      const label = li.querySelector('.article-label');
      label.textContent = 'Article ' + (i + 1);
      label.htmlFor = ta.id;
      const remove = li.querySelector('.remove');
      remove.disabled = items.length === 1;
      remove.setAttribute('aria-label', 'Remove article ' + (i + 1));
    });
  }

  $('add-article').addEventListener('click', () => addArticle().focus());
  addArticle();
  addArticle();

  // ---------------------------------------------------------------- tabs and files

  function selectTab(which) {
    mode = which;
    for (const name of ['paste', 'upload']) {
      const on = name === which;
      const tab = $('tab-' + name);
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      $('panel-' + name).hidden = !on;
    }
  }
  $('tab-paste').addEventListener('click', () => selectTab('paste'));
  $('tab-upload').addEventListener('click', () => selectTab('upload'));
  document.querySelector('.tabs').addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = mode === 'paste' ? 'upload' : 'paste';
    selectTab(next);
    $('tab-' + next).focus();
  });

  function listFiles() {
    const list = $('file-list');
    list.replaceChildren();
    for (const f of filesInput.files) {
      list.append(el('li', { dir: 'auto' }, [
        el('span', { className: 'file-name', text: f.name }),
        el('span', { className: 'file-size', text: formatBytes(f.size) })]));
    }
  }
  filesInput.addEventListener('change', listFiles);
  const drop = document.querySelector('.drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer && e.dataTransfer.files.length) {
      filesInput.files = e.dataTransfer.files;
      listFiles();
    }
  });

  function formatBytes(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  // ---------------------------------------------------------------- methods

  fetch('api/methods').then((r) => r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)))
    .then((methods) => {
      const select = $('method');
      for (const m of methods) {
        const o = el('option', { value: m.name, text: m.name + (m.default ? ' (default)' : '') });
        o.dataset.description = m.description;
        if (m.default) o.selected = true;
        select.append(o);
      }
      const help = () => {
        const o = select.selectedOptions[0];
        $('method-help').textContent = o ? o.dataset.description : '';
      };
      select.addEventListener('change', help);
      help();
    })
    .catch(() => showError('Could not load the methods', 'The server did not answer GET /api/methods; the default method will be used.'));

  // ---------------------------------------------------------------- summarize

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    hideError();
    let request;
    if (mode === 'paste') {
      const documents = [];
      articles.querySelectorAll('textarea').forEach((ta, i) => {
        if (ta.value.trim()) documents.push({ id: 'article-' + (i + 1), text: ta.value });
      });
      if (!documents.length) {
        showError('Nothing to summarize', 'Paste at least one article into the boxes above.');
        return;
      }
      const body = { documents, budget: { [$('unit').value]: limitValue() }, language: $('language').value,
        summaryLanguage: $('summary-language').value, verbatim: $('verbatim').checked };
      if ($('method').value) body.method = $('method').value;
      request = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    } else {
      if (!filesInput.files.length) {
        showError('Nothing to summarize', 'Choose one or more article files to upload.');
        return;
      }
      const data = new FormData();
      for (const f of filesInput.files) data.append('files', f, f.name);
      data.append($('unit').value, $('limit').value.trim());
      if ($('method').value) data.append('method', $('method').value);
      data.append('language', $('language').value);
      data.append('summaryLanguage', $('summary-language').value);
      data.append('verbatim', $('verbatim').checked ? 'true' : 'false');
      request = { method: 'POST', body: data };
    }
    busy(true);
    try {
      const res = await fetch('api/summarize', request);
      const json = await res.json().catch(() => null);
      if (!res.ok) {
        const detail = json && json.detail ? json.detail : 'The server answered HTTP ' + res.status + '.';
        showError(errorTitle(res.status, json && json.error), detail, json && json.error);
        return;
      }
      render(json);
    } catch (err) {
      showError('Could not reach the server', 'Check that khulasa serve is still running, then try again.');
    } finally {
      busy(false);
    }
  });

  // Sent as typed when not a plain number, so the server's own message explains the problem.
  function limitValue() {
    const raw = $('limit').value.trim();
    return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  }

  function errorTitle(status, code) {
    if (status === 413) return 'Too much input';
    if (status === 503 && code === 'busy') return 'The server is busy';
    if (status === 503) return 'That took too long';
    if (status >= 500) return 'Something went wrong on the server';
    return 'Could not summarize';
  }

  function busy(on) {
    submit.disabled = on;
    submit.classList.toggle('loading', on);
    submit.textContent = on ? 'Summarizing…' : 'Summarize';
    $('status').textContent = on ? 'Summarizing…' : '';
  }

  function showError(title, detail, code) {
    $('error-title').textContent = title;
    $('error-detail').textContent = detail + (code ? ' (' + code + ')' : '');
    $('error').hidden = false;
    $('error').scrollIntoView({ block: 'nearest' });
  }

  function hideError() {
    $('error').hidden = true;
  }

  // ---------------------------------------------------------------- results

  function dirOf(language) {
    return RTL.has(String(language || '').toLowerCase()) ? 'rtl' : 'ltr';
  }

  function render(data) {
    current = data;
    const byId = new Map(data.documents.map((d, i) => [d.id, i]));
    const summary = $('summary');
    summary.replaceChildren();
    data.sentences.forEach((s, k) => {
      const di = byId.get(s.document);
      const doc = data.documents[di];
      const link = el('a', { href: '#doc-' + (di + 1), className: 'sentence', dir: 'auto',
        lang: doc.language, 'data-sentence': k, 'data-document': s.document }, [
        // The badge comes first so it sits at the start of the line in either direction, like a list marker.
        el('span', { className: 'source-badge', dir: 'ltr', title: 'From article ' + (di + 1) + ': ' + (doc.title || doc.id),
          text: String(di + 1) }),
        el('span', { className: 'sentence-text', text: s.text })]);
      // The other articles that report the same fact: the reader's receipts.
      const also = (s.alsoIn || []).map((a) => byId.get(a.document) + 1);
      if (also.length) {
        link.append(el('span', { className: 'also-badge', dir: 'ltr',
          title: 'Also reported by article' + (also.length > 1 ? 's ' : ' ') + also.join(', '), text: '+' + also.length }));
      }
      link.addEventListener('click', (e) => {
        e.preventDefault();
        highlight(k);
      });
      summary.append(el('li', { dir: 'auto' }, [link]));
    });
    if (!data.sentences.length) {
      summary.append(el('li', { className: 'empty', text: 'No sentence fits a budget of ' + data.budget.limit + ' '
        + data.budget.unit + '. Try a larger length.' }));
    }
    const words = data.summary.trim() ? data.summary.trim().split(/\s+/).length : 0;
    $('summary-meta').textContent = [plural(data.sentences.length, 'sentence'), plural(words, 'word'),
      'method ' + data.method, 'from ' + plural(data.documents.length, 'article')].join(' · ');

    const docs = $('documents');
    docs.replaceChildren();
    data.documents.forEach((d, i) => docs.append(renderDocument(d, i)));
    if (data.skipped && data.skipped.length) {
      docs.append(el('p', { className: 'hint', text: 'Skipped: ' + data.skipped.join('; ') }));
    }
    $('result').hidden = false;
    $('result').scrollIntoView({ block: 'start' });
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  function renderDocument(d, i) {
    const dir = dirOf(d.language);
    const meta = [d.id, languageName(d.language), plural(d.sentences, 'sentence')];
    if (d.published) meta.push(d.published);
    // opinion pieces and explainers are read but not quoted while there are reports: say so
    if (d.metadata && d.metadata.genre) meta.push(d.metadata.genre);
    const head = el('header', { className: 'doc-head' }, [
      el('span', { className: 'doc-num', text: String(i + 1) }),
      el('div', { className: 'doc-titles' }, [
        el('h3', { dir: 'auto', text: d.title || d.id }),
        el('p', { className: 'meta', dir: 'auto', text: meta.join(' · ') })])]);
    const body = el('div', { className: 'doc-text', dir, lang: d.language });
    paintText(body, d.text, i, -1);
    const article = el('article', { className: 'card doc', id: 'doc-' + (i + 1), 'data-doc-id': d.id, dir }, [head]);
    if (d.url && /^https?:\/\//i.test(d.url)) {
      article.append(el('p', { className: 'doc-url', dir: 'ltr' }, [
        el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: d.url })]));
    }
    article.append(body);
    const dropped = d.dropped || [];
    const details = el('details', { className: 'dropped' }, [
      el('summary', { text: 'Dropped lines (' + dropped.length + ')' })]);
    if (dropped.length) {
      const list = el('ul');
      for (const line of dropped) {
        list.append(el('li', {}, [
          el('span', { className: 'dropped-text', dir: 'auto', text: line.text }),
          el('span', { className: 'reason', dir: 'ltr', text: line.reason })]));
      }
      details.append(list);
    } else {
      details.append(el('p', { className: 'hint', text: 'The cleaner kept every line of this article.' }));
    }
    article.append(details);
    return article;
  }

  function languageName(code) {
    return { ar: 'Arabic', en: 'English', fr: 'French' }[code] || code;
  }

  // Rebuilds a document's text from text nodes: summary sentences from it are underlined, the active one is a
  // <mark>, and the lines the cleaner dropped are greyed out (their reason on hover).
  function paintText(container, text, docIndex, active) {
    const doc = current.documents[docIndex];
    const spans = [];
    current.sentences.forEach((s, k) => {
      if (s.document === doc.id) spans.push({ start: s.start, end: s.end, k, rank: 0, omitted: s.omitted || [] });
    });
    for (const d of doc.dropped || []) spans.push({ start: d.start, end: d.end, reason: d.reason, rank: 1 });
    spans.sort((a, b) => a.start - b.start || a.rank - b.rank);
    const parts = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at || s.end > text.length || s.end <= s.start) continue; // defensive: overlaps, bad offsets
      if (s.start > at) parts.push(document.createTextNode(text.slice(at, s.start)));
      let node;
      if (s.reason !== undefined) {
        node = el('span', { className: 'dropped-line', title: 'Dropped: ' + s.reason });
      } else if (s.k === active) {
        node = el('mark', { className: 'active', 'data-sentence': s.k });
      } else {
        node = el('span', { className: 'picked', 'data-sentence': s.k });
      }
      appendQuoted(node, text, s);
      parts.push(node);
      at = s.end;
    }
    if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
    container.replaceChildren(...parts);
  }

  // A summary sentence's source text, with what the summary left out of it ("on Tuesday") struck through.
  function appendQuoted(node, text, s) {
    let at = s.start;
    for (const o of s.omitted || []) {
      if (o.start < at || o.end > s.end) continue; // defensive
      if (o.start > at) node.append(document.createTextNode(text.slice(at, o.start)));
      const cut = el('s', { className: 'omitted', title: 'Left out of the summary' });
      cut.append(document.createTextNode(text.slice(o.start, o.end)));
      node.append(cut);
      at = o.end;
    }
    node.append(document.createTextNode(text.slice(at, s.end)));
  }

  function highlight(k) {
    const s = current.sentences[k];
    const di = current.documents.findIndex((d) => d.id === s.document);
    current.documents.forEach((d, i) => {
      paintText(document.querySelector('#doc-' + (i + 1) + ' .doc-text'), d.text, i, i === di ? k : -1);
    });
    document.querySelectorAll('#summary .sentence').forEach((a) => {
      a.classList.toggle('current', a.dataset.sentence === String(k));
    });
    const mark = document.querySelector('#doc-' + (di + 1) + ' mark');
    if (mark) mark.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
})();
