import { Download, RotateCw } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '@/lib/api/describe-error';
import type { Message } from '@/lib/api/types';
import { fetchMedia, useMediaUrl } from '../api/media';
import { formatSize } from '../lib/attachments';
import styles from './MessageItem.module.css';

type Media = NonNullable<NonNullable<Message['content']>['media']>;
type FileKind = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'DOCUMENT' | 'STICKER';

/**
 * A message's file in the conversation: images and stickers inline, audio and video with the
 * browser's controls, documents as a button that opens or downloads them. The file is fetched with
 * the session's token into an object URL; a placeholder of fixed size keeps the list from jumping.
 */
export function MessageMedia({ message, media }: { message: Message; media: Media | undefined }) {
  if (message.kind === 'DOCUMENT') return <DocumentLink messageId={message.id} media={media} />;
  return <InlineMedia message={message} media={media} />;
}

function InlineMedia({ message, media }: { message: Message; media: Media | undefined }) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const { url, isError, error, retry, isFetching } = useMediaUrl(message.id);
  const sticker = message.kind === 'STICKER';
  const boxClass = message.kind === 'AUDIO' ? styles.audioBox : sticker ? styles.stickerBox : styles.mediaBox;
  const label = media?.caption ?? t(`message.kind.${message.kind as FileKind}`);

  if (isError) {
    return (
      <div className={`${boxClass} ${styles.mediaError}`} role="group" aria-label={label}>
        <p role="alert">{describeApiError(error, tc)}</p>
        <button type="button" className={styles.retryMedia} onClick={retry} disabled={isFetching}>
          <RotateCw size={12} aria-hidden="true" /> {t('media.retry')}
        </button>
      </div>
    );
  }
  if (!url) {
    return (
      <div className={`${boxClass} ${styles.mediaLoading}`} role="status" aria-label={t('media.loading')}>
        <span aria-hidden="true" />
      </div>
    );
  }
  if (message.kind === 'AUDIO') return <audio className={styles.audio} controls src={url} aria-label={label} />;
  if (message.kind === 'VIDEO') return <video className={styles.video} controls src={url} aria-label={label} />;
  return <img className={sticker ? styles.sticker : styles.image} src={url} alt={label} />;
}

function DocumentLink({ messageId, media }: { messageId: number; media: Media | undefined }) {
  const { t, i18n } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const [state, setState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const name = media?.filename ?? t('message.kind.DOCUMENT');

  async function open() {
    setState({ busy: true, error: null });
    try {
      const blob = await fetchMedia(messageId);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      link.click();
      // the download has started with its own copy; the URL is no longer needed
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error });
    }
  }

  return (
    <div className={styles.document}>
      <button type="button" className={styles.documentButton} onClick={() => void open()} disabled={state.busy}
        aria-label={t('media.download', { name })}>
        <Download size={14} aria-hidden="true" />
        <span className={styles.documentName}>{name}</span>
        {media?.size != null && <span className={styles.secondary}>{formatSize(media.size, i18n.language)}</span>}
      </button>
      {state.error != null && (
        <p className={styles.mediaErrorText} role="alert">
          {describeApiError(state.error, tc)}
        </p>
      )}
    </div>
  );
}
