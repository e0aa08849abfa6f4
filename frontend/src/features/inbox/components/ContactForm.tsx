import { Plus, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { describeApiError } from '@/lib/api/describe-error';
import type { Contact } from '@/lib/api/types';
import { isContactChanged, useUpdateContact } from '../api/contact-queries';
import { useNotices } from './Notices';
import styles from './ContactPanel.module.css';

const MAX_ATTRIBUTES = 50;
const MAX_KEY = 60;
const MAX_VALUE = 500;
const MAX_NOTES = 4000;

interface Row {
  key: string;
  value: string;
}

interface Draft {
  notes: string;
  rows: Row[];
  /** The contact's version the draft was started from: the save is refused (412) when it changed since. */
  version: number;
}

function draftOf(contact: Contact): Draft {
  return {
    notes: contact.notes,
    rows: Object.entries(contact.attributes).map(([key, value]) => ({ key, value })),
    version: contact.version,
  };
}

/** The rows as the API's attributes, or why they cannot be saved. */
function attributesOf(rows: Row[]): { attributes: Record<string, string> } | { problem: 'keyMissing' | 'tooMany' | { duplicate: string } } {
  const filled = rows.map((row) => ({ key: row.key.trim(), value: row.value })).filter((row) => row.key || row.value);
  if (filled.length > MAX_ATTRIBUTES) return { problem: 'tooMany' };
  if (filled.some((row) => !row.key)) return { problem: 'keyMissing' };
  const attributes: Record<string, string> = {};
  for (const row of filled) {
    if (row.key in attributes) return { problem: { duplicate: row.key } };
    attributes[row.key] = row.value;
  }
  return { attributes };
}

/**
 * The team's notes and attributes of the contact, saved together. A colleague's edit arriving while
 * nothing was changed here replaces the form; an edit here is kept until saved.
 */
export function ContactForm({ contact }: { contact: Contact }) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const notices = useNotices();
  const notesId = useId();
  const save = useUpdateContact(contact.id);
  const [draft, setDraft] = useState(() => draftOf(contact));
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!dirty && draft.version !== contact.version) setDraft(draftOf(contact));

  const edit = (next: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setDirty(true);
    setProblem(null);
  };
  const setRow = (index: number, row: Partial<Row>) =>
    edit({ rows: draft.rows.map((current, i) => (i === index ? { ...current, ...row } : current)) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = attributesOf(draft.rows);
    if ('problem' in checked) {
      const { problem: why } = checked;
      setProblem(
        why === 'tooMany'
          ? t('contact.tooManyAttributes', { max: MAX_ATTRIBUTES })
          : why === 'keyMissing'
            ? t('contact.keyMissing')
            : t('contact.keyDuplicate', { key: why.duplicate }),
      );
      return;
    }
    save.mutate(
      { update: { notes: draft.notes, attributes: checked.attributes }, version: draft.version },
      {
        onSuccess: (saved) => {
          setDraft(draftOf(saved));
          setDirty(false);
          notices.show({ tone: 'success', message: t('contact.saved') });
        },
        onError: (error) => {
          if (isContactChanged(error)) setDirty(false);
          notices.show({ tone: 'error', message: isContactChanged(error) ? t('contact.changed') : describeApiError(error, tc) });
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <label htmlFor={notesId} className={styles.heading}>
        {t('contact.notes')}
      </label>
      <textarea
        id={notesId}
        className={styles.notes}
        value={draft.notes}
        maxLength={MAX_NOTES}
        rows={5}
        aria-describedby={`${notesId}-hint`}
        onChange={(event) => edit({ notes: event.target.value })}
      />
      <p id={`${notesId}-hint`} className={styles.hint}>
        {t('contact.notesHint')}
      </p>
      <fieldset className={styles.attributes}>
        <legend className={styles.heading}>{t('contact.attributes')}</legend>
        {draft.rows.length === 0 && <p className={styles.empty}>{t('contact.noAttributes')}</p>}
        {draft.rows.map((row, index) => (
          <div key={index} className={styles.attribute}>
            <input
              aria-label={t('contact.attributeKey', { n: index + 1 })}
              value={row.key}
              maxLength={MAX_KEY}
              onChange={(event) => setRow(index, { key: event.target.value })}
            />
            <input
              aria-label={t('contact.attributeValue', { n: index + 1 })}
              value={row.value}
              maxLength={MAX_VALUE}
              onChange={(event) => setRow(index, { value: event.target.value })}
            />
            <button
              type="button"
              className={styles.iconButton}
              aria-label={t('contact.removeAttribute', { n: index + 1 })}
              title={t('contact.removeAttribute', { n: index + 1 })}
              onClick={() => edit({ rows: draft.rows.filter((_, i) => i !== index) })}
            >
              <Trash2 size={14} strokeWidth={2} aria-hidden="true" />
            </button>
          </div>
        ))}
        <Button
          variant="ghost"
          size="sm"
          icon={<Plus size={14} strokeWidth={2} aria-hidden="true" />}
          disabled={draft.rows.length >= MAX_ATTRIBUTES}
          onClick={() => edit({ rows: [...draft.rows, { key: '', value: '' }] })}
        >
          {t('contact.addAttribute')}
        </Button>
      </fieldset>
      {problem && (
        <p className={styles.problem} role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" size="sm" loading={save.isPending} disabled={save.isPending}>
        {t('contact.save')}
      </Button>
    </form>
  );
}
