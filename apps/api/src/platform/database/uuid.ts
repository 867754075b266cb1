const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs from clients are checked before they reach SQL, so a malformed one reads as "not found". */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
