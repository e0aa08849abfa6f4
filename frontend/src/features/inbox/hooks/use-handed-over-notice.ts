import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/lib/api/types';
import { subscribeLiveEvents } from '@/lib/live/connection';
import { useNotices } from '../components/Notices';

/** A colleague handed a room over to the user: say who, with a way to open it. */
export function useHandedOverNotice(user: CurrentUser, openRoom: (roomId: number) => void) {
  const { t } = useTranslation('inbox');
  const { show } = useNotices();

  useEffect(
    () =>
      subscribeLiveEvents((event) => {
        if (event.event !== 'message.created') return;
        const { message } = event.data;
        if (message.system?.event !== 'HANDED_OVER' || message.system.target?.id !== user.id) return;
        if (message.sender?.id === user.id) return;
        show({
          tone: 'info',
          message: t('handover.received', { actor: message.sender?.name ?? '' }),
          detail: message.system.note ?? undefined,
          action: { label: t('handover.open'), onClick: () => openRoom(message.roomId) },
        });
      }),
    [user.id, openRoom, show, t],
  );
}
