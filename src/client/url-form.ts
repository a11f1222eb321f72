/**
 * Keeps a GET form and the page URL in step, for pages whose state must be shareable
 * (search, finder, list facets): the URL is the state, the form mirrors it.
 * Submitting adds a history entry; other changes replace the current one; back and
 * forward re-apply the state.
 */
export interface UrlFormOptions<S> {
  fromParams: (params: URLSearchParams) => S;
  toParams: (state: S) => URLSearchParams;
  /** Put a state into the form's controls. */
  write: (state: S) => void;
  /** Show the state (run the search, filter the list). */
  show: (state: S) => void | Promise<void>;
  /** Which change events update the URL at once; by default all of them. */
  changes?: (target: HTMLElement) => boolean;
}

export function formParams(form: HTMLFormElement): URLSearchParams {
  return new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
}

/** The language links keep the page's state: the same search, filters or countries in the other language. */
function carryStateToLanguageLinks(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.language-switch a')) a.search = location.search;
}

export function syncFormWithUrl<S>(form: HTMLFormElement, o: UrlFormOptions<S>): void {
  const urlOf = (state: S) => {
    const qs = o.toParams(state).toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  };
  const update = (push: boolean) => {
    const state = o.fromParams(formParams(form));
    if (push) history.pushState(null, '', urlOf(state));
    else history.replaceState(null, '', urlOf(state));
    carryStateToLanguageLinks();
    void o.show(state);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.addEventListener('change', (event) => {
    if (!o.changes || o.changes(event.target as HTMLElement)) update(false);
  });
  // The reset event fires before the controls are cleared.
  form.addEventListener('reset', () => setTimeout(() => update(false), 0));
  window.addEventListener('popstate', () => {
    const state = o.fromParams(new URLSearchParams(location.search));
    o.write(state);
    carryStateToLanguageLinks();
    void o.show(state);
  });
  const initial = o.fromParams(new URLSearchParams(location.search));
  o.write(initial);
  // A URL written by hand or by the no-script form (empty values) is shown in its clean form.
  if (location.search) history.replaceState(null, '', urlOf(initial));
  carryStateToLanguageLinks();
  void o.show(initial);
}
