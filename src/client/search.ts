/**
 * Client side of the search page. Loads Pagefind from the site's own origin (under the
 * base path), runs the query from the URL, renders accessible results, and keeps the URL
 * in step with the form so a search can be shared. No inline script, no innerHTML.
 */
import { isEmpty, paramsFromState, pagefindFilters, stateFromParams, type SearchState } from './search-state.ts';
import { syncFormWithUrl } from './url-form.ts';

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
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
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
  // UI strings come from src/i18n/ui.ts through data attributes, so they are translated once.
  const msg = (key: string) => form.dataset[`msg${key.charAt(0).toUpperCase()}${key.slice(1)}`] ?? '';
  let pagefind: Promise<Pagefind> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base });
      return pf;
    }));

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
      status.textContent = msg('prompt');
      return;
    }
    status.textContent = msg('loading');
    try {
      const pf = await load();
      const found = await pf.search(state.q || null, { filters: pagefindFilters(state), sort: state.q ? undefined : { name: 'asc' } });
      if (mine !== run) return;
      results = found.results;
      shown = 0;
      status.textContent = results.length === 0 ? msg('none') : `${results.length} ${msg(results.length === 1 ? 'one' : 'many')}`;
      await showMore();
    } catch (error) {
      status.textContent = msg('failed');
      console.error(error);
    }
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
