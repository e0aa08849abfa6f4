import { ArrowLeft, Copy } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '@/components/avatar/Avatar';
import { Button } from '@/components/button/Button';
import { CloseButton } from '@/components/close-button/CloseButton';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import type { Contact } from '@/lib/api/types';
import { copyText } from '@/lib/clipboard';
import { useContact } from '../api/contact-queries';
import { ChannelIcon } from './ChannelIcon';
import { ContactForm } from './ContactForm';
import { ContactRooms } from './ContactRooms';
import { useNotices } from './Notices';
import styles from './ContactPanel.module.css';

interface ContactPanelProps {
  contactId: number;
  roomId: number;
  onOpenRoom: (roomId: number) => void;
  onClose: () => void;
}

/**
 * Who the customer of the open room is: a third column on wide screens, a drawer over the room on
 * narrower ones, the whole screen (with a way back) on phones.
 */
export function ContactPanel({ contactId, roomId, onOpenRoom, onClose }: ContactPanelProps) {
  const { t } = useTranslation('inbox');
  const contact = useContact(contactId);
  return (
    <aside
      className={styles.panel}
      aria-label={t('contact.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className={styles.top}>
        <button type="button" className={styles.back} onClick={onClose}>
          <ArrowLeft size={16} strokeWidth={2} aria-hidden="true" />
          {t('contact.back')}
        </button>
        <h2 className={styles.title}>{t('contact.title')}</h2>
        <span className={styles.close}>
          <CloseButton label={t('contact.close')} onClick={onClose} />
        </span>
      </div>
      <div className={styles.body}>
        {contact.data ? (
          <>
            <ContactCard contact={contact.data} />
            <ContactRooms contactId={contactId} currentRoomId={roomId} onOpenRoom={onOpenRoom} />
            <ContactForm key={contact.data.id} contact={contact.data} />
          </>
        ) : contact.isError ? (
          <LoadFailed className={styles.status} error={contact.error} onAction={() => void contact.refetch()} />
        ) : (
          <Loading className={styles.status} />
        )}
      </div>
    </aside>
  );
}

function ContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation('inbox');
  const notices = useNotices();
  const copy = async (phone: string) => {
    const copied = await copyText(phone);
    notices.show(
      copied ? { tone: 'success', message: t('contact.phoneCopied', { phone }) } : { tone: 'error', message: t('contact.copyFailed') },
    );
  };
  const phone = contact.phone;
  return (
    <section className={styles.card}>
      <Avatar name={contact.name} src={contact.avatarUrl} size={56} />
      <p className={styles.name}>{contact.name}</p>
      {phone ? (
        <p className={styles.phoneRow}>
          <span className={styles.phone}>{phone}</span>
          <Button
            variant="secondary"
            size="sm"
            icon={<Copy size={14} strokeWidth={2} aria-hidden="true" />}
            onClick={() => void copy(phone)}
          >
            {t('contact.copyPhone')}
          </Button>
        </p>
      ) : (
        <p className={styles.empty}>{t('contact.noPhone')}</p>
      )}
      <h3 className={styles.heading}>{t('contact.channels')}</h3>
      <ul className={styles.channels}>
        {contact.channels.map((channel) => (
          <li key={channel.id}>
            <ChannelIcon kind={channel.kind} />
            <span>{channel.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
