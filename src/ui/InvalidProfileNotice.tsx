type Props = { error: string; raw: unknown };

/** The stored profile failed validation: say so, offer it for download, and change nothing. */
export function InvalidProfileNotice({ error, raw }: Props) {
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
    </div>
  );
}
