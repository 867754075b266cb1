/**
 * Bahasa Indonesia: the default language and the source of the message keys.
 * Every key here must exist in en.ts (a missing or extra key there is a type error).
 * `{name}` placeholders are filled in by `translate`.
 */
export const id = {
  'meta.description':
    'Sebaya adalah forum dukungan sebaya yang dimoderasi untuk kelompok dukungan di Indonesia.',

  'layout.skipLink': 'Langsung ke isi utama',
  'layout.home': 'Sebaya, ke beranda',
  'layout.tagline': 'Dukungan sebaya',
  'layout.nav': 'Navigasi utama',
  'layout.help': 'Butuh bantuan sekarang?',
  'layout.login': 'Masuk',
  'layout.register': 'Daftar',
  'layout.account': 'Akun',
  'layout.logout': 'Keluar',
  'layout.signedInAs': 'Masuk sebagai {name}',
  'layout.language.switch': 'Ganti bahasa ke',
  'layout.footer.emergency': 'Dalam bahaya sekarang? Hubungi 112 (gratis, 24 jam).',
  'layout.footer.privacy':
    'Sebaya tidak memakai pelacak dan tidak membagikan datamu ke pihak lain. Kamu tidak perlu memakai nama asli.',

  'home.title': 'Ruang aman untuk saling mendukung',
  'home.heading': 'Kamu tidak harus melewatinya sendirian.',
  'home.welcome': 'Selamat datang, {name}.',
  'home.lead':
    'Sebaya adalah forum dukungan sebaya yang dimoderasi. Di sini kamu bisa bercerita dan saling menguatkan dalam kelompok bertopik, bersama fasilitator sebaya yang terlatih, dan dengan konselor profesional yang siap membantu bila dibutuhkan.',
  'home.cta.register': 'Buat akun',
  'home.cta.login': 'Sudah punya akun? Masuk',
  'home.cta.account': 'Atur akunmu',
  'home.safety.heading': 'Butuh bantuan sekarang?',
  'home.safety.intro':
    'Jika kamu sedang dalam krisis atau terpikir untuk menyakiti diri sendiri, hubungi salah satu layanan di bawah ini. Kamu tidak perlu akun untuk melihat daftar ini.',
  'home.safety.notEmergency':
    'Sebaya bukan layanan darurat. Jika nyawamu atau nyawa orang lain terancam, hubungi 112 sekarang.',
  'home.safety.unavailable':
    'Daftar lengkap tidak dapat dimuat saat ini. Dalam keadaan darurat, hubungi 112.',
  'home.safety.contact': 'Kontak',
  'home.who.heading': 'Untuk siapa Sebaya?',
  'home.who.body':
    'Untuk siapa saja yang sedang merasa cemas, tertekan, berduka, kewalahan dengan sekolah atau kuliah, atau sedang bergumul dalam hubungan, dan ingin didengar oleh orang yang pernah merasakan hal serupa.',
  'home.how.heading': 'Cara Sebaya menjagamu',
  'home.how.groups':
    'Kelompok bertopik (kecemasan, stres, trauma, akademik, duka, dan hubungan) dipandu fasilitator sebaya yang terlatih dan bersertifikat.',
  'home.how.screening':
    'Setiap tulisan diperiksa. Jika ada tanda bahaya, konselor profesional segera diberi tahu.',
  'home.how.privacy':
    'Tidak perlu nama asli, dan kamu bisa menulis secara anonim. Tidak ada iklan dan tidak ada pelacak.',

  'form.errorTitle': 'Kesalahan',
  'form.errorSummary': 'Ada yang perlu diperbaiki',

  'field.email': 'Email',
  'field.email.hint': 'Hanya untuk masuk. Tidak ditampilkan kepada siapa pun.',
  'field.password': 'Kata sandi',
  'field.password.hint': 'Minimal 10 karakter. Kalimat pendek yang mudah kamu ingat bisa jadi pilihan.',
  'field.displayName': 'Nama tampilan',
  'field.displayName.hint':
    '2 sampai 40 karakter. Nama ini yang dilihat anggota lain; tidak perlu nama asli.',
  'field.locale': 'Bahasa',

  'register.title': 'Daftar',
  'register.heading': 'Buat akun',
  'register.intro':
    'Kamu tidak perlu nama asli. Pilih nama tampilan yang membuatmu nyaman; kamu bisa mengubahnya nanti.',
  'register.submit': 'Buat akun',
  'register.haveAccount': 'Sudah punya akun?',

  'login.title': 'Masuk',
  'login.heading': 'Masuk ke Sebaya',
  'login.needed': 'Silakan masuk untuk melanjutkan.',
  'login.submit': 'Masuk',
  'login.noAccount': 'Belum punya akun?',

  'account.title': 'Akun',
  'account.heading': 'Akunmu',
  'account.intro': 'Ubah nama tampilan dan bahasa yang dipakai Sebaya untukmu.',
  'account.submit': 'Simpan perubahan',
  'account.saved': 'Perubahan sudah disimpan.',

  'locale.id': 'Bahasa Indonesia',
  'locale.en': 'English',

  'error.email.invalid': 'Masukkan alamat email yang valid, misalnya nama@contoh.id.',
  'error.email.taken': 'Sudah ada akun dengan email ini. Coba masuk.',
  'error.password.invalid': 'Kata sandi perlu minimal 10 karakter.',
  'error.displayName.invalid': 'Nama tampilan perlu 2 sampai 40 karakter.',
  'error.displayName.taken': 'Nama tampilan ini sudah dipakai. Pilih nama lain.',
  'error.locale.invalid': 'Pilih salah satu bahasa yang tersedia.',
  'error.field.invalid': 'Periksa kembali isian ini.',
  'error.credentials': 'Email atau kata sandi tidak tepat.',
  'error.rateLimited.seconds': 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.',
  'error.rateLimited.minutes': 'Terlalu banyak percobaan. Coba lagi dalam {minutes} menit.',
  'error.unavailable': 'Sebaya sedang tidak dapat dihubungi. Coba lagi sebentar lagi.',
  'error.generic': 'Ada yang tidak beres. Coba lagi.',

  'errorPage.title': 'Terjadi kesalahan',
  'errorPage.notFound': 'Halaman ini tidak ditemukan.',
  'errorPage.server': 'Maaf, ada masalah di pihak kami. Coba lagi sebentar lagi.',
  'errorPage.reference': 'Kode rujukan: {id}',
  'errorPage.home': 'Kembali ke beranda',
  'errorPage.emergency': 'Jika kamu butuh bantuan segera, hubungi 112 (gratis, 24 jam).',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof id;
