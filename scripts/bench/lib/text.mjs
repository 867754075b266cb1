// Deterministic text for the seed and for createPost bodies: Indonesian and English
// sentences in the tone of a peer-support forum (no markup, no links, no quotes).

/** mulberry32: a small seeded PRNG, so every seed run writes the same texts. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

const ID = [
  'Akhir-akhir ini aku susah tidur karena pikiran terus berputar soal hal yang sama.',
  'Terima kasih sudah berbagi, aku juga pernah merasakan hal yang mirip waktu semester lalu.',
  'Kadang aku merasa sendirian walaupun sebenarnya banyak orang di sekitarku.',
  'Yang membantu aku adalah menulis jurnal setiap malam sebelum tidur, walau hanya tiga kalimat.',
  'Kamu tidak sendirian, banyak dari kita di sini yang sedang belajar pelan-pelan.',
  'Aku baru mulai konseling minggu lalu dan rasanya lebih ringan setelah bercerita.',
  'Tekanan dari keluarga soal nilai dan pekerjaan bikin aku sering cemas berlebihan.',
  'Coba tarik napas dalam empat hitungan, tahan sebentar, lalu hembuskan perlahan.',
  'Aku ingin bertanya, bagaimana cara kalian menghadapi serangan panik di tempat umum?',
  'Setelah kehilangan ibu tahun lalu, hari raya terasa sangat berbeda buat aku.',
  'Pelan-pelan saja, tidak apa-apa kalau hari ini hanya bisa bangun dan makan.',
  'Aku bangga sama kamu karena sudah berani cerita di sini.',
  'Teman sekamarku sering pulang larut dan aku jadi sulit istirahat dengan tenang.',
  'Minggu ini tugas kuliah menumpuk dan aku merasa tertinggal dari teman-teman.',
  'Jalan kaki sore di sekitar rumah ternyata cukup membantu menenangkan pikiran.',
  'Aku sedang berusaha mengurangi waktu main ponsel sebelum tidur.',
  'Boleh aku tahu layanan konseling kampus mana yang menurut kalian ramah?',
  'Rasanya capek harus terlihat baik-baik saja di depan semua orang.',
  'Hubungan dengan pasangan sedang renggang dan aku bingung harus mulai dari mana.',
  'Semoga kamu menemukan orang yang bisa mendengarkan tanpa menghakimi.',
  'Aku merantau ke kota ini sendirian dan kadang rindu rumah sekali.',
  'Pagi ini aku berhasil menyelesaikan satu hal kecil, dan itu terasa berarti.',
  'Kalau kamu merasa tidak aman, tolong hubungi layanan darurat atau orang terdekat.',
  'Aku belajar bahwa istirahat juga bagian dari usaha, bukan tanda menyerah.',
  'Cerita kamu mengingatkan aku pada masa-masa sulit waktu pertama kali bekerja.',
  'Mungkin bisa dicoba bicara dengan dosen wali soal beban tugas yang terlalu berat.',
  'Aku sering merasa bersalah kalau menolak permintaan orang lain.',
  'Hari ini berat, tapi aku senang ada tempat seperti ini untuk berbagi.',
];

const EN = [
  'Lately I have been finding it hard to sleep because my mind keeps going over the same things.',
  'Thank you for sharing this, I went through something very similar last year.',
  'Sometimes I feel alone even when there are people all around me.',
  'What helped me was writing a few lines in a journal every night before bed.',
  'You are not alone in this, many of us here are learning to take it one day at a time.',
  'I started seeing a counsellor last week and it already feels lighter to talk about it.',
  'The pressure from my family about grades and jobs makes me anxious most days.',
  'Try breathing in for four counts, holding for a moment, and breathing out slowly.',
  'How do you all deal with panic attacks when you are out in public?',
  'Since my father passed away, the holidays feel very different for me.',
  'It is fine if today all you can manage is getting up and eating something.',
  'I am proud of you for being brave enough to post here.',
  'My flatmate comes home late every night and I cannot rest properly.',
  'Assignments are piling up this week and I feel like I am falling behind everyone.',
  'Short evening walks around the block have been surprisingly calming for me.',
  'I am trying to spend less time on my phone before going to sleep.',
  'Can anyone recommend a campus counselling service that felt welcoming?',
  'It is exhausting to look like everything is fine in front of everyone.',
  'Things with my partner have been distant and I do not know where to start.',
  'I hope you find someone who listens without judging you.',
  'I moved to this city on my own and some evenings I miss home a lot.',
  'This morning I managed to finish one small task and it felt like a real win.',
  'If you ever feel unsafe, please reach out to emergency services or someone close to you.',
  'I am learning that resting is part of the effort, not a sign of giving up.',
  'Your story reminds me of how hard my first months at work were.',
  'Maybe it would help to talk to your tutor about how heavy the workload is.',
];

const TITLES_ID = [
  'Susah tidur karena cemas',
  'Cara menghadapi serangan panik',
  'Merasa sendirian di kota baru',
  'Tekanan dari keluarga soal kuliah',
  'Kehilangan orang tua',
  'Capek pura-pura baik-baik saja',
  'Butuh saran soal konseling kampus',
  'Hubungan yang mulai renggang',
  'Tugas menumpuk dan overthinking',
  'Hari pertama kerja terasa berat',
  'Rindu rumah',
  'Belajar bilang tidak',
  'Takut mengecewakan orang lain',
  'Cerita kecil yang bikin senang hari ini',
  'Sulit fokus belajar',
  'Sahabat pindah jauh',
];
const TITLES_EN = [
  'Cannot sleep because of anxiety',
  'Dealing with panic attacks',
  'Feeling lonely in a new city',
  'Family pressure about university',
  'Losing a parent',
  'Tired of pretending I am fine',
  'Advice on campus counselling',
  'When a relationship drifts apart',
  'Deadlines and overthinking',
  'First weeks at a new job',
  'Missing home',
  'Learning to say no',
  'Afraid of disappointing people',
  'A small good thing today',
  'Struggling to focus',
  'My best friend moved away',
];

export const CONTENT_WARNINGS = [
  'Menyebut pikiran menyakiti diri',
  'Membahas kematian dan duka',
  'Mentions self-harm',
  'Kekerasan dalam keluarga',
  'Mentions an eating disorder',
  'Menyebut serangan panik',
];

export const FIRST_NAMES = [
  'Ayu',
  'Budi',
  'Citra',
  'Dewi',
  'Eka',
  'Fajar',
  'Gita',
  'Hadi',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rizky',
  'Sari',
  'Tono',
  'Wulan',
  'Yusuf',
  'Zahra',
  'Alex',
  'Sam',
];

const TOPICS = [
  ['Kesepian', 'Loneliness', 'kesepian'],
  ['Insomnia', 'Insomnia', 'insomnia'],
  ['Orang Tua Baru', 'New Parents', 'orang-tua-baru'],
  ['Kehilangan Pekerjaan', 'Job Loss', 'kehilangan-pekerjaan'],
  ['Perantau', 'Living Away From Home', 'perantau'],
  ['Skripsi', 'Final Year Thesis', 'skripsi'],
  ['Pengasuh Keluarga', 'Family Carers', 'pengasuh-keluarga'],
  ['Kecemasan Sosial', 'Social Anxiety', 'kecemasan-sosial'],
  ['Panik', 'Panic', 'panik'],
  ['Perundungan', 'Bullying', 'perundungan'],
  ['Citra Tubuh', 'Body Image', 'citra-tubuh'],
  ['Keuangan', 'Money Worries', 'keuangan'],
  ['Burnout Kerja', 'Work Burnout', 'burnout-kerja'],
  ['Perceraian Orang Tua', 'Parents Divorcing', 'perceraian-orang-tua'],
  ['Kesehatan Kronis', 'Chronic Illness', 'kesehatan-kronis'],
  ['Adiksi', 'Addiction', 'adiksi'],
  ['Identitas', 'Identity', 'identitas'],
  ['Pertemanan', 'Friendships', 'pertemanan'],
  ['Ujian Masuk', 'Entrance Exams', 'ujian-masuk'],
  ['Kehamilan', 'Pregnancy', 'kehamilan'],
  ['Pascatrauma', 'After Trauma', 'pascatrauma'],
  ['Duka Hewan Peliharaan', 'Pet Loss', 'duka-hewan'],
];
const REGIONS = ['Jawa', 'Sumatra'];

/** The 44 groups the bench adds to the migration's 6 (slug, names, descriptions). */
export function extraGroups() {
  const groups = [];
  for (const region of REGIONS) {
    for (const [nameId, nameEn, slug] of TOPICS) {
      groups.push({
        slug: `${slug}-${region.toLowerCase()}`,
        nameId: `${nameId} ${region}`,
        nameEn: `${nameEn} (${region})`,
        descriptionId: `Ruang saling dukung untuk topik ${nameId.toLowerCase()}, wilayah ${region}.`,
        descriptionEn: `A peer-support space about ${nameEn.toLowerCase()}, ${region} region.`,
      });
    }
  }
  return groups;
}

/** A post body of 200 to 600 characters, sometimes in two paragraphs, in one language. */
export function postBody(random) {
  const sentences = random() < 0.6 ? ID : EN;
  const target = 201 + Math.floor(random() * 380);
  const parts = [];
  let length = 0;
  while (length < target) {
    const sentence = pick(random, sentences);
    if (length > 0 && length + sentence.length + 1 > 600) break;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  if (parts.length >= 4 && random() < 0.4) {
    const cut = Math.floor(parts.length / 2);
    return `${parts.slice(0, cut).join(' ')}\n\n${parts.slice(cut).join(' ')}`;
  }
  return parts.join(' ');
}

export function threadTitle(random) {
  const title = pick(random, random() < 0.6 ? TITLES_ID : TITLES_EN);
  return random() < 0.5 ? title : `${title} (${1 + Math.floor(random() * 9)})`;
}
