/**
 * Client side of the search page. Loads Pagefind from the site's own origin (under the base
 * path), runs the query from the URL and keeps the URL in step with the form, so a search can be
 * shared. Entries the query names come first (the index's `name` filter), then those found with
 * the abbreviations spelt out (src/schemas/search-terms.ts), then the rest; a misspelt query
 * gets a "did you mean"; filter counts follow the search. No inline script, no innerHTML.
 */
import { isEmpty, paramsFromState, pagefindFilters, stateFromParams, FACETS, type SearchState } from './search-state.ts';
import { expandQuery, namesMatching, suggestion } from './search-query.ts';
import { fill, startFilterPanel } from './filter-panel.ts';
import { syncFormWithUrl } from './url-form.ts';
import { SEARCH_TERMS } from '../schemas/search-terms.ts';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<PagefindSearch>;
}

// Each shown result fetches its Pagefind fragment (about 2 KB); ten keep the first query
// within the search page's 150 KB budget (tests/content/search-weight.test.ts).
const PAGE = 10;

/**
 * The index was read with ASCII apostrophes so that French elisions split into words
 * (scripts/lib/search-index.ts); what it returns is shown with the typographic one again.
 */
const typographic = (text: string) => text.replace(/'/g, '’');

/** Builds "text <mark>hit</mark> text" from Pagefind's excerpt without parsing HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) =>
    typographic(
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&'),
    );
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!m) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(m[1]!);
    return mark;
  });
}

/** Results of several searches, each once, in the order of the searches. */
function union(...searches: Array<PagefindSearch | undefined>): PagefindResult[] {
  const seen = new Set<string>();
  const out: PagefindResult[] = [];
  for (const s of searches) {
    for (const r of s?.results ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search');
  const status = document.querySelector<HTMLElement>('#status');
  const list = document.querySelector<HTMLOListElement>('#results');
  const more = document.querySelector<HTMLButtonElement>('#more');
  const hint = document.querySelector<HTMLElement>('#suggestion');
  if (!form || !status || !list || !more || !hint) return;
  const base = form.dataset['base'] ?? '/';
  const lang: Locale = isLocale(form.dataset['lang'] ?? '') ? (form.dataset['lang'] as Locale) : DEFAULT_LOCALE;
  const words = (form.dataset['words'] ?? '').split(' ');
  // UI strings come from src/i18n through data attributes, so they are translated once.
  const msg = (key: string) => form.dataset[`msg${key.charAt(0).toUpperCase()}${key.slice(1)}`] ?? '';
  const panel = startFilterPanel(form);
  const counters = [...form.querySelectorAll<HTMLElement>('[data-count-for]')];
  let pagefind: Promise<Pagefind> | undefined;
  let names: Promise<string[]> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base });
      return pf;
    }));
  // Every name an entry answers to is a value of the index's `name` filter.
  const entryNames = (pf: Pagefind) => (names ??= pf.filters().then((f) => Object.keys(f['name'] ?? {})));

  const writeForm = (state: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
    }
  };

  const showMore = async () => {
    const slice = results.slice(shown, shown + PAGE);
    const data = await Promise.all(slice.map((r) => r.data()));
    for (const d of data) {
      const li = document.createElement('li');
      const h = document.createElement('h3');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = typographic(d.meta['title'] ?? d.url);
      h.append(a);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = typographic([d.meta['kind'], d.meta['asOf']].filter(Boolean).join(' · '));
      const p = document.createElement('p');
      p.append(
        ...(d.meta['summary'] && !/<mark>/.test(d.excerpt)
          ? [document.createTextNode(typographic(d.meta['summary']))]
          : excerptNodes(d.excerpt)),
      );
      li.append(h, meta, p);
      list.append(li);
    }
    shown += slice.length;
    more.hidden = shown >= results.length;
  };

  /** Counts beside each filter value: what the reader gets by choosing it, the other filters kept. */
  const updateCounts = async (pf: Pagefind, query: string | null, state: SearchState, counts: FilterCounts, mine: number) => {
    const perFacet: FilterCounts = {};
    for (const facet of FACETS) {
      if (!state.filters[facet]?.length) perFacet[facet] = counts[facet] ?? {};
      else {
        const others = pagefindFilters({ ...state, filters: { ...state.filters, [facet]: [] } });
        perFacet[facet] = (await pf.search(query, { filters: others })).filters[facet] ?? {};
      }
    }
    if (mine !== run) return;
    for (const counter of counters) {
      const [facet = '', value = ''] = (counter.dataset['countFor'] ?? '').split(':');
      counter.textContent = String(perFacet[facet]?.[value] ?? 0);
    }
  };

  const showHint = (state: SearchState, correction: string | undefined, expanded: string[] | undefined) => {
    hint.replaceChildren();
    if (correction) {
      const a = document.createElement('a');
      a.href = `?${paramsFromState({ ...state, q: correction }).toString()}`;
      a.textContent = correction;
      const [before = '', after = ''] = msg('didYouMean').split('{suggestion}');
      hint.append(before, a, after);
    }
    if (expanded) hint.append(`${correction ? ' ' : ''}${expanded.map((words) => fill(msg('also'), { words })).join(' ')}`);
    hint.hidden = !correction && !expanded;
  };

  // The results are marked busy while a search runs, for assistive technology (and tests).
  const busy = (on: boolean) => list.setAttribute('aria-busy', String(on));

  const search = async (state: SearchState) => {
    const mine = ++run;
    busy(true);
    list.replaceChildren();
    more.hidden = true;
    hint.hidden = true;
    if (isEmpty(state)) {
      status.textContent = msg('prompt');
      panel.show();
      busy(false);
      return;
    }
    status.textContent = msg('loading');
    panel.show();
    try {
      const pf = await load();
      const filters = pagefindFilters(state);
      const allNames = state.q ? await entryNames(pf) : [];
      const named = namesMatching(state.q, allNames);
      const expanded = state.q ? expandQuery(state.q, SEARCH_TERMS[lang] ?? []) : undefined;
      const byName = (values: string[]) =>
        values.length ? pf.search(null, { filters: { ...filters, name: { any: values } } }) : undefined;
      const [exact, start, byExpansion, main] = await Promise.all([
        byName(named.exact),
        byName(named.start),
        expanded ? pf.search(expanded.query, { filters }) : undefined,
        pf.search(state.q || null, { filters, sort: state.q ? undefined : { name: 'asc' } }),
      ]);
      if (mine !== run) return;
      results = union(exact, start, byExpansion, main);
      shown = 0;
      await showMore();
      if (mine !== run) return;
      // Announced once the first results are on the page.
      status.textContent = results.length === 0 ? msg('none') : `${results.length} ${msg(results.length === 1 ? 'one' : 'many')}`;
      panel.show(results.length);
      const namesAnEntry = named.exact.length + named.start.length > 0;
      showHint(state, namesAnEntry ? undefined : suggestion(state.q, allNames, words), expanded?.means);
      await updateCounts(pf, expanded?.query ?? (state.q || null), state, (byExpansion ?? main).filters, mine);
    } catch (error) {
      status.textContent = msg('failed');
      console.error(error);
    }
    if (mine === run) busy(false);
  };

  more.addEventListener('click', () => void showMore());
  syncFormWithUrl(form, {
    fromParams: stateFromParams,
    toParams: paramsFromState,
    write: writeForm,
    show: search,
    changes: (t) => t.matches('input[type=checkbox]'),
  });
}
