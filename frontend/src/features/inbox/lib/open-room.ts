/** Which room this tab has open (none while another screen shows): notifications skip it. */
let openRoomId: number | null = null;

export function setOpenRoomId(roomId: number | null) {
  openRoomId = roomId;
}

export function currentOpenRoomId(): number | null {
  return openRoomId;
}
