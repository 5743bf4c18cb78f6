// Opens each page in headless Chromium (light and dark, phone width) and
// fails on: any axe-core violation, any request leaving the page, horizontal
// scrolling at 360px, or an event or date hidden when JavaScript is off.
//   node browser.mjs [--screenshot OUT.png] PAGE...
// With --screenshot, the first page is also photographed (light, 800px
// wide) for the README.
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import { launch, reporter } from './lib.mjs';

const argv = process.argv.slice(2);
let shot = null;
if (argv[0] === '--screenshot') { shot = argv[1]; argv.splice(0, 2); }
const { fail, done } = reporter('browser');

for (const js of [true, false]) {
  const { page, close } = await launch({ javaScriptEnabled: js });
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith('file://')) outside.push(r.url()); });
  for (const f of argv) {
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
        const hidden = await page.evaluate(() => [...document.querySelectorAll('article.dealline-event, article.dealline-event time, .dealline-date')]
          .filter((el) => el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden'
            || el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length);
        const events = await page.evaluate(() => document.querySelectorAll('article.dealline-event').length);
        if (events === 0) fail(`${f}: no events shown without JavaScript`);
        if (hidden) fail(`${f} (${scheme}): ${hidden} events or dates hidden or cut off without JavaScript`);
      }
    }
  }
  if (outside.length) fail('requests left the page: ' + outside.join(', '));
  await close();
}

if (shot && argv.length) {
  const { page, close } = await launch({ viewport: { width: 800, height: 1000 }, javaScriptEnabled: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('file://' + path.resolve(argv[0]));
  await page.screenshot({ path: shot, type: 'png' });
  await close();
  console.log(`screenshot: ${shot}`);
}
done(`browser gates: ${argv.length} pages ok (axe light and dark, phone width, no JavaScript)`);
