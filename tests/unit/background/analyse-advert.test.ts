import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyseAdvert } from '../../../src/background/analyse-advert';
import { historyWritten } from '../../../src/background/history-writes';
import type { Criterion } from '../../../src/core/model/criterion';
import { emptyProfile, type Profile } from '../../../src/core/model/profile';
import type { PersonSpec } from '../../../src/core/model/person-spec';
import { readPage } from '../../../src/core/pipeline/read-page';
import type { AnalyseRequest } from '../../../src/messaging/background-messages';
import { loadDocumentCriteria } from '../../../src/storage/document-criteria-store';
import { loadHistory, removeHistoryEntry } from '../../../src/storage/history-store';
import { profileItem } from '../../../src/storage/profile-item';
import { applyProfileChanges } from '../../../src/storage/profile-store';
import { buildAdvert } from '../../fixtures/nhs-jobs/build-advert';
import { parseHtml } from '../support/parse-html';

const URL_ = new URL('https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001');
const JD = 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001/documents/jd.pdf';
// "Risk management" on a nurse's advert is the patients' risk: clinical risk assessment (match/role/risk-for-role).
const html = buildAdvert({
  title: 'Staff Nurse',
  categories: [{ label: 'Experience', essential: ['Clinical audit', 'Risk management'], desirable: [] }],
}).replace('</main>', `<ul><li><a href="${JD}">Job description (PDF)</a></li></ul></main>`);
const fromJd: Criterion[] = [
  { id: 'doc-1', category: 'Skills', level: 'essential', text: 'Line management', source: { kind: 'document' } },
];

function request(overrides: Partial<AnalyseRequest> = {}): AnalyseRequest & { spec: PersonSpec } {
  const read = readPage(parseHtml(html), URL_);
  return { type: 'analyse', spec: read.spec, limits: read.limits, documents: [], reason: 'opened', ...overrides };
}
const store = (profile: Partial<Profile>) =>
  fakeBrowser.storage.local.set({ profile: { ...emptyProfile(), ...profile } });
/** The answer, once the history write it queued is done. */
async function analysed(overrides: Partial<AnalyseRequest> = {}) {
  const reply = await analyseAdvert(request(overrides));
  if (!reply.ok) throw new Error(reply.message);
  await historyWritten();
  return reply;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the background analysing an advert tab', () => {
  it('matches the criteria against the taxonomy and compares them with the stored profile', async () => {
    await store({ skills: [{ skillId: 'clin-risk-assessment', status: 'held' }] });
    const reply = await analysed();
    expect(reply.analysed.criteria.map((c) => c.hits.map((h) => h.skillId))).toEqual([
      ['gov-clinical-audit'],
      ['clin-risk-assessment'],
    ]);
    expect(reply.report?.blockers.map((b) => b.criterion.text)).toEqual(['Clinical audit']);
    expect(reply.profile).toBe('ok');
  });

  it('compares with an empty profile, and says so, when the stored one is missing or unreadable', async () => {
    expect((await analysed()).profile).toBe('empty');
    await fakeBrowser.storage.local.set({ profile: { version: 'garbage' } });
    const reply = await analysed();
    expect(reply.profile).toBe('unreadable');
    expect(reply.report?.blockers).toHaveLength(2);
    expect((await fakeBrowser.storage.local.get('profile')).profile).toEqual({ version: 'garbage' });
  });

  it('refuses a request it cannot read, with a message for the user', async () => {
    const reply = await analyseAdvert({ type: 'analyse', spec: { criteria: 'all of them' } });
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/cannot read/) });
  });

  it('matches the profile’s own skills like built-in ones', async () => {
    const custom = { id: 'custom-zephyr', label: 'Zephyr rota', variants: ['Zephyr rota'], category: 'it' as const };
    await store({ customSkills: [custom], skills: [{ skillId: custom.id, status: 'held' }] });
    const base = request().spec;
    const spec = { ...base, criteria: [{ ...base.criteria[0]!, text: 'Experience of Zephyr rota' }] };
    const reply = await analysed({ spec });
    expect(reply.analysed.criteria[0]!.hits.map((h) => h.skillId)).toEqual(['custom-zephyr']);
  });

  it('keeps the advert in the history when opened, and only updates it later', async () => {
    expect((await analysed()).recorded).toBe(true);
    let { entries } = await loadHistory();
    expect(entries).toEqual([expect.objectContaining({ title: 'Staff Nurse' })]);
    expect(entries[0]!.score.blockers).toBe(2);

    await store({ skills: [{ skillId: 'clin-risk-assessment', status: 'held' }] });
    await analysed({ reason: 'changed' });
    ({ entries } = await loadHistory());
    expect(entries).toHaveLength(1);
    expect(entries[0]!.score.blockers).toBe(1);

    // Removed by the user while the page is open: a later analysis does not add it back.
    await removeHistoryEntry(entries[0]!.key);
    await analysed({ reason: 'changed' });
    expect((await loadHistory()).entries).toEqual([]);
  });

  it('answers before the advert is recorded', async () => {
    let release = () => {};
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await blocked;
      return set(items);
    });
    const reply = await analyseAdvert(request());
    expect(reply.ok).toBe(true);
    expect((await loadHistory()).entries).toEqual([]);
    release();
    await historyWritten();
    expect((await loadHistory()).entries).toEqual([expect.objectContaining({ title: 'Staff Nurse' })]);
  });

  it('records nothing when the user turned history off', async () => {
    await store({ preferences: { wordLimit: 1500, keepHistory: false } });
    expect((await analysed()).recorded).toBe(false);
    expect((await loadHistory()).entries).toEqual([]);
  });

  it('merges the criteria of an attached document and keeps them for the next visit', async () => {
    const first = await analysed({ documents: [{ url: JD, criteria: fromJd }] });
    expect(first.analysed.criteria.map((c) => c.text)).toEqual([
      'Clinical audit',
      'Risk management',
      'Line management',
    ]);
    expect(first.analysed.documents[0]).toMatchObject({ url: JD, criteriaRead: 1 });
    expect(first.documentsKept).toBe(true);
    expect([...(await loadDocumentCriteria(URL_.href)).keys()]).toEqual([JD]);

    const next = await analysed();
    expect(next.analysed.criteria.map((c) => c.text)).toContain('Line management');
  });

  it('leaves out kept criteria of a document the advert no longer links to', async () => {
    await analysed({ documents: [{ url: JD, criteria: fromJd }] });
    const unlinked = { ...request().spec, documents: [] };
    expect((await analysed({ spec: unlinked })).analysed.criteria.map((c) => c.text)).not.toContain('Line management');
  });

  it('does not ask storage for kept documents when the advert links none', async () => {
    await analysed({ documents: [{ url: JD, criteria: fromJd }] });
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const unlinked = { ...request().spec, documents: [] };
    await analysed({ spec: unlinked });
    const keys = reads.mock.calls.flatMap(([asked]) =>
      typeof asked === 'string' ? [asked] : Object.keys(asked ?? {}),
    );
    expect(keys.filter((key) => key.startsWith('documents:'))).toEqual([]);
    await analysed();
    expect(reads.mock.calls.flat().flat()).toContainEqual(expect.stringMatching(/^documents:/));
  });

  it('still merges a document’s criteria when storage will not keep them, and says so', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await analysed({ documents: [{ url: JD, criteria: fromJd }] });
    expect(reply.analysed.criteria.map((c) => c.text)).toContain('Line management');
    expect(reply.documentsKept).toBe(false);
  });
});

describe('the profile kept while the background is awake', () => {
  const blockers = async () => (await analysed()).report?.blockers.map((b) => b.criterion.text);
  const riskManagement = { skills: [{ skillId: 'clin-risk-assessment', status: 'held' as const }] };

  it('is read and validated once: a second analysis does not read storage again', async () => {
    await store(riskManagement);
    expect(await blockers()).toEqual(['Clinical audit']);
    const reads = vi.spyOn(profileItem, 'getValue');
    expect(await blockers()).toEqual(['Clinical audit']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is read again after another page changes it in storage', async () => {
    await store(riskManagement);
    expect(await blockers()).toEqual(['Clinical audit']);
    await store({ skills: [] });
    expect(await blockers()).toEqual(['Clinical audit', 'Risk management']);
  });

  it('is read again after a write through the profile store', async () => {
    expect(await blockers()).toEqual(['Clinical audit', 'Risk management']);
    await applyProfileChanges([(p) => ({ ...p, ...riskManagement })]);
    expect(await blockers()).toEqual(['Clinical audit']);
  });

  it('is not kept when it fails validation: each analysis reads storage until it is valid again', async () => {
    await fakeBrowser.storage.local.set({ profile: { version: 'garbage' } });
    expect((await analysed()).profile).toBe('unreadable');
    const reads = vi.spyOn(profileItem, 'getValue');
    expect((await analysed()).profile).toBe('unreadable');
    expect(reads).toHaveBeenCalledTimes(1);
    await store(riskManagement);
    const reply = await analysed();
    expect(reply.profile).toBe('ok');
    expect(reply.report?.blockers.map((b) => b.criterion.text)).toEqual(['Clinical audit']);
    expect((await fakeBrowser.storage.local.get('profile')).profile).toMatchObject(riskManagement);
  });
});
