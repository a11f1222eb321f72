/**
 * Client side of the cooperation finder: reads the state from the URL, fills the form,
 * loads data/finder.json from the site's own origin, ranks the entries with
 * src/lib/finder.ts and renders them as a table (one column per chosen country). The URL
 * follows the form so a result can be shared. No inline script, no innerHTML.
 */
import { findShared, type FinderEntry, type FinderResult } from '../lib/finder.ts';
import { KINDS, MEMBER_ROLES, type Kind } from '../schemas/vocabularies.ts';
import { isReady, paramsFromState, stateFromParams, statusMessage, type FinderState } from './finder-state.ts';
import { syncFormWithUrl } from './url-form.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function resultsTable(results: FinderResult[], countries: string[], name: (c: string) => string, base: string): HTMLTableElement {
  const table = el('table');
  table.append(
    el('caption', `Entries shared by ${countries.map(name).join(', ')}, with each country’s role`, { class: 'visually-hidden' }),
  );
  const head = el('tr');
  head.append(el('th', 'Entry', { scope: 'col' }), ...countries.map((c) => el('th', name(c), { scope: 'col' })));
  table.appendChild(el('thead')).append(head);
  const body = table.appendChild(el('tbody'));
  for (const r of results) {
    const row = body.appendChild(el('tr'));
    const th = row.appendChild(el('th', undefined, { scope: 'row' }));
    th.append(
      el('a', r.entry.name, { href: `${base}${r.entry.path}` }),
      el('span', ` ${KINDS.get(r.entry.kind as Kind) ?? r.entry.kind}`, { class: 'meta' }),
    );
    for (const roles of r.roles) row.append(el('td', roles.map((role) => MEMBER_ROLES.get(role) ?? role).join(', ')));
  }
  return table;
}

export function startFinder(): void {
  const form = document.querySelector<HTMLFormElement>('#finder');
  const status = document.querySelector<HTMLElement>('#status');
  const results = document.querySelector<HTMLElement>('#results');
  if (!form || !status || !results) return;
  const base = form.dataset.base ?? '/';
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name=country]')];
  const names = new Map([...(selects[0]?.options ?? [])].map((o) => [o.value, o.text]));
  const name = (code: string) => names.get(code) ?? code;
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
    if (!isReady(state)) {
      status.textContent = statusMessage(state, 0, name);
      return;
    }
    try {
      const found = findShared(await load(), { countries: state.countries, crimeAreas: state.crime, instruments: state.instrument });
      status.textContent = statusMessage(state, found.length, name);
      if (found.length > 0) results.append(resultsTable(found, state.countries, name, base));
    } catch (error) {
      status.textContent = 'The finder’s data could not be loaded. Open the country pages instead.';
      console.error(error);
    }
  };

  syncFormWithUrl(form, { fromParams: stateFromParams, toParams: paramsFromState, write: writeForm, show });
}
