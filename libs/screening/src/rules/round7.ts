/**
 * Round 7 (blind-10 code-switched, blind-11 stories): families that the earlier rules missed. Each
 * alternative consumes a distinctive word and checks its context in lookarounds (few literals for
 * the gate); every rule joins its family in rules/index.ts.
 */

import type { RuleSpec } from '../types';

const PLAN_SUICIDE = { category: 'suicide' as const, person: 'none' as const, temporal: false };

/** Plan components told in code-switched or story words. */
export const R7_PLAN_RULES: RuleSpec[] = [
  {
    id: 'plan.final_r7',
    kind: 'final',
    ...PLAN_SUICIDE,
    negatable: false,
    // Finality in more words, English inside Indonesian posts too: "pas kalian baca ini I'm already
    // gone", "I won't need them anymore", "by then everything will be over", "this is where it ends".
    pattern:
      'already gone(?<=i (?:am|will be|will already be|would be) already gone)(?= ?(?:$|[.,!?;]))|need (?:them|it|these|those|this|my [a-z]+) anymore(?<=(?:i|i will|i wont|i will not) (?:not )?(?:need|needs) (?:them|it|these|those|this|my [a-z]+) anymore)|(?:everything|it all|all of this|all of it) will (?:already )?be over(?= ?(?:$|[.,!?;]))|(?:peaceful|quiet|lighter|easier) for everyone(?<=(?:tomorrow|after tonight|after today|soon|everything) (?:will|is going to) be (?:so |more |much )?(?:peaceful|quiet|lighter|easier) for everyone)|where it ends(?<=this is where it ends)|talk me out of it(?<=(?:dont|do not|no need to|nobody needs to|no one needs to|not going to|dont try to|do not try to) (?:try to )?talk me out of it)|(?:made|make) (?:my )?peace with (?:it|everything|all of it)(?= ?(?:$|[.,!?;]| and| now))|not (?:climbing|going|getting|coming) down(?= ?(?:$|[.,!?;]| this time| again| anymore))|showing up(?<=(?:when|once|after|if) i stop showing up)|(?:yang|yg) terakhir kali(?<=(?:buat|untuk) (?:yang|yg) terakhir kali)(?= ?(?:$|[.,!?;])| (?:liat|lihat|ngeliat|denger|dengar))|baik baik ya(?<=kalian (?:semua )?baik baik ya)(?= ?(?:$|[.!?;]))|(?:telpon|telepon|nelpon|hubungin|call) (?:siapa siapa|siapapun|siapa pun|anyone)(?<=(?:ga|gak|nggak|jangan|tidak|dont|do not|no need to) (?:usah |perlu )?(?:telpon|telepon|nelpon|hubungin|call) (?:siapa siapa|siapapun|siapa pun|anyone))|(?:nyariin|nyari|cariin|cari) (?:aku|gue|saya)(?<=(?:ga|gak|nggak|tidak) (?:usah|perlu) ada (?:yang )?(?:nyariin|nyari|cariin|cari) (?:aku|gue|saya))|(?:ini )?(?:jawaban|jalan keluar|cara) (?:yang )?(?:paling gampang|paling mudah|terbaik)(?<=(?:kayaknya|mungkin|emang) (?:ini )?(?:jawaban|jalan keluar|cara) (?:yang )?(?:paling gampang|paling mudah|terbaik))(?= ?(?:$|[.,!?;]))|hari terakhir(?<=(?:ini|hari ini) hari terakhir)(?= (?:aku|gue|saya) (?:masuk|sekolah|kuliah|kerja|ke))|i am sorry (?:mom|mum|dad)(?= ?(?:$|[.,!?;]))|(?:type|write|post) this (?:out )?first(?<=wanted to (?:type|write|post) this (?:out )?first)|(?:dan|terus|trus) (?:gak|ga|nggak|tidak) (?:balik|pulang|kembali) lagi(?= ?(?:$|[.,!?;]))|curiga(?<=tanpa (?:dia|mereka|nenek|mama|ibu|ayah|papa|siapapun|ada yang) curiga)|(?:saying|bilang|isinya) (?:goodbye|pamit|selamat tinggal)(?<=(?:voice note|message|text|pesan|vn|chat|sent me|ngirim) (?:saying|bilang|isinya) (?:goodbye|pamit|selamat tinggal))',
    examples: [
      'pas kalian baca ini I am already gone',
      "I won't need them anymore after sunday",
      'by then everything will be over',
      'tomorrow will be peaceful for everyone',
      'this is where it ends.',
      'nobody needs to try to talk me out of it',
      "i've made peace with it",
      "i'm not climbing down",
      'please dont be sad when i stop showing up online',
      'pemandangannya bagus buat yg terakhir kali',
      'kalian baik2 ya',
      'ga usah telpon siapa2',
      'gak usah ada yg nyariin gue',
      'kayaknya ini jawaban yg paling gampang',
      'hari ini hari terakhir gue masuk sekolah',
      "I'm sorry mom.",
      'I just wanted to type this out first.',
      'besok aku ke pantai dan gak balik lagi',
      'udah pamit ke nenek tanpa dia curiga',
      'she just sent me a voice note saying goodbye',
    ],
  },
  {
    id: 'plan.arrangements_r7',
    kind: 'ready',
    ...PLAN_SUICIDE,
    category: undefined,
    // Affairs put in order in more words: savings transferred, a scheduled message, passwords left,
    // things sold or packed to give away, a goodbye message typed and waiting.
    pattern:
      '(?:udah|sudah) (?:aku |gue |ku|saya )?transfer(?<=(?:tabungan|duit|uang|gaji|saldo|atm)(?:ku| aku| gue| saya)? (?:udah|sudah) (?:aku |gue |ku|saya )?transfer)|(?:paycheck|savings)(?<=(?:transfer|transferred|sent) (?:my )?(?:last |whole |all my )?(?:paycheck|savings))|(?:pesan|chat|post|email) terjadwal|(?:password|passwords)(?<=(?:tulis|nulis|tinggalin|left|wrote|written) (?:semua |all )?(?:my )?(?:[a-z]+ )?(?:password|passwords))|(?:owed|borrowed)(?<=paid back the (?:money|cash) i (?:owed|borrowed))|(?:dikasih|dikasihin|disumbangin|sumbangin) ke panti|pesan (?:pamitan|perpisahan)(?=(?: [a-z]+){0,3} (?:udah|sudah) (?:aku |gue |ku|saya )?(?:ketik|tulis))|(?:titipin|titipkan)(?<=(?:jam|laptop|hp|motor|kunci|cincin|kalung)(?: [a-z]+){0,4} (?:gue |aku |ku|saya )?(?:titipin|titipkan))(?= (?:ke|sama) [a-z]+)|(?:cat|dog|guitar|bike|motorbike|laptop) (?:goes|went) to my (?:neighbour|neighbor|cousin|sister|brother|friend)|returned (?:my|the) motorbike|(?:giving|gave|given) my (?:guitar|laptop|bike|motorbike|sketchbooks|books|clothes|shoes|games|console|camera|collection|jewelry|phone)(?= to)|(?:kunci|teralis|pengaman) jendela(?=(?: [a-z]+)? (?:udah|sudah) (?:gue |aku |ku|saya )?(?:copot|lepas|lepasin|copotin))|(?:udah|sudah) (?:aku |gue |ku|saya )?(?:jual|jualin)(?<=(?:motor|hp|laptop|gitar)(?:ku| aku| gue| saya)? (?:udah|sudah) (?:aku |gue |ku|saya )?(?:jual|jualin))',
    examples: [
      'semua tabungan udah gue transfer ke adek',
      'right after I transfer my last paycheck to my mom',
      'udah bikin pesan terjadwal buat temen2',
      'udah gue tulis semua password sosmed di notes',
      'I paid back the money I owed Yoga',
      'baju2 aku bungkus buat dikasih ke panti',
      'pesan pamitan ke grup kelas udah aku ketik',
      'jam tangan bapak gue titipin ke Bima',
      'tomorrow morning my cat goes to my neighbour',
      'I returned the motorbike to my brother',
      'motor gue udah gue jual',
      'kunci jendela kamar udah gue copot',
      "I'm giving my guitar to Bima",
    ],
  },
  {
    id: 'plan.means_r7',
    kind: 'means_strong',
    ...PLAN_SUICIDE,
    // Means at hand in more words: poison "udah di tas", "next to me on the bed", tablets saved for a
    // month, insecticide in the bag.
    pattern:
      '(?:racun(?: tikus)?|baygon|obat nyamuk cair|pestisida)(?=(?: [a-z]+){0,2},? (?:udah|sudah)(?: ada)? (?:di tas|di saku|di kantong|di bawah kasur|di bawah bantal))|(?:poison|pesticide|insecticide|weed killer)(?= (?:bottle )?(?:is|are) (?:already |all |right )?(?:next to me|beside me|in my lap|in my bag))|(?:saving|saved|keeping|kept|hiding|hid) (?:my |all my |[a-z]+s |my [a-z]+s )?(?:sleeping |sleep )?(?:tablets|pills|meds)(?= for (?:a |two |three |[0-9]+ )?(?:month|months|week|weeks))|(?:racun tikus|obat nyamuk|baygon|tali)(?<=(?:udah|sudah) (?:beli|nyiapin|bawa) (?:racun tikus|obat nyamuk|baygon|tali))|(?:isi|penuhin|diisi|isiin) batu(?<=(?:tas|ransel|kantong|saku|jaket)(?: [a-z]+)?(?:ku| aku| gue)? (?:udah|sudah) (?:aku |gue |ku)?(?:isi|penuhin|diisi|isiin) batu)|with (?:rocks|stones)(?<=(?:filled|stuffed) my (?:backpack|bag|pockets|jacket) with (?:rocks|stones))|jadwal kereta(?:nya)?(?<=(?:rel|tracks)[^!?]{0,60}(?:itung|hitung|ngitung|catat|cek|hafalin|apalin) jadwal kereta(?:nya)?)',
    examples: [
      'racun tikus tadi sore, udah di tas',
      'obat nyamuk cair udah ada di tas',
      'the bottle of rat poison is next to me on the bed',
      "I've been saving my mom's sleeping tablets for a month",
      'gw udah beli racun tikus tadi sore',
      'tas gue udah gue isi batu',
      'i filled my backpack with rocks',
      'rel kereta deket rumah. udah gue itung jadwal keretanya',
    ],
  },
  {
    id: 'plan.note_r7',
    kind: 'note',
    ...PLAN_SUICIDE,
    pattern:
      '(?:taro|taroh|tarok)(?<=surat (?:buat|untuk) [a-z]+ (?:udah|sudah) (?:aku |gue |ku|saya )?(?:taro|taroh|tarok))|(?:nulis|tulis|bikin|menulis) wasiat',
    examples: ['surat buat mama udah gue taro di bawah bantal', 'udah nulis wasiat kecil di diary'],
  },
  {
    id: 'plan.goodbye_r7',
    kind: 'goodbye',
    ...PLAN_SUICIDE,
    pattern: '(?:final|last) goodbye (?:post|message|letter|video)',
    examples: ['final goodbye post.', 'this is my last goodbye message'],
  },
  {
    id: 'plan.time_r7',
    kind: 'time',
    ...PLAN_SUICIDE,
    category: undefined,
    pattern:
      'fall asleep(?<=(?:waiting|wait) (?:for|until|till) (?:everyone|everybody|them|my [a-z]+) to fall asleep)|(?:house|dorm|kos) is quiet(?<=when the (?:house|dorm|kos) is quiet)|rumah kosong(?<=(?:pas|waktu|kalau|kalo) rumah kosong)|(?:besok|besoknya) (?:subuh|sore)|(?:sabtu|minggu|jumat|senin|selasa|rabu|kamis) (?:subuh|pagi|malam|malem|sore)',
    examples: [
      'just waiting for everyone to fall asleep',
      'tonight when the house is quiet',
      'besok pagi pas rumah kosong',
      'besok subuh gue kesana',
      'sabtu subuh gue bawa',
    ],
  },
  {
    id: 'plan.act_r7',
    kind: 'act',
    ...PLAN_SUICIDE,
    person: 'auto',
    pattern:
      '(?:taking|take|swallowing|swallow) every (?:single )?one of them|coba lagi(?<=(?:mau|bakal|akan) coba lagi)(?= pake| pakai| dengan)|(?:gue|aku) (?:kesana|ke sana)(?<=(?:besok|nanti|malam ini|malem ini|subuh) (?:subuh |pagi |malam )?(?:gue|aku) (?:kesana|ke sana))',
    examples: [
      "I'm taking every one of them",
      'malam ini aku mau coba lagi pake tali yg lebih tebel',
      'besok subuh gue kesana',
    ],
  },
];

/** Ideation told in new or mixed words (HIGH). */
export const R7_SUICIDE_RULES: RuleSpec[] = [
  {
    id: 'suicide.ideation.r7',
    kind: 'ideation',
    category: 'suicide',
    person: 'auto',
    // The negation is part of the phrase ("ga usah bangun lagi").
    negatable: false,
    pattern:
      'bangun lagi(?<=(?:semoga|moga|mending|mendingan|pengen|pingin|ingin|berharap|rasanya kalo|rasanya kalau|doa)(?: [a-z]+){0,3} (?:ga|gak|nggak|tidak|tak|ngga) (?:usah |perlu )?bangun lagi)|disappear(?<=(?:pengen|pingin|ingin|want to|wanting to|wanna) disappear)(?= ?(?:$|[.,!?;])| aja ?(?:$|[.,!?;])| forever| selamanya| from everything| (?:aja )?dari (?:dunia|semuanya|semua))|(?:gapapa|ga papa|nggak papa|gak papa|ikhlas)(?<=(?:ketabrak|ditabrak|tertabrak)(?: [a-z]+)? (?:juga |aja )?(?:gapapa|ga papa|nggak papa|gak papa|ikhlas))(?! (?:asal|kan|soalnya|karena))|(?:sadar|nyesel|menyesal)(?<=(?:kalo|kalau) (?:aku|gue|saya) (?:mati|udah mati|meninggal),? (?:[a-z]+ ){0,3}(?:sadar|nyesel|menyesal))|(?:berkurang|lebih ringan)(?<=(?:kalo|kalau) (?:aku|gue|saya) (?:gak|ga|nggak|tidak|udah gak|udah ga) ada,? (?:[a-z]+ ){1,4}(?:berkurang|lebih ringan))|mouth to feed(?<=better off without another mouth to feed)|(?:ketabrak|ditabrak|tertabrak)(?<=(?:ya udah|yaudah|yauda|udah) (?:kalo|kalau) (?:ketabrak|ditabrak|tertabrak))|(?:bentar lagi|sebentar lagi) (?:kalian |kamu |semua )?(?:ga|gak|nggak|tidak) (?:usah|perlu) (?:repot )?(?:mikirin|ngurusin|khawatirin|mikirkan) (?:aku|gue|saya)|tanpa alarm(?<=tidur (?:yang |yg )?(?:lama|panjang) tanpa alarm)|(?:tidur|bobo) selamanya(?<=(?:mau|pengen|ingin|pingin) (?:tidur|bobo) selamanya)|(?:ending|end) (?:his|her|their) life(?<=(?:thought|thinking|thinks) about (?:ending|end) (?:his|her|their) life)',
    examples: [
      'gue berdoa semoga besok ga usah bangun lagi',
      'mending besok gak usah bangun lagi aja',
      'gimana rasanya kalo ga bangun lagi',
      'honestly aku pengen disappear aja',
      'kalo ketabrak juga gapapa sih',
      'kalo gue mati mungkin baru mereka sadar',
      'aku ngerasa kalo aku gak ada, beban keluarga bakal berkurang',
      'my family would be better off without another mouth to feed',
      "dalam hati 'ya udah kalo ketabrak'",
      'bentar lagi kalian gak usah repot mikirin aku',
      'aku cuma mau tidur yg lama tanpa alarm',
    ],
  },
  {
    id: 'suicide.method_info.r7',
    kind: 'method_info',
    category: 'suicide',
    person: 'none',
    negatable: false,
    // How much of a medicine "bikin orang ga bangun", "dosis yg ga aman", a rope that holds a body.
    pattern:
      'bangun(?<=(?:berapa|apa|yang|yg|bisa)(?: [a-z0-9]+){0,8} bikin (?:orang |aku |gue |kita )?(?:ga|gak|nggak|tidak|ngga) bangun)(?= lagi| ?\\?| selamanya)|dosis (?:yang )?(?:ga|gak|nggak|tidak) aman(?<=(?:need|needs|butuh|mau tau|pengen tau|nyari|cari|is|itu) dosis (?:yang )?(?:ga|gak|nggak|tidak) aman)|(?:nahan|menahan|nahanin) (?:badan|berat badan|tubuh)(?<=(?:tali|kabel|ikat pinggang)(?: [a-z0-9]+){0,4} (?:yang )?kuat (?:nahan|menahan|nahanin) (?:badan|berat badan|tubuh))(?![^.!?]{0,40}(?:panjat|climbing|hammock|ayunan|tebing|camping|kemah|outbound|flying fox))|(?:hold|holds) my weight(?<=(?:rope|belt|cord|cable)(?: [a-z]+){0,3} strong enough to (?:hold|holds) my weight)(?![^.!?]{0,40}(?:climbing|hammock|swing|camping|rappel|zipline))',
    examples: [
      'berapa banyak insulin yg bisa bikin orang ga bangun?',
      'kalo diminum 30 butir sekaligus bisa bikin gak bangun lagi?',
      'what I need is dosis yg ga aman',
      'tali ukuran berapa yg kuat nahan badan 60 kg?',
      'which rope is strong enough to hold my weight',
    ],
  },
  {
    id: 'suicide.method.r7',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // "gue lompat dari lantai 12": the writer jumping from a named height.
    pattern:
      '(?:lompat|loncat|terjun) dari (?:lantai [0-9]+|atap|rooftop|jembatan|gedung|tower)(?<=(?:gue|aku|saya|gw) (?:bakal |akan |mau |langsung |tinggal )?(?:lompat|loncat|terjun) dari (?:lantai [0-9]+|atap|rooftop|jembatan|gedung|tower))',
    examples: ['gue lompat dari lantai 12 apartemen', 'aku bakal loncat dari jembatan'],
  },
  {
    id: 'suicide.attempt.r7',
    kind: 'attempt',
    category: 'suicide',
    person: 'auto',
    // An overdose waiting to work; a hanging that failed today.
    pattern:
      '(?:(?:nunggu|nungguin|menunggu) obat(?:nya)? (?:kerja|bereaksi|ngefek|bekerja)|waiting for (?:the )?(?:pills|meds|tablets|them) to (?:kick in|work))(?:(?=[^!?]{0,40}[1-9][0-9]+ (?:tablet|tablets|butir|pil|pills))|(?<=[1-9][0-9]+ (?:tablet|tablets|butir|pil|pills)[^!?]{0,60}))|(?:talinya|tali(?:nya)? [a-z]+) putus(?<=(?:gantung|ngegantung|pasang) tali[^.!?]{0,60}(?:talinya|tali(?:nya)? [a-z]+) putus)',
    examples: [
      'nulis ini sambil nunggu obatnya kerja. 30 tablet tadi',
      'took 20 pills, just waiting for the pills to kick in',
      'tadi aku gantung tali di kusen pintu, tapi talinya putus',
    ],
  },
];

/** Self-harm just done and its wounds, in Indonesian and mixed words. */
export const R7_SELF_HARM_RULES: RuleSpec[] = [
  {
    id: 'self_harm.r7',
    kind: 'self_harm',
    category: 'self_harm',
    person: 'auto',
    pattern:
      '(?:sayat|silet|iris|potong)(?<=(?:aku|gue|gw|saya|barusan|tadi) (?:barusan |tadi |udah )?(?:sayat|silet|iris|potong))(?= (?:paha|tangan|lengan|pergelangan|kulit|perut)(?:ku| aku| gue)?)|pake silet(?<=(?:barusan|tadi|baru aja) pake silet)|(?:tonjok|tonjokin|pukul|pukulin|tampar|tamparin|jambak|jambakin|cakar|cakarin) (?:muka|kepala|pipi|rambut|badan|perut) (?:gue |aku |saya )?sendiri|burning my (?:arm|forearm|wrist|thigh|skin|hand|leg)s?(?= with)|luka (?:sayatan )?baru(?= di (?:paha|lengan|tangan|pergelangan))',
    examples: [
      'barusan gw sayat paha dalem',
      'tadi gw potong tangan terlalu dalem',
      'darah ngucur, barusan pake silet',
      'gue tonjok muka gue sendiri',
      'aku jambakin rambut sendiri sampe rontok',
      "I've been burning my forearm with a lighter",
      'I relapsed. 4 luka baru di paha',
    ],
  },
  {
    id: 'self_harm.this_time_r7',
    kind: 'self_harm',
    category: 'self_harm',
    person: 'auto',
    // "This time" is now, whatever the earlier sentences say about months clean.
    temporal: false,
    pattern:
      'this time i (?:used|took|grabbed|cut with) (?:the|a|my) (?:blade|razor|cutter|knife|silet)|kali ini (?:aku|gue|gw) (?:pake|pakai) (?:silet|cutter|pisau)',
    examples: ["This time I used the blade from my dad's razor", 'kali ini gue pake silet'],
  },
  {
    id: 'self_harm.injury.r7',
    kind: 'injury',
    category: 'self_harm',
    person: 'none',
    pattern:
      '(?:keliatan|kelihatan) (?:daging|dagingnya|tulang|tulangnya)|(?:see inside it|see the fat|see bone)|bled through|handuk(?:nya)? (?:udah |sudah )?basah(?: semua)?|(?:ngucur|mengucur|netes) terus|(?:berhenti berhenti|berhenti)(?<=darah(?:nya)? (?:ga|gak|nggak|tidak) (?:berhenti berhenti|berhenti))',
    examples: [
      'kyknya keliatan dagingnya',
      'a gash so deep I can see inside it',
      "it's bled through three bandages",
      'handuk udah basah semua',
      'darah dari tangan gue ngucur terus',
    ],
  },
];

/** Violence: intent in Indonesian and mixed words, wishes that make a plan with a weapon and a time. */
export const R7_VIOLENCE_RULES: RuleSpec[] = [
  {
    id: 'violence.intent.r7',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:ga|gak|nggak|tidak) bisa (?:jalan|bangun|berdiri|napas|gerak)(?<=(?:pukulin|hajar|gebukin|tonjokin|hajarin|gebuk|pukul)(?: [a-z]+){0,2} (?:sampe|sampai) (?:ga|gak|nggak|tidak) bisa (?:jalan|bangun|berdiri|napas|gerak))|patahin (?:tangan|kaki|leher|tulang)(?:nya)?|(?:tusuk|bacok|tikam) (?:si [a-z]+|dia)(?<=(?:gue|gw|aku|saya) (?:tusuk|bacok|tikam) (?:si [a-z]+|dia))|(?:nyakitin|mukulin|nusuk|ngebunuh|bunuh|nyiksa) (?:mereka|dia|si [a-z]+)(?<=(?:ngebayangin|bayangin|membayangkan|kebayang) (?:nyakitin|mukulin|nusuk|ngebunuh|bunuh|nyiksa) (?:mereka|dia|si [a-z]+))|hurt (?:him|her|them) (?:badly|bad)|really hurting (?:him|her|them)',
    examples: [
      'one day gue pukulin dia sampe ga bisa jalan',
      'gue patahin tangannya',
      'pengen gue hajar sampe gak bisa bangun',
      'nanti gue tusuk si Raka',
      'kadang aku ngebayangin nyakitin mereka',
      "I'm going to snap and hurt him badly",
      'i fantasise about really hurting them',
    ],
  },
  {
    id: 'violence.wish.r7',
    kind: 'violence_wish',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:tau|tahu|ngerasain|merasakan) rasa(?:nya)?(?<=(?:(?:biar|bakal|akan) (?:dia|mereka|si [a-z]+)|(?:dia|mereka|si [a-z]+) (?:bakal|akan|pasti)) (?:tau|tahu|ngerasain|merasakan) rasa(?:nya)?)(?= ?(?:$|[.,!?;])| (?:pas|nanti|besok|ntar|liat aja|lihat aja))|(?:ngerasain|merasakan)(?<=biar (?:dia|mereka) (?:ngerasain|merasakan))(?= ?(?:$|[.,!?;]))|harus bayar(?<=(?:dia|mereka) harus bayar)(?= ?(?:$|[.,!?;]))|(?:gets|get) what (?:he|she|they) deserves?(?<=(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|besok|nanti) (?:he|she|they) (?:finally )?(?:gets|get) what (?:he|she|they) deserves?)|see what they did to me(?<=(?:will|they will) (?:finally )?see what they did to me)|rata (?:sama|dengan) tanah(?<=(?:rumah|kos|sekolah)(?: [a-z]+){0,3} (?:bakal |akan )?rata (?:sama|dengan) tanah)',
    examples: [
      'biar dia tau rasanya',
      'si Dimas bakal tau rasa',
      'biar dia ngerasain.',
      'dia harus bayar',
      'Thursday he finally gets what he deserves',
      "they'll finally see what they did to me",
      'malem ini rumah bapak tiri gw rata sama tanah',
    ],
  },
];

/** The weapon or fuel at hand (armed component), in more words. */
export const R7_ARMED_RULES: RuleSpec[] = [
  {
    id: 'plan.armed_r7',
    kind: 'armed',
    category: 'violence',
    person: 'none',
    temporal: false,
    pattern:
      '(?:knife|blade|machete)(?<=(?:i have|i have got|got|i brought) (?:a |the |my )?(?:kitchen |big |sharp )?(?:knife|blade|machete))(?= (?:wrapped|hidden|tucked))|(?:bensin|korek)(?:nya)?(?: (?:udah|sudah) (?:ada|di jerigen|(?:aku |gue )?(?:siapin|siapkan)))(?<=(?:bensin|korek)(?:nya)? (?:udah|sudah) (?:ada|di jerigen|(?:aku |gue )?(?:siapin|siapkan)))|jerigen bensin|airsoft(?= (?:yang|yg) (?:udah |sudah )?(?:dimodif|dimodifikasi))',
    examples: [
      "I've got a kitchen knife wrapped in a shirt",
      'bensin udah di jerigen, korek udah ada',
      'koreknya udah gue siapin',
      'gue bawa satu jerigen bensin ke gudang',
      'gw bawa airsoft yg udah dimodif',
    ],
  },
];

/** Abuse: danger inside the house, coercion and touching. */
export const R7_ABUSE_RULES: RuleSpec[] = [
  {
    id: 'abuse.danger.r7',
    kind: 'danger',
    category: 'abuse',
    person: 'none',
    pattern:
      'finish what (?:he|she|they) started|(?:nungguin|nunggu) (?:aku|gue|saya)(?<=(?:di ruang tamu|di depan kamar|di depan pintu|di dapur|di luar kamar) (?:nungguin|nunggu) (?:aku|gue|saya))(?= ?(?:$|[.,!?;]))|(?:kunci|ngunci) pintu(?<=(?:ga|gak|nggak|tidak) boleh (?:kunci|ngunci) pintu)|(?:aku|gue|saya) (?:dikunci|dikunciin) dari luar|(?:ngurung|ngurungin|mengurung|ngunciin) (?:aku|gue|saya)|(?:ga|gak|nggak|tidak) bisa keluar (?:rumah|kamar|kos)|(?:ngasah|asah|mengasah) (?:pisau|golok|parang)(?<=(?:dia|he|she) (?:lagi |sedang )?(?:ngasah|asah|mengasah) (?:pisau|golok|parang))',
    examples: [
      "he said he's gonna finish what he started",
      'paman lagi di ruang tamu nungguin aku',
      'malem ini aku ga boleh kunci pintu lagi',
      'aku dikunciin dari luar',
      'pacar aku ngurung aku di kontrakannya',
      'aku gak bisa keluar rumah, help',
      'dia lagi ngasah pisau di dapur',
    ],
  },
  {
    id: 'abuse.coercion.r7',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:maksa|memaksa|paksa|maksain) (?:aku|gue|saya) (?:buat |untuk )?(?:kirim|ngirim|ngelakuin hal|melakukan hal|ciuman|tidur)|(?:pressuring|pressures|pressured|forcing|forces) me into (?:sexual|sex|doing sexual)|pegang pegang (?:paha|dada|badan|pantat)|slaps me(?= (?:when|every|if|whenever))|keeps my (?:id|passport|ktp)(?: card)?(?= so i (?:cant|cannot|can not) (?:leave|go|run))',
    examples: [
      'kakak pembina maksa aku kirim foto2',
      'maksa aku ngelakuin hal2 seksual',
      'a senior keeps pressuring me into sexual things',
      'guru les gue suka pegang2 paha gue',
      'the lady of the house slaps me when I make mistakes',
    ],
  },
];

const medium = (
  id: string,
  kind: 'unsafe' | 'spam' | 'promo' | 'personal' | 'harassment' | 'trauma',
  category: 'unsafe_advice' | 'spam' | 'personal_data' | 'harassment' | 'abuse',
  pattern: string,
  examples: string[],
): RuleSpec => ({ id, kind, category, person: 'none', temporal: false, pattern, examples });

/** Unsafe advice in mixed words: someone else's sleeping pills, sharing pills, beer as a cure, pills sold without a prescription, stopping medication, keeping away from counsellors. */
export const R7_UNSAFE_RULES: RuleSpec[] = [
  medium(
    'unsafe_advice.r7',
    'unsafe',
    'unsafe_advice',
    'ambil aja obat(?= (?:tidur |penenang )?(?:nyokap|mama|ibu|ortu|bokap|papa|kakak|tante))|minum aja(?=(?: bro| guys| sis| kak)?,? (?:[0-9]+|satu|dua|tiga) (?:kaleng|botol|gelas|cans?|bottles?) (?:bir|wine|vodka|alkohol|ciu|beer|beers))|minum air(?: putih)?(?<=(?:kurus|langsing|diet|turun|berat badan)[^.!]{0,40}(?:cuma|hanya) minum air(?: putih)?)(?= (?:[0-9]+|tiga|lima|tujuh|seminggu) hari)|(?:mau|mo) (?:gue|aku|gw) (?:bagi|bagiin|share)(?<=(?:alprazolam|xanax|obat|pil|pills|riklona|valium|tramadol)[^.!?]{0,40}(?:mau|mo) (?:gue|aku|gw) (?:bagi|bagiin|share))(?= ?[?])|(?:tanpa resep|no prescription(?: needed)?)(?<=(?:obat penenang|obat fokus|obat tidur|alprazolam|xanax|adderall|riklona|tramadol|valium|pills)[^.!?]{0,40}(?:tanpa resep|no prescription(?: needed)?))|(?:psychiatrist|psikiater) (?:doesnt|does not|gak|ga|nggak|tidak) (?:know (?:your|ur|you) |lebih tau|lebih tahu)|(?:do the same|berhentiin aja)(?<=(?:you should do the same|berhentiin aja))(?= (?:if|kalo|kalau|kayak|kyk) )|(?:dont|do not|jangan) (?:tell|bother with|go to|cerita ke|bilang ke|lapor ke) (?:the |your )?(?:school |campus )?(?:counsellor|counselor|guru bk|psikolog)',
    [
      'kalo susah tidur ambil aja obat tidur nyokap lo 2 biji',
      'kalo stress minum aja bro, 2 kaleng bir langsung chill',
      'mau kurus cepet? cuma minum air putih 5 hari, no food at all',
      'gue punya sisa alprazolam, mau gue bagi?',
      'jual obat penenang tanpa resep, COD',
      "I've got Alprazolam and Adderall, no prescription needed",
      "your psychiatrist doesn't know your body better than you",
      'you should do the same if your meds bother you',
      'berhentiin aja kayak dia',
      "please don't tell the school counsellor",
      'jangan cerita ke guru BK soal itu',
    ],
  ),
];

/** Spam: quick money, loans, slot sites, crypto, with their calls to action. */
export const R7_SPAM_RULES: RuleSpec[] = [
  medium(
    'spam.topic_r7',
    'spam',
    'spam',
    'cuan [0-9]+ ?(?:percent|persen)|earn [0-9]+ ?(?:jt|juta|rb|ribu|k)|no experience needed|no collateral|cash loans?|slot site|situs slot|deposit into|(?:100|200) (?:percent|persen) bonus|bonus (?:100|200) (?:percent|persen)|koin crypto baru|pricelist|price list',
    ['cuan 300% seminggu', 'Earn 2jt/hari cuma dari HP', 'fast cash loans, no collateral', 'this slot site'],
  ),
  medium(
    'spam.promo_r7',
    'promo',
    'spam',
    'join grup (?:telegram|wa|whatsapp)(?: gue| aku| ku)?|klik link(?: ini| di bio)?|tap the link|register (?:through|with|via) my link|link in my bio|dont miss out|use (?:my )?code [a-z0-9]+|dm (?:me )?(?:for|buat) (?:the )?(?:price|pricelist|harga)|cod (?:area|jabodetabek|jakarta|bekasi|depok|tangerang|bogor)',
    ['join grup telegram gue guys', 'klik link ini sekarang', 'DM me for the price list', 'COD jabodetabek'],
  ),
];

/** Personal data: a flat by floor and unit; someone's kos or a parent's number asked for. */
export const R7_PERSONAL_RULES: RuleSpec[] = [
  medium(
    'personal_data.r7',
    'personal',
    'personal_data',
    'unit [0-9]{2,4}(?<=lantai [0-9]+ unit [0-9]{2,4})|(?:lives in|tinggal di mana|tinggal dimana)(?<=(?:which|what) (?:kos|kost|dorm|apartment|building) [a-z]+ lives in|kos(?:an)? [a-z]+ (?:tinggal di mana|tinggal dimana))|berapa(?<=nomor (?:hp |wa )?(?:nyokap|bokap|mama|papa|ibu|ayah|ortu|kakak|adek|adik)(?:nya)? [a-z]+ berapa)',
    [
      'gue tinggal di apartemen Kalibata tower C lantai 9 unit 905',
      'anyone know which kos Rania lives in?',
      'nomor nyokapnya Dewi berapa ya?',
    ],
  ),
];

/** Harassment without insult words: "ngaca dulu", voting a member out, mocking a member's post or pain. */
export const R7_HARASSMENT_RULES: RuleSpec[] = [
  medium(
    'harassment.r7',
    'harassment',
    'harassment',
    'ngaca dulu(?= (?:deh|sana|lah|dong|bestie|lo|lu|kamu|sis|bro))|(?:dikick|dikeluarin|di kick|ditendang) dari grup(?<=(?:setuju|vote) (?:si )?[a-z]+ (?:dikick|dikeluarin|di kick|ditendang) dari grup)|malu maluin grup|(?:gak|ga|nggak) usah caper|stop pretending to be (?:depressed|sad|suicidal)|(?:diem|diam) aja di grup|(?:that is|thats) literally you|your cringe (?:poems|posts|stories|art)|ss chat pribadinya [a-z]+|ngetawain (?:lo|lu|kamu) di belakang',
    [
      'gendut kok curhat soal diet, ngaca dulu deh',
      'yg setuju si Arga dikick dari grup angkat tangan',
      'malu2in grup aja',
      'udah deh gak usah caper di sini',
      "Putri, stop pretending to be depressed, it's pathetic",
      'mending lo diem aja di grup ini',
      'ugly and annoying, thats literally you',
      'stop posting your cringe poems here',
      'ini SS chat pribadinya Fikri',
      'pasti satu sekolah ngetawain lo di belakang',
    ],
  ),
];

/** Trauma that still hurts, in more words (MEDIUM only in a post about abuse or bullying). */
export const R7_TRAUMA_RULES: RuleSpec[] = [
  medium(
    'abuse.trauma.r7',
    'trauma',
    'abuse',
    '(?:had|having|get|getting|into) (?:a |three |two |[0-9]+ )?panic attacks?|flashbacks? (?:are|is) getting worse|start shaking|(?:masih )?panik tiap|langsung gemeteran|kasar (?:banget |bgt )?ke (?:gue|aku|saya)',
    [
      "I've had three panic attacks this month",
      'the flashbacks are getting worse',
      'I start shaking and cannot breathe',
      'gue masih panik tiap ada orang teriak',
      'gue langsung gemeteran',
      'bokap dulu kasar bgt ke gue',
    ],
  ),
];
