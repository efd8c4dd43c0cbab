import type { AnalysedSpec } from '../core/model/analysed-spec';
import type { Criterion } from '../core/model/criterion';
import type { Report } from '../core/model/report';
import type { CollectedPage } from '../core/extract/lines/collect-lines';
import { readSoFar } from '../core/extract/lines/place-lines';
import { placeRead } from '../core/pipeline/place-read';
import type { PageRead } from '../core/pipeline/read-page';
import { askBackground } from '../messaging/ask-background';
import { unpackReply } from '../messaging/sent-analyse-reply';
import type { AnalyseReply, AnalyseRequest, ProfileStanding } from '../messaging/background-messages';
import { createMarkLayer, type MarkLayer } from './highlight/mark-layer';
import { noteTiming } from './bench-timing';
import { keepPageTextSoon, type KeepPageText } from './keep-page-text';
import { sameCollected } from './same-read';

export type AdvertPageState = {
  /** What the page says, read here: the criteria and the elements they sit in. */
  read: PageRead;
  /** The background's answer: the criteria with their skills, and the report for the saved profile. */
  analysed: AnalysedSpec | null;
  report: Report | null;
  /** What the report compares with: the saved profile, an empty one, or none that could be read. */
  profile: ProfileStanding;
  /** When the answer came (ms since the epoch: a Date is made only when the popup asks, off the page's load). */
  analysedAt: number | null;
  /** Why there is no answer (the extension could not be reached). */
  error: string | null;
};

export type Analyse = (request: AnalyseRequest) => Promise<AnalyseReply>;

const askAnalysis: Analyse = (request) => askBackground(request).then(unpackReply);

export type AdvertPageOptions = {
  now?: () => number;
  marks?: (doc: Document) => MarkLayer;
  keepText?: KeepPageText;
  /** The page's lines, collected already (by the reader, over several tasks: content/read-in-slices). */
  collected: CollectedPage;
  /** How the page is collected again when it changes (the reader's own function, handed over with its lines). */
  collect: (doc: Document, url: URL) => Promise<CollectedPage>;
};

/**
 * What the content script knows about its page, as one observable state. The page's lines are
 * collected here; the background reads them (the free-text reader lives there), matches and compares
 * the criteria, and says where each was read; features subscribe to the state instead of to each other.
 * The page is returned as soon as it is read, before the background answers (`answered`): the key and
 * the overlay go into the page before its first rendering, and the marks are drawn as the answer comes.
 */
export type AdvertPage = {
  readonly doc: Document;
  readonly state: AdvertPageState;
  /** The overlay the marks are drawn in (created empty; features paint and flash in it). */
  readonly marks: MarkLayer;
  /** Settles when the background's first answer (or the failure to get one) is in the state. */
  readonly answered: Promise<void>;
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

/** The page read, with the background's first answer in its state. */
export async function openAdvertPage(
  doc: Document,
  url: URL,
  analyse: Analyse | undefined,
  options: AdvertPageOptions,
): Promise<AdvertPage> {
  const page = readAdvertPage(doc, url, analyse, options);
  await page.answered;
  return page;
}

/** The page read at once; the background's answer is published when it comes (`answered`). */
export function readAdvertPage(
  doc: Document,
  url: URL,
  analyse: Analyse = askAnalysis,
  { now = Date.now, marks = createMarkLayer, keepText = askBackground, ...reading }: AdvertPageOptions,
): AdvertPage {
  const documents = new Map<string, Criterion[]>();
  const listeners = new Set<(state: AdvertPageState) => void>();
  const { collect } = reading;
  let collected = reading.collected;
  /** The background has read the lines collected last (else the state holds only what the site readers read here). */
  let interpreted = false;
  let state: AdvertPageState = {
    read: placeRead(collected, { ...readSoFar(collected.lines), limits: null }),
    analysed: null,
    report: null,
    profile: 'ok',
    analysedAt: null,
    error: null,
  };
  let asked = 0;

  const publish = (next: AdvertPageState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  /**
   * Asks the background about the page: its lines when they are not read yet (`page`), else the
   * criteria read; an answer overtaken by a later question is dropped. A page read afresh whose advert
   * the background recorded then sends its text; otherwise the copy kept stays.
   */
  const ask = async (page: CollectedPage, reason: AnalyseRequest['reason'], readAfresh = false): Promise<boolean> => {
    const ticket = ++asked;
    const sent = state.read;
    const request: AnalyseRequest = {
      type: 'analyse',
      ...(readAfresh || !interpreted ? { page: page.lines } : { spec: sent.spec, limits: sent.limits }),
      documents: [...documents].map(([documentUrl, criteria]) => ({ url: documentUrl, criteria })),
      reason,
    };
    const reply = await analyse(request).catch((error: unknown): AnalyseReply => ({
      ok: false,
      message: error instanceof Error ? error.message : 'The extension did not answer.',
    }));
    noteTiming('answered');
    if (ticket !== asked) return reply.ok && reply.documentsKept;
    const read = reply.ok && reply.read ? placeRead(page, reply.read) : sent;
    collected = page;
    if (!reply.ok) {
      publish({ ...state, error: reply.message });
      return false;
    }
    interpreted ||= reply.read !== undefined;
    publish({
      read,
      analysed: reply.analysed,
      report: reply.report,
      profile: reply.profile,
      analysedAt: now(),
      error: null,
    });
    // Only with the advert it recorded: a page with no criteria (a "not found" page) never replaces the text kept.
    if (readAfresh && reply.recorded) keepPageTextSoon(doc, read.spec.url, keepText);
    return reply.documentsKept;
  };

  // Asked first: the message leaves before the overlay is made.
  const answered = ask(collected, 'opened', true).then(() => undefined);
  const layer = marks(doc);
  return {
    doc,
    marks: layer,
    answered,
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      await ask(collected, 'changed');
    },
    async rescan() {
      const page = await collect(doc, url);
      if (sameCollected(page, collected)) return false;
      interpreted = false;
      state = { ...state, read: placeRead(page, { ...readSoFar(page.lines), limits: null }) };
      await ask(page, 'changed', true);
      return true;
    },
    async addDocumentCriteria(documentUrl, criteria) {
      const before = state.analysed?.criteria.length ?? 0;
      documents.set(documentUrl, [...criteria]);
      const kept = await ask(collected, 'changed');
      const total = state.analysed?.criteria.length ?? 0;
      return { added: total - before, total, kept };
    },
  };
}
