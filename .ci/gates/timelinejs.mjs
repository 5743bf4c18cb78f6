// Loads dealline's TimelineJS export into the real TimelineJS (npm
// @knight-lab/timelinejs, served from 127.0.0.1) in Chromium, and fails on
// any page error or console error, on a request leaving the machine, or
// when a slide is missing: every event's headline must be on a slide.
//   node timelinejs.mjs EXPORT.json
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve, reporter } from './lib.mjs';

const [exportFile] = process.argv.slice(2);
const { fail, done } = reporter('timelinejs');
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'node_modules/@knight-lab/timelinejs/dist');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dealline-tl-'));
fs.cpSync(dist, path.join(root, 'tl'), { recursive: true });
const text = fs.readFileSync(exportFile, 'utf8');
fs.writeFileSync(path.join(root, 'data.js'), `window.DATA = ${text};\n`);
fs.writeFileSync(path.join(root, 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="tl/css/timeline.css"></head><body>
<div id="timeline" style="width: 1000px; height: 650px"></div>
<script src="tl/js/timeline.js"></script><script src="data.js"></script>
<script>window.tl = new TL.Timeline('timeline', window.DATA, { font: null, script_path: '/tl/js/' });</script>
</body></html>`);

let data;
try { data = JSON.parse(text); } catch (e) { fail(`${exportFile}: not JSON: ${e.message}`); }
const server = await serve(root);
const { page, close } = await launch({ viewport: { width: 1000, height: 700 } });
const errors = [];
page.on('pageerror', (e) => errors.push('page error: ' + e.message));
page.on('console', (m) => { if (m.type() === 'error') errors.push('console: ' + m.text()); });
await page.route('**/*', (route) => {
  const u = route.request().url();
  if (u.startsWith(server.url)) return route.continue();
  errors.push('request left the machine: ' + u);
  return route.abort();
});
await page.goto(server.url + '/index.html');
await page.waitForLoadState('load');
await page.waitForTimeout(1500);
for (const e of errors) fail(e);
const shown = await page.evaluate(() => ({
  slides: document.querySelectorAll('.tl-slide').length,
  markers: document.querySelectorAll('.tl-timemarker').length,
  headlines: [...document.querySelectorAll('.tl-slide .tl-headline')].map((h) => h.textContent.trim()),
  message: (document.querySelector('.tl-message-content') || {}).textContent || '',
}));
const placed = await page.evaluate(() => window.tl && window.tl.config
  ? window.tl.config.events.map((e) => [e.unique_id, new Date(e.start_date.getTime()).toISOString(), e.end_date ? new Date(e.end_date.getTime()).toISOString() : null])
  : null);
const events = data && Array.isArray(data.events) ? data.events : [];
// TimelineJS must place each event where the export says: same year,
// month and day (at the export's precision) for the start and the end.
const iso = (d) => d ? `${String(d.year).padStart(4, '0')}-${String(d.month || 1).padStart(2, '0')}-${String(d.day || 1).padStart(2, '0')}` : null;
if (!placed) fail('TimelineJS rejected the data (no configuration built)');
else {
  const at = new Map(placed.map(([id, s, e]) => [id, [s && s.slice(0, 10), e && e.slice(0, 10)]]));
  for (const ev of events) {
    const got = at.get(ev.unique_id);
    if (!got) { fail(`TimelineJS dropped ${ev.unique_id}`); continue; }
    if (got[0] !== iso(ev.start_date)) fail(`${ev.unique_id} placed at ${got[0]}, expected ${iso(ev.start_date)}`);
    if (ev.end_date && got[1] !== iso(ev.end_date)) fail(`${ev.unique_id} ends at ${got[1]}, expected ${iso(ev.end_date)}`);
  }
}
if (!events.length) fail('the export has no events');
if (shown.markers !== events.length) fail(`${shown.markers} markers on the time axis for ${events.length} events`);
for (const ev of events) {
  const want = ev.text.headline.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  if (!shown.headlines.includes(want)) fail(`no slide shows ${JSON.stringify(want)}`);
}
if (/error|invalid/i.test(shown.message)) fail(`TimelineJS says: ${shown.message}`);
await close();
await server.close();
fs.rmSync(root, { recursive: true, force: true });
done(`timelinejs gate: ${events.length} events on ${shown.slides} slides, no errors`);
