/**
 * The language set is configuration: a copy of the project gets a third language (Spanish, for
 * IberRed's readers) by adding its record to src/i18n/locales.ts, its strings and its vocabulary
 * labels, and registering them, nothing else; the fixture catalogue then builds with every page
 * in Spanish under /es/, its own search index and 404 page, the language links on every page,
 * and the entries (none translated into Spanish) shown in English with a notice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { SITE } from '../helpers/builds.ts';

let project = '';
let dist = '';
let output = '';

function edit(file: string, from: string, to: string) {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}: update this test`);
  writeFileSync(path, text.replace(from, to));
}

beforeAll(() => {
  project = copyProject('catalogue-es-');
  dist = join(project, 'dist');
  // 1. The language's record.
  edit(
    'src/i18n/locales.ts',
    `fr: { lang: 'fr', label: 'Français', name: 'French', intl: 'fr-FR', dir: 'ltr', searchLanguage: 'fr' },`,
    `fr: { lang: 'fr', label: 'Français', name: 'French', intl: 'fr-FR', dir: 'ltr', searchLanguage: 'fr' },
  es: { lang: 'es', label: 'Español', name: 'Spanish', intl: 'es-ES', dir: 'ltr', searchLanguage: 'es' },`,
  );
  // 2. Its strings (a few in Spanish; the type requires every key) and its vocabulary labels.
  writeFileSync(
    join(project, 'src/i18n/es.ts'),
    `import type { Strings } from './ui.ts';
import { en } from './en.ts';
export const es: Strings = { ...en, 'site.name': 'Catálogo de redes internacionales de cooperación judicial', 'nav.networks': 'Redes', 'nav.search': 'Buscar', 'notFound.title': 'Página no encontrada' };
`,
  );
  writeFileSync(
    join(project, 'src/i18n/vocabulary.es.ts'),
    `import { vocabularyFr } from './vocabulary.fr.ts';
export const vocabularyEs = { ...vocabularyFr, regions: { ...vocabularyFr.regions, africa: 'África' } };
`,
  );
  // 3. Registered where each language's strings and labels are looked up.
  edit('src/i18n/ui.ts', `import { fr } from './fr.ts';`, `import { fr } from './fr.ts';\nimport { es } from './es.ts';`);
  edit('src/i18n/ui.ts', `= { en, fr };`, `= { en, fr, es };`);
  edit(
    'src/i18n/labels.ts',
    `import { vocabularyFr } from './vocabulary.fr.ts';`,
    `import { vocabularyFr } from './vocabulary.fr.ts';\nimport { vocabularyEs } from './vocabulary.es.ts';`,
  );
  edit('src/i18n/labels.ts', `fr: vocabularyFr };`, `fr: vocabularyFr, es: vocabularyEs };`);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: SITE, BASE_PATH: '/', CONTENT_DIR: 'content', DIST_DIR: dist },
  });
  output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`the build with a third language failed:\n${output}`);
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

describe('a third language', () => {
  it('builds every page in Spanish under /es/, with its own 404 page and search index', () => {
    const english = readdirSync(join(dist, 'networks'));
    expect(readdirSync(join(dist, 'es', 'networks'))).toEqual(english);
    for (const path of ['es/', 'es/countries/ke/', 'es/search/', 'es/finder/', 'es/about/', 'es/data/', 'es/languages/']) {
      expect(page(path), path).toContain('<html lang="es"');
    }
    expect(page('es/404.html')).toContain('<h1>Página no encontrada</h1>');
    const index = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(index.languages).sort()).toEqual(['en', 'es', 'fr']);
  });

  it('links every page to its twins in the other two languages', () => {
    const links = (html: string) => [...html.matchAll(/<a href="([^"]+)" hreflang="(\w+)"/g)].map((m) => [m[2], m[1]]);
    expect(links(page('networks/atlantic-prosecutors-network/'))).toEqual([
      ['fr', '/fr/networks/atlantic-prosecutors-network/'],
      ['es', '/es/networks/atlantic-prosecutors-network/'],
    ]);
    expect(links(page('es/countries/ke/'))).toEqual([
      ['en', '/countries/ke/'],
      ['fr', '/fr/countries/ke/'],
    ]);
  });

  it('uses the new strings and labels, and shows untranslated entries in English with a notice', () => {
    expect(page('es/')).toContain('Catálogo de redes internacionales de cooperación judicial');
    expect(page('es/networks/')).toContain('África');
    const entry = page('es/networks/atlantic-prosecutors-network/');
    expect(entry).toMatch(/class="notice"/);
    expect(entry).toMatch(/class="entry-text" lang="en"/);
    // Only real translations are alternates: the English and French pages, not the Spanish fallback.
    expect(entry).not.toMatch(/hreflang="es"/);
    expect(existsSync(join(dist, 'es/data'))).toBe(true);
  });
});
