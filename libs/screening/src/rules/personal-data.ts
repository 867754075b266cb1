import type { RuleSpec } from '../types';
import { ruleFamily } from './family';

/**
 * Personal contact data, found on the folded text (digits and punctuation intact): phone numbers
 * (Indonesian 08xx / +62, international +cc, or any long number after "call", "WA", "nomor"...),
 * e-mail addresses, 16-digit numbers (NIK, card numbers), street addresses, social media handles.
 * Public hotline numbers are allowed.
 */

export interface Found {
  rule: string;
  start: number;
  end: number;
}

/** Public service numbers that may always be shared (digits only). */
export const PUBLIC_SERVICE_NUMBERS: ReadonlySet<string> = new Set([
  '112', // Indonesia emergency
  '119', // SEJIWA mental health (ext. 8)
  '110', // police
  '129', // SAPA 129 (KemenPPPA)
  '08111129129', // SAPA 129 on WhatsApp
  '988', // US 988 Suicide & Crisis Lifeline
]);

const PHONE_ID = /(?<![\w+])(?:\+62|62|0)[\s.-]?8\d{1,3}(?:[\s.-]?\d{2,5}){1,4}(?![\w])/g;
const PHONE_INTL = /(?<![\w+])\+(?!62)\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\w])/g;
const PHONE_CONTEXT =
  /\b(?:call|text|phone|tel|telp|telpon|telepon|hubungi|wa|whatsapp|sms|nomor|nomer|no\.? ?hp|no\.? ?wa|hp|contact|kontak|line|number|cell|mobile|dm|chat)\b[^\d\n]{0,24}(\(?\d[\d\s().-]{6,18}\d)/g;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const ID_NUMBER =
  /(?<![\d])(?:\d{16}|\d{4}[\s.-]\d{4}[\s.-]\d{4}[\s.-]\d{4}|\d{6}[\s.-]\d{6}[\s.-]\d{4})(?!\d)/g;
const ID_NUMBER_CONTEXT =
  /\b(?:nik|ktp|no\.? ?ktp|nomor ktp|kk|npwp|rekening|no\.? ?rek|norek|account number|card number)\b[^\d\n]{0,12}(\d[\d\s.-]{7,24}\d)/g;
const ADDRESS_ID =
  /\b(?:jl|jln|jalan|gg|gang)\.?\s+[a-z0-9.' ]{2,40}?\s*(?:no|nomor|nomer|nmr|blok)\.?\s*\d+[a-z]?\b|\b(?:jl|jln)\.?\s+(?:[a-z]+\s+){1,3}\d{1,4}[a-z]?\b(?!\s*(?:menit|jam|km|meter|m)\b)|\brt\.?\s*0?\d{1,3}\s*\/?\s*rw\.?\s*0?\d{1,3}\b/g;
const ADDRESS_NUMBER_FIRST = /\b\d{1,4}\s+(?:jl|jln|jalan|gg|gang)\.?\s+[a-z]+/g;
const ADDRESS_EN =
  /\b\d{1,5}\s+(?:[a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|court)\b(?!\s*(?:trip|sign|food|smart))/g;
const ADDRESS_PHRASE =
  /\b(?:my (?:home )?address(?: is|:)|(?:here is|here's|heres|this is) my (?:home )?address|i live at|alamat(?:ku| aku| saya| rumah(?:ku| aku| saya)?| lengkap(?:ku)?)\s*(?::|di|adalah|ada di)|rumah(?:ku| aku| saya| gue) (?:di|ada di) (?:jl|jln|jalan|gg|gang|perum|perumahan|komplek|kompleks|blok))[\s:]*\S+/g;
/** Words without which ADDRESS_PHRASE cannot match (one regex test is cheaper than four `includes`). */
const ADDRESS_WORD = /alamat|address|live at|rumah/;
const HANDLE =
  /\b(?:ig|instagram|insta|line|line id|id line|telegram|tele|tiktok|twitter|snapchat|snap|discord|fb|facebook|wa|whatsapp)(?:ku| aku| gue| saya| me)?(?:\s+(?:ya|yah|aja|dong|deh|yuk|is|nya|id))?\s*(?::\s*@?|@)[a-z0-9._]{3,}/g;

const HOTLINE =
  /\b(?:hotline|helpline|lifeline|crisis line|layanan|call cent(?:er|re)|pusat krisis|konseling)\b/;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function allowed(digits: string): boolean {
  return PUBLIC_SERVICE_NUMBERS.has(digits);
}

function scan(
  re: RegExp,
  base: string,
  rule: string,
  out: Found[],
  accept?: (m: RegExpExecArray) => boolean,
): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(base)) !== null) {
    if (accept === undefined || accept(m)) {
      const group = m[1];
      const start = group !== undefined ? m.index + m[0].lastIndexOf(group) : m.index;
      const end = group !== undefined ? start + group.length : m.index + m[0].length;
      if (!out.some((f) => f.start < end && start < f.end)) out.push({ rule, start, end });
    }
    if (m[0].length === 0) re.lastIndex++;
  }
}

function phoneLength(min: number, max: number) {
  return (m: RegExpExecArray): boolean => {
    const d = digitsOf(m[1] ?? m[0]);
    return d.length >= min && d.length <= max && !allowed(d) && !/^(\d)\1+$/.test(d);
  };
}

/** Finds personal data in the folded text; `digits` and `hasAt` skip the work when impossible. */
export function findPersonalData(base: string, digits: number, hasAt: boolean): Found[] {
  const out: Found[] = [];
  if (digits >= 8) {
    scan(PHONE_ID, base, 'personal_data.phone.id', out, phoneLength(10, 14));
    scan(PHONE_INTL, base, 'personal_data.phone.intl', out, phoneLength(8, 15));
    scan(ID_NUMBER, base, 'personal_data.id_number', out);
    scan(ID_NUMBER_CONTEXT, base, 'personal_data.id_number', out, phoneLength(8, 20));
    scan(PHONE_CONTEXT, base, 'personal_data.phone', out, (m) => {
      const raw = m[1] ?? '';
      // "telepon hotline 021-500-454": a service number, not a member's own.
      if (HOTLINE.test(m[0])) return false;
      // Money ("Rp 1.500.000") and dates are not phone numbers.
      if (/^\d{1,3}(?:\.\d{3})+$/.test(raw.trim()) || /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(raw.trim()))
        return false;
      return phoneLength(8, 15)(m);
    });
  }
  if (hasAt) scan(EMAIL, base, 'personal_data.email', out);
  // "IG: @name", "line aku ya: name"
  if (hasAt || base.includes(':')) scan(HANDLE, base, 'personal_data.handle', out);
  if (digits >= 1) {
    scan(ADDRESS_ID, base, 'personal_data.address', out);
    scan(ADDRESS_EN, base, 'personal_data.address', out);
    scan(ADDRESS_NUMBER_FIRST, base, 'personal_data.address', out);
  }
  if (ADDRESS_WORD.test(base)) scan(ADDRESS_PHRASE, base, 'personal_data.address', out);
  return out;
}

const URL =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]{2,}\.(?:com|net|org|xyz|top|vip|site|online|io|me|ly|gg|id|co|info|biz|club|link|store|shop|app|bet|win|live|pro|fun|asia|cc|tk|ws)\b(?:\/\S*)?|\b(?:bit\.ly|t\.me|wa\.me|linktr\.ee|s\.id)\/\S*/g;

/** Links (for spam grading). */
export function findLinks(base: string): Found[] {
  const out: Found[] = [];
  scan(URL, base, 'spam.link', out);
  return out;
}

const personal = ruleFamily('personal_data', {
  kind: 'personal',
  category: 'personal_data',
  person: 'none',
  negatable: false,
  temporal: false,
});

/**
 * Personal data told in words, matched on the normalised text like the other rules (so the gate
 * runs them only when their words are there): asking members for their address, a full name with a
 * numbered school, an address in a housing estate.
 */
export const PERSONAL_RULES: RuleSpec[] = [
  personal(
    'request',
    '(?:your|yours) (?:full name|real name|home address|address|phone number|number|whatsapp|location)(?<=(?:send|give|dm|tell|share)(?: (?:me|us))? (?:your|yours) (?:full name|real name|home address|address|phone number|number|whatsapp|location))|(?:alamat|nomor|nomer|no) (?:lengkap|rumah|hp|wa|whatsapp)(?<=(?:kirim|kirimin|kasih|share|bagi|minta)(?: (?:aku|gue|saya|kami))? (?:alamat|nomor|nomer|no) (?:lengkap|rumah|hp|wa|whatsapp))',
    ['send ur full name, school and home address', 'kirim alamat lengkap kamu ya'],
  ),
  // Asking the group where someone else lives or for their number.
  personal(
    'someone_elses',
    '(?:alamat|nomor|nomer|no wa|no hp)(?<=(?:siapa yang|ada yang) (?:tau|tahu|punya) (?:alamat|nomor|nomer|no wa|no hp))(?= (?:rumah |hp |wa )?(?:si |dia\\b|kak |mas |mbak ))|(?:address|number)(?<=(?:anyone|who) (?:know|knows|has|have) (?:her|his|their|[a-z]+s) (?:home )?(?:address|number))',
    ['siapa yang tahu alamat rumah si dinda?', 'anyone know her address'],
  ),
  // A full name (two words or more) with a numbered school somewhere in the post.
  personal(
    'identity',
    '(?:(?:my|her|his|your|sisters|brothers|friends) (?:full |real )?name is|(?:full|real) name is|namaku|nama aku|nama saya|nama gue|namanya|nama lengkap(?:ku| aku| saya|nya)?)(?= :? ?[a-z]+ [a-z]+)(?=.*\\b(?:sd|sdn|smp|smpn|sma|sman|smk|smkn|mts|mtsn|man|sma negeri|smp negeri|sd negeri) ?[0-9]+ [a-z]+)',
    [
      'My name is Aditya Pratama, class XI IPA 2 at SMAN 8 Yogyakarta',
      'Namaku Salsa Nur Aini, kelas 9C SMPN 3 Depok',
      'namanya Anisa Putri, SMPN 9 Bandung kelas 8C',
    ],
  ),
  personal(
    'estate',
    '(?:perumahan|perum|komplek|kompleks|cluster|apartemen|apartment|asrama)(?= [a-z0-9 .]{2,40}?(?:blok|block|no|nomor)[.]? ?[a-z]?[0-9]+)',
    ['Aku tinggal di Perumahan Griya Asri Blok C2 No. 9, Sidoarjo'],
  ),
  // Asking where someone lives, goes to school or goes home, or for someone else's handle.
  personal(
    'whereabouts',
    'what time do you(?= (?:usually )?(?:leave school|finish school|(?:go|get) home[^!]{0,60}(?:meet|see you|pick you up|alone|school)))|(?:snapchat|instagram|insta|tiktok|whatsapp|number|address)(?<=(?:anyone|anybody) (?:know|knows|have|has) [a-z]+s (?:snapchat|instagram|insta|tiktok|whatsapp|number|address))|(?:his|her) address(?<=(?:need|want|give me|send me) (?:his|her) address)|lives(?<=know where [a-z]+ (?:from [a-z0-9 ]{1,20} )?lives)|(?:alamat(?: rumah)?|ig) ?nya(?<=(?:tau|tahu|punya) (?:alamat(?: rumah)?|ig) ?nya)|kelas berapa(?<=(?:sekolah|kuliah) di [^!]{0,30}kelas berapa)',
    [
      'what time do u usually go home? i wanna meet u',
      "hey anyone know reza's snapchat?",
      'does anyone know where dimas from class 11B lives? i need his address',
      'ada yg tau alamat rumahnya?',
      'ada yang tau ig nya si Rara?',
      'Lu sekolah di SMAN 5 kan? kelas brp?',
    ],
  ),
  // ---- Round 7: personal data: a flat by floor and unit; someone's kos or a parent's number asked for.
  personal(
    'asked',
    'unit [0-9]{2,4}(?<=lantai [0-9]+ unit [0-9]{2,4})|(?:lives in|tinggal di mana|tinggal dimana)(?<=(?:which|what) (?:kos|kost|dorm|apartment|building) [a-z]+ lives in|kos(?:an)? [a-z]+ (?:tinggal di mana|tinggal dimana))|berapa(?<=nomor (?:hp |wa )?(?:nyokap|bokap|mama|papa|ibu|ayah|ortu|kakak|adek|adik)(?:nya)? [a-z]+ berapa)',
    [
      'gue tinggal di apartemen Kalibata tower C lantai 9 unit 905',
      'anyone know which kos Rania lives in?',
      'nomor nyokapnya Dewi berapa ya?',
    ],
    { negatable: undefined },
  ),
  // ---- Round 8: a phone number spelled out in words, a handle after "my snap is", where to find the
  // writer at school.
  personal(
    'spelled_number',
    '(?:eight|delapan)(?<=(?:oh|zero|nol|kosong) (?:eight|delapan))(?=(?: (?:zero|one|two|three|four|five|six|seven|eight|nine|oh|nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|kosong)){6,})|my (?:snap|snapchat|discord|line id|telegram) is(?= [a-z0-9_]*(?:[0-9_]|\\.)| [a-z]+ [0-9]+|[^.!?]{0,30}add me)|come find me(?<=(?:sman|smpn|sma|smp|smk|school|sekolah|library|perpus).{0,120}come find me)',
    [
      'call me oh eight one two three four five six seven',
      'wa aku nol delapan satu dua tiga empat lima enam',
      'my snap is dita.xo',
      'i sit at the library of sman 3 at lunch, come find me',
    ],
  ),
];
