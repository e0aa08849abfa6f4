import { Contact, FileText, Image, MapPin, Mic, Music, Sticker, Video, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Message, MessageKind } from '@/lib/api/types';
import { MessageMedia } from './MessageMedia';
import styles from './MessageItem.module.css';

type MediaKind = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'DOCUMENT' | 'STICKER';
const MEDIA_ICONS: Record<MediaKind, LucideIcon> = { IMAGE: Image, VIDEO: Video, AUDIO: Music, DOCUMENT: FileText, STICKER: Sticker };

function isMedia(kind: MessageKind): kind is MediaKind {
  return kind in MEDIA_ICONS;
}

/** The OpenStreetMap page for a point: a plain link, no map library, no tracking embed. */
export function mapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
}

/**
 * What the message says, by kind, always as text (customer data is never HTML). Files are shown
 * by MessageMedia (images inline, audio and video playable, documents to open) with their caption.
 */
export function MessageBody({ message }: { message: Message }) {
  const { t } = useTranslation('inbox');
  const { kind, content, body } = message;
  const text = body ? <p className={styles.text}>{body}</p> : null;

  if (isMedia(kind)) {
    const media = content?.media;
    const voice = kind === 'AUDIO' && media?.voice;
    const Icon = voice ? Mic : MEDIA_ICONS[kind];
    if (!media) {
      // a kind without its file (stored before files were kept): the label and the text
      return (
        <>
          <span className={styles.media}>
            <Icon size={14} strokeWidth={2} aria-hidden="true" />
            <span className={styles.mediaLabel}>{t(`message.kind.${kind}`)}</span>
          </span>
          {text}
        </>
      );
    }
    return (
      <>
        {voice && (
          <span className={styles.media}>
            <Icon size={14} strokeWidth={2} aria-hidden="true" />
            <span className={styles.mediaLabel}>{t('message.kind.VOICE')}</span>
          </span>
        )}
        <MessageMedia message={message} media={media} />
        {media.caption && <p className={styles.text}>{media.caption}</p>}
      </>
    );
  }

  if (kind === 'LOCATION' && content?.location) {
    const { latitude, longitude, name, address } = content.location;
    return (
      <div className={styles.structured}>
        <span className={styles.media}>
          <MapPin size={14} strokeWidth={2} aria-hidden="true" />
          <span className={styles.mediaLabel}>{t('message.kind.LOCATION')}</span>
        </span>
        {name && <p className={styles.text}>{name}</p>}
        {address && <p className={styles.secondary}>{address}</p>}
        <a href={mapUrl(latitude, longitude)} target="_blank" rel="noopener noreferrer" className={styles.link}>
          {t('message.openMap', { lat: latitude, lon: longitude })}
        </a>
      </div>
    );
  }

  if (kind === 'CONTACTS' && content?.contacts) {
    return (
      <div className={styles.structured}>
        <span className={styles.media}>
          <Contact size={14} strokeWidth={2} aria-hidden="true" />
          <span className={styles.mediaLabel}>{t('message.kind.CONTACTS')}</span>
        </span>
        <ul className={styles.cards}>
          {content.contacts.map((card, index) => (
            <li key={index}>
              <span className={styles.cardName}>{card.name}</span>
              {card.organization && <span className={styles.secondary}> · {card.organization}</span>}
              {card.phones.map((phone) => (
                <span key={phone} className={styles.secondary}>
                  {' '}
                  {phone}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  if (kind === 'INTERACTIVE_REPLY' && content?.reply) {
    return (
      <>
        <p className={styles.text}>{t('message.chosenReply', { title: content.reply.title })}</p>
        {content.reply.description && <p className={styles.secondary}>{content.reply.description}</p>}
      </>
    );
  }

  if (kind === 'REACTION' && content?.reaction) {
    const emoji = content.reaction.emoji;
    return <p className={styles.secondary}>{emoji ? t('message.reactionTo', { emoji }) : t('message.reactionRemoved')}</p>;
  }

  if (kind === 'UNSUPPORTED') {
    return (
      <>
        <p className={styles.secondary}>{t('message.unsupported', { type: content?.unsupportedType ?? '?' })}</p>
        {text}
      </>
    );
  }

  return text;
}
