import { useCallback, useEffect, useRef } from 'react';
import { deletePresence, putPresence } from '../api/presence';

// The API counts someone as viewing for 25 s after their last call and as typing for 6 s.
const HEARTBEAT_MS = 10_000;
const TYPING_EVERY_MS = 2_000;
const TYPING_LASTS_MS = 6_000;

const ignore = () => {};

/**
 * Tells colleagues this agent has the room open (on open, then every 10 s) and is typing (at most
 * every 2 s while typing); says it left when the room closes, the tab is hidden or the page
 * unloads. Presence is best effort: a failed call is forgotten, the next one corrects it.
 */
export function useRoomPresence(roomId: number) {
  const calls = useRef({ lastPut: 0, lastTyping: 0, visible: true });

  const put = useCallback(
    (typing: boolean) => {
      const now = Date.now();
      calls.current.lastPut = now;
      calls.current.lastTyping = typing ? now : 0;
      putPresence(roomId, typing).catch(ignore);
    },
    [roomId],
  );

  useEffect(() => {
    const state = calls.current;
    state.visible = document.visibilityState !== 'hidden';
    if (state.visible) put(false);
    const leave = (keepalive: boolean) => {
      state.visible = false;
      deletePresence(roomId, keepalive).catch(ignore);
    };
    // A typing call counts as viewing too: no heartbeat needed right after one (and a heartbeat's
    // typing:false would end a colleague's "is typing" early).
    const heartbeat = window.setInterval(() => {
      if (state.visible && Date.now() - state.lastPut >= HEARTBEAT_MS - 1_000) put(false);
    }, HEARTBEAT_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        if (state.visible) leave(true);
      } else if (!state.visible) {
        state.visible = true;
        put(false);
      }
    };
    const onPageHide = () => {
      if (state.visible) leave(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.clearInterval(heartbeat);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      if (state.visible) leave(false);
    };
  }, [roomId, put]);

  /** The agent typed in the composer. */
  const typing = useCallback(() => {
    const state = calls.current;
    if (state.visible && Date.now() - state.lastTyping >= TYPING_EVERY_MS) put(true);
  }, [put]);

  /** The draft was sent or emptied: no longer typing (instead of waiting for it to run out). */
  const stoppedTyping = useCallback(() => {
    const state = calls.current;
    if (state.visible && state.lastTyping > 0 && Date.now() - state.lastTyping < TYPING_LASTS_MS) put(false);
  }, [put]);

  return { typing, stoppedTyping };
}
