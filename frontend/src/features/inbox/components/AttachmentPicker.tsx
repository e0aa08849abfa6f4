import { Paperclip, X } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { ACCEPTED_TYPES, checkAttachment, formatSize } from '../lib/attachments';
import styles from './Composer.module.css';

interface AttachButtonProps {
  disabled: boolean;
  onPick: (file: File) => void;
  onRefuse: (message: string) => void;
}

/** The composer's attach button: a file picker limited to what WhatsApp takes, checked before upload. */
export function AttachButton({ disabled, onPick, onRefuse }: AttachButtonProps) {
  const { t, i18n } = useTranslation('inbox');
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPTED_TYPES}
        data-testid="attachment-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const check = checkAttachment(file);
          if (check.ok) onPick(file);
          else if (check.problem === 'size') onRefuse(t('composer.attach.tooLarge', { limit: formatSize(check.limit ?? 0, i18n.language) }));
          else onRefuse(t(check.problem === 'type' ? 'composer.attach.wrongType' : 'composer.attach.empty'));
        }}
      />
      <Button
        variant="ghost"
        size="sm"
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-label={t('composer.attach.button')}
        title={t('composer.attach.button')}
        icon={<Paperclip size={16} strokeWidth={1.95} aria-hidden="true" />}
      />
    </>
  );
}

/** The chosen file: name and size, and a button to remove it. */
export function AttachmentChip({ file, onRemove }: { file: File; onRemove: () => void }) {
  const { t, i18n } = useTranslation('inbox');
  return (
    <div className={styles.chip}>
      <Paperclip size={14} aria-hidden="true" />
      <span className={styles.chipName}>{file.name}</span>
      <span className={styles.chipSize}>{formatSize(file.size, i18n.language)}</span>
      <button type="button" className={styles.chipRemove} onClick={onRemove} aria-label={t('composer.attach.remove', { name: file.name })}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
