import { expectLevels } from './helpers';

// Rule families added after the blind rounds 10-11 (our own variants, not the blind sentences).

describe('suicide: plans told in code-switched and story words (round 7)', () => {
  it('finality in new words next to a danger is CRISIS', () => {
    expectLevels('CRISIS', [
      'surat buat ayah udah aku taruh di meja. when you read this i am already gone',
      'sepatu udah gue kasih ke Dito. i will not need them anymore after friday',
      'transferred my savings to my sister. by tonight it all will be over',
      'the rat poison is next to me. by midnight everything will be over',
      'hp aku udah aku jual, tabungan udah aku transfer ke mama. kalian semua baik baik ya',
      'lagi di atap parkiran mall, buat yang terakhir kali liat lampu kota',
      'i am on the roof of my dorm and i am not getting down this time',
      'udah ngumpulin obat tidur dua minggu. ga usah telpon siapa siapa',
      'made peace with it and my dog goes to my cousin tomorrow. please dont be sad when i stop showing up',
    ]);
  });
  it('means at hand with a time, or with a farewell, is CRISIS', () => {
    expectLevels('CRISIS', [
      'baygon udah di tas, tinggal nunggu rumah kosong',
      'the pesticide is next to me on the desk. i am sorry mom.',
      'kept my dads sleeping pills for two months. tonight when the house is quiet',
      'udah beli tali tadi siang. besok subuh pas semua tidur',
      'ransel aku udah aku isi batu. gak usah ada yang nyariin aku',
      'rel belakang sekolah, udah gue catat jadwal keretanya. malam ini',
      'udah bikin wasiat buat adek. malam ini aku mau tidur selamanya',
      'udah pamit ke mama tanpa dia curiga. obat tidur udah aku kumpulin',
      'exams and debts. sitting on the edge of the roof now, i just wanted to write this first',
      'last goodbye message. i cant do this anymore',
      'kalau ditolak lagi aku loncat dari atap kampus. teralis jendela udah aku lepas',
      'my sister sent me a message saying goodbye and she is standing on the bridge',
      'clean for a year but this time i used the razor and it wont stop bleeding',
    ]);
  });
  it('asking how much makes someone not wake up, or which rope holds a body, is CRISIS', () => {
    expectLevels('CRISIS', [
      'obat tidur berapa butir yg bisa bikin orang gak bangun lagi?',
      'kabel yg kuat nahan berat badan 50 kg yg kayak gimana',
      'is a belt strong enough to hold my weight',
    ]);
  });
  it('an overdose waiting to work is CRISIS', () => {
    expectLevels('CRISIS', [
      'lagi nungguin obatnya bereaksi, 20 butir tadi',
      'swallowed 30 pills, waiting for the pills to kick in now',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'pas kalian baca ini aku udah di pesawat ke Bali, see you!',
      'the exam is tomorrow and by friday everything will be over, cant wait for holiday',
      'jual hp lama, motor udah gue jual juga, mau ganti baru',
      'i made peace with my ex, we are friends now',
      'habis sidang aku transfer tabungan ke rekening baru',
      'makan bakso buat yang terakhir kali sebelum diet',
      'pesan terjadwal di whatsapp itu fitur yang berguna banget',
      'obat nyamuk udah di kamar, aman dari nyamuk',
      'obat tidur udah di tas buat perjalanan jauh besok',
      'tali pramuka udah di tas, besok kemah',
      'gimana cara bangun pagi biar ga telat',
      'tali yang kuat nahan badan buat panjat tebing merk apa ya',
      'which rope is strong enough to hold my weight for rock climbing',
      'nunggu obatnya bekerja, pusing banget flu',
      'tas aku isi batu buat praktikum geologi',
      'waktu kecil aku loncat dari jembatan ke sungai buat berenang',
      'my friend sent me a message saying goodbye before her flight to Tokyo',
      'kunci jendela udah aku buka biar udaranya masuk',
      'final goodbye post before my exchange year, see you next semester!',
      'udah gue catat jadwal keretanya buat mudik lebaran',
      'habis lulus aku pindah ke Bandung dan gak balik lagi ke kos lama',
      'beresin lemari, baju bekas aku kasih ke panti asuhan',
    ]);
  });
});

describe('suicide: ideation in new words (round 7)', () => {
  it('is HIGH in en, id and mixed forms', () => {
    expectLevels('HIGH', [
      'tiap malam aku berharap besok ga usah bangun lagi',
      'kadang pengen disappear aja dari semuanya',
      'kalo ketabrak motor juga gapapa kayaknya',
      'kalau aku meninggal mungkin mereka baru nyesel',
      'kalo gue gak ada, beban mama bakal berkurang',
      'my brother told me he has thought about ending his life',
      "adikku bilang 'sebentar lagi kalian gak perlu mikirin aku'",
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'pengen disappear dari sosmed seminggu buat fokus skripsi',
      'semoga besok bisa bangun pagi',
      'kucingku hampir ketabrak motor tadi, untung selamat',
      'kalo ketabrak juga gapapa asal asuransi nanggung',
      'pengen disappear aja dari grup kelas yang berisik',
      'kalau aku ada waktu, beban tugas bakal berkurang',
    ]);
  });
});

describe('self-harm just done, with a heavy wound (round 7)', () => {
  it('self-harm and a heavy wound are CRISIS', () => {
    expectLevels('CRISIS', [
      'barusan aku silet lengan, darahnya ga berhenti',
      'tadi gue iris paha terlalu dalem, keliatan dagingnya',
      'cut my arm and it bled through two towels, barusan pake silet',
    ]);
  });
  it('self-harm without a heavy wound is HIGH', () => {
    expectLevels('HIGH', [
      'tiap kesel aku tampar muka aku sendiri',
      'been burning my wrist with a lighter every night',
      'ada 3 luka baru di lengan, aku kambuh',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'tadi aku potong sayur buat makan malam',
      'handuk udah basah semua abis berenang',
      'gue potong rambut sendiri kemarin, hasilnya lumayan',
      'burning my tongue with hot coffee again',
      'i took the blade from my pencil sharpener for art class',
    ]);
  });
});

describe('violence: intent, wishes and a weapon with a time (round 7)', () => {
  it('intent to hurt someone is HIGH', () => {
    expectLevels('HIGH', [
      'awas aja, gue hajar dia sampe ga bisa berdiri',
      'kalau dia ganggu lagi gue patahin kakinya',
      'i swear i will hurt him badly if he does it again',
      'aku sering ngebayangin mukulin dia sampai dia nangis',
    ]);
  });
  it('a weapon or fuel at hand with a wish and a time is CRISIS', () => {
    expectLevels('CRISIS', [
      'i have a knife hidden in my locker. tomorrow she finally gets what she deserves',
      'golok udah gue asah. besok sore biar dia tau rasanya',
      'bensin udah di jerigen. malam ini biar mereka ngerasain.',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'bensin udah ada, besok kita berangkat mudik',
      'tau rasanya makan durian pertama kali? enak banget',
      'biar dia tau rasanya jadi juara, kita latihan bareng',
      'dia harus bayar utangnya minggu ini',
      'the villain finally gets what he deserves in the last episode',
      'my vitamins are next to me on the desk',
      'motorku patah knalpotnya',
    ]);
  });
});

describe('abuse: danger inside the house and coercion (round 7)', () => {
  it('the abuser inside with a second sign of danger is CRISIS', () => {
    expectLevels('CRISIS', [
      'om aku di depan kamar nungguin aku, aku ga bisa keluar kamar',
      'he is outside my room and said he will finish what he started',
      'suami ngunciin aku di kamar, dia lagi ngasah golok di dapur',
    ]);
  });
  it('coercion and touching are HIGH', () => {
    expectLevels('HIGH', [
      'kakak kelas maksa aku kirim video, katanya kalau nolak dia sebar aib aku',
      'my boss keeps pressuring me into sexual favours',
      'pelatih suka pegang pegang paha aku pas latihan',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'adikku maksa aku beliin es krim',
      'om aku di ruang tamu nungguin aku buat makan bareng',
      'pintu asrama dikunci dari luar sama satpam kalau malam',
      'my mom keeps my passport safe in her drawer',
    ]);
  });
});

describe('MEDIUM families in mixed words (round 7)', () => {
  it('unsafe advice is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'gabisa tidur? ambil aja obat penenang mama, aman kok',
      'kalau sedih minum aja sis, 3 botol bir pasti lupa',
      'mau langsing? cuma minum air 7 hari, works for me',
      'ada sisa xanax nih, mau aku bagiin?',
      'ready riklona tanpa resep, chat aja',
      'dont bother with the campus counselor, they tell your parents everything',
    ]);
  });
  it('spam with a call to action is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'cuan 500 persen sebulan dari koin crypto baru, join grup telegram aku',
      'cash loans for students, no collateral! tap the link now',
    ]);
  });
  it('personal data and harassment without insult words are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'main aja ke kosanku, lantai 3 unit 312',
      'nomor mamanya Rizky berapa? mau aku laporin',
      'curhat mulu, ngaca dulu sana',
      'vote si Budi dikeluarin dari grup, setuju?',
      'udah gak usah caper, malu maluin grup',
    ]);
  });
  it('trauma after abuse that still hurts is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'my uncle abused me when i was small and i still get panic attacks when he visits',
      'dulu sering dipukul ayah, sekarang tiap denger pintu dibanting aku langsung gemeteran',
      'ayahku dulu kasar banget ke aku, sampai sekarang aku masih panik tiap denger teriakan',
      'waktu SMP aku dipukulin kakak kelas, sekarang udah aman tapi aku masih mimpi buruk',
    ]);
  });
  it('look-alikes stay NONE', () => {
    expectLevels('NONE', [
      'ambil obat di apotek jam 5 ya',
      'aku cuma minum air putih hari ini, lupa bawa bekal',
      'the psychiatrist said my doctor knows best',
      'jangan lupa ngaca sebelum berangkat, rambutmu berantakan',
      'panic attacks are common before exams, here is what helps',
      'panic attacks used to hit me before presentations but therapy helped',
      'the psychiatrist doesnt know yet that i improved, next appointment friday',
      'cuma minum air putih 3 hari pas puasa? ga lah',
      'cuan dari jualan kue lumayan bulan ini',
      'aku tinggal di lantai 3, kamarnya luas',
      'aku mau ngaca dulu sebelum foto',
      'tulisan ini bikin eneg saking manisnya wkwk',
      'stop pretending to be sick to skip PE, my mom said lol',
      'my cringe poems from middle school are hilarious',
      'ss chat pribadi itu privasi, jangan disebar ya guys',
    ]);
  });
});
