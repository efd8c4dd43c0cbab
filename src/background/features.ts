import { analysePageMenu } from './analyse-page-menu';
import { answerMessages } from './answer-messages';
import { openSetupOnInstall } from './open-setup-on-install';
import { warmUpOnWake } from './warm-up';

/** Everything the background does, one feature per file; each registers its listeners at start-up. */
export const BACKGROUND_FEATURES: ReadonlyArray<() => void> = [
  answerMessages,
  openSetupOnInstall,
  analysePageMenu,
  warmUpOnWake,
];
