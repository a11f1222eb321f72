/**
 * The catalogue in French, on the fixture catalogue in Chromium: the language link on every
 * template opens the same page in the other language (with its search state), French search
 * finds French text with French filters and never the English fallback text, languages are
 * marked (fallback English inside a French page carries lang="en"), no English word of the
 * chrome appears on a French page, and hreflang alternates pair both ways, in the pages and the
 * sitemap. The fixture has French translations that are current, one out of date and one missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { SITE, fixture } from '../helpers/builds.ts';
import { TEMPLATE_PAGES, sitePages } from '../helpers/pages.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { pageAlternates } from '../../src/integrations/sitemap-alternates.ts';

const site = useSite(fixture.root);

const TEMPLATES = TEMPLATE_PAGES;

const busy = () => site.page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false');
const resultPaths = () =>
  site.page.locator('#results li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('the language link', () => {
  it('opens the same page in the other language on every template, and back', async () => {
    for (const path of TEMPLATES) {
      await site.page.goto(site.url + path);
      await site.page.locator('.language-switch a', { hasText: 'Français' }).click();
      await site.page.waitForURL(`${site.url}fr/${path}`);
      expect(await site.page.locator('html').getAttribute('lang'), path).toBe('fr');
      await site.page.locator('.language-switch a', { hasText: 'English' }).click();
      await site.page.waitForURL(site.url + path);
      expect(await site.page.locator('html').getAttribute('lang'), path).toBe('en');
    }
  });

  it('keeps the search, the filters and the chosen countries', async () => {
    await site.page.goto(`${site.url}search/?q=prosecutors&country=KE`);
    await busy();
    await site.page.locator('.language-switch a').click();
    await site.page.waitForURL(`${site.url}fr/search/?q=prosecutors&country=KE`);
    await site.page.goto(`${site.url}fr/finder/?country=KE&country=TZ`);
    await site.page.locator('.language-switch a').click();
    await site.page.waitForURL(`${site.url}finder/?country=KE&country=TZ`);
  });

  it('leads from a not-found page to the other language’s home page, never to another 404', async () => {
    await site.page.goto(`${site.url}404.html`);
    expect(await site.page.locator('.language-switch a').getAttribute('href')).toBe('/fr/');
    await site.page.goto(`${site.url}fr/404.html`);
    expect(await site.page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await site.page.locator('h1').innerText()).toBe('Page introuvable');
    expect(await site.page.locator('.language-switch a').getAttribute('href')).toBe('/');
  });
});

describe('entries in French', () => {
  it('show the official French name and the French text when the translation is current', async () => {
    await site.page.goto(`${site.url}fr/networks/atlantic-prosecutors-network/`);
    expect(await site.page.locator('h1').innerText()).toBe('Réseau atlantique des procureurs (RAP)');
    expect(await site.page.locator('.entry-text').getAttribute('lang')).toBeNull();
    expect(await site.page.locator('.entry-text').innerText()).toMatch(/demandes\s+d’entraide judiciaire/);
    expect(await site.page.locator('.notice').count()).toBe(0);
    expect(await site.page.locator('.glance dd').first().innerText()).toBe('23 février 2017');
    expect(await site.page.locator('.glance dt').first().innerText()).toBe('Date des informations');
  });

  it('mark an English name as English, with its unofficial French rendering', async () => {
    await site.page.goto(`${site.url}fr/networks/baltic-judges-forum/`);
    expect(await site.page.locator('h1 span[lang="en"]').innerText()).toBe('The Baltic Judges Forum (BJF)');
    expect(await site.page.locator('p.rendering').innerText()).toMatch(/Forum balte des juges/);
  });

  it('show the English text, marked lang="en", with a notice, when the translation is missing or out of date', async () => {
    for (const [path, notice] of [
      ['networks/desert-information-network/', fr['entry.notice.missing']],
      ['practices/eastern-police-chiefs/', fr['entry.notice.outdated']],
    ] as const) {
      await site.page.goto(`${site.url}fr/${path}`);
      expect(await site.page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await site.page.locator('.notice').innerText()).toBe(notice);
      expect(await site.page.locator('.entry-text').getAttribute('lang')).toBe('en');
      expect(await site.page.locator('.lede').getAttribute('lang')).toBe('en');
      expect(await site.page.locator('h1 > span').getAttribute('lang')).toBe('en');
      // Search engines are sent to the English page, and no alternates are claimed.
      expect(await site.page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${SITE}/${path}`);
      expect(await site.page.locator('link[rel=alternate][hreflang]').count()).toBe(0);
    }
  });
});

describe('search in French', () => {
  it('finds French text, names first, with French filters and counts', async () => {
    await site.page.goto(`${site.url}fr/search/?q=${encodeURIComponent('réseau atlantique')}`);
    await busy();
    expect((await resultPaths())[0]).toBe('/fr/networks/atlantic-prosecutors-network/');
    await site.page.goto(`${site.url}fr/search/?q=${encodeURIComponent('entraide judiciaire')}`);
    await busy();
    expect(await resultPaths()).toContain('/fr/networks/atlantic-prosecutors-network/');
    expect(await site.page.locator('#status').innerText()).toMatch(/fiches? trouvées?\./);
    await site.page.locator('[data-filter-panel] > summary').click();
    expect(await site.page.locator('[data-facet="region"] legend').innerText()).toBe('Région');
    expect(await site.page.locator('[data-facet="region"] label').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\s*Afrique \(\d+\)$/), expect.stringMatching(/^\s*Europe \(\d+\)$/)]),
    );
    await site.page.getByRole('checkbox', { name: /^Afrique/ }).check();
    await site.page.waitForURL(/region=africa/);
    await busy();
    expect(await site.page.locator('[data-chosen] button').allInnerTexts()).toEqual(['Afrique']);
  });

  it('finds an entry shown in English by its name, but never by its English text', async () => {
    await site.page.goto(`${site.url}fr/search/?q=${encodeURIComponent('Desert Information Network')}`);
    await busy();
    expect((await resultPaths())[0]).toBe('/fr/networks/desert-information-network/');
    await site.page.goto(`${site.url}fr/search/?q=terrorism`);
    await busy();
    expect(await resultPaths()).toEqual([]);
    await site.page.goto(`${site.url}search/?q=terrorism`);
    await busy();
    expect(await resultPaths()).toEqual(['/networks/desert-information-network/']);
  });
});

describe('no English chrome on French pages', () => {
  // Every English UI string of two words or more that the French says otherwise.
  const english = Object.entries(en)
    .filter(([key, value]) => typeof value === 'string' && value !== fr[key as keyof typeof fr] && value.split(/\s+/).length >= 2)
    .map(([, value]) =>
      (value as string)
        .replace(/\{\w+\}/g, '')
        .trim()
        .split(/[.:!?]/)[0]!
        .trim(),
    )
    .filter((text) => text.split(/\s+/).length >= 2);

  it('has no English string of the interface outside text marked as English', async () => {
    const pages = sitePages(fixture.root).filter((p) => p.startsWith('fr/'));
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const path of [...pages, 'fr/search/?q=procureurs', 'fr/finder/?country=KE&country=TZ']) {
      await site.page.goto(site.url + path);
      if (path.includes('?')) await site.page.waitForTimeout(500);
      const text = await site.page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement;
        for (const el of body.querySelectorAll('[lang]:not([lang="fr"])')) el.remove();
        return body.innerText.replace(/\s+/g, ' ');
      });
      for (const phrase of english) if (text.includes(phrase)) found.push(`/${path}: “${phrase}”`);
    }
    expect(found).toEqual([]);
  });
});

describe('alternates for search engines', () => {
  const pages = sitePages(fixture.root).filter((p) => !p.endsWith('404.html'));
  const fileOf = (url: string) => {
    const path = new URL(url).pathname;
    return join(fixture.root, path, path.endsWith('/') ? 'index.html' : '');
  };

  it('pair every translated page with its twin, both ways, with x-default', () => {
    let pairs = 0;
    for (const path of pages) {
      const { links } = pageAlternates(readFileSync(join(fixture.root, path, 'index.html'), 'utf8'));
      if (links.length === 0) continue;
      expect(links.map((l) => l.lang).sort(), path).toEqual(['en', 'fr', 'x-default']);
      for (const link of links.filter((l) => l.lang !== 'x-default')) {
        expect(existsSync(fileOf(link.url)), link.url).toBe(true);
        const back = pageAlternates(readFileSync(fileOf(link.url), 'utf8'));
        expect(back.links, link.url).toEqual(links);
        expect(back.canonical, link.url).toBe(link.url);
      }
      pairs++;
    }
    expect(pairs).toBeGreaterThan(40);
  });

  it('lists the alternates in the sitemap, and leaves out pages shown in English on the French site', () => {
    const sitemap = readFileSync(join(fixture.root, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(
      `<url><loc>${SITE}/networks/atlantic-prosecutors-network/</loc><xhtml:link rel="alternate" hreflang="en" href="${SITE}/networks/atlantic-prosecutors-network/"/><xhtml:link rel="alternate" hreflang="fr" href="${SITE}/fr/networks/atlantic-prosecutors-network/"/>`,
    );
    expect(sitemap).toContain(`<loc>${SITE}/networks/desert-information-network/</loc>`);
    expect(sitemap).not.toContain(`<loc>${SITE}/fr/networks/desert-information-network/</loc>`);
  });
});

describe('console', () => {
  it('ran without console errors or requests to another host', () => {
    expect(site.problems).toEqual([]);
    expect(site.foreign).toEqual([]);
  });
});
