/**
 * Client side of the search page. Loads Pagefind from the site's own origin (under the
 * base path), runs the query from the URL, renders accessible results, and keeps the URL
 * in step with the form so a search can be shared. No inline script, no innerHTML.
 */
import { isEmpty, paramsFromState, pagefindFilters, stateFromParams, type SearchState } from './search-state.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o: Record<string, unknown>) => Promise<{ results: PagefindResult[] }>;
}

// Each shown result fetches its Pagefind fragment (about 2 KB); ten keep the first query
// within the search page's 150 KB budget (tests/browser/search-weight.test.ts).
const PAGE = 10;

/** Builds "text <mark>hit</mark> text" from Pagefind's excerpt without parsing HTML. */
function excerptNodes(excerpt: string): Node[] {
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!m) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(m[1]!);
    return mark;
  });
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('#search');
  const status = document.querySelector<HTMLElement>('#status');
  const list = document.querySelector<HTMLOListElement>('#results');
  const more = document.querySelector<HTMLButtonElement>('#more');
  if (!form || !status || !list || !more) return;
  const base = form.dataset.base ?? '/';
  let pagefind: Promise<Pagefind> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base });
      return pf;
    }));

  const readForm = (): SearchState => stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  const writeForm = (state: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as keyof SearchState['filters']]?.includes(box.value) ?? false;
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
      a.textContent = d.meta.title ?? d.url;
      h.append(a);
      const kind = document.createElement('p');
      kind.className = 'meta';
      kind.textContent = d.meta.kind ?? '';
      const p = document.createElement('p');
      p.append(...(d.meta.summary && !/<mark>/.test(d.excerpt) ? [document.createTextNode(d.meta.summary)] : excerptNodes(d.excerpt)));
      li.append(h, kind, p);
      list.append(li);
    }
    shown += slice.length;
    more.hidden = shown >= results.length;
  };

  const search = async (state: SearchState) => {
    const mine = ++run;
    list.replaceChildren();
    more.hidden = true;
    if (isEmpty(state)) {
      status.textContent = 'Type words to search, or choose filters to browse.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const pf = await load();
      const found = await pf.search(state.q || null, { filters: pagefindFilters(state), sort: state.q ? undefined : { name: 'asc' } });
      if (mine !== run) return;
      results = found.results;
      shown = 0;
      status.textContent = results.length === 0 ? 'No entry matches. Remove a filter or try other words.' : `${results.length} ${results.length === 1 ? 'entry' : 'entries'} found.`;
      await showMore();
    } catch (error) {
      status.textContent = 'Search could not be loaded. Browse the lists of networks, programmes and practices instead.';
      console.error(error);
    }
  };

  const update = (push: boolean) => {
    const state = readForm();
    const qs = paramsFromState(state).toString();
    const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) update(false);
  });
  form.addEventListener('reset', () => setTimeout(() => update(false), 0));
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    const state = stateFromParams(new URLSearchParams(location.search));
    writeForm(state);
    void search(state);
  });

  const initial = stateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  void search(initial);
}
