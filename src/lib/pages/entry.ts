/**
 * Everything an entry page shows, computed once per page in the page's language (the model of
 * Starlight's generateRouteData): labels, grouped members and relations, links, dates. The
 * templates under src/pages/[kind]/ only read it.
 */
import type { Entry, OrganisationView } from '../model.ts';
import type { Overlap } from '../overlap.ts';
import { MEMBER_ROLES, TYPE_VOCABULARY, type Kind, type MemberRole } from '../../schemas/vocabularies.ts';
import { SOURCE_DOCUMENTS } from '../../data/source-documents.ts';
import { facetsOn } from '../facets.ts';
import { countryName, kindPlural, labelOf, relationLabel } from '../../i18n/labels.ts';
import { compareNames, formatDate, strings } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';
import { href, links, paths } from '../urls.ts';

export interface Link {
  text: string;
  href: string;
}

/** One value of the key-facts list. */
export type FactValue =
  | { kind: 'text'; text: string; aside?: string | undefined }
  | { kind: 'link'; text: string; href?: string | undefined }
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

export interface EntryPageData {
  lang: Locale;
  title: string;
  description: string;
  section: Kind;
  breadcrumbs: { home: Link; kind: Link; current: string };
  kindLabel: string;
  name: string;
  acronym?: string | undefined;
  summary: string;
  /** What the search index reads: its filters and the name it sorts by. */
  search: { filters: Array<{ name: string; value: string }>; sortName: string; alternativeNames: string[] };
  caveats: string[];
  facts: Fact[];
  dates: { asOf: string; reviewed: string; changed: string };
  corrections: { suggest: string; edit: string };
  members: {
    groups: MemberGroup[];
    definedBy: Array<{ name: string; href?: string | undefined; note?: string | undefined }>;
    unresolved: Array<{ name: string; role: string; note: string }>;
    notes: Array<{ id: string; name: string; jurisdiction?: string | undefined; note: string }>;
    organisations: Array<{
      name: string;
      href?: string | undefined;
      acronym?: string | undefined;
      role: string;
      note?: string | undefined;
    }>;
    none: boolean;
  };
  relations: Array<{ label: string; items: Array<{ name: string; href: string; kindLabel: string; note?: string | undefined }> }>;
  similar: Array<{ name: string; href: string; kindLabel: string; overlap: string }>;
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

export function entryPageData(entry: Entry, similar: Array<Overlap<Entry>>, lang: Locale): EntryPageData {
  const s = strings(lang);
  const p = entry.programme;
  const kindLabel = labelOf('kinds', entry.kind, lang);
  const facts: Fact[] = [];
  const add = (term: string, value: FactValue | undefined | false) => {
    if (value) facts.push({ term, value });
  };
  const text = (t: string | undefined, aside?: string): FactValue | undefined => (t ? { kind: 'text', text: t, aside } : undefined);
  const orgList = (list: OrganisationView[] | undefined) => (list?.length ? text(list.map(orgName).join('; ')) : undefined);
  add(s['entry.type'], text(labelOf(TYPE_VOCABULARY[entry.kind], entry.type, lang)));
  add(s['entry.acronym'], text(entry.acronym));
  add(s['entry.alternativeNames'], text(entry.alternativeNames.join('; ')));
  add(s['entry.status'], text(labelOf('statuses', entry.status, lang), s['entry.statusAsOf'](formatDate(entry.asOf, lang))));
  add(s['entry.established'], text(entry.established && formatDate(entry.established, lang)));
  add(s['entry.laterNames'], text(entry.laterNames.map((n) => `${n.name} (${s['entry.since']} ${formatDate(n.since, lang)})`).join('; ')));
  add(
    s['entry.period'],
    text(p?.period && `${formatDate(p.period.start, lang)} – ${p.period.end ? formatDate(p.period.end, lang) : s['entry.ongoing']}`),
  );
  add(
    s['entry.host'],
    entry.host && {
      kind: 'link',
      text: entry.host.name,
      href: entry.host.entry && href(paths.entry(entry.host.entry.kind, entry.host.entry.id, lang)),
    },
  );
  add(s['entry.seat'], text(entry.seat));
  add(s['entry.funders'], orgList(p?.funders));
  add(s['entry.implementers'], orgList(p?.implementers));
  add(s['entry.beneficiaries'], text(p?.beneficiaries.join('; ')));
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
  add(
    s['entry.website'],
    entry.website === undefined
      ? undefined
      : { kind: 'external', href: entry.website, text: entry.website.replace(/^https?:\/\//, '').replace(/\/$/, '') },
  );

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
  const relationGroups = new Map<string, EntryPageData['relations'][number]['items']>();
  const sorted = [...entry.relations].map((r) => ({ r, label: relationLabel(r.type, r.inverse, lang) }));
  const byName = compareNames('en');
  sorted.sort((a, b) => a.label.localeCompare(b.label) || byName(a.r.target.name, b.r.target.name));
  for (const { r, label } of sorted) {
    const items = relationGroups.get(label) ?? [];
    items.push({
      name: r.target.name,
      href: href(paths.entry(r.target.kind, r.target.id, lang)),
      kindLabel: labelOf('kinds', r.target.kind, lang),
      note: r.note,
    });
    relationGroups.set(label, items);
  }

  const searchFilters = facetsOn('search').flatMap((f) => f.values(entry).map((value) => ({ name: f.param, value })));
  return {
    lang,
    title: entry.name,
    description: entry.summary,
    section: entry.kind,
    breadcrumbs: {
      home: { text: s['nav.home'], href: href(paths.home(lang)) },
      kind: { text: kindPlural(entry.kind, lang), href: href(paths.kind(entry.kind, lang)) },
      current: entry.acronym ?? entry.name,
    },
    kindLabel,
    name: entry.name,
    acronym: entry.acronym,
    summary: entry.summary,
    search: { filters: searchFilters, sortName: entry.name.replace(/^The /, ''), alternativeNames: entry.alternativeNames },
    caveats: entry.caveats,
    facts,
    dates: {
      asOf: formatDate(entry.asOf, lang),
      reviewed: formatDate(entry.lastReviewed, lang),
      changed: formatDate(entry.lastChanged, lang),
    },
    corrections: { suggest: links.suggestCorrection(entry), edit: links.editFile(entry.filePath) },
    members: {
      groups,
      definedBy: entry.membersDefinedBy.map((m) => ({
        name: m.organisation.name,
        href: m.organisation.entry && href(paths.entry(m.organisation.entry.kind, m.organisation.entry.id, lang)),
        note: m.note,
      })),
      unresolved: entry.unresolvedMembers.map((m) => ({ name: m.name, role: labelOf('memberRoles', m.role, lang), note: m.note })),
      notes: entry.members
        .filter((m) => m.note)
        .map((m) => ({ id: noteId(m), name: countryName(m.country, lang), jurisdiction: m.jurisdiction, note: m.note! })),
      organisations: entry.memberOrganisations.map((m) => ({
        name: m.organisation.name,
        href: m.organisation.entry && href(paths.entry(m.organisation.entry.kind, m.organisation.entry.id, lang)),
        acronym: m.organisation.acronym,
        role: labelOf('organisationRoles', m.role, lang).toLowerCase(),
        note: m.note,
      })),
      none: groups.length === 0 && entry.unresolvedMembers.length === 0 && entry.membersDefinedBy.length === 0,
    },
    relations: [...relationGroups].map(([label, items]) => ({ label, items })),
    similar: similar.map((o) => ({
      name: o.a.name,
      href: href(paths.entry(o.a.kind, o.a.id, lang)),
      kindLabel: labelOf('kinds', o.a.kind, lang),
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
      pillars: p.pillars,
      activities: p.activities.map((a) => ({
        date: a.date,
        dateText: formatDate(a.date, lang),
        title: a.title,
        place: a.place ?? '—',
        status: a.status ? labelOf('activityStatuses', a.status, lang) : '—',
      })),
    },
  };
}
