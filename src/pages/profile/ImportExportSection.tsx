import { useEffect, useId, useState } from 'preact/hooks';
import { exportFileName, exportProfileJson, importSizeError, parseImport } from '../../core/profile/import-export';
import {
  loadPreviousProfile,
  replaceProfile,
  restorePreviousProfile,
  watchPreviousProfile,
} from '../../storage/profile-store';
import type { Profile } from '../../core/model/profile';

type Props = { profile: Profile | null; pending: number };

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Everything as one JSON file, and back: a file that fails validation says where and changes nothing. */
export function ImportExportSection({ profile, pending }: Props) {
  const id = useId();
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  useEffect(() => {
    void loadPreviousProfile().then((p) => setCanUndo(p !== null && p !== undefined));
    return watchPreviousProfile((p) => setCanUndo(p !== null && p !== undefined));
  }, []);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooLarge = importSizeError(file.size);
    if (tooLarge) {
      setMessage({ kind: 'error', text: `“${file.name}” was not imported, and nothing was changed. ${tooLarge}` });
      return;
    }
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `“${file.name}” was not imported, and nothing was changed. ${parsed.error}` });
      return;
    }
    try {
      await replaceProfile(parsed.profile);
      setMessage({
        kind: 'done',
        text: `Imported “${file.name}”: ${parsed.profile.skills.length} skills. Your previous profile is kept until the next import.`,
      });
    } catch (e) {
      setMessage({
        kind: 'error',
        text: `“${file.name}” could not be saved, and nothing was changed: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  const undo = async () => {
    try {
      await restorePreviousProfile();
      setMessage({ kind: 'done', text: 'Your previous profile is back.' });
    } catch (e) {
      setMessage({
        kind: 'error',
        text: `Could not put the previous profile back: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  return (
    <section aria-labelledby="transfer-heading" id="import-export">
      <h2 id="transfer-heading">Export and import</h2>
      <p class="muted">
        One JSON file with everything you typed here: skills, evidence, registrations, qualifications and settings. Keep
        it as a backup, or move it to another browser. It never leaves your computer unless you send it.
      </p>
      <div class="actions-row">
        <button
          type="button"
          class="primary"
          disabled={!profile}
          onClick={() => profile && download(exportProfileJson(profile), exportFileName())}
        >
          Export your profile
        </button>
        <label class="file-button" for={`${id}-file`}>
          Import a profile file
        </label>
        <input
          id={`${id}-file`}
          class="visually-hidden-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
        {canUndo && (
          <button type="button" class="secondary" onClick={() => void undo()}>
            Undo the last import
          </button>
        )}
      </div>
      {pending > 0 && <p class="muted">Changes still being saved are not in an export until they are saved.</p>}
      {message && (
        <p
          class={`notice ${message.kind === 'error' ? 'notice--error' : ''}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
