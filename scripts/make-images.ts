/**
 * Regenerates the two raster images the site ships (public/og-image.png for link previews,
 * public/apple-touch-icon.png for home screens) from public/favicon.svg, by screenshotting a
 * small local page in Debian's Chromium. Run by hand after changing the logo or the name:
 *   node_modules/.bin/node scripts/make-images.ts
 * The PNGs are committed, so the build needs no browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.ts';
import { t } from '../src/i18n/ui.ts';

const root = join(import.meta.dirname, '..');
const logo = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

const og = `<body style="margin:0;width:1200px;height:630px;display:flex;align-items:center;gap:56px;padding:0 80px;box-sizing:border-box;background:#083a73;color:#fff;font-family:'DejaVu Sans',sans-serif">
  <div style="width:240px;height:240px;flex:none;padding:12px;background:#fff;border-radius:36px">${logo.replace('<svg ', '<svg width="240" height="240" ')}</div>
  <div><div style="font-size:62px;font-weight:bold;line-height:1.15">${escape(t('site.name'))}</div>
  <div style="font-size:30px;margin-top:28px;color:#ffbf47">${escape(t('site.tagline'))}</div></div></body>`;
const icon = `<body style="margin:0;width:180px;height:180px">${logo.replace('<svg ', '<svg width="180" height="180" ').replace('rx="6"', 'rx="0"')}</body>`;

const browser = await launchBrowser();
for (const [html, file, width, height] of [
  [og, 'og-image.png', 1200, 630],
  [icon, 'apple-touch-icon.png', 180, 180],
] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  await page.screenshot({ path: join(root, 'public', file) });
  await page.close();
}
await browser.close();
console.log('✓ wrote public/og-image.png and public/apple-touch-icon.png');
