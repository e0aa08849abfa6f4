import * as RadixPopover from '@radix-ui/react-popover';
import { Smile } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { EMOJI } from '../lib/emoji';
import styles from './EmojiButton.module.css';

interface EmojiButtonProps {
  disabled: boolean;
  /** An emoji was picked: insert it at the reply's caret (the textarea keeps its selection while closed). */
  onPick: (emoji: string) => void;
  /** Where focus goes once the popover closes: back to the reply. */
  onClosed: () => void;
}

/** The composer's emoji button: a small popover of common emoji; a pick inserts at the caret and closes it. */
export function EmojiButton({ disabled, onPick, onClosed }: EmojiButtonProps) {
  const { t } = useTranslation('inbox');
  const [open, setOpen] = useState(false);
  return (
    <RadixPopover.Root open={open} onOpenChange={setOpen}>
      <RadixPopover.Trigger asChild>
        <Button
          variant="ghost"
          size="sm"
          disabled={disabled}
          aria-label={t('composer.emoji.button')}
          title={t('composer.emoji.button')}
          icon={<Smile size={16} strokeWidth={1.95} aria-hidden="true" />}
        />
      </RadixPopover.Trigger>
      <RadixPopover.Content
        side="top"
        align="end"
        sideOffset={6}
        className={styles.popover}
        aria-label={t('composer.emoji.title')}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          onClosed();
        }}
      >
        <div role="group" aria-label={t('composer.emoji.title')} className={styles.grid}>
          {EMOJI.map((emoji) => (
            <button
              key={emoji}
              type="button"
              className={styles.emoji}
              onClick={() => {
                onPick(emoji);
                setOpen(false);
              }}
            >
              {emoji}
            </button>
          ))}
        </div>
      </RadixPopover.Content>
    </RadixPopover.Root>
  );
}
