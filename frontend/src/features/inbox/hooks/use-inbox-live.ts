import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CurrentUser } from '@/lib/api/types';
import { subscribeLiveEvents } from '@/lib/live/connection';
import { inboxLiveHandler } from '../api/live-events';
import { useUnreadTabTitle } from '../api/unread-count';
import { currentOpenRoomId } from '../lib/open-room';
import { beep, inOneTab, readNotificationSettings, shouldNotify, showDesktopNotification } from '../lib/notifications';

/**
 * The inbox's part of the live stream, on every signed-in screen (the inbox's cached lists stay
 * current while another screen shows): cache updates, the unread count in the tab title, and
 * the notifications the user turned on.
 */
export function useInboxLive(user: CurrentUser) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation('inbox');
  useUnreadTabTitle();

  useEffect(() => {
    const handler = inboxLiveHandler(queryClient, {
      selfId: user.id,
      onCustomerMessage: (message, room) => {
        const settings = readNotificationSettings(user.id);
        if (!settings.desktop && !settings.sound) return;
        const hidden = document.visibilityState === 'hidden';
        if (!shouldNotify({ message, room, selfId: user.id, openRoomId: currentOpenRoomId(), hidden })) return;
        // Once however many tabs are open: the first tab to decide to notify does it.
        inOneTab(`inbox.notify.${message.id}`, () => {
          if (settings.sound) beep();
          if (settings.desktop)
            showDesktopNotification(
              room ? t('notify.title', { name: room.contact.name }) : t('notify.fallbackTitle'),
              message.body || t('notify.attachment'),
              `inbox-message-${message.id}`,
              () => void navigate(`/?room=${message.roomId}`),
            );
        });
      },
    });
    const unsubscribe = subscribeLiveEvents(handler.handle);
    return () => {
      unsubscribe();
      handler.dispose();
    };
  }, [queryClient, user.id, navigate, t]);
}
