import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DOCUMENTS_LIMIT,
  documentsKey,
  loadDocumentCriteria,
  saveDocumentCriteria,
} from '../../../src/storage/document-criteria-store';
import { historyKey } from '../../../src/core/history/history-entry';
import { clearHistory, removeHistoryEntry } from '../../../src/storage/history-store';
import type { Criterion } from '../../../src/core/model/criterion';

const ADVERT = 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001';
const criterion = (text: string): Criterion => ({
  id: `doc-${text}`,
  category: 'Skills',
  level: 'essential',
  text,
  source: { kind: 'document', name: 'JD' },
});
const keys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();

describe('criteria kept from attached documents', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each document’s criteria for its advert, and gives them back', async () => {
    await saveDocumentCriteria(ADVERT, 'https://x/jd.pdf', [criterion('Clinical audit')]);
    await saveDocumentCriteria(ADVERT, 'https://x/ps.docx', [criterion('Risk management')]);
    await saveDocumentCriteria(ADVERT, 'https://x/jd.pdf', [criterion('Clinical audit'), criterion('Leadership')]);
    const kept = await loadDocumentCriteria(ADVERT);
    expect([...kept.keys()]).toEqual(['https://x/jd.pdf', 'https://x/ps.docx']);
    expect(kept.get('https://x/jd.pdf')!.map((c) => c.text)).toEqual(['Clinical audit', 'Leadership']);
    expect(await loadDocumentCriteria(`${ADVERT}9`)).toEqual(new Map());
  });

  it('reads a damaged entry as nothing kept, and replaces it on the next save', async () => {
    await fakeBrowser.storage.local.set({
      [documentsKey(ADVERT)]: { version: 1, documents: { 'https://x/jd.pdf': [{ text: 42 }] } },
    });
    expect(await loadDocumentCriteria(ADVERT)).toEqual(new Map());
    await saveDocumentCriteria(ADVERT, 'https://x/jd.pdf', [criterion('Clinical audit')]);
    expect((await loadDocumentCriteria(ADVERT)).get('https://x/jd.pdf')).toHaveLength(1);
  });

  it(`keeps the ${DOCUMENTS_LIMIT} adverts saved most recently`, async () => {
    for (let i = 0; i <= DOCUMENTS_LIMIT; i++) {
      await saveDocumentCriteria(
        `${ADVERT}-${i}`,
        'https://x/jd.pdf',
        [criterion('Audit')],
        new Date(Date.UTC(2026, 0, 1, 0, i)),
      );
    }
    expect(await loadDocumentCriteria(`${ADVERT}-0`)).toEqual(new Map());
    expect((await loadDocumentCriteria(`${ADVERT}-1`)).size).toBe(1);
    expect((await keys()).length).toBe(DOCUMENTS_LIMIT);
  });

  it('goes with the advert’s history entry, and with the whole history', async () => {
    await saveDocumentCriteria(ADVERT, 'https://x/jd.pdf', [criterion('Audit')]);
    await saveDocumentCriteria(`${ADVERT}2`, 'https://x/jd.pdf', [criterion('Audit')]);
    await fakeBrowser.storage.local.set({ [historyKey(ADVERT)]: {}, profile: { keep: true } });
    await removeHistoryEntry(historyKey(ADVERT));
    expect(await keys()).toEqual([documentsKey(`${ADVERT}2`), 'profile']);
    await clearHistory();
    expect(await keys()).toEqual(['profile']);
  });
});
