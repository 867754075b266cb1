import { createHmac } from 'node:crypto';

// prettier-ignore
const ADJECTIVES = [
  'Tenang', 'Teduh', 'Hangat', 'Lembut', 'Cerah', 'Sabar', 'Berani', 'Ramah', 'Riang', 'Tulus',
  'Damai', 'Jernih', 'Sejuk', 'Setia', 'Kuat', 'Pelan', 'Terang', 'Hening', 'Manis', 'Bijak',
];
// prettier-ignore
const NOUNS = [
  'Awan', 'Bintang', 'Bulan', 'Embun', 'Hujan', 'Kabut', 'Laut', 'Matahari', 'Ombak', 'Pelangi',
  'Angin', 'Gunung', 'Sungai', 'Daun', 'Kenari', 'Merpati', 'Melati', 'Cemara', 'Pasir', 'Senja',
];

/**
 * The name an anonymous author goes by inside one thread: stable there,
 * different in every other thread, and not reversible without the secret.
 */
export function pseudonym(secret: string, threadId: string, authorId: string): string {
  const digest = createHmac('sha256', secret).update(`${threadId}:${authorId}`).digest();
  const noun = NOUNS[digest.readUInt16BE(0) % NOUNS.length]!;
  const adjective = ADJECTIVES[digest.readUInt16BE(2) % ADJECTIVES.length]!;
  const number = 10 + (digest.readUInt16BE(4) % 90);
  return `${noun} ${adjective} ${number}`;
}
