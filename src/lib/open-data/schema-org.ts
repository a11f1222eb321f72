/**
 * schema.org JSON-LD for entry and country pages, so search engines read what the page says:
 * each entry an `Organization` (names, page, website as `sameAs`, founding date, the countries
 * it serves), its members and its memberships qualified by an `OrganizationRole` whose
 * `roleName` is the role the sources give, `parentOrganization` only where a "part of" relation
 * says so. A State taking part is a `GovernmentOrganization` serving its `Country`; a sub-national
 * part that takes part is one too, with its State as parent. Names and descriptions are in the
 * page's language where a current translation exists. Identifiers (`@id`) are the English page
 * addresses with a fragment, the same in every language, so the pages' graphs join up.
 */
import type { Catalogue } from '../build-catalogue.ts';
import type { CountryView, Entry, EntryRef, OrganisationView } from '../model.ts';
import { countryName, labelOf } from '../../i18n/labels.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import { absolute, paths } from '../urls.ts';
import { localAcronym, localName, localSummary } from './local-text.ts';

export type JsonLdNode = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[] | undefined;

/** The node id of an entry, a State and a sub-national part of a State. */
export const ids = {
  entry: (ref: Pick<EntryRef, 'kind' | 'id'>) => `${absolute(paths.entry(ref.kind, ref.id))}#organization`,
  state: (code: string) => `${absolute(paths.country(code))}#state`,
  jurisdiction: (code: string, name: string) =>
    `${absolute(paths.country(code))}#jurisdiction-${encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'))}`,
};

const list = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

function entryNode(ref: EntryRef, catalogue: Catalogue, lang: Locale): JsonLdNode {
  const entry = catalogue.byId.get(ref.id);
  return {
    '@type': 'Organization',
    '@id': ids.entry(ref),
    name: entry ? localName(entry, lang) : ref.name,
    url: absolute(paths.entry(ref.kind, ref.id, lang)),
  };
}

function stateNode(code: string, lang: Locale): JsonLdNode {
  return {
    '@type': 'GovernmentOrganization',
    '@id': ids.state(code),
    name: countryName(code, lang),
    url: absolute(paths.country(code, lang)),
    areaServed: { '@type': 'Country', name: countryName(code, lang), identifier: code },
  };
}

function organisationNode(o: OrganisationView, catalogue: Catalogue, lang: Locale): JsonLdNode {
  if (o.entry) return entryNode(o.entry, catalogue, lang);
  return { '@type': 'Organization', name: o.name, alternateName: o.acronym, sameAs: o.website };
}

const role = (property: 'member' | 'memberOf', node: JsonLdNode, roleName: string): JsonLdNode => ({
  '@type': 'OrganizationRole',
  roleName,
  [property]: node,
});

/** Entries that list `entry` (through its organisation record) among their member organisations. */
function membershipsOf(entry: Entry, catalogue: Catalogue) {
  return catalogue.entries.flatMap((other) =>
    other.memberOrganisations.filter((m) => m.organisation.entry?.id === entry.id).map((m) => ({ of: other, role: m.role })),
  );
}

const page = (url: string, lang: Locale): JsonLdNode => ({ '@type': 'WebPage', '@id': url, url, inLanguage: LOCALES[lang].lang });

/** The JSON-LD of an entry's page in `lang`. */
export function entryJsonLd(entry: Entry, catalogue: Catalogue, lang: Locale): JsonLdNode {
  const url = absolute(paths.entry(entry.kind, entry.id, lang));
  const name = localName(entry, lang);
  const acronym = localAcronym(entry, lang);
  const alternateNames = [
    ...new Set([acronym, entry.name, entry.acronym, ...entry.alternativeNames, ...entry.laterNames.map((n) => n.name)]),
  ];
  const members: JsonLdNode[] = [
    ...entry.members.map((m) => {
      const state = stateNode(m.country, lang);
      const member = m.jurisdiction
        ? {
            '@type': 'GovernmentOrganization',
            '@id': ids.jurisdiction(m.country, m.jurisdiction),
            name: m.jurisdiction,
            parentOrganization: state,
          }
        : state;
      return role('member', member, labelOf('memberRoles', m.role, lang));
    }),
    ...entry.memberOrganisations.map((m) =>
      role('member', organisationNode(m.organisation, catalogue, lang), labelOf('organisationRoles', m.role, lang)),
    ),
  ];
  const partOf = entry.relations.filter((r) => r.type === 'part-of');
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': ids.entry(entry),
    name,
    alternateName: list(alternateNames.filter((n): n is string => n !== undefined && n !== name)),
    description: localSummary(entry, lang),
    url,
    sameAs: entry.website,
    foundingDate: entry.established,
    areaServed: list(entry.countries.map((code) => ({ '@type': 'Country', name: countryName(code, lang), identifier: code }))),
    member: list(members),
    memberOf: list(
      membershipsOf(entry, catalogue).map((m) =>
        role('memberOf', entryNode(m.of, catalogue, lang), labelOf('organisationRoles', m.role, lang)),
      ),
    ),
    parentOrganization: list(partOf.filter((r) => !r.inverse).map((r) => entryNode(r.target, catalogue, lang))),
    subOrganization: list(partOf.filter((r) => r.inverse).map((r) => entryNode(r.target, catalogue, lang))),
    mainEntityOfPage: page(url, lang),
  };
}

/** The JSON-LD of a country's page in `lang`: the State and its role in each entry. */
export function countryJsonLd(country: CountryView, catalogue: Catalogue, lang: Locale): JsonLdNode {
  const url = absolute(paths.country(country.code, lang));
  return {
    '@context': 'https://schema.org',
    ...stateNode(country.code, lang),
    memberOf: list(
      country.involvements.flatMap((i) =>
        i.roles.map((r) => role('memberOf', entryNode(i.entry, catalogue, lang), labelOf('memberRoles', r, lang))),
      ),
    ),
    mainEntityOfPage: page(url, lang),
  };
}
