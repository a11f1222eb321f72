/** The map, relationships and overlaps pages, for one language. */
import type { Catalogue } from '../build-catalogue.ts';
import type { Entry } from '../model.ts';
import type { Overlap } from '../overlap.ts';
import { layoutGraph } from '../relation-graph.ts';
import { MAP_CLASSES, shadeClass } from '../world-map.ts';
import { worldShapes } from '../world-shapes.ts';
import { KINDS, RELATION_TYPES } from '../../schemas/vocabularies.ts';
import { countryName, kindPlural, labelOf, relationLabel } from '../../i18n/labels.ts';
import { compareNames, strings } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';
import { href, paths } from '../urls.ts';
import { currentTranslation, localName, type LangText, type LocalName } from './names.ts';

/** An entry's short name in a language: its acronym there, or its name (marked with its language). */
function shortName(e: Pick<Entry, 'name' | 'acronym' | 'translations'>, lang: Locale): LangText {
  const n = localName(e, lang);
  return n.acronym ? { text: n.acronym, lang } : { text: n.text, lang: n.lang };
}

export function mapPageData(catalogue: Catalogue, lang: Locale) {
  const s = strings(lang);
  const byName = compareNames(lang);
  const countries = catalogue.countries
    .map((c) => ({ code: c.code, name: countryName(c.code, lang), count: c.involvements.length, href: href(paths.country(c.code, lang)) }))
    .sort((a, b) => byName(a.name, b.name));
  const shapes = worldShapes();
  const drawn = new Set(shapes.map((sh) => sh.code));
  return {
    lede: s['map.lede'](countries.length),
    shapes,
    figures: new Map(
      countries.map((c) => [c.code, { shade: shadeClass(c.count), href: c.href, title: s['map.countryEntries'](c.name, c.count) }]),
    ),
    legend: MAP_CLASSES.map((c) => (c.max === 0 ? s['map.none'] : c.label)),
    notDrawn: countries.filter((c) => !drawn.has(c.code)),
    byCount: [...countries].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

export function relationshipsPageData(catalogue: Catalogue, lang: Locale) {
  const s = strings(lang);
  const named = (id: string, fallback: string): LocalName => {
    const e = catalogue.byId.get(id);
    return e ? localName(e, lang) : { text: fallback, lang };
  };
  const kinds = [...KINDS.keys()];
  const { entries } = catalogue;
  const related = entries.filter((e) => e.relations.length > 0).sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
  const short = (text: string) => (text.length > 26 ? `${text.slice(0, 25)}…` : text);
  const stated = related.flatMap((e) => e.relations.filter((r) => !r.inverse).map((r) => ({ from: e, relation: r })));
  const title = (e: Entry) => `${localName(e, lang).text} (${labelOf('kinds', e.kind, lang)})`;
  const titles = new Map(related.map((e) => [e.id, title(e)]));
  const kindsShown = kinds.filter((k) => related.some((e) => e.kind === k));
  return {
    lede: s['relationships.lede'](stated.length, related.length, entries.length),
    layout: layoutGraph(
      related.map((e) => ({ id: e.id, group: e.kind, label: short(shortName(e, lang).text) })),
      stated.map(({ from, relation }) => ({ from: from.id, to: relation.target.id, type: relation.type })),
      { size: 700, radius: 305, labelGap: 10 },
    ),
    titles,
    hrefs: new Map(related.map((e) => [e.id, href(paths.entry(e.kind, e.id, lang))])),
    edgeTitles: new Map(
      stated.map(({ from, relation }) => [
        `${from.id}|${relation.type}|${relation.target.id}`,
        `${titles.get(from.id) ?? from.id} — ${relationLabel(relation.type, false, lang).toLowerCase()} — ${titles.get(relation.target.id) ?? relation.target.id}`,
      ]),
    ),
    legendKinds: kindsShown.map((k) => ({ kind: k, label: labelOf('kinds', k, lang) })),
    legendTypes: [...RELATION_TYPES.keys()]
      .filter((type) => stated.some((st) => st.relation.type === type))
      .map((type) => ({ type, label: relationLabel(type, false, lang) })),
    figure: s['relationships.figure'](kindsShown.map((k) => kindPlural(k, lang).toLowerCase()).join(s['relationships.then'])),
    rows: stated.map(({ from, relation }) => {
      const translated = currentTranslation(from, lang)?.relationNotes[`${relation.type} ${relation.target.id}`];
      return {
        from: { name: localName(from, lang), href: href(paths.entry(from.kind, from.id, lang)) },
        label: relationLabel(relation.type, false, lang),
        to: {
          name: named(relation.target.id, relation.target.name),
          href: href(paths.entry(relation.target.kind, relation.target.id, lang)),
        },
        note: relation.note ? (translated ? { text: translated, lang } : { text: relation.note, lang: 'en' as Locale }) : undefined,
      };
    }),
  };
}

export function overlapsPageData(pairs: Array<Overlap<Entry>>, lang: Locale) {
  const s = strings(lang);
  const short = (e: Entry) => shortName(e, lang).text;
  return {
    pairsSentence: s['overlaps.ledePairs'](pairs.length),
    rows: pairs.map((o) => ({
      a: { ...shortName(o.a, lang), href: href(paths.entry(o.a.kind, o.a.id, lang)) },
      b: { ...shortName(o.b, lang), href: href(paths.entry(o.b.kind, o.b.id, lang)) },
      sharedMembers: o.sharedCountries.length,
      sharedCrimeAreas: o.sharedCrimeAreas.map((c) => labelOf('crimeAreas', c, lang)).join('; '),
      sentence: `${short(o.a)} ${s['overlap.shares']({ sharedCountries: o.sharedCountries.length, memberCountries: o.memberCountries, sharedCrimeAreas: o.sharedCrimeAreas.length })} ${s['overlaps.with']} ${short(o.b)}`,
      score: s['overlaps.score'](o.score.toFixed(2)),
    })),
  };
}
