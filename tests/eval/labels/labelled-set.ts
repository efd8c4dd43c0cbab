import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advertLines } from './advert-lines';
import { corpusAvailable, employerOf, loadRecords, type CorpusRecord } from './corpus';
import { criterionText, readJsonl, storedAdvert, type StoredAdvert } from './label-file';
import { layoutOf, type Layout } from './layouts';
import { professionOf } from './professions';
import { splitOf, type SplitName } from './splits';

export type LabelledCriterion = {
  text: string;
  level: 'essential' | 'desirable' | 'unspecified';
  category: string | null;
  /** The short line ending in a colon just above the criterion ("Experience of:"), which it completes. */
  leadIn: string | null;
  skills: string[];
};

export type LabelledAdvert = {
  id: string;
  split: SplitName;
  title: string;
  employer: string;
  profession: string;
  layout: Layout;
  record: CorpusRecord;
  criteria: LabelledCriterion[];
};

const BATCHES = fileURLToPath(new URL('./batches/', import.meta.url));

/** The first-pass labels of every batch (the blind second passes are for agreement only). */
export function storedLabels(): StoredAdvert[] {
  return readdirSync(BATCHES)
    .filter((f) => /^batch-\d+\.jsonl$/.test(f))
    .sort()
    .flatMap((f) => readJsonl(`${BATCHES}${f}`, storedAdvert));
}

/**
 * The labelled adverts with their criteria's text read from the corpus, or null when the corpus is
 * not on this machine. A label whose text no longer matches its hash is an error: the corpus or the
 * frozen line reader changed, and the figures would be wrong.
 */
export async function loadLabelledSet(): Promise<LabelledAdvert[] | null> {
  if (!corpusAvailable()) return null;
  const labels = storedLabels();
  const records = await loadRecords(new Set(labels.map((l) => l.advert)));
  return labels.map((label) => {
    const record = records.get(label.advert);
    if (!record) throw new Error(`advert ${label.advert} is labelled but not in the corpus`);
    const lines = advertLines(record.description);
    const title = typeof record.title === 'string' ? record.title : '';
    return {
      id: label.advert,
      split: splitOf(label.advert),
      title,
      employer: employerOf(record),
      profession: professionOf(title),
      layout: layoutOf(lines),
      record,
      criteria: label.criteria.map((c) => ({
        text: criterionText(lines, c),
        level: c.level,
        category: c.category,
        leadIn: leadInOf(lines, c.lines[0], c.chars !== undefined),
        skills: c.skills,
      })),
    };
  });
}

/**
 * The lead-in a criterion completes: the nearest line above it, over the short items listed with it,
 * that introduces them ("Experience of:", "Experience in either of the following areas"), as the
 * free-text reader takes it for the items' category. A criterion cut from inside a line has none.
 */
function leadInOf(lines: readonly string[], first: number, partOfLine: boolean): string | null {
  if (partOfLine) return null;
  for (let k = first - 2; k >= 0 && k >= first - 12; k--) {
    const line = lines[k]!.trim();
    const words = line.split(/\s+/).length;
    if (words <= 12 && (/:\s*$/.test(line) || /\bthe following\b/i.test(line))) return line;
    if (words > 6 || /[.!?]$/.test(line)) return null;
  }
  return null;
}

/** The labelled set for a script run by hand; without the corpus the script says so and ends, as a skip. */
export async function labelledSetOrSkip(): Promise<LabelledAdvert[]> {
  const adverts = await loadLabelledSet();
  if (adverts) return adverts;
  console.log('Skipped: ../shared/corpus/nhs-jobs-2020.jsonl.gz is not on this machine.');
  process.exit(0);
}
