import { expectLevels } from './helpers';

// Rule families added after the blind rounds 15-17 (our own variants, not the blind sentences).

describe('suicide: euphemisms of adults and teens (round 9)', () => {
  it('worth more dead, checking out, an illness hoped back, not waking up for both are HIGH', () => {
    expectLevels('HIGH', [
      'with the policy i am honestly worth more dead to my family',
      'my wife would be better off with the life insurance, not with me',
      'some days i would rather check out early than keep being this tired',
      'my family would move on just fine without me',
      'i wont be a burden for much longer, my body is giving up',
      'god please let me stop existing',
      'i want to disappear permanently, not run away',
      'i keep wishing that accident had taken me instead',
      'honestly hoping the illness comes back and wins this time',
      'it would be easier if neither of us woke up tomorrow',
      'i catch myself picturing the school run and me not being alive',
      'every time i cross the overpass i think how easy it would be',
    ]);
  });
  it('the same words about others, about sleep or about leaving a job stay NONE or LOW', () => {
    expectLevels('NONE', [
      'my dog is worth more than gold to me',
      'we checked out of the hotel early',
      'the team will move on fine without me while i am on holiday',
      'it would be better if i woke up earlier for the gym',
      'i keep picturing my new flat, the view is amazing',
      'how easy it would be to bake this at home, the recipe is short',
    ]);
  });
  it('"pengen udahan", "mending gue ilang", not being born, praying not to wake are HIGH', () => {
    expectLevels('HIGH', [
      'capek banget sama semuanya, rasanya pengen udahan aja',
      'kadang gue mikir mending udahan aja hidup gue',
      'mendingan aku ilang aja deh',
      'seandainya aku bisa lenyap',
      'aku pengen beneran gak ada lagi',
      'kalo aku gak pernah lahir, ayah gak perlu kerja dua shift',
      'kalau gue gak ada, mereka lebih tenang',
      'tiap malam berdoa semoga gak perlu bangun lagi',
      'jujur kadang kepikiran ketabrak aja lah',
    ]);
  });
  it('ending a relationship, a game or a lesson, and losing things, stay NONE', () => {
    expectLevels('NONE', [
      'aku pengen udahan aja sama pacarku, capek diselingkuhin',
      'udah jam 11, mending udahan aja main gamenya',
      'mau udahan les piano, gurunya galak',
      'charger aku hilang di kelas, mending ilang aja daripada rusak',
      'andai aku bisa hilang dari kelas ini pas presentasi wkwk',
      'kalo aku gak ada di rumah, kucingnya dikasih makan ya',
      'besok gak perlu bangun pagi, libur',
    ]);
  });
  it('an overdose told as a story weeks ago is HIGH, a job at the ER is NONE', () => {
    expectLevels('HIGH', [
      'three weeks after my attempt and i still cannot look at my mum',
      'overdosed on my anxiety meds last month, nobody knows',
      'bulan lalu aku overdosis obat tidur, sekarang masih suka kepikiran',
    ]);
    expectLevels('NONE', [
      'my aunt works in the ER and sees people who overdosed on heroin',
      'mama dokter, sering cerita soal pasien overdosis obat',
    ]);
  });
});

describe('suicide: plans told without ideation words (round 9)', () => {
  it('farewells with means, a place, a note or arrangements are CRISIS', () => {
    expectLevels('CRISIS', [
      'obat tidur udah aku tuang ke tangan. maafin aku ya bu',
      'tali udah siap di gudang. gue pamit aja ke kalian semua',
      'aku lagi di atas jembatan kali malang. cuma pengen ada yang tau aja',
      'udah nyiapin surat buat adek. jangan cari aku',
      'hp aku kasih ke adik, seragam udah aku lipat rapi. bilang aku udah tenang ya',
      'standing on the footbridge over the highway. sorry to my parents',
      'the rope is tied to the beam and it will hold. please dont try to find me',
      'my shotgun is loaded on the bed. tell my brother it was not his fault',
      'been saving my tramadol for weeks. i have made my choice.',
      'gave away my camera and cleared my desk. tonight i make it stop for good',
      'the garage is sealed and the engine is on. thanks for the chats, all of you',
    ]);
  });
  it('at the tracks with a train coming, legs over the side, not answering are CRISIS', () => {
    expectLevels('CRISIS', [
      'gue di rel kereta belakang kampus, keretanya bentar lagi lewat',
      'on the ledge of my apartment roof, legs over the edge',
      'dia nyalain arang di kamar mandi terus hpnya gak diangkat lagi',
    ]);
  });
  it('the same places and words on an ordinary day stay NONE', () => {
    expectLevels('NONE', [
      'pamit ya kalian, besok aku pindah ke Malang',
      'lagi di atas jembatan suramadu, pemandangannya bagus banget',
      'the train at 9 is always late, i wait on the platform',
      'sorry to everyone who waited, the stream starts now',
      'made my choice: pizza tonight',
      'selamat tinggal semuanya, akun ini pindah ke akun baru. pin hp aku 2024 ya buat adek',
      'udah lepas sepatu sebelum masuk masjid',
    ]);
  });
  it('asking how to mix pills or how many it takes is CRISIS', () => {
    expectLevels('CRISIS', [
      'kasih tau gue cara ngoplos obat biar cepet kerja',
      'been googling how many of these tabs it takes.',
    ]);
  });
  it('stopping treatment on purpose and driving off a road are CRISIS', () => {
    expectLevels('CRISIS', [
      'stopped taking my insulin on purpose this week',
      'saturday i am driving off the old bridge road',
      'abis ini gue tancap gas ke arah tembok tol',
    ]);
  });
});

describe('self-harm: marks, relapse and blood now (round 9)', () => {
  it('marks of one’s own hands, a relapse last night, a cut too deep are HIGH or CRISIS', () => {
    expectLevels('HIGH', [
      'paha aku penuh goresan sendiri, kemarin nambah',
      'relapsed yesterday after a year clean',
      'i saw new cut marks on her arm again today',
      'kemarin jambakin rambutku sendiri sampe sakit',
    ]);
    expectLevels('CRISIS', [
      'i did not mean to cut this deep, there is so much blood from my arm',
      'my brother says he is cutting again and there is blood under the door',
    ]);
  });
  it('a cat’s scratches and a razor for shaving stay NONE', () => {
    expectLevels('NONE', [
      'tanganku penuh cakaran kucing tetangga',
      'used my razor this morning, got a tiny nick shaving',
    ]);
  });
});

describe('abuse: acts told plainly, and danger at the door (round 9)', () => {
  it('kicking, choking, hitting us with a cane, groping, peeping, forced sex are HIGH', () => {
    expectLevels('HIGH', [
      'ayah tiri sering nendangin aku kalo pulang malam',
      'kakak nyekek aku terus kalau marah',
      'paman suka meraba paha sepupuku',
      'pelatih renang suka megang megang murid cewek',
      'tetangga suka ngintipin adekku ganti baju',
      'cowoknya maksa dia tidur bareng',
      'my boss keeps cornering me in the break room',
      'my grandpa grabs her whenever they are alone',
      'her boyfriend shoved her against the car last night',
      'my aunt hits my sister with a belt',
    ]);
  });
  it('someone at the door now with abuse is CRISIS', () => {
    expectLevels('CRISIS', [
      'my dad is banging on my door right now, he already hit my mom tonight',
      'suamiku mukulin aku tadi, sekarang dia masih di luar teriak teriak',
    ]);
  });
  it('hugs, hands held, friendly visits stay NONE', () => {
    expectLevels('NONE', [
      'my grandma keeps touching my hair, it is cute',
      'my mom comes into my room to say goodnight',
      'pacarku suka megang tanganku pas nyebrang',
      'kami main pegang pegangan tangan pas outbound',
    ]);
  });
});

describe('violence: intent in more words (round 9)', () => {
  it('beating someone until hospitalised, wanting him to suffer, revenge are HIGH', () => {
    expectLevels('HIGH', [
      'sumpah mau gebukin dia sampe babak belur',
      'pengen bikin mereka ngerasain sakit yang aku rasain',
      'i want her to suffer for what she did',
      'i keep fantasising about hurting him',
    ]);
  });
  it('a weapon carried to someone waiting for him is CRISIS', () => {
    expectLevels('CRISIS', [
      'nanti aku tungguin dia di depan sekolah pake golok',
      'tomorrow i will wait for him outside the gym with my uncles gun',
      'my cousin bought a gun and is driving to her exs house now',
    ]);
  });
  it('games and sport stay NONE', () => {
    expectLevels('NONE', [
      'waiting for him at the airport with flowers',
      'i want them to win the league so bad',
    ]);
  });
});

describe('bullying, contempt, unsafe advice, spam, personal data (round 9)', () => {
  it('mockery at school and work is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'muka aku dijadiin meme terus disebar ke grup angkatan',
      'tiap pagi aku diketawain gara gara suaraku',
      'they keep making fun of my accent in every meeting',
      'sepatu aku diumpetin di gudang lagi',
    ]);
  });
  it('contempt for members is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'you lot are such drama queens, stop clogging the feed',
      'sok bijak banget lo di thread ini',
      'muka kamu mirip sendal jepit',
    ]);
  });
  it('sharing pills, doubling doses, home cures are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'i have spare xanax, dm me and i will send some',
      'aku punya obat penenang, besok aku kasih kamu 3 biji',
      'you can double the insulin dose if you ate a lot',
      'put a bit of cough syrup in her milk, she will sleep',
    ]);
  });
  it('offers with a call to action are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'pinjol cair 5 juta tanpa KTP, download di link bio',
      'jual followers tiktok murah, order lewat dm',
      'bocoran soal UN 2026 ada, ketik mau di komentar',
    ]);
  });
  it('someone else’s full name with a numbered school is MEDIUM', () => {
    expectLevels('MEDIUM', ['her full name is Rina Ayu Lestari, SMAN 3 Malang']);
  });
  it('advice against doubling and talk of referral programmes at work stay NONE', () => {
    expectLevels('NONE', [
      'my doctor told me never to double a missed dose',
      'aku lagi belajar bikin kode program buat tugas',
      'jalan kaki 15 menit ke kampus',
    ]);
  });
});

describe('round 9 families in more words (our own second set of variants)', () => {
  it('the insurance, dying so that others need not work, a farewell at a height, a hose to the exhaust', () => {
    expectLevels('HIGH', [
      'my wife would get more from my life insurance than from me',
      'kalau aku mati, mama gak perlu capek kerja lagi',
    ]);
    expectLevels('CRISIS', [
      'aku udah di atap kos, jangan dicariin ya',
      'on the roof of my office building right now. tell my wife i am sorry',
      'selang udah aku sambung ke knalpot mobil. maaf ya semua',
    ]);
    expectLevels('NONE', [
      'we claimed the car insurance after the crash',
      'jangan dicariin ya, aku lagi healing ke bali',
    ]);
  });
  it('grooming, wanting him to hurt, "you don’t need a psychiatrist", a real name with a school', () => {
    expectLevels('HIGH', [
      'my uncle keeps sending me pics and asking me to keep it secret, i am 13',
      'i just want him to hurt the way i hurt',
    ]);
    expectLevels('MEDIUM', [
      'kamu gak butuh psikiater, cukup banyakin ibadah',
      'her real name is Dina Maharani, class 9B at SMPN 12 Surabaya',
    ]);
    expectLevels('NONE', [
      'my friend asked me to keep the surprise party a secret',
      'aku gak butuh psikiater lagi, udah sembuh',
    ]);
  });
});

describe('round 9 families in more words (our own third set of variants)', () => {
  it('fading away slowly, a long sleep, a funeral wondered about, a partner who isolates are HIGH', () => {
    expectLevels('HIGH', [
      'udah 2 hari aku gak makan, pengen pelan pelan ilang aja',
      'aku cuma mau tidur panjang, gak usah bangun',
      'lately i just want to go to sleep and not deal with any of it ever again',
      'sometimes i wonder if anyone would even come to my funeral',
      'my husband takes my phone and checks every message, i am not allowed to see friends',
    ]);
    expectLevels('CRISIS', ['i told my sister goodbye and gave her my dog. the bridge is 10 minutes away']);
  });
  it('the same words in ordinary talk stay NONE', () => {
    expectLevels('NONE', [
      'my grandpa wonders who will come to the family reunion',
      'the lake is 10 minutes away, we swim there every sunday',
      'i told my sister goodbye at the airport, she is moving to perth',
      'aku gak boleh ketemu temen pas ujian, kata mama',
      'pengen tidur panjang pas libur semester',
    ]);
  });
});

describe('round 9 families in more words (our own fourth set of variants)', () => {
  it('hiding under the bed (HIGH), bleeding that will not stop, a decided date (CRISIS)', () => {
    expectLevels('HIGH', ["i can hear him coming up the stairs, he's been drinking, im under the bed"]);
    expectLevels('CRISIS', [
      'my friend says she cut really deep this time and cant stop the bleeding',
      'ive decided. sunday morning before church. nobody will know until its done',
      'already wrote the letters. the date is set for friday',
      "i bought a rope today. i know what i'm doing",
    ]);
  });
  it('stairs, a decision and letters on an ordinary day stay NONE', () => {
    expectLevels('NONE', [
      'my dad is coming up the stairs with the christmas tree',
      'i have decided. pizza it is.',
      'already wrote the letters for my college applications',
      'i know what i am doing, i have baked this cake ten times',
    ]);
  });
});

describe('round 9 families in more words (our own fifth set of variants, teen chat)', () => {
  it('pills taken waiting for the night, things given away with thanks are CRISIS', () => {
    expectLevels('CRISIS', [
      'obat tidur nyokap udah gue ambil semua, tinggal nunggu malem',
      'semua barang gue udah gue kasih ke temen2, makasih ya udah nemenin',
    ]);
  });
  it('asking for photos without clothes, undressing in front of a teacher are HIGH', () => {
    expectLevels('HIGH', [
      'om aku suka ngirim foto2 aneh dan minta foto aku tanpa baju',
      'guru olahraga suka nyuruh aku ganti baju di depan dia',
    ]);
  });
  it('fake accounts, someone else’s address, selling accounts, slurs are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'temen sekelas bikin akun palsu pake foto aku buat ngejek',
      'siapa yg tau alamat rumah si dinda? mau gue samperin',
      'jual akun ml sultan murah, minat dm',
      'dasar cewek murahan, pantes gak ada yg mau',
    ]);
  });
  it('thanks for company, a clinic’s address, a question by DM stay NONE', () => {
    expectLevels('NONE', [
      'makasih ya udah nemenin aku belajar tadi',
      'ada yang tau alamat puskesmas terdekat?',
      'minat dm aja kak kalau mau nanya',
    ]);
  });
});
