import { FileText } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { describeApiError } from '@/lib/api/describe-error';
import { ApiError } from '@/lib/api/errors';
import type { Message, Room } from '@/lib/api/types';
import { useSendAttachment } from '../api/media';
import { newerMessagesOf, useReply } from '../api/send-mutations';
import { checkAttachment } from '../lib/attachments';
import { useCannedPicker } from '../hooks/use-canned-picker';
import { useNow } from '../hooks/use-now';
import { usePendingCaret } from '../hooks/use-pending-caret';
import { insertAt } from '../lib/emoji';
import { freshReplyIntent, replyIntentFor, replySent } from '../lib/reply-key';
import { sessionStateAt } from '../lib/session-window';
import { AttachButton, AttachmentChip } from './AttachmentPicker';
import { CannedSuggestions } from './CannedSuggestions';
import { EmojiButton } from './EmojiButton';
import { ExpiredComposer } from './ExpiredComposer';
import { NewerMessages } from './NewerMessages';
import styles from './Composer.module.css';

// Unsent text per room survives switching rooms and every refresh of the page's data.
const drafts = new Map<number, string>();

interface ComposerProps {
  room: Room;
  canAct: boolean;
  onSendTemplate: () => void;
  /** The signed-in agent's name, for {{agent.name}} in canned replies. */
  agentName: string;
  /** The newest message the screen shows: a reply refers to it (the stale-reply check). */
  newestMessageId?: number | null;
  /** The agent typed (colleagues see "… is typing"). */
  onTyping?: () => void;
  /** The draft was sent or emptied. */
  onStoppedTyping?: () => void;
}

/**
 * The reply box while the session window is open; once it has closed, an explanation and the
 * template path instead (a template is the only thing WhatsApp and co. still accept).
 */
export function Composer(props: ComposerProps) {
  const { room, canAct, onSendTemplate } = props;
  const now = useNow(1000);
  const expired = sessionStateAt(room, now) === 'EXPIRED';
  if (expired) return <ExpiredComposer room={room} canAct={canAct} onSendTemplate={onSendTemplate} />;
  return <ReplyBox key={room.id} {...props} />;
}

/** Sending again on purpose after a stale-reply warning: against what is shown now, as a new request. */
interface SendAnyway {
  seenMessageId: number;
}

const TEMPLATE_CHANNELS = new Set(['WHATSAPP']);

function ReplyBox({ room, canAct, onSendTemplate, agentName, newestMessageId = null, onTyping, onStoppedTyping }: ComposerProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const [text, setText] = useState(() => drafts.get(room.id) ?? '');
  const reply = useReply(room.id);
  const attachment = useSendAttachment(room.id);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const sending = useRef(false);
  // The messages that made the last send stale; the draft stays until it is sent.
  const [newer, setNewer] = useState<Message[] | null>(null);
  const placeCaret = usePendingCaret(textareaRef, text);
  const canned = useCannedPicker({ text, setText, placeCaret, room, agentName });

  function insertEmoji(emoji: string) {
    const element = textareaRef.current;
    const next = insertAt(text, element?.selectionStart ?? text.length, element?.selectionEnd ?? text.length, emoji);
    placeCaret(next.caret);
    setText(next.text);
  }

  useEffect(() => {
    if (text) drafts.set(room.id, text);
    else drafts.delete(room.id);
  }, [room.id, text]);

  // Grow with the text, up to a limit.
  useEffect(() => {
    const element = textareaRef.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${Math.min(element.scrollHeight, 180)}px`;
  }, [text]);

  const sent = () => {
    setNewer(null);
    onStoppedTyping?.();
  };
  const refused = (error: unknown) => {
    const messages = newerMessagesOf(error);
    if (messages) setNewer(messages);
  };

  function sendFile(attached: File, caption: string, anyway?: SendAnyway) {
    const check = checkAttachment(attached);
    if (check.ok && caption && !check.captioned) {
      setFileError(t('composer.attach.noCaption'));
      return;
    }
    sending.current = true;
    const intent = `${attached.name}|${attached.size}|${attached.lastModified}|${caption}`;
    const { key: idempotencyKey, seenMessageId } = anyway
      ? freshReplyIntent(room.id, intent, anyway.seenMessageId)
      : replyIntentFor(room.id, intent, newestMessageId);
    attachment.mutate({ file: attached, caption: caption || undefined, idempotencyKey, seenMessageId }, {
      onSuccess: () => {
        replySent(room.id, idempotencyKey);
        setText('');
        setFile(null);
        sent();
      },
      onError: refused,
      onSettled: () => {
        sending.current = false;
      },
    });
  }

  function send(anyway?: SendAnyway) {
    const body = text.trim();
    if (sending.current) return;
    if (file) {
      sendFile(file, body, anyway);
      return;
    }
    if (!body) return;
    sending.current = true;
    const { key: idempotencyKey, seenMessageId } = anyway
      ? freshReplyIntent(room.id, body, anyway.seenMessageId)
      : replyIntentFor(room.id, body, newestMessageId);
    reply.mutate({ text: body, idempotencyKey, seenMessageId }, {
      onSuccess: () => {
        replySent(room.id, idempotencyKey);
        setText('');
        sent();
      },
      onError: refused,
      onSettled: () => {
        sending.current = false;
      },
    });
  }

  const failed = attachment.isError ? attachment : reply;
  const windowClosed = failed.error instanceof ApiError && failed.error.code === 'window-expired';
  const stale = newerMessagesOf(failed.error) !== undefined;
  const pending = reply.isPending || attachment.isPending;

  return (
    <div className={styles.composer}>
      {newer && (
        <NewerMessages
          room={room}
          messages={newer}
          sending={pending}
          onDismiss={() => setNewer(null)}
          onSendAnyway={() =>
            send({ seenMessageId: Math.max(newestMessageId ?? 0, ...newer.map((message) => message.id)) })
          }
        />
      )}
      {fileError && (
        <p className={styles.error} role="alert">
          {fileError}
        </p>
      )}
      {failed.isError && !stale && (
        <p className={styles.error} role="alert">
          {describeApiError(failed.error, tc)}
          {windowClosed && TEMPLATE_CHANNELS.has(room.channel.kind) && (
            <button type="button" className={styles.link} onClick={onSendTemplate}>
              {t('composer.sendTemplate')}
            </button>
          )}
        </p>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        {file && (
          <AttachmentChip
            file={file}
            onRemove={() => {
              setFile(null);
              setFileError(null);
            }}
          />
        )}
        <textarea
          ref={textareaRef}
          className={styles.input}
          aria-label={t('composer.label')}
          placeholder={file ? t('composer.attach.captionPlaceholder') : t('composer.placeholder')}
          rows={1}
          maxLength={4096}
          value={text}
          disabled={!canAct}
          {...canned.inputProps}
          onSelect={(event) => canned.track(event.currentTarget)}
          onChange={(event) => {
            setText(event.target.value);
            canned.track(event.target);
            if (event.target.value.trim()) onTyping?.();
            else onStoppedTyping?.();
          }}
          onKeyDown={(event) => {
            if (canned.onKeyDown(event)) return;
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
        />
        <CannedSuggestions picker={canned} />
        <div className={styles.buttons}>
          <EmojiButton disabled={!canAct} onPick={insertEmoji} onClosed={() => textareaRef.current?.focus()} />
          <AttachButton
            disabled={!canAct}
            onPick={(picked) => {
              setFile(picked);
              setFileError(null);
              attachment.reset();
            }}
            onRefuse={setFileError}
          />
          {TEMPLATE_CHANNELS.has(room.channel.kind) && (
            <Button
              variant="ghost"
              size="sm"
              onClick={onSendTemplate}
              disabled={!canAct}
              aria-label={t('composer.templateLabel')}
              title={t('composer.templateLabel')}
              icon={<FileText size={16} strokeWidth={1.95} aria-hidden="true" />}
            >
              {t('composer.template')}
            </Button>
          )}
          <Button type="submit" size="sm" disabled={!canAct || (!text.trim() && !file) || pending} loading={pending}>
            {t('composer.send')}
          </Button>
        </div>
      </form>
    </div>
  );
}
