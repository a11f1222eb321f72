/**
 * The open data as this build publishes it: the catalogue, its change history from the
 * repository, and the dates the descriptions give (issued: the first day in the history;
 * modified: the latest change of an entry). Read once per build; the endpoints under
 * src/pages/data/ and the Data page share it, so every file states the same dates.
 */
import { getCatalogue } from '../../content.ts';
import { siteConfig } from '../../site-config.ts';
import type { Catalogue } from '../build-catalogue.ts';
import { contentHistory, type HistoryDay } from './history.ts';
import { dataFiles, type DataFile } from './files.ts';

export interface OpenData {
  catalogue: Catalogue;
  history: HistoryDay[];
  dates: { issued: string; modified: string };
  files: DataFile[];
}

/** Issued and modified from the content: without history, the earliest and latest change dates. */
export function catalogDates(catalogue: Catalogue, history: HistoryDay[]) {
  const changed = catalogue.entries.map((e) => e.lastChanged).sort();
  return { issued: history.at(-1)?.date ?? changed[0] ?? '', modified: changed.at(-1) ?? '' };
}

let loading: Promise<OpenData> | undefined;

export function getOpenData(): Promise<OpenData> {
  loading ??= getCatalogue().then((catalogue) => {
    const history = contentHistory(process.cwd(), siteConfig(process.env).contentDir, new Set(catalogue.entries.map((e) => e.id)));
    // Each file's text is made once per build: the endpoint, catalog.jsonld and the Data page all measure or serve it.
    const files = dataFiles(catalogue).map((file) => {
      let text: string | undefined;
      return { ...file, body: (c: Catalogue, modified: string) => (text ??= file.body(c, modified)) };
    });
    return { catalogue, history, dates: catalogDates(catalogue, history), files };
  });
  return loading;
}

/** The response for one of the data files, by its site path. */
export async function serveDataFile(path: string): Promise<Response> {
  const { catalogue, dates, files } = await getOpenData();
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`No open-data file ${path} in src/lib/open-data/files.ts.`);
  const type = file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType;
  return new Response(file.body(catalogue, dates.modified), { headers: { 'Content-Type': type } });
}
