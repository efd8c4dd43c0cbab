import { compareWithProfile } from '../core/compare/compare';
import { withDocuments } from '../core/pipeline/with-documents';
import { analysePage, type PageAnalysis } from '../core/pipeline/analyse-page';
import { analysePageInSlices } from '../core/pipeline/analyse-in-slices';
import { slicer, type Slicer } from '../core/pipeline/slices';
import type { ProfileState } from '../storage/profile-store';
import type { Criterion } from '../core/model/criterion';
import { emptyProfile } from '../core/model/profile';
import type { Report } from '../core/model/report';
import type { Matcher } from '../core/taxonomy/compile';
import { sameAnalysis } from './same-analysis';

export type AdvertPageState = {
  analysis: PageAnalysis;
  analysedAt: string;
  profile: ProfileState;
  /** The specification against the profile; null when the page has no criteria. */
  report: Report | null;
};

/**
 * What the content script knows about its page, as one observable state: the analysis, the saved
 * profile and the report derived from both. Features subscribe to it instead of to each other.
 */
export type AdvertPage = {
  readonly doc: Document;
  readonly state: AdvertPageState;
  /** The matcher the page was last analysed with: the taxonomy plus the profile's custom skills. */
  readonly matcher: Matcher;
  subscribe(listener: (state: AdvertPageState) => void): () => void;
  setProfile(profile: ProfileState): void;
  /**
   * Reads the page again (it changed after load, or the user asked). Publishes, and returns true,
   * only when the analysis changed.
   */
  rescan(): boolean;
  /** Adds the criteria of an attached document (merged with the page's, no duplicates) and republishes. */
  addDocumentCriteria(documentUrl: string, criteria: readonly Criterion[]): void;
};

/**
 * `matcherFor` may be one matcher, or a function of the profile (its custom skills are matched like
 * built-in ones): the page is analysed again whenever it returns a different matcher.
 */
export function createAdvertPage(
  doc: Document,
  url: URL,
  matcherFor: Matcher | ((profile: ProfileState) => Matcher),
  profile: ProfileState,
  now = () => new Date(),
  /** The page's first analysis when it was made already (by openAdvertPage, in slices). */
  initial?: PageAnalysis,
): AdvertPage {
  const pick = (p: ProfileState) => matcherOf(matcherFor, p);
  let matcher = pick(profile);
  const listeners = new Set<(state: AdvertPageState) => void>();
  const documents = new Map<string, readonly Criterion[]>();
  // The page's own analysis, kept apart so that adding a document's criteria does not read the page again.
  let pageAlone = initial ?? analysePage(doc, url, matcher);
  const withDocumentsRead = () => withDocuments(pageAlone, documents, matcher);
  const analyse = () => {
    pageAlone = analysePage(doc, url, matcher);
    return withDocumentsRead();
  };
  const derive = (analysis: PageAnalysis, profile: ProfileState): AdvertPageState => ({
    analysis,
    analysedAt: now().toISOString(),
    profile,
    report:
      analysis.analysed.criteria.length > 0
        ? compareWithProfile(
            analysis.analysed,
            profile.state === 'ok' ? profile.profile : emptyProfile(),
            matcher.skills,
            now(),
          )
        : null,
  });
  let state = derive(withDocumentsRead(), profile);
  const publish = (next: AdvertPageState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  return {
    doc,
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get matcher() {
      return matcher;
    },
    setProfile(profile) {
      const next = pick(profile);
      if (next === matcher) return publish({ ...derive(state.analysis, profile), analysedAt: state.analysedAt });
      matcher = next;
      publish(derive(analyse(), profile));
    },
    addDocumentCriteria(documentUrl, criteria) {
      documents.set(documentUrl, criteria);
      publish(derive(withDocumentsRead(), state.profile));
    },
    rescan() {
      const analysis = analyse();
      if (sameAnalysis(analysis, state.analysis)) return false;
      publish(derive(analysis, state.profile));
      return true;
    },
  };
}

/**
 * createAdvertPage for the content script: the first analysis is made in slices, with the page's
 * own work in between, so that opening an advert never holds the page for long.
 */
export async function openAdvertPage(
  doc: Document,
  url: URL,
  matcherFor: Matcher | ((profile: ProfileState) => Matcher),
  profile: ProfileState,
  slices: Slicer = slicer(),
): Promise<AdvertPage> {
  const analysis = await analysePageInSlices(doc, url, matcherOf(matcherFor, profile), slices);
  return createAdvertPage(doc, url, matcherFor, profile, undefined, analysis);
}

/** The matcher for this profile: the one given, or what the function makes of the profile. */
function matcherOf(matcherFor: Matcher | ((profile: ProfileState) => Matcher), profile: ProfileState): Matcher {
  return typeof matcherFor === 'function' ? matcherFor(profile) : matcherFor;
}
