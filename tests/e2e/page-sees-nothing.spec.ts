import { keyShown, markBoxes } from './support/closed-shadow';
import { expect, test } from './support/extension';
import { installPageProbe, probe } from './support/page-probe';
import { SAMPLE_ADVERT, sampleProfile, seedStorage } from './support/workspace';
import { TRAC_ADVERT } from './support/site-pages';

/** A profile that differs from an empty one in every way the advert could reflect. */
const fullProfile = () =>
  sampleProfile({
    skills: [
      ...sampleProfile().skills,
      { skillId: 'gov-clinical-governance', status: 'held' },
      { skillId: 'gov-risk-management', status: 'working-towards' },
      { skillId: 'reg-hcpc', status: 'held' },
      { skillId: 'qual-ahp-degree', status: 'held' },
      { skillId: 'custom-bed-moves', status: 'held' },
    ],
    customSkills: [{ id: 'custom-bed-moves', label: 'Bed moves', variants: ['bed moves'], category: 'other' }],
  });

for (const [site, path] of [
  ['NHS Jobs', SAMPLE_ADVERT],
  ['a Trac board', TRAC_ADVERT],
] as const) {
  test(`on ${site}, nothing a page script can observe depends on the saved profile`, async ({
    context,
    page,
    server,
    extensionUrl,
  }) => {
    await installPageProbe(page);
    const observe = async (profile: unknown) => {
      await seedStorage(context, extensionUrl, profile === null ? {} : { profile });
      await page.goto(`${server.origin}${path}`);
      await keyShown(page);
      // Every mark drawn, and the key settled, before the page looks.
      await expect.poll(async () => (await markBoxes(page)).length).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      return { seen: await probe(page), marks: (await markBoxes(page)).map((b) => b.kind).sort() };
    };

    const empty = await observe(null);
    const full = await observe(fullProfile());
    // The user does see the difference: the marks change kind (drawn where the page cannot look)...
    expect(full.marks).not.toEqual(empty.marks);
    expect(full.marks).toContain('met');
    // ...and the page sees none of it, nor is it told that the extension is there (no message to the window).
    expect(full.seen).toEqual(empty.seen);
    expect((full.seen as { messages: string[] }).messages).toEqual([]);
  });
}
