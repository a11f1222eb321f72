/**
 * Client side of the list pages' facets: shows the facet form, filters the server-rendered
 * list in place (hidden attribute), updates the counts and keeps the selection in the URL.
 */
import { countFor, listFacets, matches, paramsFromSelection, selectionFromParams, type FacetItem, type Selection } from './facet-state.ts';
import { syncFormWithUrl } from './url-form.ts';
import { fill, startFilterPanel } from './filter-panel.ts';

const words = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);

function itemOf(li: HTMLElement): FacetItem {
  const d = li.dataset;
  return {
    id: d['id'] ?? '',
    values: Object.fromEntries(
      listFacets()
        .filter((f) => !f.member)
        .map((f) => [f.param, words(d[f.param])]),
    ),
    members: words(d['members']).map((pair) => pair.split(':') as [string, string]),
  };
}

export function startFacets(): void {
  const form = document.querySelector<HTMLFormElement>('#facets');
  const status = document.querySelector<HTMLElement>('#facet-status');
  const rows = [...document.querySelectorAll<HTMLElement>('#entry-list > li')];
  if (!form || !status) return;
  const items = rows.map(itemOf);
  const counters = [...form.querySelectorAll<HTMLElement>('[data-count-for]')];
  form.hidden = false;
  const panel = startFilterPanel(form);

  const write = (s: Selection) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = s[box.name]?.includes(box.value) ?? false;
    }
  };

  const apply = (s: Selection) => {
    let shown = 0;
    rows.forEach((row, i) => {
      const visible = matches(items[i]!, s);
      row.hidden = !visible;
      if (visible) shown++;
    });
    for (const counter of counters) {
      const [facet = '', value = ''] = (counter.dataset['countFor'] ?? '').split(':');
      counter.textContent = String(countFor(items, s, facet, value));
    }
    const chosen = listFacets().some((f) => s[f.param]?.length);
    status.textContent = chosen
      ? fill(form.dataset['msgShowing'] ?? '', { shown, total: rows.length, kind: form.dataset['kindLabel'] ?? '' })
      : '';
    panel.show(shown);
  };

  syncFormWithUrl(form, { fromParams: (p) => selectionFromParams(p), toParams: (s) => paramsFromSelection(s), write, show: apply });
}
