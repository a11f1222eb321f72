import { describe, expect, it } from 'vitest';
import { MAX_COUNTRIES, isReady, paramsFromState, stateFromParams, statusMessage } from './finder-state.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { listNames } from '../i18n/ui.ts';

const messages = (s: typeof en) => ({
  need: s['finder.msg.need'],
  none: s['finder.msg.none'],
  one: s['finder.msg.one'],
  many: s['finder.msg.many'],
  filtered: s['finder.msg.filtered'],
});

describe('finder state', () => {
  it('round-trips through the URL', () => {
    const state = { countries: ['AL', 'RS'], crime: ['organised-crime'], instrument: ['extradition'] };
    const qs = paramsFromState(state).toString();
    expect(qs).toBe('country=AL&country=RS&crime=organised-crime&instrument=extradition');
    expect(stateFromParams(new URLSearchParams(qs))).toEqual(state);
  });

  it('drops empty and repeated values, as a no-script submission with empty selects sends', () => {
    const state = stateFromParams(new URLSearchParams('country=al&country=&country=RS&country=AL&crime=&crime=x&crime=x'));
    expect(state).toEqual({ countries: ['AL', 'RS'], crime: ['x'], instrument: [] });
  });

  it('keeps at most as many countries as the page has selects', () => {
    const many = new URLSearchParams(['AL', 'RS', 'ME', 'MK', 'BA', 'HR', 'SI'].map((c) => ['country', c]));
    expect(stateFromParams(many).countries).toHaveLength(MAX_COUNTRIES);
  });

  it('needs two countries and says what it found', () => {
    const name = (c: string) => ({ AL: 'Albania', RS: 'Serbia', IT: 'Italy' })[c] ?? c;
    const one = { countries: ['AL'], crime: [], instrument: [] };
    expect(isReady(one)).toBe(false);
    const inEnglish = (names: string[]) => listNames(names, 'en');
    expect(statusMessage(one, 0, name, messages(en), inEnglish)).toMatch(/at least 2 countries/);
    const three = { countries: ['AL', 'RS', 'IT'], crime: [], instrument: [] };
    expect(statusMessage(three, 1, name, messages(en), inEnglish)).toBe('1 entry brings together Albania, Serbia and Italy.');
    expect(statusMessage(three, 4, name, messages(en), inEnglish)).toBe('4 entries bring together Albania, Serbia and Italy.');
    expect(statusMessage({ ...three, crime: ['x'] }, 0, name, messages(en), inEnglish)).toBe(
      'No entry brings together Albania, Serbia and Italy with the chosen crime areas or instruments. Remove a country or a filter.',
    );
  });

  it('speaks the page’s language', () => {
    const name = (c: string) => ({ AL: 'Albanie', RS: 'Serbie' })[c] ?? c;
    const two = { countries: ['AL', 'RS'], crime: [], instrument: [] };
    const message = statusMessage(two, 2, name, messages(fr), (names) => listNames(names, 'fr'));
    expect(message).toContain('Albanie et Serbie');
    expect(message).not.toMatch(/\b(entries|bring|together)\b/);
  });
});
