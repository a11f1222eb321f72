/**
 * The finder page's state and its URL form (?country=AL&country=RS&crime=…&instrument=…),
 * kept apart from the DOM so it can be tested. Repeated or empty values are dropped, so
 * the URL a no-script form submission makes (with empty selects) reads the same.
 */
export interface FinderState {
  countries: string[];
  crime: string[];
  instrument: string[];
}

/** How many country selects the page offers; the URL may not ask for more. */
export const MAX_COUNTRIES = 5;
/** Fewest countries for a search: the finder is about what countries share. */
export const MIN_COUNTRIES = 2;

const clean = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

export function stateFromParams(params: URLSearchParams): FinderState {
  return {
    countries: clean(params.getAll('country').map((c) => c.toUpperCase())).slice(0, MAX_COUNTRIES),
    crime: clean(params.getAll('crime')),
    instrument: clean(params.getAll('instrument')),
  };
}

export function paramsFromState(state: FinderState): URLSearchParams {
  const params = new URLSearchParams();
  for (const c of state.countries) params.append('country', c);
  for (const c of state.crime) params.append('crime', c);
  for (const i of state.instrument) params.append('instrument', i);
  return params;
}

export const isReady = (state: FinderState) => state.countries.length >= MIN_COUNTRIES;

/** The finder's sentences, as templates in the page's language ({n}, {count}, {names}, {filtered}). */
export interface FinderMessages {
  need: string;
  none: string;
  one: string;
  many: string;
  /** Added after the names when crime areas or instruments are chosen. */
  filtered: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The sentence the live region announces after each search; `listNames` joins names in the page's language. */
export function statusMessage(
  state: FinderState,
  count: number,
  countryName: (code: string) => string,
  messages: FinderMessages,
  listNames: (names: string[]) => string,
): string {
  if (!isReady(state)) return fill(messages.need, { n: MIN_COUNTRIES });
  const names = listNames(state.countries.map(countryName));
  const filtered = state.crime.length + state.instrument.length > 0 ? messages.filtered : '';
  return fill(count === 0 ? messages.none : count === 1 ? messages.one : messages.many, { count, names, filtered });
}
