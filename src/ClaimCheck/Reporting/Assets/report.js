(() => {
    'use strict';

    // Renders the group cards of a ClaimCheck report from its JSON data island. Corpus text is only ever set as text
    // (append of strings, textContent, setAttribute), never parsed as markup; links are http and https only.
    const PAGE = 50;
    const ROWS = 100;
    const EVIDENCE_PAGE = 20;
    const SVG = 'http://www.w3.org/2000/svg';
    const VERDICTS = { discrepancy: 'Discrepancy', change: 'Change', agreement: 'Agreement', single: 'Single source' };
    const count = new Intl.NumberFormat('en');

    const data = JSON.parse(document.getElementById('data').textContent);
    const sources = data.sources;
    const groups = data.groups;
    const sentences = data.sentences;
    const list = document.getElementById('groups');
    const more = document.getElementById('more');
    const status = document.getElementById('status');
    const search = document.getElementById('search');
    const boxes = Array.from(document.querySelectorAll('input[name="verdict"]'));
    const singlesBox = document.getElementById('singles');
    const singlesSummary = document.getElementById('singles-summary');
    const singlesRows = document.getElementById('singles-rows');
    const singlesMore = document.getElementById('singles-more');

    // Groups with more than one source are cards (discrepancies, changes, agreements: the result's order); a figure that
    // only one source states has nothing to compare, so it is a row of the folded table below them.
    const carded = [];
    const single = [];
    groups.forEach((group, i) => (group.verdict === 'single' ? single : carded).push(i));

    const cards = new Map();
    const haystacks = new Array(groups.length);
    let matches = [];
    let shown = 0;
    let singleMatches = [];
    let singlesShown = 0;
    let timer = 0;

    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        setAttributes(node, attributes);
        for (const child of children) {
            if (child !== null && child !== undefined && child !== false) {
                node.append(child);
            }
        }
        return node;
    }

    function svg(tag, attributes, ...children) {
        const node = document.createElementNS(SVG, tag);
        setAttributes(node, attributes);
        for (const child of children) {
            if (child !== null && child !== undefined) {
                node.append(child);
            }
        }
        return node;
    }

    function setAttributes(node, attributes) {
        for (const [name, value] of Object.entries(attributes || {})) {
            if (value !== null && value !== undefined && value !== false) {
                node.setAttribute(name, String(value));
            }
        }
    }

    function plural(n, noun) {
        return count.format(n) + ' ' + noun + (n === 1 ? '' : 's');
    }

    function safeHref(url) {
        if (typeof url !== 'string') {
            return null;
        }
        try {
            const parsed = new URL(url);
            return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
        } catch {
            return null;
        }
    }

    function sourceOf(evidence) {
        return sources[evidence.source] || { name: 'unknown document', outlet: null, url: null, published: null, file: null };
    }

    function sourceLink(source) {
        const href = safeHref(source.url);
        return href ? el('a', { href, rel: 'noopener noreferrer' }, source.name) : el('span', null, source.name);
    }

    // The sentence, with the figure marked where the report located it, else at its first occurrence.
    function sentence(evidence) {
        const text = sentences[evidence.sentence] || '';
        let at = evidence.mark;
        if (typeof at !== 'number' || at < 0 || text.slice(at, at + evidence.text.length) !== evidence.text) {
            at = evidence.text ? text.indexOf(evidence.text) : -1;
        }
        const quote = el('blockquote');
        if (at < 0) {
            quote.append(text);
        } else {
            const end = at + evidence.text.length;
            quote.append(text.slice(0, at), el('mark', null, text.slice(at, end)), text.slice(end));
        }
        return quote;
    }

    // Where a figure came from, the same four things everywhere: title (linked), outlet, publication date, file.
    function sourceDetails(node, source) {
        node.append(sourceLink(source));
        if (source.outlet) {
            node.append(' · ' + source.outlet);
        }
        if (source.published) {
            node.append(' · published ' + source.published);
        }
        if (source.file && source.file !== source.name) {
            node.append(' · ', el('span', { class: 'file' }, source.file));
        }
        return node;
    }

    function evidenceItem(evidence) {
        const source = sourceOf(evidence);
        const meta = sourceDetails(el('p', { class: 'meta' }), source);
        meta.append(' · ' + (evidence.asOf ? 'as of ' + evidence.asOf : 'undated'));
        if (evidence.speaker) {
            meta.append(' · ' + evidence.speaker);
        }
        if (evidence.copy) {
            meta.append(el('span', { class: 'copy' }, ' · copy of another source’s passage'));
        }
        return el('li', { class: evidence.conflict ? 'conflict' : null }, sentence(evidence), meta);
    }

    function evidenceList(group) {
        const items = group.evidence;
        const ol = el('ol', { class: 'evidence' });
        const add = (from, to) => {
            for (let k = from; k < to; k++) {
                ol.append(evidenceItem(items[k]));
            }
        };
        add(0, Math.min(items.length, EVIDENCE_PAGE));
        const wrap = el('section', { class: 'evidence-wrap' }, el('h3', null, 'Evidence'), ol);
        if (items.length > EVIDENCE_PAGE) {
            const button = el('button', { type: 'button', class: 'show-all' }, 'Show all ' + count.format(items.length) + ' sentences');
            button.addEventListener('click', () => {
                add(EVIDENCE_PAGE, items.length);
                button.remove();
            });
            wrap.append(button);
        }
        return wrap;
    }

    // x = asOf (decimal years), y = value. Exact: dot; about: ring; range: bar; more than: arrow up; at most: arrow down.
    // A period (asOf like 2018-01/2018-06) is drawn as a faint line across its span. Figures with no date get a column
    // of their own; with no dates at all, figures stand in the group's order.
    function timeline(group) {
        const points = group.evidence.filter(e => typeof e.y === 'number' && e.shape !== 'none');
        if (points.length === 0) {
            return null;
        }
        // Figures are labelled as the report wrote them (yText, y2Text): the page makes no numbers of its own.
        const valueLabels = new Map();
        for (const e of points) {
            valueLabels.set(e.y, e.yText);
            if (typeof e.y2 === 'number') {
                valueLabels.set(e.y2, e.y2Text);
            }
        }
        const distinct = [...valueLabels.keys()].sort((a, b) => a - b);
        const W = 640, L = 84, R = 14, T = 10, B = 28, PAD = 20;
        const H = distinct.length > 1 ? 170 : 104;
        const hasUp = points.some(e => e.shape === 'up');
        const hasDown = points.some(e => e.shape === 'down');
        const top = T + (hasUp ? 30 : 10);
        const bottom = H - B - (hasDown ? 30 : 10);

        const isPeriod = e => typeof e.asOf === 'string' && e.asOf.includes('/');
        const dated = points.filter(e => typeof e.xFrom === 'number');
        const undated = points.filter(e => typeof e.xFrom !== 'number');
        const undatedWidth = dated.length && undated.length ? 72 : 0;
        const left = L + PAD;
        const right = W - R - undatedWidth - PAD;
        const middle = e => (e.xFrom + e.xTo) / 2;
        const x0 = dated.length ? Math.min(...dated.map(e => (isPeriod(e) ? e.xFrom : middle(e)))) : 0;
        const x1 = dated.length ? Math.max(...dated.map(e => (isPeriod(e) ? e.xTo : middle(e)))) : 1;
        const xOfYear = year => (x1 - x0 < 1e-9 ? (left + right) / 2 : left + (right - left) * (year - x0) / (x1 - x0));

        const xs = new Map();
        dated.forEach(e => xs.set(e, xOfYear(middle(e))));
        undated.forEach((e, k) => {
            if (dated.length) {
                xs.set(e, W - R - undatedWidth / 2);
            } else {
                xs.set(e, undated.length === 1 ? (left + right) / 2 : left + (right - left) * k / (undated.length - 1));
            }
        });
        // Figures at (nearly) the same place spread sideways so each stays visible.
        const ordered = points.slice().sort((a, b) => xs.get(a) - xs.get(b));
        let cluster = [];
        const spread = () => {
            const centre = cluster.reduce((sum, e) => sum + xs.get(e), 0) / cluster.length;
            cluster.forEach((e, k) => xs.set(e, centre + (k - (cluster.length - 1) / 2) * 14));
        };
        for (const e of ordered) {
            if (cluster.length && xs.get(e) - xs.get(cluster[0]) > 10) {
                spread();
                cluster = [];
            }
            cluster.push(e);
        }
        spread();

        const lo = distinct[0];
        const hi = distinct[distinct.length - 1];
        const yOf = v => (hi - lo < 1e-12 ? (top + bottom) / 2 : bottom - (bottom - top) * (v - lo) / (hi - lo));

        const label = points.map(e => (e.asOf || 'undated') + ': ' + e.text).join('; ');
        const chart = svg('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Timeline of the figures. ' + label });
        chart.append(svg('title', null, 'Timeline of the figures'));

        // Value labels: each figure when few, else the lowest, the one nearest the middle and the highest.
        const centre = distinct.reduce((best, v) => (Math.abs(v - (lo + hi) / 2) < Math.abs(best - (lo + hi) / 2) ? v : best), lo);
        const ticks = distinct.length <= 4 ? distinct : [lo, centre, hi];
        let lastY = Infinity;
        for (const v of ticks) {
            const y = yOf(v);
            chart.append(svg('line', { class: 'grid', x1: L, x2: W - R, y1: y, y2: y }));
            if (lastY - y >= 13) {
                chart.append(svg('text', { x: L - 8, y: y + 4, 'text-anchor': 'end' }, valueLabels.get(v) || ''));
                lastY = y;
            }
        }
        chart.append(svg('line', { class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B }));
        chart.append(svg('line', { class: 'axis', x1: L, x2: L, y1: T, y2: H - B }));

        // Time labels: each distinct asOf when few, else whole years; undated figures get a column of their own.
        if (dated.length) {
            const labels = [];
            const times = [...new Map(dated.map(e => [e.asOf, e])).values()];
            if (times.length <= 6) {
                times.forEach(e => labels.push([xOfYear(middle(e)), e.asOf]));
            } else {
                const first = Math.ceil(x0);
                const last = Math.floor(x1);
                const step = Math.max(1, Math.ceil((last - first + 1) / 8));
                for (let year = first; year <= last; year += step) {
                    labels.push([xOfYear(year), String(year)]);
                }
            }
            labels.sort((a, b) => a[0] - b[0]);
            let previous = -Infinity;
            for (const [x, text] of labels) {
                if (x - previous >= 78) {
                    chart.append(svg('text', { x, y: H - 8, 'text-anchor': 'middle' }, text));
                    previous = x;
                }
            }
        } else {
            chart.append(svg('text', { x: (left + right) / 2, y: H - 8, 'text-anchor': 'middle' }, 'no dates: in the group’s order'));
        }
        if (undatedWidth) {
            const x = W - R - undatedWidth / 2;
            chart.append(svg('line', { class: 'grid', x1: x - undatedWidth / 2, x2: x - undatedWidth / 2, y1: T, y2: H - B }));
            chart.append(svg('text', { x, y: H - 8, 'text-anchor': 'middle' }, 'undated'));
        }

        for (const e of points) {
            const x = xs.get(e);
            const y = yOf(e.y);
            const classes = 'pt' + (e.conflict ? ' conflict' : '') + (e.copy ? ' copy' : '');
            const mark = svg('g', { class: classes });
            mark.append(svg('title', null, (e.asOf || 'undated') + ' · ' + e.text + ' · ' + sourceOf(e).name));
            if (isPeriod(e) && typeof e.xFrom === 'number') {
                mark.append(svg('line', { class: 'period', x1: xOfYear(e.xFrom), x2: xOfYear(e.xTo), y1: y, y2: y }));
            }
            if (e.shape === 'range' && typeof e.y2 === 'number') {
                const y2 = yOf(e.y2);
                mark.append(svg('rect', { class: 'bar', x: x - 3.5, y: y2, width: 7, height: Math.max(3, y - y2), rx: 3 }));
            } else if (e.shape === 'up' || e.shape === 'down') {
                const dir = e.shape === 'up' ? -1 : 1;
                const tip = y + dir * 26;
                mark.append(svg('circle', { cx: x, cy: y, r: 4 }));
                mark.append(svg('line', { class: 'stem', x1: x, x2: x, y1: y, y2: tip - dir * 6 }));
                mark.append(svg('path', { d: `M${x} ${tip} L${x + 5} ${tip - dir * 8} L${x - 5} ${tip - dir * 8} Z` }));
            } else if (e.shape === 'about') {
                mark.append(svg('circle', { class: 'ring', cx: x, cy: y, r: 5.5 }));
            } else {
                mark.append(svg('circle', { cx: x, cy: y, r: 5.5 }));
            }
            chart.append(mark);
        }
        return chart;
    }

    function card(index) {
        const group = groups[index];
        const id = 'group-' + index;
        const parts = [
            el('header', { class: 'card-head' },
                el('h2', { id: id + '-title' }, group.label || '(unlabelled)'),
                el('code', { class: 'group-id', title: 'Group id, for claimcheck review' }, group.id),
                el('span', { class: 'badge' }, VERDICTS[group.verdict] || group.verdict),
                el('span', { class: 'confidence' }, 'confidence ' + group.confidence + '%')),
        ];
        if (group.explanation) {
            parts.push(el('p', { class: 'explanation' }, group.explanation));
        }
        if (group.review) {
            parts.push(el('p', { class: 'review' }, el('strong', null, group.review)));
        }
        if (group.change) {
            parts.push(el('p', { class: 'change' }, el('strong', null, 'Change: '), group.change));
        }
        if (group.conflicts.length) {
            parts.push(el('div', { class: 'conflicts' },
                el('h3', null, group.conflictsOverridden ? 'ClaimCheck had found' : group.conflicts.length === 1 ? 'Conflict' : 'Conflicts'),
                el('ul', null, ...group.conflicts.map(reason => el('li', null, reason)))));
        }
        parts.push(el('p', { class: 'sources' },
            plural(group.documents, 'document') + ', ' + plural(group.independentSources, 'independent source') +
            (group.copies ? ': copies of the same passage were counted as one source' : '')));
        parts.push(timeline(group));
        parts.push(evidenceList(group));
        return el('article', { class: 'card', id, 'data-verdict': group.verdict, 'aria-labelledby': id + '-title' }, ...parts);
    }

    function cardFor(index) {
        let node = cards.get(index);
        if (!node) {
            node = card(index);
            cards.set(index, node);
        }
        return node;
    }

    function haystack(index) {
        let text = haystacks[index];
        if (text === undefined) {
            const group = groups[index];
            const parts = [group.label, group.explanation, group.change || '', VERDICTS[group.verdict] || '', ...group.conflicts];
            for (const e of group.evidence) {
                const source = sourceOf(e);
                parts.push(sentences[e.sentence] || '', e.text, e.speaker || '', e.asOf || '', source.name, source.outlet || '');
            }
            text = plainNumbers(parts.join('\n').toLowerCase());
            haystacks[index] = text;
        }
        return text;
    }

    // Thousands written any way are one way for search: "1,000", "1 000" (also thin or no-break spaces) and "1000".
    function plainNumbers(text) {
        return text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g, '$1');
    }

    // Words must all occur, in any order; "quoted words" must occur as written (numbers however grouped).
    function searchTerms(query) {
        const terms = [];
        const pattern = /"([^"]*)"?|(\S+)/g;
        let match;
        while ((match = pattern.exec(plainNumbers(query.toLowerCase()))) !== null) {
            const term = (match[1] !== undefined ? match[1] : match[2]).trim();
            if (term) {
                terms.push(term);
            }
        }
        return terms;
    }

    // One row of the single-source table: the figure as written, what it counts, where and when it was stated.
    function singleRow(index) {
        const group = groups[index];
        const evidence = group.evidence[0];
        const source = evidence ? sourceOf(evidence) : sourceOf({});
        const where = sourceDetails(el('td'), source);
        const figure = el('td', null, evidence ? evidence.text : '');
        if (group.evidence.length > 1) {
            figure.append(el('span', { class: 'repeats' }, ' (stated ' + plural(group.evidence.length, 'time') + ')'));
        }
        return el('tr', { id: 'group-' + index },
            figure,
            el('td', null, group.label || ''),
            where,
            el('td', null, evidence && evidence.asOf ? evidence.asOf : 'undated'),
            el('td', null, el('code', null, group.id)));
    }

    // The filter and the search live in the address (#verdict=discrepancy,change&q=30+countries), so a view can be
    // shared or bookmarked; nothing is kept anywhere else.
    function readState() {
        const params = new URLSearchParams(location.hash.slice(1));
        if (params.has('verdict')) {
            const on = new Set(params.get('verdict').split(','));
            boxes.forEach(box => { box.checked = on.has(box.value); });
        } else {
            boxes.forEach(box => { box.checked = true; });
        }
        search.value = params.get('q') || '';
    }

    function writeState() {
        const params = new URLSearchParams();
        const on = boxes.filter(b => b.checked).map(b => b.value);
        if (on.length !== boxes.length) {
            params.set('verdict', on.join(','));
        }
        if (search.value) {
            params.set('q', search.value);
        }
        const hash = params.toString();
        if (hash !== location.hash.slice(1)) {
            history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
        }
    }

    function apply() {
        writeState();
        const on = new Set(boxes.filter(b => b.checked).map(b => b.value));
        const terms = searchTerms(search.value);
        const hit = i => terms.length === 0 || terms.every(t => haystack(i).includes(t));
        matches = carded.filter(i => on.has(groups[i].verdict) && hit(i));
        singleMatches = on.has('single') ? single.filter(hit) : [];
        shown = 0;
        list.replaceChildren();
        singlesShown = 0;
        singlesRows.replaceChildren();
        if (terms.length && singleMatches.length && matches.length === 0) {
            singlesBox.open = true;
        }
        showMore(false);
        showMoreSingles(false);
    }

    function showMore(all) {
        const end = all ? matches.length : Math.min(matches.length, shown + PAGE);
        const fragment = document.createDocumentFragment();
        for (let k = shown; k < end; k++) {
            fragment.append(cardFor(matches[k]));
        }
        list.append(fragment);
        shown = end;
        const left = matches.length - shown;
        more.hidden = left <= 0;
        more.textContent = 'Show ' + count.format(Math.min(PAGE, left)) + ' more';
        showStatus();
    }

    function showMoreSingles(all) {
        const end = all ? singleMatches.length : Math.min(singleMatches.length, singlesShown + ROWS);
        const fragment = document.createDocumentFragment();
        for (let k = singlesShown; k < end; k++) {
            fragment.append(singleRow(singleMatches[k]));
        }
        singlesRows.append(fragment);
        singlesShown = end;
        const left = singleMatches.length - singlesShown;
        singlesMore.hidden = left <= 0;
        singlesMore.textContent = 'Show ' + count.format(Math.min(ROWS, left)) + ' more';
        singlesBox.hidden = singleMatches.length === 0;
        singlesSummary.textContent = plural(singleMatches.length, 'figure') + ' stated by one source only' +
            (singleMatches.length < single.length ? ' (of ' + count.format(single.length) + ')' : '');
        showStatus();
    }

    function showStatus() {
        const singles = singleMatches.length ? '; ' + plural(singleMatches.length, 'single-source figure') + ' in the table below' : '';
        if (groups.length === 0) {
            status.textContent = 'No groups.';
        } else if (matches.length === 0) {
            status.textContent = (carded.length ? 'No group matches the filter' : 'No group with more than one source') + singles + '.';
        } else {
            status.textContent = 'Showing ' + count.format(shown) + ' of ' + plural(matches.length, 'group') +
                (matches.length < carded.length ? ' (of ' + count.format(carded.length) + ' in all)' : '') + singles + '.';
        }
    }

    boxes.forEach(box => box.addEventListener('change', apply));
    search.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(apply, 120);
    });
    search.addEventListener('keydown', event => {
        if (event.key === 'Enter') {
            clearTimeout(timer);
            apply();
        }
    });
    more.addEventListener('click', () => showMore(false));
    singlesMore.addEventListener('click', () => showMoreSingles(false));
    window.addEventListener('hashchange', () => {
        readState();
        apply();
    });
    // Printing shows every group that passes the filter, with all its sentences.
    window.addEventListener('beforeprint', () => {
        showMore(true);
        showMoreSingles(true);
        singlesBox.open = true;
        list.querySelectorAll('button.show-all').forEach(button => button.click());
    });

    readState();
    apply();
})();
