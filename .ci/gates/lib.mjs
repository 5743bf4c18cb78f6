// Shared helpers for the browser gates: launching Debian's Chromium through
// playwright-core, and a static server on 127.0.0.1 that can send a
// Content-Security-Policy header.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launch(opts = {}) {
  const dir = fs.mkdtempSync('/tmp/dealline-pw-');
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args,
    viewport: { width: 360, height: 740 }, ...opts,
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  return { ctx, page, close: async () => { await ctx.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.png': 'image/png' };

// Serves `root` on 127.0.0.1 (a free port); every response carries `csp`
// when given. Returns { url, close }.
export async function serve(root, csp) {
  const server = http.createServer((req, res) => {
    // Browsers ask for a favicon on their own; it is not the page's request.
    if (req.url === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    const p = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!p.startsWith(path.resolve(root)) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404); res.end(); return;
    }
    const headers = { 'Content-Type': types[path.extname(p)] || 'application/octet-stream' };
    if (csp) headers['Content-Security-Policy'] = csp;
    res.writeHead(200, headers);
    fs.createReadStream(p).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export function reporter(name) {
  let failures = 0;
  return {
    fail: (msg) => { console.error(`FAIL ${name}: ${msg}`); failures++; },
    done: (okMsg) => { if (failures) process.exit(1); console.log(okMsg); },
  };
}
