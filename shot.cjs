const { chromium } = require('playwright-core');
const fs = require('fs'), os = require('os'), path = require('path');
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chr-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
  const page = await ctx.newPage();
  page.on('console', m => console.log('console:', m.type(), m.text().slice(0, 200)));
  page.on('pageerror', e => console.log('pageerror:', e.message));
  const url = process.argv[2];
  await page.goto(url);
  await page.waitForTimeout(Number(process.argv[4] || 2500));
  await page.screenshot({ path: process.argv[3], fullPage: true });
  await ctx.close();
})();
