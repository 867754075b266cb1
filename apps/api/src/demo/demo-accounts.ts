import type { Locale, Role } from '../accounts/user.entity.js';

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  locale: Locale;
  /** Slugs of the groups the account joins. */
  groups: string[];
  /** Slugs of the groups the account facilitates. */
  facilitates?: string[];
  /** A professional on duty hears of deadline escalations. */
  onDuty?: boolean;
}

/** Accounts for trying Sebaya out; the README lists them. Never seeded in production. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'anggota@sebaya.example',
    password: 'demo-anggota-1',
    displayName: 'Anggota Demo',
    role: 'MEMBER',
    locale: 'id',
    groups: ['kecemasan', 'akademik', 'duka', 'stres'],
  },
  {
    email: 'teman@sebaya.example',
    password: 'demo-teman-1',
    displayName: 'Teman Demo',
    role: 'MEMBER',
    locale: 'en',
    groups: ['kecemasan', 'akademik', 'duka', 'hubungan', 'stres'],
  },
  {
    email: 'fasilitator@sebaya.example',
    password: 'demo-fasilitator-1',
    displayName: 'Fasilitator Demo',
    role: 'MEMBER',
    locale: 'id',
    groups: [],
    facilitates: ['kecemasan', 'stres'],
  },
  {
    email: 'konselor@sebaya.example',
    password: 'demo-konselor-1',
    displayName: 'Konselor Demo',
    role: 'PROFESSIONAL',
    locale: 'id',
    groups: [],
    onDuty: true,
  },
  {
    email: 'koordinator@sebaya.example',
    password: 'demo-koordinator-1',
    displayName: 'Koordinator Demo',
    role: 'ADMIN',
    locale: 'id',
    groups: [],
  },
];

export interface DemoThread {
  group: string;
  author: string;
  title: string;
  body: string;
  anonymous?: boolean;
  contentWarning?: string;
  replies: { author: string; body: string; anonymous?: boolean }[];
}

/**
 * A few conversations, so the forum is not empty on first start. The last
 * two are screened into the queues when the worker starts: one for the
 * counsellor (HIGH), one for the facilitator (harassment).
 */
export const DEMO_THREADS: DemoThread[] = [
  {
    group: 'kecemasan',
    author: 'anggota@sebaya.example',
    title: 'Deg-degan tiap mau presentasi di kelas',
    body: 'Setiap kali giliran presentasi, tanganku dingin dan suaraku gemetar. Ada yang pernah merasa begini? Apa yang membantu kalian?',
    replies: [
      {
        author: 'teman@sebaya.example',
        body: 'Aku juga! Yang membantu aku: latihan di depan cermin dan tarik napas pelan 4 hitungan sebelum mulai.',
        anonymous: true,
      },
      {
        author: 'fasilitator@sebaya.example',
        body: 'Terima kasih sudah berbagi. Rasa cemas sebelum tampil itu wajar. Mau coba latihan napas bersama di sesi grup minggu ini?',
      },
    ],
  },
  {
    group: 'akademik',
    author: 'teman@sebaya.example',
    title: 'How do you plan for exam week?',
    body: 'Exams start in two weeks and I keep putting things off. How do you **split the work** so it feels doable?',
    replies: [
      {
        author: 'anggota@sebaya.example',
        body: 'Aku bikin jadwal kecil per hari, satu mata pelajaran saja. Dan istirahat 10 menit tiap jam, beneran membantu.',
      },
    ],
  },
  {
    group: 'duka',
    author: 'anggota@sebaya.example',
    title: 'Setahun tanpa nenek',
    body: 'Besok tepat setahun nenek pergi. Aku masih sering ingin meneleponnya. Terima kasih sudah mau membaca.',
    anonymous: true,
    contentWarning: 'kehilangan keluarga',
    replies: [
      {
        author: 'teman@sebaya.example',
        body: 'Sending you a hug. Maybe write her a letter tomorrow? It helped me when I lost my grandfather.',
      },
    ],
  },
  {
    group: 'kecemasan',
    author: 'teman@sebaya.example',
    title: 'Capek banget akhir-akhir ini',
    body: 'Akhir-akhir ini aku pengen mati aja, capek hidup. Nggak tahu harus cerita ke siapa.',
    anonymous: true,
    replies: [],
  },
  {
    group: 'stres',
    author: 'anggota@sebaya.example',
    title: 'Tugas kelompok bikin stres',
    body: 'Satu orang di kelompokku nggak pernah ikut kerja. Gimana cara ngomongnya tanpa bertengkar?',
    replies: [{ author: 'teman@sebaya.example', body: 'kamu bodoh banget, dasar goblok tolol' }],
  },
];
