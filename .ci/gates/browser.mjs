// Opens each page in headless Chromium (light and dark, phone width) and
// fails on: any axe-core violation, any request leaving the page, horizontal
// scrolling at 360px, or an event or date hidden when JavaScript is off.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
let failures = 0;
const fail = (msg) => { console.error('FAIL ' + msg); failures++; };

for (const js of [true, false]) {
  const dir = fs.mkdtempSync('/tmp/dealline-pw-');
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args,
    viewport: { width: 360, height: 740 }, javaScriptEnabled: js,
  });
  const page = ctx.pages()[0] || await ctx.newPage();
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://')) outside.push(r.url()); });
  for (const f of process.argv.slice(2)) {
    const url = 'file://' + path.resolve(f);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (sw > cw) fail(`${f} (${scheme}): scrolls sideways at 360px (${sw} > ${cw})`);
      if (js) {
        const res = await new AxeBuilder({ page }).analyze();
        for (const v of res.violations) {
          fail(`${f} (${scheme}): axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      } else {
        const hidden = await page.evaluate(() => [...document.querySelectorAll('article.dealline-event, article.dealline-event time')]
          .filter((el) => el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden').length);
        const events = await page.evaluate(() => document.querySelectorAll('article.dealline-event').length);
        if (events === 0) fail(`${f}: no events shown without JavaScript`);
        if (hidden) fail(`${f}: ${hidden} events or dates hidden without JavaScript`);
      }
    }
  }
  if (outside.length) fail('requests left the page: ' + outside.join(', '));
  await ctx.close();
}
if (failures) process.exit(1);
console.log('browser gates: ok');
