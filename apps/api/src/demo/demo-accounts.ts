import type { Locale, Role } from '../accounts/user.entity.js';

/** One account per role for trying Sebaya out; the README lists them. Never seeded in production. */
export const DEMO_ACCOUNTS: {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  locale: Locale;
}[] = [
  {
    email: 'anggota@sebaya.example',
    password: 'demo-anggota-1',
    displayName: 'Anggota Demo',
    role: 'MEMBER',
    locale: 'id',
  },
  {
    email: 'konselor@sebaya.example',
    password: 'demo-konselor-1',
    displayName: 'Konselor Demo',
    role: 'PROFESSIONAL',
    locale: 'id',
  },
  {
    email: 'koordinator@sebaya.example',
    password: 'demo-koordinator-1',
    displayName: 'Koordinator Demo',
    role: 'ADMIN',
    locale: 'id',
  },
];
