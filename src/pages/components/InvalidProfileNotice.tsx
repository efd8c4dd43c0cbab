type Props = {
  error: string;
  raw: unknown;
  /** Offered on the options page: an empty profile, with the unreadable one kept as the previous (undoable). */
  onStartAfresh?: () => void;
};

/** The stored profile failed validation: say so, offer it for download, and change nothing. */
export function InvalidProfileNotice({ error, raw, onStartAfresh }: Props) {
  const download = () => {
    const blob = new Blob([JSON.stringify(raw, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: 'nhs-profile-unreadable.json' });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div class="notice notice--error" role="alert">
      <p>
        <strong>Your saved profile could not be read.</strong> It has been kept exactly as it was, and nothing will
        overwrite it.
      </p>
      <p class="muted">Problem: {error}</p>
      <button type="button" onClick={download}>
        Download the saved data
      </button>
      {onStartAfresh && (
        <>
          <p>
            You can import a profile file below, or start again with an empty profile. Either way the unreadable data is
            kept as your previous profile, and “Undo the last import” brings it back.
          </p>
          <button type="button" onClick={onStartAfresh}>
            Start an empty profile
          </button>
        </>
      )}
    </div>
  );
}
