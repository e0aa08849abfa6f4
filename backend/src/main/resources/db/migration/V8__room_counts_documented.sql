-- The counters of V4, described where a reader of the schema finds them (issue 11). Nothing changes in
-- what is stored or how it is kept; the triggers of V4 stay as they are.
--
-- What is counted: rooms per (tenant, channel, assignee, status), the key both tables share. That key
-- is what the counters serve: the status tabs and the channel and agent filters (RoomCounter.KeyFilter
-- names the filter of each key column). The session states are not stored, since they move with now():
-- room_count also says whether a room has a window at all (windowed), and room_window_count how many
-- windows close in each future hour. The reader (RoomCounter.Sums) takes, per status:
--   total         all rooms                              (room_count)
--   windowless    rooms without a window: always OPEN    (room_count, not windowed)
--   live          windows that close after now           (room_window_count after the current hour,
--                                                          plus the rest of this hour from room_deadline_idx)
--   openWindowed  windows that close at or after now + the expiring threshold
--                                                         (the same, from that hour on)
-- and derives OPEN = windowless + openWindowed, EXPIRING = live - openWindowed,
-- EXPIRED = total - windowless - live, the same boundaries as SessionState's SQL conditions.
-- A filter outside the key (tags, contact) cannot be answered from the counters: those counts count the
-- matching rooms (RoomCountQuery.countsSql). A new filter on a room column joins the key (table, primary
-- key and both trigger functions) and KeyFilter, or is counted from the rooms.

comment on table room_count is
    'Rooms per tenant, channel, assignee (0: none), status and whether the room has a session window, spread over 16 '
    'slots (readers sum them); kept by statement triggers on room. Read by RoomCounter: see V8__room_counts_documented.sql.';

comment on table room_window_count is
    'Rooms whose session window is still open, per tenant, hour of expiry, channel, assignee and status (16 slots); kept '
    'by statement triggers on room for hours not yet past. Read by RoomCounter: see V8__room_counts_documented.sql.';
