import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { Spinner } from '@/components/spinner/Spinner';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError } from '@/lib/api/errors';
import type { Template } from '@/lib/api/types';
import { useSendTemplate } from '../api/send-mutations';
import { useApprovedTemplates } from '../api/reference-queries';
import { initialValues } from '../lib/template-fields';
import styles from './TemplateDialog.module.css';

interface TemplateDialogProps {
  roomId: number;
  channelId: number;
  /** Fills the fields that stand for the contact's name (see isNameField). */
  contactName: string;
  onClose: () => void;
  onSent: () => void;
}

function newKey(): string {
  return crypto.randomUUID();
}

/** The body with each {{n}} replaced by its value; unfilled placeholders stay visible. */
export function renderTemplate(body: string, values: string[]) {
  const parts: { text: string; placeholder?: number; filled?: boolean }[] = [];
  const pattern = /\{\{(\d+)\}\}/g;
  let last = 0;
  for (let match = pattern.exec(body); match !== null; match = pattern.exec(body)) {
    if (match.index > last) parts.push({ text: body.slice(last, match.index) });
    const n = Number(match[1]);
    const value = values[n - 1]?.trim();
    parts.push({ text: value ? value : match[0], placeholder: n, filled: Boolean(value) });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

/**
 * Pick an approved template of the room's channel, fill its placeholders, check the preview,
 * send. One Idempotency-Key per intent: a retry or a double click of the same message reuses
 * it, so the customer gets it once; changing the template or a value is a new intent.
 */
export function TemplateDialog({ roomId, channelId, contactName, onClose, onSent }: TemplateDialogProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const templates = useApprovedTemplates(channelId);
  const send = useSendTemplate(roomId);
  const [chosenId, setChosenId] = useState<number | null>(null);
  // What the agent typed, for one template; until then its fields hold their initial values.
  const [edited, setEdited] = useState<{ templateId: number; values: string[] } | null>(null);
  const intent = useRef<{ key: string; body: string } | null>(null);
  // isPending lags a render behind; a double click's second event must see the first.
  const sending = useRef(false);
  const listId = useId();

  const list = templates.data ?? [];
  const template: Template | undefined = list.find((item) => item.id === chosenId) ?? list[0];
  const parameters = !template
    ? []
    : edited?.templateId === template.id
      ? edited.values
      : initialValues(template, contactName);
  const complete = parameters.every((value) => value.trim() !== '');

  function choose(id: number) {
    if (id === template?.id) return;
    setChosenId(id);
    setEdited(null);
    send.reset();
  }

  function submit() {
    if (!template || !complete || sending.current) return;
    sending.current = true;
    const trimmed = parameters.map((value) => value.trim());
    const body = JSON.stringify([template.id, trimmed]);
    if (!intent.current || intent.current.body !== body) intent.current = { key: newKey(), body };
    send.mutate(
      { templateId: template.id, parameters: trimmed, idempotencyKey: intent.current.key },
      {
        onSuccess: () => {
          intent.current = null;
          onSent();
        },
        onSettled: () => {
          sending.current = false;
        },
        onError: (error) => {
          // That key belongs to another message: the next attempt is a new intent.
          if (error instanceof ApiError && error.code === 'idempotency-key-reused') intent.current = null;
        },
      },
    );
  }

  return (
    <Dialog
      title={t('template.title')}
      size="lg"
      onClose={onClose}
      busy={send.isPending}
      footer={
        <DialogActions
          busy={send.isPending}
          onCancel={onClose}
          form={`${listId}-form`}
          disabled={!template || !complete}
          confirmLabel={send.isPending ? t('template.sending') : t('template.send')}
          hint={template && !complete && <span className={styles.hint}>{t('template.fillAll')}</span>}
        />
      }
    >
      {templates.isPending && (
        <p className={styles.status} role="status">
          <Spinner size={16} /> {tc('loading')}
        </p>
      )}
      {templates.isError && <Alert>{describeApiError(templates.error, tc)}</Alert>}
      {templates.isSuccess && list.length === 0 && <p className={styles.status}>{t('template.none')}</p>}
      {template && (
        <form
          id={`${listId}-form`}
          className={styles.layout}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <fieldset className={styles.templates}>
            <legend>{t('template.choose')}</legend>
            {list.map((item) => (
              <label key={item.id} className={styles.template}>
                <input
                  type="radio"
                  name={`${listId}-template`}
                  checked={item.id === template.id}
                  onChange={() => choose(item.id)}
                  data-autofocus={item.id === template.id ? true : undefined}
                />
                <span className={styles.templateName}>{item.name}</span>
                <span className={styles.templateMeta}>
                  {t(`template.category.${item.category}`)} · {item.language.toUpperCase()}
                </span>
              </label>
            ))}
          </fieldset>
          <div className={styles.detail}>
            {template.placeholderCount === 0 ? (
              <p className={styles.muted}>{t('template.noPlaceholders')}</p>
            ) : (
              <div className={styles.fields}>
                {parameters.map((value, index) => (
                  <label key={`${template.id}-${index}`} className={styles.field}>
                    <span>
                      {template.examples[index]
                        ? t('template.placeholderExample', { n: index + 1, example: template.examples[index] })
                        : t('template.placeholder', { n: index + 1 })}
                    </span>
                    <input
                      type="text"
                      value={value}
                      maxLength={1024}
                      placeholder={template.examples[index]}
                      onChange={(event) => {
                        const next = [...parameters];
                        next[index] = event.target.value;
                        setEdited({ templateId: template.id, values: next });
                      }}
                    />
                  </label>
                ))}
              </div>
            )}
            <section className={styles.preview} aria-label={t('template.preview')}>
              <h3>{t('template.preview')}</h3>
              <p className={styles.bubble} data-testid="template-preview">
                {renderTemplate(template.body, parameters).map((part, index) =>
                  part.placeholder === undefined ? (
                    <span key={index}>{part.text}</span>
                  ) : (
                    <span key={index} className={part.filled ? styles.filled : styles.unfilled}>
                      {part.text}
                    </span>
                  ),
                )}
              </p>
            </section>
            {send.isError && <Alert>{describeApiError(send.error, tc)}</Alert>}
          </div>
        </form>
      )}
    </Dialog>
  );
}
