import type { AdvertFeature } from '../feature';
import { announceAnalysis } from './announce-analysis';
import { answerPopup } from './answer-popup';
import { followProfile } from './follow-profile';
import { leaveWhenDisabled } from './leave-when-disabled';
import { paintMarks } from './paint-marks';
import { rescanOnChange } from './rescan-on-change';
import { serveDocuments } from './serve-documents';
import { showKey } from './show-key';
import { takeDocumentCriteria } from './take-document-criteria';

/**
 * Everything the content script does on an advert page, one feature per file. The first `PAINTED_AT_ONCE`
 * run together in an urgent task right after the page is read, before the background answers and before the
 * page's first rendering: the key goes in the page's flow first
 * (laid out with the page), so the marks are measured once, below it. Each of the others is set up in a task
 * of its own.
 */
export const ADVERT_FEATURES: readonly AdvertFeature[] = [
  showKey,
  paintMarks,
  answerPopup,
  announceAnalysis,
  serveDocuments,
  takeDocumentCriteria,
  followProfile,
  rescanOnChange,
  leaveWhenDisabled,
];

export const PAINTED_AT_ONCE = 2;
