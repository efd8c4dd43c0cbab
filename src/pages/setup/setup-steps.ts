/** The set-up's steps, in order: what adverts ask first (registration), then skills, then one example. */
export const SETUP_STEPS = [
  { key: 'registration', title: 'Your registration' },
  { key: 'skills', title: 'Your skills' },
  { key: 'example', title: 'One example' },
  { key: 'done', title: 'Done' },
] as const;

export type SetupStep = (typeof SETUP_STEPS)[number]['key'];

/** "Step 2 of 3: your skills" (the last step is not counted: it only says what comes next). */
export function stepHeading(step: SetupStep): string {
  const index = SETUP_STEPS.findIndex((s) => s.key === step);
  const counted = SETUP_STEPS.length - 1;
  const { title } = SETUP_STEPS[index]!;
  return index < counted ? `Step ${index + 1} of ${counted}: ${title.toLowerCase()}` : 'You are set up';
}
