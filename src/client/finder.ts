/**
 * Client side of the cooperation finder: reads the state from the URL, fills the form,
 * loads data/finder.json from the site's own origin, ranks the entries with
 * src/lib/finder.ts and renders them as a table (one column per chosen country), then the
 * entries with no member list whose regions cover every chosen country, apart. Labels and
 * sentences come from the page in its language (data attributes). The URL follows the form so a
 * result can be shared. No inline script, no innerHTML.
 */
import { findShared, mayConcernAll, type FinderEntry, type FinderResult } from '../lib/finder.ts';
import { isReady, paramsFromState, stateFromParams, statusMessage, type FinderState } from './finder-state.ts';
import { syncFormWithUrl } from './url-form.ts';
import { fill } from './filter-panel.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const json = <T>(text: string | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};

export function startFinder(): void {
  const form = document.querySelector<HTMLFormElement>('#finder');
  const status = document.querySelector<HTMLElement>('#status');
  const results = document.querySelector<HTMLElement>('#results');
  const also = document.querySelector<HTMLElement>('#also');
  if (!form || !status || !results || !also) return;
  const d = form.dataset;
  const base = d['base'] ?? '/';
  const lang = d['lang'] ?? 'en';
  const prefix = d['prefix'] ?? '';
  const kinds = json<Record<string, string>>(d['kinds'], {});
  const roles = json<Record<string, string>>(d['roles'], {});
  const countryRegions = json<Record<string, string[]>>(d['countryRegions'], {});
  const messages = {
    need: d['msgNeed'] ?? '',
    none: d['msgNone'] ?? '',
    one: d['msgOne'] ?? '',
    many: d['msgMany'] ?? '',
    filtered: d['msgFiltered'] ?? '',
  };
  const listNames = (names: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name=country]')];
  const names = new Map([...(selects[0]?.options ?? [])].map((o) => [o.value, o.text]));
  const name = (code: string) => names.get(code) ?? code;
  const entryName = (e: FinderEntry) => e.names?.[lang] ?? e.name;
  // An English name on a page in another language is marked as English.
  const nameLang = (e: FinderEntry) => (e.names?.[lang] || lang === 'en' ? undefined : 'en');
  const link = (e: FinderEntry) => {
    const a = el('a', entryName(e), { href: `${base}${prefix}${e.path}` });
    const l = nameLang(e);
    if (l) a.lang = l;
    return a;
  };

  const resultsTable = (found: FinderResult[], countries: string[]) => {
    const table = el('table');
    table.append(
      el('caption', fill(d['msgCaption'] ?? '', { names: listNames(countries.map(name)) }), {
        class: 'visually-hidden',
        id: 'finder-caption',
      }),
    );
    const head = el('tr');
    head.append(el('th', d['msgEntry'] ?? '', { scope: 'col' }), ...countries.map((c) => el('th', name(c), { scope: 'col' })));
    table.appendChild(el('thead')).append(head);
    const body = table.appendChild(el('tbody'));
    for (const r of found) {
      const row = body.appendChild(el('tr'));
      const th = row.appendChild(el('th', undefined, { scope: 'row' }));
      th.append(link(r.entry), el('span', ` ${kinds[r.entry.kind] ?? r.entry.kind}`, { class: 'meta' }));
      for (const list of r.roles) row.append(el('td', list.map((role) => roles[role] ?? role).join(', ')));
    }
    return table;
  };

  let data: Promise<FinderEntry[]> | undefined;
  const load = () =>
    (data ??= fetch(`${base}data/finder.json`).then(async (r) => {
      if (!r.ok) throw new Error(`data/finder.json: HTTP ${r.status}`);
      return ((await r.json()) as { entries: FinderEntry[] }).entries;
    }));

  const writeForm = (state: FinderState) => {
    selects.forEach((s, i) => (s.value = state.countries[i] ?? ''));
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (box.name === 'crime' ? state.crime : state.instrument).includes(box.value);
    }
  };

  const show = async (state: FinderState) => {
    results.replaceChildren();
    also.replaceChildren();
    also.hidden = true;
    if (!isReady(state)) {
      status.textContent = statusMessage(state, 0, name, messages, listNames);
      return;
    }
    try {
      const entries = await load();
      const found = findShared(entries, { countries: state.countries, crimeAreas: state.crime, instruments: state.instrument });
      status.textContent = statusMessage(state, found.length, name, messages, listNames);
      if (found.length > 0) {
        // A wide table scrolls inside its own focusable region, named by its caption.
        const region = el('section', undefined, { class: 'table-scroll', tabindex: '0', 'aria-labelledby': 'finder-caption' });
        region.append(resultsTable(found, state.countries));
        results.append(region);
      }
      const filtered = state.crime.length + state.instrument.length > 0;
      const maybe = filtered ? [] : mayConcernAll(entries, state.countries, (c) => countryRegions[c] ?? []);
      if (maybe.length > 0) {
        const heading = el('h3', d['msgAlso'] ?? '');
        const list = el('ul');
        for (const e of maybe) list.appendChild(el('li')).append(link(e), el('span', ` ${kinds[e.kind] ?? e.kind}`, { class: 'meta' }));
        also.append(heading, el('p', d['msgAlsoIntro'] ?? '', { class: 'meta' }), list);
        also.hidden = false;
      }
    } catch (error) {
      status.textContent = d['msgLoadError'] ?? '';
      console.error(error);
    }
  };

  syncFormWithUrl(form, { fromParams: stateFromParams, toParams: paramsFromState, write: writeForm, show });
}
