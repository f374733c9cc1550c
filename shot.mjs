import { chromium } from '@playwright/test';
const [url, w, out, full] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
await page.goto('http://127.0.0.1:4416' + url);
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
