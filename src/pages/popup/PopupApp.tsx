import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { compareWithProfile } from '../../core/compare/compare';
import { revealCriterion } from '../../messaging/request-analysis';
import { setPreferences } from '../../core/profile/edit-entries';
import { addSkill } from '../../core/profile/edit-profile';
import { linkEvidenceNote } from '../../core/profile/link-evidence';
import { newId } from '../../core/profile/new-id';
import { DEFAULT_WORD_LIMIT, emptyProfile, isEmptyProfile } from '../../core/model/profile';
import { SaveStatusBar } from '../components/SaveStatusBar';
import { InvalidProfileNotice } from '../components/InvalidProfileNotice';
import { evidenceAnchor, openOptionsAt } from '../open-options';
import { ReportView, type ReportViewName } from '../report/ReportView';
import { useProfile } from '../hooks/use-profile';
import { useSkills } from '../hooks/use-skills';
import { AnalyseThisPage } from './AnalyseThisPage';
import { DocumentsPanel } from './DocumentsPanel';
import { PageMessage } from './PageMessage';
import { SetUpCallToAction } from './SetUpCallToAction';
import { canOpenBeside, currentWindowId, openBeside } from './open-beside';
import { useTabAnalysis } from './use-tab-analysis';
import type { FirstAnswers } from './first-answers';

const VIEWS: readonly ReportViewName[] = ['criteria', 'statement', 'interview'];

/**
 * `place`: the toolbar popup (or a report in its own tab), or the side panel, which follows the tab in front.
 * `first`: the profile and the tab's analysis, asked for before the popup rendered (start-popup).
 */
export function PopupApp({ place = 'popup', first }: { place?: 'popup' | 'panel'; first?: FirstAnswers }) {
  const { state, save, update, retryNow, dismissRefused } = useProfile(first?.profile);
  const profile = state?.state === 'ok' ? state.profile : null;
  const skills = useSkills(profile?.customSkills);
  // Asked again after "Analyse this page" or a document's criteria were merged (issue 4).
  const [pageReads, setPageReads] = useState(0);
  const reread = () => setPageReads((n) => n + 1);
  const { tabId, result } = useTabAnalysis(
    `${JSON.stringify(profile?.customSkills ?? [])}#${pageReads}`,
    place === 'panel',
    first && { tab: first.tab, changed: first.tabChanged },
  );
  const analysed = result?.state === 'ok' ? result.response.analysed : null;
  const report = useMemo(
    () =>
      analysed && skills && analysed.criteria.length > 0
        ? compareWithProfile(analysed, profile ?? emptyProfile(), skills)
        : null,
    [analysed, profile, skills],
  );
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => void currentWindowId().then(setWindowId), []);
  const params = new URLSearchParams(location.search);
  // ?tab=<id> is the report in a tab of its own; &layout=popup keeps the popup's 400 px layout there.
  const inFullTab = params.has('tab') && params.get('layout') !== 'popup';
  const view = VIEWS.find((v) => v === params.get('view'));

  return (
    <main class={place === 'panel' ? 'panel' : inFullTab ? 'page' : 'popup'}>
      {state?.state === 'invalid' && <InvalidProfileNotice error={state.error} raw={state.raw} />}
      {state?.state === 'ok' && isEmptyProfile(profile) && (
        <SetUpCallToAction criteria={analysed ? analysed.criteria.length : null} />
      )}
      {(save.failure || save.refused || save.pending > 0) && (
        <SaveStatusBar save={save} onRetry={retryNow} onDismiss={dismissRefused} />
      )}
      {result === null || state === null || (result.state === 'ok' && !skills) ? (
        <p role="status">Reading the advert…</p>
      ) : result.state === 'error' ? (
        <p class="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : report && skills ? (
        <ReportView
          report={report}
          skills={skills}
          wordLimit={profile?.preferences.wordLimit ?? DEFAULT_WORD_LIMIT}
          initialView={view}
          onAddSkill={profile ? (id) => update((p) => addSkill(p, id)) : undefined}
          onAddEvidence={profile ? (id) => openOptionsAt(evidenceAnchor(id)) : undefined}
          onWordLimit={profile ? (wordLimit) => update((p) => setPreferences(p, { wordLimit })) : undefined}
          onReveal={tabId === null ? undefined : (id) => void revealCriterion(tabId, id).catch(() => undefined)}
          profile={profile ?? undefined}
          onLinkEvidence={
            profile ? (s) => update((p) => linkEvidenceNote(p, s.from, s.skillId, newId('note'))) : undefined
          }
        />
      ) : (
        <PageMessage spec={analysed} />
      )}
      {result?.state === 'no-content-script' && <AnalyseThisPage tabId={tabId} onAnalysed={reread} />}
      {analysed && <DocumentsPanel tabId={tabId} documents={analysed.documents} onRead={reread} />}
      <footer class="actions">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Edit your profile
        </button>
        {place === 'popup' && canOpenBeside() && (
          <button type="button" class="link" onClick={() => openBeside(windowId)}>
            Keep open beside the page
          </button>
        )}
        {report && tabId !== null && !params.has('tab') && (
          <a href={`popup.html?tab=${tabId}`} target="_blank" rel="noreferrer">
            Open as a full page
          </a>
        )}
      </footer>
    </main>
  );
}
