/** A piece of a safety resource's contact, ready to render: plain text, a phone link or a web link. */
export type ContactPart =
  | { kind: 'text'; text: string }
  /** `dial` is what follows `tel:` (digits, maybe a leading +). */
  | { kind: 'tel'; text: string; dial: string }
  | { kind: 'web'; text: string; href: string };

const WEB_ADDRESS = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(\/\S*)?$/i;
/** A number someone can dial: three digits or more, dashes allowed ("112", "08111-129-129"). */
const PHONE_NUMBER = /\+?\d[\d-]*\d/g;

/**
 * Splits a contact as coordinators write it ("129 / WhatsApp 08111-129-129",
 * "119 ext. 8", "findahelpline.com") into text and links, so that on a phone
 * a number is one tap away.
 */
export function contactParts(contact: string): ContactPart[] {
  const text = contact.trim();
  if (WEB_ADDRESS.test(text)) {
    return [{ kind: 'web', text, href: /^https?:\/\//i.test(text) ? text : `https://${text}` }];
  }
  const parts: ContactPart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE_NUMBER)) {
    const number = match[0];
    const digits = number.replace(/-/g, '');
    if (digits.replace('+', '').length < 3) continue;
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'tel', text: number, dial: digits });
    last = start + number.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
