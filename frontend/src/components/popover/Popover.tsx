import * as RadixPopover from '@radix-ui/react-popover';
import type { ReactElement, ReactNode } from 'react';

interface PopoverProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opens and closes it. */
  trigger: ReactElement;
  children: ReactNode;
  align: 'start' | 'end';
  className?: string;
  /** The panel's accessible name (Radix gives it the dialog role). */
  label: string;
  /** Move focus to the first control on open (a menu); otherwise it stays on the trigger. */
  focusOnOpen?: boolean;
}

/**
 * A panel under its trigger (Radix Popover): a click outside or Escape closes it and focus goes
 * back to the trigger. Rendered in place, so it stays inside its landmark.
 */
export function Popover({ open, onOpenChange, trigger, children, align, className, label, focusOnOpen = false }: PopoverProps) {
  return (
    <RadixPopover.Root open={open} onOpenChange={onOpenChange}>
      <RadixPopover.Trigger asChild>{trigger}</RadixPopover.Trigger>
      <RadixPopover.Content
        align={align}
        sideOffset={4}
        className={className}
        aria-label={label}
        onOpenAutoFocus={focusOnOpen ? undefined : (event) => event.preventDefault()}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Root>
  );
}
