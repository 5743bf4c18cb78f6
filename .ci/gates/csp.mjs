// Loads pages from 127.0.0.1 under a strict Content Security Policy
// (lib.mjs CSP: default-src 'none'; style-src 'self'; ...) and fails on any
// securitypolicyviolation, on any console error, or when the page's
// stylesheet did not apply (so an unstyled page cannot pass by accident).
//   node csp.mjs ROOT PAGE...   (PAGE relative to ROOT)
import { CSP, launch, serve, reporter } from './lib.mjs';

const [root, ...pages] = process.argv.slice(2);
const { fail, done } = reporter('csp');
const server = await serve(root, CSP);
const { page, close } = await launch();
const console_errors = [];
page.on('console', (m) => { if (m.type() === 'error') console_errors.push(m.text()); });
await page.addInitScript(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`));
});
for (const p of pages) {
  console_errors.length = 0;
  const resp = await page.goto(`${server.url}/${p}`);
  if (!resp.headers()['content-security-policy']) fail(`${p}: served without a CSP header`);
  await page.waitForLoadState('load');
  const v = await page.evaluate(() => window.__violations);
  for (const x of v) fail(`${p}: CSP violation: ${x}`);
  for (const c of console_errors) fail(`${p}: console: ${c}`);
  const radius = await page.evaluate(() => {
    const e = document.querySelector('article.dealline-event');
    return e ? getComputedStyle(e).borderTopLeftRadius : null;
  });
  if (radius === null) fail(`${p}: no event`);
  else if (radius === '0px') fail(`${p}: the dealline stylesheet did not apply`);
}
await close();
await server.close();
done(`csp gate: ${pages.length} pages, 0 violations`);
