import type { AnalysedSpec } from '../core/model/analysed-spec';
import type { Criterion } from '../core/model/criterion';
import type { Report } from '../core/model/report';
import { readPage, type PageRead } from '../core/pipeline/read-page';
import { askBackground } from '../messaging/ask-background';
import type { AnalyseReply, AnalyseRequest, ProfileStanding } from '../messaging/background-messages';
import { createMarkLayer, type MarkLayer } from './highlight/mark-layer';
import { noteTiming } from './bench-timing';
import { keepPageTextSoon, type KeepPageText } from './keep-page-text';
import { sameRead } from './same-read';

export type AdvertPageState = {
  /** What the page says, read here: the criteria and the elements they sit in. */
  read: PageRead;
  /** The background's answer: the criteria with their skills, and the report for the saved profile. */
  analysed: AnalysedSpec | null;
  report: Report | null;
  /** What the report compares with: the saved profile, an empty one, or none that could be read. */
  profile: ProfileStanding;
  analysedAt: string | null;
  /** Why there is no answer (the extension could not be reached). */
  error: string | null;
};

export type Analyse = (request: AnalyseRequest) => Promise<AnalyseReply>;

type AdvertPageOptions = { now?: () => Date; marks?: (doc: Document) => MarkLayer; keepText?: KeepPageText };

/**
 * What the content script knows about its page, as one observable state. The page is read here, the
 * criteria are matched and compared in the background; features subscribe to the state instead of
 * to each other.
 */
export type AdvertPage = {
  readonly doc: Document;
  readonly state: AdvertPageState;
  /** The overlay the marks are drawn in (created empty; features paint and flash in it). */
  readonly marks: MarkLayer;
  subscribe(listener: (state: AdvertPageState) => void): () => void;
  /** Asks the background again, for the same criteria (the saved profile changed). */
  refresh(): Promise<void>;
  /** Reads the page again; asks the background and publishes only when what the page says changed. */
  rescan(): Promise<boolean>;
  /** Adds the criteria of an attached document (merged with the page's, no duplicates) and republishes. */
  addDocumentCriteria(
    documentUrl: string,
    criteria: readonly Criterion[],
  ): Promise<{ added: number; total: number; kept: boolean }>;
};

export async function openAdvertPage(
  doc: Document,
  url: URL,
  analyse: Analyse = askBackground,
  { now = () => new Date(), marks = createMarkLayer, keepText = askBackground }: AdvertPageOptions = {},
): Promise<AdvertPage> {
  const documents = new Map<string, Criterion[]>();
  const listeners = new Set<(state: AdvertPageState) => void>();
  let state: AdvertPageState = {
    read: readPage(doc, url),
    analysed: null,
    report: null,
    profile: 'ok',
    analysedAt: null,
    error: null,
  };
  let asked = 0;
  noteTiming('read');

  const publish = (next: AdvertPageState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  /**
   * Asks the background about `read`; an answer overtaken by a later question is dropped. A page read
   * afresh whose advert the background recorded then sends its text; otherwise the copy kept stays.
   */
  const ask = async (read: PageRead, reason: AnalyseRequest['reason'], readAfresh = false): Promise<boolean> => {
    const ticket = ++asked;
    const request: AnalyseRequest = {
      type: 'analyse',
      spec: read.spec,
      limits: read.limits,
      documents: [...documents].map(([documentUrl, criteria]) => ({ url: documentUrl, criteria })),
      reason,
    };
    const reply = await analyse(request).catch((error: unknown): AnalyseReply => ({
      ok: false,
      message: error instanceof Error ? error.message : 'The extension did not answer.',
    }));
    if (ticket !== asked) return reply.ok && reply.documentsKept;
    if (!reply.ok) {
      publish({ ...state, read, error: reply.message });
      return false;
    }
    publish({
      read,
      analysed: reply.analysed,
      report: reply.report,
      profile: reply.profile,
      analysedAt: now().toISOString(),
      error: null,
    });
    // Only with the advert it recorded: a page with no criteria (a "not found" page) never replaces the text kept.
    if (readAfresh && reply.recorded) keepPageTextSoon(doc, read.spec.url, keepText);
    return reply.documentsKept;
  };

  await ask(state.read, 'opened', true);
  return {
    doc,
    marks: marks(doc),
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      await ask(state.read, 'changed');
    },
    async rescan() {
      const read = readPage(doc, url);
      if (sameRead(read, state.read)) return false;
      await ask(read, 'changed', true);
      return true;
    },
    async addDocumentCriteria(documentUrl, criteria) {
      const before = state.analysed?.criteria.length ?? 0;
      documents.set(documentUrl, [...criteria]);
      const kept = await ask(state.read, 'changed');
      const total = state.analysed?.criteria.length ?? 0;
      return { added: total - before, total, kept };
    },
  };
}
