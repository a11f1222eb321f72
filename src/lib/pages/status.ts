/** The status a reader can trust, in words: derived where the content allows, dated where not. */
import type { Entry } from '../model.ts';
import { labelOf } from '../../i18n/labels.ts';
import { formatDate, strings } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';

/** The status a reader can trust: "ended" with the end of the period, or the listed status with when it was listed. */
export function statusText(entry: Pick<Entry, 'status' | 'endedOn' | 'asOf'>, lang: Locale): string {
  const s = strings(lang);
  if (entry.endedOn) return s['status.ended'](formatDate(entry.endedOn, lang));
  return s['status.asListed'](labelOf('statuses', entry.status, lang), entry.asOf.slice(0, 4));
}
