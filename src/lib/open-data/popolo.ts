/**
 * data/popolo.json: the catalogue in the Popolo data specification (https://www.popoloproject.com/
 * specs/), the shape civic-tech tools read for who belongs to what. Organizations are the
 * entries (classification: their type), the organisations they name, the States taking part
 * (classification "state", each with its country as an area) and the sub-national parts that take
 * part for a State (classification "jurisdiction"). A membership links a member organization to
 * an entry with the role the sources give; where a sub-national part takes part, it is the member
 * and acts `on_behalf_of` its State. Programme memberships carry the programme's period as their
 * dates; the sources give no other dates of membership, so none is written.
 */
import type { Catalogue } from '../build-catalogue.ts';
import type { Entry, EntryRef, OrganisationView } from '../model.ts';
import { countryName, labelOf } from '../../i18n/labels.ts';
import { absolute, paths } from '../urls.ts';
import { localName } from './local-text.ts';

export interface PopoloOrganization {
  id: string;
  name: string;
  other_names?: Array<{ name: string; note?: string; start_date?: string }>;
  identifiers?: Array<{ identifier: string; scheme: string }>;
  classification: string;
  parent_id?: string;
  area_id?: string;
  founding_date?: string;
  dissolution_date?: string;
  links?: Array<{ url: string; note: string }>;
  sources?: Array<{ url: string; note: string }>;
}

export interface PopoloMembership {
  id: string;
  label: string;
  role: string;
  member: { '@type': 'Organization'; id: string };
  organization_id: string;
  on_behalf_of_id?: string;
  start_date?: string;
  end_date?: string;
}

export interface PopoloArea {
  id: string;
  name: string;
  identifiers: Array<{ identifier: string; scheme: string }>;
  classification: 'country';
}

export interface PopoloExport {
  organizations: PopoloOrganization[];
  memberships: PopoloMembership[];
  areas: PopoloArea[];
}

/** Ids are namespaced, so entries, organisations, States and areas never collide. */
export const popoloIds = {
  entry: (ref: Pick<EntryRef, 'id'>) => `entry/${ref.id}`,
  organisation: (o: OrganisationView) => (o.entry ? `entry/${o.entry.id}` : `organisation/${o.id}`),
  state: (code: string) => `state/${code}`,
  jurisdiction: (code: string, name: string) => `jurisdiction/${code}/${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`,
  area: (code: string) => `area/${code}`,
};

/** Popolo wants YYYY, YYYY-MM or YYYY-MM-DD, which is how the catalogue writes its dates. */
const dates = (start?: string, end?: string) => ({ ...(start ? { start_date: start } : {}), ...(end ? { end_date: end } : {}) });

function entryOrganization(e: Entry): PopoloOrganization {
  const frName = localName(e, 'fr');
  const parents = e.relations.filter((r) => r.type === 'part-of' && !r.inverse);
  return {
    id: popoloIds.entry(e),
    name: e.name,
    other_names: [
      ...(e.acronym ? [{ name: e.acronym, note: 'Acronym' }] : []),
      ...(frName !== e.name ? [{ name: frName, note: 'Official name in French' }] : []),
      ...e.alternativeNames.map((name) => ({ name, note: 'Alternative name' })),
      ...e.laterNames.map((n) => ({ name: n.name, note: n.note ?? 'Later name', start_date: n.since })),
    ],
    identifiers: [{ identifier: e.id, scheme: 'catalogue' }],
    classification: e.type,
    ...(parents.length === 1 ? { parent_id: popoloIds.entry(parents[0]!.target) } : {}),
    ...(e.established ? { founding_date: e.established } : {}),
    ...(e.status === 'ended' && e.endedOn ? { dissolution_date: e.endedOn } : {}),
    links: [
      { url: absolute(paths.entry(e.kind, e.id)), note: 'Page in the catalogue' },
      ...(e.website ? [{ url: e.website, note: 'Website' }] : []),
    ],
    sources: e.sources.filter((s) => s.url).map((s) => ({ url: s.url!, note: `${s.documentTitle}, ${s.locator}` })),
  };
}

function otherOrganization(o: OrganisationView): PopoloOrganization {
  return {
    id: popoloIds.organisation(o),
    name: o.name,
    ...(o.acronym ? { other_names: [{ name: o.acronym, note: 'Acronym' }] } : {}),
    identifiers: [{ identifier: o.id, scheme: 'catalogue-organisation' }],
    classification: 'organisation',
    ...(o.website ? { links: [{ url: o.website, note: 'Website' }] } : {}),
  };
}

/** The memberships of one entry, in the order the entry lists them. */
export function entryMemberships(e: Entry): PopoloMembership[] {
  const period = e.programme?.period;
  const when = dates(period?.start, period?.end);
  const organization_id = popoloIds.entry(e);
  return [
    ...e.members.map((m) => {
      const state = popoloIds.state(m.country);
      const member = m.jurisdiction ? popoloIds.jurisdiction(m.country, m.jurisdiction) : state;
      const who = m.jurisdiction ? `${m.jurisdiction} (${countryName(m.country)})` : countryName(m.country);
      return {
        id: `${organization_id}/member/${member}`,
        label: `${who}: ${labelOf('memberRoles', m.role)} of ${e.name}`,
        role: m.role,
        member: { '@type': 'Organization' as const, id: member },
        organization_id,
        ...(m.jurisdiction ? { on_behalf_of_id: state } : {}),
        ...when,
      };
    }),
    ...e.memberOrganisations.map((m) => ({
      id: `${organization_id}/member/${popoloIds.organisation(m.organisation)}`,
      label: `${m.organisation.name}: ${labelOf('organisationRoles', m.role)} of ${e.name}`,
      role: m.role,
      member: { '@type': 'Organization' as const, id: popoloIds.organisation(m.organisation) },
      organization_id,
      ...when,
    })),
  ];
}

export function toPopolo(catalogue: Catalogue): PopoloExport {
  const codes = catalogue.countries.map((c) => c.code);
  const jurisdictions = new Map<string, PopoloOrganization>();
  for (const e of catalogue.entries)
    for (const m of e.members)
      if (m.jurisdiction) {
        const id = popoloIds.jurisdiction(m.country, m.jurisdiction);
        jurisdictions.set(id, {
          id,
          name: m.jurisdiction,
          classification: 'jurisdiction',
          parent_id: popoloIds.state(m.country),
          area_id: popoloIds.area(m.country),
        });
      }
  const named = [...catalogue.organisations.values()].filter((o) => !o.entry);
  return {
    organizations: [
      ...catalogue.entries.map(entryOrganization),
      ...named.map(otherOrganization),
      ...codes.map((code) => ({
        id: popoloIds.state(code),
        name: countryName(code),
        other_names: [{ name: countryName(code, 'fr'), note: 'Name in French' }],
        identifiers: [{ identifier: code, scheme: 'ISO 3166-1 alpha-2' }],
        classification: 'state',
        area_id: popoloIds.area(code),
        links: [{ url: absolute(paths.country(code)), note: 'Page in the catalogue' }],
      })),
      ...jurisdictions.values(),
    ],
    memberships: catalogue.entries.flatMap(entryMemberships),
    areas: codes.map((code) => ({
      id: popoloIds.area(code),
      name: countryName(code),
      identifiers: [{ identifier: code, scheme: 'ISO 3166-1 alpha-2' }],
      classification: 'country',
    })),
  };
}
