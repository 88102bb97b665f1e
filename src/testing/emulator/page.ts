/**
 * The page at the emulator's root: what Klaviyo received, live. One self-contained HTML document
 * (inline CSS and script, nothing to build or fetch from elsewhere). It reads
 * `/__emulator/state` and refreshes on every `change` from `/__emulator/stream` (server-sent
 * events), falling back to polling if the stream is unavailable. Everything shown comes from
 * requests, so it is written with textContent, never parsed as HTML.
 */
import { jsonResponse } from './fetch-io.js';

export function pageResponse(): Response {
	return jsonResponse(200, PAGE, {
		'content-type': 'text/html; charset=utf-8',
		'cache-control': 'no-store',
	});
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klaviyo emulator</title>
<style>
	:root { color-scheme: light; --ink: #1d2430; --muted: #667085; --line: #e4e7ec; --bg: #f6f7f9;
		--ok: #067647; --ok-bg: #ecfdf3; --bad: #b42318; --bad-bg: #fef3f2; --warn: #b54708; --warn-bg: #fffaeb; }
	* { box-sizing: border-box; }
	body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
	header { display: flex; align-items: baseline; gap: 16px; padding: 14px 24px; background: #fff; border-bottom: 1px solid var(--line); }
	header h1 { font-size: 18px; margin: 0; }
	header .counts { color: var(--muted); }
	header .counts b { color: var(--ink); }
	#live { margin-left: auto; font-size: 12px; color: var(--muted); }
	#live::before { content: ""; display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-right: 6px; background: #98a2b3; }
	#live.on::before { background: #12b76a; }
	main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; padding: 16px 24px; }
	.side { display: flex; flex-direction: column; gap: 16px; min-width: 0; }
	section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px; min-width: 0; }
	section h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 8px; }
	ol, ul { list-style: none; margin: 0; padding: 0; }
	.empty { color: var(--muted); font-style: italic; }
	.request { border-top: 1px solid var(--line); padding: 6px 0; }
	.request:first-child { border-top: 0; }
	.line { display: flex; align-items: baseline; gap: 8px; min-width: 0; }
	.status { font: 600 12px ui-monospace, SFMono-Regular, Menlo, monospace; padding: 1px 6px; border-radius: 4px; background: var(--ok-bg); color: var(--ok); }
	.status.s4, .status.s5, .status.s0 { background: var(--bad-bg); color: var(--bad); }
	.method { font: 600 12px ui-monospace, SFMono-Regular, Menlo, monospace; width: 52px; }
	.path { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
	.op { color: var(--muted); font-size: 12px; }
	.verdict { margin-left: auto; font-size: 12px; font-weight: 600; color: var(--ok); white-space: nowrap; }
	.invalid .verdict { color: var(--bad); }
	.fault { font-size: 12px; color: var(--warn); background: var(--warn-bg); padding: 0 6px; border-radius: 4px; white-space: nowrap; }
	.violations { margin: 4px 0 2px 60px; }
	.violations li { color: var(--bad); font-size: 12px; }
	details { margin-left: 60px; font-size: 12px; color: var(--muted); }
	pre { margin: 4px 0; padding: 8px; background: var(--bg); border-radius: 6px; overflow: auto; max-height: 240px; color: var(--ink); }
	article { border-top: 1px solid var(--line); padding: 8px 0; }
	article:first-of-type { border-top: 0; }
	article h3 { font-size: 14px; margin: 0; }
	.id { color: var(--muted); font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; }
	.timeline li { display: flex; gap: 8px; font-size: 12px; padding: 2px 0 2px 10px; border-left: 2px solid #d0d5dd; margin-left: 4px; }
	.timeline time { color: var(--muted); white-space: nowrap; }
	.timeline .metric { font-weight: 600; }
	.members li { font-size: 12px; }
	progress { width: 100%; height: 8px; }
	.job-line { display: flex; gap: 8px; font-size: 12px; }
	table { border-collapse: collapse; width: 100%; font-size: 12px; }
	td { padding: 2px 8px 2px 0; vertical-align: top; }
	td.count { text-align: right; font-weight: 600; }
	@media (max-width: 900px) { main { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header>
	<h1>Klaviyo emulator</h1>
	<span class="counts"><b id="total">0</b> requests · <b id="invalid">0</b> invalid</span>
	<span id="live">connecting</span>
</header>
<main>
	<section><h2>Requests, newest first</h2><ol id="requests" data-testid="requests"></ol></section>
	<div class="side">
		<section><h2>Profiles and their events</h2><div id="profiles" data-testid="profiles"></div></section>
		<section><h2>Lists</h2><div id="lists" data-testid="lists"></div></section>
		<section><h2>Bulk jobs</h2><div id="jobs" data-testid="jobs"></div></section>
		<section><h2>Resources it holds</h2><table id="resources" data-testid="resources"></table></section>
	</div>
</main>
<script>
const $ = (id) => document.getElementById(id);
function el(tag, props, ...children) {
	const node = document.createElement(tag);
	for (const [key, value] of Object.entries(props || {})) {
		if (key === 'text') node.textContent = value;
		else if (key === 'class') node.className = value;
		else if (value !== undefined && value !== null) node.setAttribute(key, value);
	}
	for (const child of children) if (child) node.append(child);
	return node;
}
const clock = (iso) => { const d = new Date(iso); return isNaN(d) ? iso : d.toLocaleTimeString(); };
const empty = (text) => el('p', { class: 'empty', text });

function requestItem(r) {
	const line = el('div', { class: 'line' },
		el('span', { class: 'status s' + String(r.status)[0], text: r.status || 'none' }),
		el('span', { class: 'method', text: r.method }),
		el('code', { class: 'path', title: r.path, text: r.path }),
		r.operationId && el('span', { class: 'op', text: r.operationId }),
		r.faulted && el('span', { class: 'fault', text: 'fault: ' + r.faulted }),
		el('span', { class: 'verdict', text: r.valid ? 'valid' : 'invalid' }));
	const item = el('li', { class: 'request' + (r.valid ? '' : ' invalid'), 'data-seq': r.seq, 'data-valid': String(r.valid) }, line);
	if (r.violations.length) item.append(el('ul', { class: 'violations' }, ...r.violations.map((v) => el('li', { class: 'violation', text: v }))));
	if (r.body !== null) item.append(el('details', {}, el('summary', { text: 'body · ' + clock(r.at) }), el('pre', { text: JSON.stringify(r.body, null, 2) })));
	return item;
}

function profileItem(p, lists) {
	const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
	const listNames = p.lists.map((id) => (lists.find((l) => l.id === id) || { name: id }).name);
	return el('article', { 'data-testid': 'profile', 'data-email': p.email || '' },
		el('h3', { text: p.email || p.phoneNumber || p.externalId || p.id }),
		el('div', { class: 'id', text: p.id + (name ? ' · ' + name : '') + (listNames.length ? ' · in ' + listNames.join(', ') : '') }),
		p.events.length
			? el('ol', { class: 'timeline' }, ...p.events.map((e) => el('li', { class: 'event' },
				el('time', { text: clock(e.time) }),
				el('span', { class: 'metric', text: e.metric }),
				e.value !== null && el('span', { text: String(e.value) }))))
			: el('p', { class: 'empty', text: 'no events' }));
}

function listItem(l) {
	return el('article', { 'data-testid': 'list', 'data-name': l.name },
		el('h3', { text: l.name }),
		el('div', { class: 'id', text: l.id + ' · ' + l.members.length + ' member' + (l.members.length === 1 ? '' : 's') }),
		el('ul', { class: 'members' }, ...l.members.map((m) => el('li', { class: 'member', text: m.email || m.profileId }))));
}

function jobItem(j) {
	const done = j.completed + j.failed;
	const what = j.kind === 'profile-bulk-import' ? ' profiles' : ' · ' + j.kind;
	return el('article', { 'data-testid': 'job', 'data-status': j.status, 'data-kind': j.kind },
		el('div', { class: 'job-line' }, el('b', { text: j.status }), el('span', { text: done + ' / ' + j.total + what + (j.failed ? ', ' + j.failed + ' failed' : '') })),
		el('progress', { max: String(j.total || 1), value: String(done) }),
		el('div', { class: 'id', text: j.id }));
}

function resourceRow(r) {
	return el('tr', { 'data-testid': 'resource', 'data-type': r.type },
		el('td', { text: r.type }), el('td', { class: 'count', text: String(r.count) }),
		el('td', { class: 'id', text: r.latest.join(', ') + (r.count > r.latest.length ? ', …' : '') }));
}

function render(state) {
	$('total').textContent = state.total;
	$('invalid').textContent = state.invalid;
	const requests = state.requests.slice().reverse().map(requestItem);
	$('requests').replaceChildren(...(requests.length ? requests : [empty('Nothing yet. Point a client at this URL.')]));
	$('profiles').replaceChildren(...(state.profiles.length ? state.profiles.map((p) => profileItem(p, state.lists)) : [empty('none')]));
	$('lists').replaceChildren(...(state.lists.length ? state.lists.map(listItem) : [empty('none')]));
	$('jobs').replaceChildren(...(state.jobs.length ? state.jobs.map(jobItem) : [empty('none')]));
	$('resources').replaceChildren(...(state.resources.length ? state.resources.map(resourceRow) : [el('tr', {}, el('td', { class: 'empty', text: 'none' }))]));
}

// One refresh at a time; a change during a refresh asks for one more.
let busy = false, again = false;
async function refresh() {
	if (busy) { again = true; return; }
	busy = true;
	try {
		const response = await fetch('/__emulator/state', { cache: 'no-store' });
		if (response.ok) render(await response.json());
	} catch {}
	busy = false;
	if (again) { again = false; refresh(); }
}

function live() {
	if (!('EventSource' in window)) return poll();
	const source = new EventSource('/__emulator/stream');
	source.addEventListener('change', refresh);
	source.onopen = () => { $('live').textContent = 'live'; $('live').className = 'on'; };
	source.onerror = () => { $('live').textContent = 'reconnecting'; $('live').className = ''; };
}
function poll() { $('live').textContent = 'polling'; refresh(); setInterval(refresh, 1000); }
refresh();
live();
</script>
</body>
</html>
`;
