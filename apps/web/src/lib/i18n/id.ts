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
  'home.cta.groups': 'Lihat grup',
  'home.groups.heading': 'Grup dukungan',
  'home.groups.intro':
    'Pilih grup yang dekat dengan yang sedang kamu alami. Kamu boleh bergabung dengan lebih dari satu grup, dan keluar kapan saja.',
  'home.groups.loginToJoin': 'untuk bergabung dengan grup dan membaca cerita anggotanya.',
  'home.groups.unavailable': 'Daftar grup tidak dapat dimuat saat ini. Coba lagi sebentar lagi.',
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

  'layout.search': 'Cari',
  'layout.notifications': 'Notifikasi',
  'layout.notifications.unread': '{count} belum dibaca',

  'group.all': 'Semua grup',
  'group.yours': 'Grupmu',
  'group.youFacilitate': 'Kamu fasilitator di sini',
  'group.membersOnly': 'Khusus anggota',
  'group.archived': 'Diarsipkan',
  'group.archivedNote':
    'Grup ini sudah diarsipkan. Tulisannya masih bisa dibaca, tetapi tidak bisa ditambah lagi.',
  'group.facilitators': 'Fasilitator',
  'group.noFacilitators': 'Belum ada fasilitator. Konselor profesional tetap mendampingi grup ini.',
  'group.members': 'Anggota',
  'group.memberCount': 'Anggota: {count}',
  'group.join': 'Gabung',
  'group.join.context': 'ke grup {name}',
  'group.join.toRead': 'Grup ini khusus anggota. Gabung dulu untuk membaca utas-utasnya dan ikut bercerita.',
  'group.join.toPost': 'Gabung ke grup ini untuk memulai utas atau membalas.',
  'group.login.toRead': 'untuk membaca utas di grup ini dan bergabung.',
  'group.leave': 'Keluar dari grup',
  'group.leave.facilitator':
    'Kamu fasilitator grup ini. Minta koordinator mengalihkan peranmu dulu sebelum keluar.',
  'group.threads.heading': 'Utas',
  'group.threads.empty': 'Belum ada utas di grup ini. Kamu bisa memulai yang pertama.',
  'group.threads.noMore': 'Tidak ada utas lagi.',
  'group.threads.more': 'Utas berikutnya',
  'group.threads.first': 'Kembali ke utas terbaru',
  'group.threads.pages': 'Halaman utas',

  'newThread.heading': 'Mulai utas baru',
  'newThread.intro':
    'Ceritakan sebanyak yang kamu mau. Anggota dan fasilitator grup ini akan membacanya dan bisa membalas.',
  'newThread.submit': 'Kirim utas',

  'field.title': 'Judul',
  'field.title.hint': '3 sampai 150 karakter.',
  'field.body': 'Isi tulisan',
  'field.reply': 'Balasanmu',
  'field.body.hint': 'Kamu bisa memakai Markdown sederhana: **tebal**, *miring*, dan daftar dengan tanda -.',
  'field.contentWarning': 'Peringatan konten (tidak wajib)',
  'field.contentWarning.hint':
    'Jika tulisanmu menyinggung hal yang bisa berat bagi orang lain (misalnya menyakiti diri, kekerasan, atau kehilangan), sebutkan topiknya di sini. Isinya akan tertutup sampai pembaca memilih membukanya.',
  'field.anonymous': 'Tulis secara anonim',
  'field.anonymous.hint':
    'Anggota lain melihat nama samaran untuk utas ini, bukan nama tampilanmu. Jika kamu dalam bahaya, konselor tetap bisa menghubungimu.',
  'field.anonymous.keep':
    'Kamu sudah menulis secara anonim di utas ini. Biarkan tercentang agar tetap memakai nama samaran yang sama.',

  'thread.pinned': 'Disematkan',
  'thread.locked': 'Dikunci',
  'thread.startedBy': 'Dimulai oleh',
  'thread.replies': 'Balasan: {count}',
  'thread.lastActivity': 'Aktivitas terakhir',
  'thread.moderate.heading': 'Alat fasilitator',
  'thread.lock': 'Kunci utas',
  'thread.unlock': 'Buka kunci utas',
  'thread.pin': 'Sematkan utas',
  'thread.unpin': 'Lepas sematan',
  'thread.locked.note': 'Utas ini dikunci oleh fasilitator, jadi tidak bisa dibalas lagi.',
  'thread.locked.noteModerator': 'Utas ini dikunci. Sebagai fasilitator, kamu masih bisa membalas.',
  'thread.deleted': 'Tulisanmu sudah dihapus.',
  'thread.posts.heading': 'Tulisan di utas ini',
  'thread.posts.first': 'Ke awal utas',
  'thread.posts.newer': 'Balasan berikutnya',
  'thread.posts.newerArrived': 'Ada balasan baru.',
  'thread.posts.pagesBefore': 'Balasan sebelumnya',
  'thread.posts.pagesAfter': 'Balasan berikutnya',
  'thread.live.announce': 'Balasan baru dari {name}',
  'thread.reply.heading': 'Balas',
  'thread.reply.submit': 'Kirim balasan',
  'thread.reply.to': 'Membalas tulisan {name}.',
  'thread.reply.cancelTo': 'Balas utasnya saja',
  'thread.reply.joinFirst': 'Untuk membalas, gabung dulu ke grup',
  'thread.error.locked': 'Utas ini sudah dikunci, jadi tidak bisa dibalas lagi.',
  'thread.error.joinFirst': 'Gabung ke grup ini dulu untuk membalas.',
  'thread.error.gone': 'Utas ini tidak lagi tersedia.',

  'post.anonymous': 'anonim',
  'post.you': 'kamu',
  'post.edited': 'diubah',
  'post.contentWarning': 'Peringatan konten:',
  'post.contentWarning.open': 'Buka untuk membaca',
  'post.held': 'Menunggu tinjauan. Sampai ditinjau, hanya kamu dan moderator yang bisa melihat tulisan ini.',
  'post.held.moderator': 'Menunggu tinjauan. Anggota lain belum bisa melihat tulisan ini.',
  'post.hidden': 'Disembunyikan oleh moderator. Hanya kamu dan moderator yang bisa melihatnya.',
  'post.hidden.moderator': 'Disembunyikan. Anggota lain tidak bisa melihatnya.',
  'post.reactions': 'Tanggapan',
  'post.reply': 'Balas tulisan ini',
  'post.edit': 'Ubah',
  'post.edit.submit': 'Simpan perubahan',
  'post.delete': 'Hapus',
  'post.delete.confirm': 'Hapus tulisan ini? Ini tidak bisa dibatalkan.',
  'post.delete.submit': 'Ya, hapus',
  'post.error.conflict': 'Tulisan ini sedang menunggu tinjauan, jadi belum bisa ditanggapi.',
  'post.error.forbidden': 'Kamu tidak bisa melakukan ini.',

  'reaction.HUG': 'Peluk',
  'reaction.SUPPORT': 'Dukung',
  'reaction.SAME_HERE': 'Aku juga',
  'reaction.THANKS': 'Terima kasih',
  'reaction.STRENGTH': 'Semangat',

  'outcome.safety.heading': 'Kamu tidak sendirian',
  'outcome.safety.body':
    'Terima kasih sudah bercerita. Yang kamu tulis terdengar berat, jadi seorang konselor akan segera menghubungimu di Sebaya. Jika kamu dalam bahaya sekarang, jangan menunggu: hubungi salah satu layanan ini.',
  'outcome.held.heading': 'Tulisanmu tersimpan',
  'outcome.held':
    'Tulisanmu sudah tersimpan dan sedang menunggu tinjauan. Anggota lain bisa membacanya setelah ditinjau.',
  'outcome.view': 'Lihat tulisanmu',

  'search.title': 'Cari',
  'search.titleWithQuery': 'Cari: {query}',
  'search.heading': 'Cari tulisan',
  'search.label': 'Kata kunci',
  'search.hint':
    'Dalam bahasa Indonesia atau Inggris. Hanya tulisan di grup yang boleh kamu baca yang ikut dicari.',
  'search.submit': 'Cari',
  'search.results': 'Hasil untuk “{query}”',
  'search.none': 'Tidak ada tulisan yang cocok. Coba kata lain.',
  'search.noMore': 'Tidak ada hasil lagi.',
  'search.more': 'Hasil berikutnya',
  'search.first': 'Kembali ke hasil teratas',
  'search.pages': 'Halaman hasil',

  'notifications.title': 'Notifikasi',
  'notifications.heading': 'Notifikasi',
  'notifications.empty': 'Belum ada notifikasi. Kamu akan diberi tahu di sini saat ada yang membalas.',
  'notifications.noMore': 'Tidak ada notifikasi lagi.',
  'notifications.markAll': 'Tandai semua sudah dibaca',
  'notifications.allRead': 'Semua notifikasi sudah ditandai dibaca.',
  'notifications.unread': 'Belum dibaca',
  'notifications.replyToThread': '{name} membalas utasmu “{title}”',
  'notifications.replyToPost': '{name} membalas tulisanmu di “{title}”',
  'notifications.unavailable': 'Balasan ini tidak lagi tersedia.',
  'notifications.more': 'Notifikasi sebelumnya',
  'notifications.first': 'Kembali ke notifikasi terbaru',
  'notifications.pages': 'Halaman notifikasi',

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
  'error.title.invalid': 'Judul perlu 3 sampai 150 karakter.',
  'error.body.invalid': 'Tulis sesuatu di sini (paling banyak 20.000 karakter).',
  'error.contentWarning.invalid': 'Peringatan konten paling banyak 200 karakter.',
  'error.query.invalid': 'Tulis kata kunci, paling banyak 200 karakter.',
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
