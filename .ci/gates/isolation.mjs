// The fragment's stylesheet must not restyle the host page: loads the host
// page with and without the fragment's stylesheet and compares the computed
// style of every host element outside the fragment, property by property.
//   node isolation.mjs WITH.html WITHOUT.html
import path from 'node:path';
import { launch, reporter } from './lib.mjs';

const [withCss, withoutCss] = process.argv.slice(2);
const { fail, done } = reporter('isolation');
const { page, close } = await launch({ viewport: { width: 1024, height: 800 } });

async function styles(file, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('file://' + path.resolve(file));
  return page.evaluate(() => {
    const out = [];
    const els = [document.documentElement, document.body, ...document.body.querySelectorAll('*')];
    for (const el of els) {
      if (el.closest('.dealline') || el.tagName === 'LINK') continue;
      // An ancestor of the fragment grows with the fragment's own styled
      // content: its box size (and what derives from it) may change.
      const ancestor = el.contains(document.querySelector('.dealline'));
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const cs = getComputedStyle(el, pseudo);
        const props = {};
        for (let i = 0; i < cs.length; i++) {
          if (ancestor && /^(height|block-size|min-block-size|perspective-origin|transform-origin)$/.test(cs[i])) continue;
          props[cs[i]] = cs.getPropertyValue(cs[i]);
        }
        out.push({ el: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : '') + (pseudo || ''), props });
      }
    }
    return out;
  });
}

let compared = 0;
for (const scheme of ['light', 'dark']) {
  const a = await styles(withCss, scheme);
  const b = await styles(withoutCss, scheme);
  if (a.length !== b.length) { fail(`${scheme}: host element count differs (${a.length} vs ${b.length})`); continue; }
  for (let i = 0; i < a.length; i++) {
    for (const [k, v] of Object.entries(b[i].props)) {
      compared++;
      if (a[i].props[k] !== v) fail(`${scheme}: ${a[i].el} ${k}: ${v} became ${a[i].props[k]}`);
    }
  }
}
await page.goto('file://' + path.resolve(withCss));
const inside = await page.evaluate(() => getComputedStyle(document.querySelector('.dealline article.dealline-event')).borderTopLeftRadius);
if (inside === '0px') fail('the fragment stylesheet did not style the fragment at all');
await close();
done(`isolation gate: ${compared} host style values unchanged`);
