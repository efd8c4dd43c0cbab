import type { AdvertFeature } from '../feature';
import { keepDocumentCriteria } from './keep-document-criteria';
import { answerPopup } from './answer-popup';
import { highlightSkills } from './highlight-skills';
import { leaveWhenDisabled } from './leave-when-disabled';
import { recordHistory } from './record-history';
import { rescanOnChange } from './rescan-on-change';
import { serveDocuments } from './serve-documents';
import { showLegend } from './show-legend';
import { syncProfile } from './sync-profile';

/** Everything the content script does on an advert page, one feature per file. */
export const ADVERT_FEATURES: readonly AdvertFeature[] = [
  answerPopup,
  serveDocuments,
  keepDocumentCriteria,
  syncProfile,
  highlightSkills,
  showLegend,
  recordHistory,
  rescanOnChange,
  leaveWhenDisabled,
];
