import { parseHTML } from 'linkedom';
import { descriptionFragment } from '../../../src/core/extract/sites/json-ld';
import { findPosting, type JobPosting } from '../../../src/core/extract/sites/job-posting';
import { analyseRead } from '../../../src/core/pipeline/analyse-page';
import { readPosting } from '../../../src/core/pipeline/read-page';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';

/** Corpus records with their place in the file (which names an advert without its own address). */
export type Share = { indices: number[]; records: string[] };

/** One pass over a share: how long, and per advert (pipeline passes only). */
export type Pass = { ms: number; perAdvert: number[]; withCriteria: number; crashes: number };

export const blankDocument = (): Document =>
  (parseHTML('<!DOCTYPE html><html><head></head><body></body></html>') as unknown as { document: Document }).document;

function posting(raw: string, index: number): { posting: JobPosting; url: URL } {
  const record = JSON.parse(raw) as Record<string, unknown>;
  const found = findPosting(record) ?? (record as JobPosting);
  const url =
    typeof record.url === 'string' && URL.canParse(record.url) ? record.url : `https://corpus.invalid/${index}`;
  return { posting: found, url: new URL(url) };
}

/** The whole pipeline as the command line runs it on JobPosting records: JSON → posting → read → match. */
export function pipelinePass(doc: Document, { indices, records }: Share): Pass {
  const matcher = defaultMatcher();
  const perAdvert: number[] = [];
  let withCriteria = 0;
  let crashes = 0;
  const started = performance.now();
  records.forEach((raw, i) => {
    const t = performance.now();
    try {
      const { posting: p, url } = posting(raw, indices[i]!);
      if (analyseRead(readPosting(doc, p, url), matcher).analysed.criteria.length > 0) withCriteria++;
    } catch {
      crashes++;
    }
    perAdvert.push(performance.now() - t);
  });
  return { ms: performance.now() - started, perAdvert, withCriteria, crashes };
}

/** Only parsing each advert's description into a DOM, the way the pipeline does: its floor. */
export function parseOnlyPass(doc: Document, { indices, records }: Share): Pass {
  let crashes = 0;
  let parsed = 0;
  const started = performance.now();
  records.forEach((raw, i) => {
    try {
      if (descriptionFragment(doc, posting(raw, indices[i]!).posting.description).firstChild) parsed++;
    } catch {
      crashes++;
    }
  });
  return { ms: performance.now() - started, perAdvert: [], withCriteria: parsed, crashes };
}
