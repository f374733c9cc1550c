import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
for (const p of process.argv.slice(2)) {
await page.goto('http://127.0.0.1:4416' + p);
await page.waitForTimeout(500);
const r = await page.evaluate(() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).slice(0, 6).map(e => e.tagName + '.' + e.className + ' ' + getComputedStyle(e).display+' '+ Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent||'').slice(0,40)));
console.log(p, r);
}
await browser.close();
