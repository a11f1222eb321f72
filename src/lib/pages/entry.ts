/**
 * Everything an entry page shows, computed once per page in the page's language (the model of
 * Starlight's generateRouteData): the entry's texts in that language (or the English, marked as
 * such, with a notice), labels, grouped members and relations, links, honest dates. The
 * templates under src/pages/[...locale]/[kind]/ only read it.
 */
import type { Catalogue } from '../build-catalogue.ts';
import type { Entry, OrganisationView } from '../model.ts';
import type { Overlap } from '../overlap.ts';
import { MEMBER_ROLES, TYPE_VOCABULARY, type Kind, type MemberRole } from '../../schemas/vocabularies.ts';
import { SOURCE_DOCUMENTS } from '../../data/source-documents.ts';
import { facetsOn } from '../facets.ts';
import { memberNoteKeys } from '../translation.ts';
import { nameKeys } from '../search-keys.ts';
import { countryName, kindPlural, labelOf, relationLabel } from '../../i18n/labels.ts';
import { compareNames, formatDate, strings } from '../../i18n/ui.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { absolute, href, links, paths } from '../urls.ts';
import { currentTranslation, localName, translationState, type LangText, type LocalName } from './names.ts';
import { statusText } from './status.ts';

export interface Link {
  text: string;
  href: string;
}

/** One value of the key-facts list. */
export type FactValue =
  | { kind: 'text'; text: string; aside?: string | undefined; lang?: Locale | undefined }
  | { kind: 'link'; text: string; href?: string | undefined; lang?: Locale | undefined }
  | { kind: 'tags'; tags: Array<{ text: string; href?: string | undefined }> }
  | { kind: 'external'; text: string; href: string };

export interface Fact {
  term: string;
  value: FactValue;
}

export interface MemberGroup {
  role: MemberRole;
  label: string;
  count: number;
  members: Array<{ name: string; href: string; jurisdiction?: string | undefined; note?: { id: string; label: string } | undefined }>;
}

/** A link to another entry, named in the page's language. */
export interface EntryLinkData {
  name: LocalName;
  href: string;
  kindLabel: string;
}

export interface EntryPageData {
  lang: Locale;
  title: string;
  description: string;
  section: Kind;
  breadcrumbs: { home: Link; kind: Link; current: string };
  kindLabel: string;
  name: LocalName;
  summary: LangText;
  /** Shown when the page's language has no current translation of the entry. */
  notice?: string | undefined;
  /** The language of the entry's body and notes on this page. */
  textLang: Locale;
  /** What a reader on a phone sees first: how current, the status, how to reach it. */
  glance: { asOf: string; status: string; reach: { website?: Link | undefined; host?: Link | undefined; none?: string | undefined } };
  /** What the search index reads: its filters, the name it sorts by, the names it answers to. */
  search: { filters: Array<{ name: string; value: string }>; sortName: string; alternativeNames: string[]; asOf: string };
  caveats: string[];
  facts: Fact[];
  dates: { asOf: string; reviewed: string; changed: string };
  corrections: { suggest: string; edit: string; report?: string | undefined };
  /** The languages this page really exists in (its text translated and current): hreflang and canonical follow them. */
  translatedIn: Locale[];
  members: {
    groups: MemberGroup[];
    definedBy: Array<{ name: LocalName; href?: string | undefined; note?: string | undefined }>;
    unresolved: Array<{ name: string; role: string; note: string }>;
    notes: Array<{ id: string; name: string; jurisdiction?: string | undefined; note: string }>;
    organisations: Array<{
      name: LocalName;
      href?: string | undefined;
      role: string;
      note?: string | undefined;
    }>;
    none: boolean;
  };
  relations: Array<{ label: string; items: Array<EntryLinkData & { note?: LangText | undefined }> }>;
  similar: Array<EntryLinkData & { overlap: string }>;
  sources: Array<{
    title: string;
    href?: string | undefined;
    date?: string | undefined;
    locator: string;
    url?: string | undefined;
    consulted?: string | undefined;
  }>;
  programme?:
    | {
        pillars: Array<{ title: string; components: string[] }>;
        activities: Array<{ date: string; dateText: string; title: string; place: string; status: string }>;
      }
    | undefined;
}

const orgName = (o: OrganisationView) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);
const noteId = (m: { role: string; country: string; jurisdiction?: string | undefined }) =>
  `note-${m.role}-${m.country}-${(m.jurisdiction ?? '').replace(/\W+/g, '-')}`;

/** A link to another entry of the catalogue, in the page's language. */
export function entryLink(catalogue: Catalogue, ref: { id: string; kind: Kind }, lang: Locale): EntryLinkData {
  const target = catalogue.byId.get(ref.id);
  return {
    name: target ? localName(target, lang) : { text: ref.id, lang: DEFAULT_LOCALE },
    href: href(paths.entry(ref.kind, ref.id, lang)),
    kindLabel: labelOf('kinds', ref.kind, lang),
  };
}

export function entryPageData(entry: Entry, catalogue: Catalogue, similar: Array<Overlap<Entry>>, lang: Locale): EntryPageData {
  const s = strings(lang);
  const p = entry.programme;
  // The entry's own texts: its translation when current, otherwise the English.
  const tr = currentTranslation(entry, lang);
  const state = translationState(entry, lang);
  const textLang: Locale = tr ? lang : DEFAULT_LOCALE;
  const memberKeys = memberNoteKeys(entry.members);
  const facts: Fact[] = [];
  const add = (term: string, value: FactValue | undefined | false) => {
    if (value) facts.push({ term, value });
  };
  const text = (t: string | undefined, aside?: string): FactValue | undefined => (t ? { kind: 'text', text: t, aside } : undefined);
  const orgList = (list: OrganisationView[] | undefined) => (list?.length ? text(list.map(orgName).join('; ')) : undefined);
  const entryHref = (e: { kind: Kind; id: string }) => href(paths.entry(e.kind, e.id, lang));

  add(s['entry.type'], text(labelOf(TYPE_VOCABULARY[entry.kind], entry.type, lang)));
  add(s['entry.acronym'], text(entry.acronym));
  add(s['entry.alternativeNames'], text(entry.alternativeNames.join('; ')));
  add(s['entry.established'], text(entry.established && formatDate(entry.established, lang)));
  add(s['entry.laterNames'], text(entry.laterNames.map((n) => `${n.name} (${s['entry.since']} ${formatDate(n.since, lang)})`).join('; ')));
  add(
    s['entry.period'],
    text(p?.period && `${formatDate(p.period.start, lang)} – ${p.period.end ? formatDate(p.period.end, lang) : s['entry.ongoing']}`),
  );
  /** An organisation named as its entry names it in this language, or by its (English) registry name. */
  const organisationName = (o: OrganisationView): LocalName => {
    const own = o.entry && catalogue.byId.get(o.entry.id);
    return own ? localName(own, lang) : { text: o.name, lang: DEFAULT_LOCALE, acronym: o.acronym };
  };
  // The host named as its own entry names it in this language, where it has an entry.
  const hostEntry = entry.host?.entry && catalogue.byId.get(entry.host.entry.id);
  const hostName = hostEntry ? localName(hostEntry, lang) : entry.host && { text: entry.host.name, lang: DEFAULT_LOCALE };
  add(
    s['entry.host'],
    entry.host &&
      hostName && { kind: 'link', text: hostName.text, lang: hostName.lang, href: entry.host.entry && entryHref(entry.host.entry) },
  );
  add(s['entry.seat'], text(entry.seat));
  add(s['entry.funders'], orgList(p?.funders));
  add(s['entry.implementers'], orgList(p?.implementers));
  add(
    s['entry.beneficiaries'],
    p?.beneficiaries.length
      ? { kind: 'text', text: (tr?.beneficiaries.length ? tr.beneficiaries : p.beneficiaries).join('; '), lang: textLang }
      : undefined,
  );
  const tags = (vocabulary: 'regions' | 'crimeAreas' | 'instruments', values: string[], param?: string): FactValue | undefined =>
    values.length
      ? {
          kind: 'tags',
          tags: values.map((v) => ({
            text: labelOf(vocabulary, v, lang),
            href: param ? href(paths.search({ [param]: v }, lang)) : undefined,
          })),
        }
      : undefined;
  add(s['entry.regions'], tags('regions', entry.regions, 'region'));
  add(s['entry.crimeAreas'], tags('crimeAreas', entry.crimeAreas, 'crime'));
  add(s['entry.instruments'], tags('instruments', entry.instruments));
  add(s['entry.cdpcSection'], text(entry.cdpcSection && labelOf('cdpcSections', entry.cdpcSection, lang)));

  const groups = [...MEMBER_ROLES.keys()]
    .map((role) => ({ role, members: entry.members.filter((m) => m.role === role) }))
    .filter((g) => g.members.length > 0)
    .map((g): MemberGroup => ({
      role: g.role,
      label: labelOf('memberRoles', g.role, lang),
      count: g.members.length,
      members: g.members.map((m) => ({
        name: countryName(m.country, lang),
        href: href(paths.country(m.country, lang)),
        jurisdiction: m.jurisdiction,
        note: m.note ? { id: noteId(m), label: s['entry.noteOn'](countryName(m.country, lang)) } : undefined,
      })),
    }));

  // Relations grouped by how they read from this entry, groups in the order of their labels.
  const byName = compareNames(lang);
  const related = entry.relations.map((r) => ({
    r,
    label: relationLabel(r.type, r.inverse, lang),
    link: entryLink(catalogue, r.target, lang),
  }));
  related.sort((a, b) => a.label.localeCompare(b.label, lang) || byName(a.link.name.text, b.link.name.text));
  const relationGroups = new Map<string, EntryPageData['relations'][number]['items']>();
  for (const { r, label, link } of related) {
    // A note is written on the entry that states the relation: read from the other side, it is
    // that entry's note, in its translation when it has a current one.
    const stating = r.inverse ? catalogue.byId.get(r.target.id) : entry;
    const key = `${r.type} ${r.inverse ? entry.id : r.target.id}`;
    const translated = stating && currentTranslation(stating, lang)?.relationNotes[key];
    const note: LangText | undefined = r.note
      ? translated
        ? { text: translated, lang }
        : { text: r.note, lang: DEFAULT_LOCALE }
      : undefined;
    relationGroups.set(label, [...(relationGroups.get(label) ?? []), { ...link, note }]);
  }

  const name = localName(entry, lang);
  const website = entry.website ? { text: entry.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: entry.website } : undefined;
  const host = entry.host?.entry
    ? {
        text: localName(catalogue.byId.get(entry.host.entry.id) ?? (entry.host.entry as Entry), lang).text,
        href: entryHref(entry.host.entry),
      }
    : undefined;
  return {
    lang,
    title: name.text,
    description: tr?.summary ?? entry.summary,
    section: entry.kind,
    breadcrumbs: {
      home: { text: s['nav.home'], href: href(paths.home(lang)) },
      kind: { text: kindPlural(entry.kind, lang), href: href(paths.kind(entry.kind, lang)) },
      current: name.acronym ?? name.text,
    },
    kindLabel: labelOf('kinds', entry.kind, lang),
    name,
    summary: { text: tr?.summary ?? entry.summary, lang: textLang },
    notice: state === 'missing' ? s['entry.notice.missing'] : state === 'outdated' ? s['entry.notice.outdated'] : undefined,
    textLang,
    glance: {
      asOf: formatDate(entry.asOf, lang),
      status: statusText(entry, lang),
      reach: website || host ? { website, host } : { none: s['entry.reachNone'] },
    },
    search: {
      filters: facetsOn('search')
        .flatMap((f) => f.values(entry).map((value) => ({ name: f.param, value })))
        .concat(nameKeys(entry, lang).map((value) => ({ name: 'name', value }))),
      sortName: name.text.replace(/^The /, ''),
      alternativeNames: [
        ...new Set([
          ...entry.alternativeNames,
          ...(name.text === entry.name ? [] : [entry.name]),
          ...(name.rendering ? [name.rendering] : []),
        ]),
      ],
      asOf: s['entry.asOfShort'](formatDate(entry.asOf, lang)),
    },
    caveats: tr?.caveats.length === entry.caveats.length ? tr.caveats : entry.caveats,
    facts,
    dates: {
      asOf: formatDate(entry.asOf, lang),
      reviewed: formatDate(entry.lastReviewed, lang),
      changed: formatDate(entry.lastChanged, lang),
    },
    corrections: {
      suggest: links.suggestCorrection(entry),
      edit: links.editFile(entry.filePath),
      report: links.reportError({ name: entry.name, url: absolute(paths.entry(entry.kind, entry.id, lang)) }),
    },
    translatedIn: LOCALE_CODES.filter((l) => translationState(entry, l) === 'original' || translationState(entry, l) === 'current'),
    members: {
      groups,
      definedBy: entry.membersDefinedBy.map((m) => ({
        name: organisationName(m.organisation),
        href: m.organisation.entry && entryHref(m.organisation.entry),
        note: m.note && (tr?.membersDefinedByNotes[m.organisation.id] ?? m.note),
      })),
      unresolved: entry.unresolvedMembers.map((m) => ({
        name: m.name,
        role: labelOf('memberRoles', m.role, lang),
        note: tr?.unresolvedNotes[m.name] ?? m.note,
      })),
      notes: entry.members.flatMap((m, i) =>
        m.note
          ? [
              {
                id: noteId(m),
                name: countryName(m.country, lang),
                jurisdiction: m.jurisdiction,
                note: tr?.memberNotes[memberKeys[i]!] ?? m.note,
              },
            ]
          : [],
      ),
      organisations: entry.memberOrganisations.map((m) => ({
        name: organisationName(m.organisation),
        href: m.organisation.entry && entryHref(m.organisation.entry),
        role: labelOf('organisationRoles', m.role, lang).toLowerCase(),
        note: m.note && (tr?.organisationNotes[m.organisation.id] ?? m.note),
      })),
      none: groups.length === 0 && entry.unresolvedMembers.length === 0 && entry.membersDefinedBy.length === 0,
    },
    relations: [...relationGroups].map(([label, items]) => ({ label, items })),
    similar: similar.map((o) => ({
      ...entryLink(catalogue, o.a, lang),
      overlap: s['overlap.shares']({
        sharedCountries: o.sharedCountries.length,
        memberCountries: o.memberCountries,
        sharedCrimeAreas: o.sharedCrimeAreas.length,
      }),
    })),
    sources: entry.sources.map((src) => ({
      title: src.documentTitle,
      href: SOURCE_DOCUMENTS.has(src.document) ? href(paths.about(`source-${src.document}`, lang)) : undefined,
      date: src.documentDate && formatDate(src.documentDate, lang),
      locator: src.locator,
      url: src.url,
      consulted: src.date && s['entry.consulted'](formatDate(src.date, lang)),
    })),
    programme: p && {
      pillars: tr?.pillars.length === p.pillars.length ? tr.pillars : p.pillars,
      activities: p.activities.map((a, i) => ({
        date: a.date,
        dateText: formatDate(a.date, lang),
        title: tr?.activities[i] ?? a.title,
        place: a.place ?? '—',
        status: a.status ? labelOf('activityStatuses', a.status, lang) : '—',
      })),
    },
  };
}
