#!/usr/bin/env node
// Screenshots a page the way readers see it: phone (360 px) and desktop (1280 px), light and dark.
// Usage: node scripts/screenshot.js <url> <output-prefix> [--widths 360,1280] [--schemes light,dark] [--wait ms]
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.js';

const [url, prefix = 'screenshot', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('Usage: node scripts/screenshot.js <url> <output-prefix> [--widths 360,1280] [--schemes light,dark] [--wait ms]');
  process.exit(2);
}
const option = (name, fallback) => {
  const index = rest.indexOf(`--${name}`);
  return index === -1 ? fallback : rest[index + 1];
};
const widths = option('widths', '360,1280').split(',').map(Number);
const schemes = option('schemes', 'light,dark').split(',');
const wait = Number(option('wait', '500'));

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') console.log(`[${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  for (const scheme of schemes) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const width of widths) {
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await page.goto(url, { waitUntil: 'networkidle0' });
      await new Promise((resolve) => setTimeout(resolve, wait));
      const path = `${prefix}-${String(width)}-${scheme}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
    }
  }
} finally {
  await browser.close();
}
