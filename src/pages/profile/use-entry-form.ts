import { useState } from 'preact/hooks';

export type EntryForm<F> = {
  form: F;
  setForm: (form: F) => void;
  error: string | null;
  setError: (error: string | null) => void;
  /** The id of the entry being changed, or null when the form adds a new one. */
  editing: string | null;
  /** Fills the form with an entry to change it in place, and puts the cursor in `focusId`. */
  edit: (id: string, form: F, focusId: string) => void;
  /** Back to an empty form that adds. */
  reset: () => void;
};

/** The state of a form that adds entries to a list, or changes one of them in place. */
export function useEntryForm<F>(empty: F): EntryForm<F> {
  const [form, setForm] = useState<F>(empty);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  return {
    form,
    setForm,
    error,
    setError,
    editing,
    edit(id, entry, focusId) {
      setForm(entry);
      setEditing(id);
      setError(null);
      const field = document.getElementById(focusId);
      field?.scrollIntoView({ block: 'nearest' });
      field?.focus();
    },
    reset() {
      setForm(empty);
      setEditing(null);
      setError(null);
    },
  };
}
