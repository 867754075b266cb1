/** Violence against others: intent, wishes, mass violence, weapons, threats to another member. */

import type { RuleSpec } from '../types';

const HARM_EN =
  'kill|murder|hurt|stab|shoot|beat up|beat|punch|hit|attack|strangle|choke|poison|burn|smash|slap|kick|bash|jump|fight|destroy|get back at|get revenge on|run over';
const LETHAL_EN = 'kill|murder|stab|shoot|strangle|poison|burn|run over|hurt';
const HARM_ID =
  'bunuh|bunuhin|ngebunuh|membunuh|habisin|habisi|ngabisin|matiin|tusuk|nusuk|tusukin|bacok|bacokin|tikam|pukul|pukulin|mukul|mukulin|hajar|ngehajar|gebukin|gebuk|tonjok|nonjok|tonjokin|tampar|nampar|tendang|nendang|bakar|ngebakar|racunin|racuni|celakain|celakai|nyelakain|cekik|nyekik|serang|nyerang|tembak|siram|labrak|ngelabrak|keroyok|ngeroyok|lukai|ngelukain|lukain|sakitin|nyakitin|hancurin|bikin mampus|bikin mati|gampar|tabok|injak|injek|bantai';
const LETHAL_ID =
  'bunuh|bunuhin|ngebunuh|membunuh|habisin|habisi|ngabisin|matiin|tusuk|nusuk|bacok|tikam|bakar|racunin|racuni|tembak|bikin mampus|bikin mati|bantai|cekik|nyekik';

export const VIOLENCE_RULES: RuleSpec[] = [
  {
    id: 'violence.intent.en',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern: `(?:i am going to|i will|i am about to|i swear i will|i am gonna|im going to|i plan to|i am planning to|i am ready to|i am gonna go|going to|about to|i will go|i wil|i am definitely going to|i have decided to) (?:go |just |finally |actually |fucking )?(?:${HARM_EN}) (?:{PERSON_EN})(?! (?:at|in) (?:chess|a game|games|cards|the race|tennis|football|basketball|badminton|fortnite|minecraft|mobile legends|ml|valorant|pubg|ff|free fire))|(?:i want to|i wanna|i really want to|i could|i will) (?:${LETHAL_EN}) (?:{PERSON_EN})`,
    examples: [
      "I'm going to hurt my roommate when he gets home.",
      'i will kill him',
      'I want to stab that guy',
    ],
  },
  {
    id: 'violence.act.en',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    // The act itself ("im stabbing him") and harm named by its result ("break his jaw", "make him bleed").
    pattern: `i am (?:stabbing|killing|shooting|strangling|poisoning|hurting|attacking)(?= (?:{PERSON_EN})(?! (?:at|in) [a-z]))|(?:break|smash|snap) (?:his|her|their|your|that [a-z]+s) (?:face|neck|legs?|arms?|nose|jaw|skull|fingers?|ribs)(?<=(?:going to|will|gonna|about to) (?:break|smash|snap) (?:his|her|their|your|that [a-z]+s) (?:face|neck|legs?|arms?|nose|jaw|skull|fingers?|ribs))|make (?:him|her|them|that (?:guy|girl|kid|boy)) (?:bleed|suffer|beg)(?<=(?:going to|will|gonna) make (?:him|her|them|that (?:guy|girl|kid|boy)) (?:bleed|suffer|beg))|put (?:him|her|them) in (?:the |a )?(?:hospital|grave|wheelchair|coma)(?<=(?:going to|will|gonna) put (?:him|her|them) in (?:the |a )?(?:hospital|grave|wheelchair|coma))`,
    examples: [
      'if he shows up tomorrow im stabbing him',
      "i'm going to break his jaw, i mean it",
      "she's going to make him bleed",
    ],
  },
  {
    id: 'violence.intent.id',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern: `(?:aku |gue |saya |ku )?(?:bakal|akan|mau|siap|udah siap|pasti|rencana|berencana|niat|tinggal|bakalan|beneran mau) (?:aku |gue |ku)?(?:${HARM_ID}) (?:{PERSON_ID})|(?:pengen|ingin|pingin|kepengen) (?:banget )?(?:${LETHAL_ID}|nyakitin|menyakiti|ngelukain|melukai|celakain|nyelakain|mencelakai) (?:{PERSON_ID})|(?:dia|{RELATION_ID}|orang itu|anak itu|mereka|kamu|lo) (?:bakal|akan|mau|pasti) (?:aku |gue |ku)(?:${HARM_ID})(?:in)?|(?:bakal|akan|pasti) (?:ku|gue )(?:${LETHAL_ID})(?:in)?`,
    examples: [
      'Pas kakakku pulang nanti aku bakal pukul dia pakai balok.',
      'gue bakal bunuh dia',
      'dia bakal kuhajar',
    ],
  },
  {
    id: 'violence.act.id',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    // Indonesian tells intent without a modal: "besok aku tusuk dia", "gue bacok pake golok".
    pattern: `(?:${LETHAL_ID})(?:in)? (?:dia|mereka|orang itu|anak itu)(?<=(?:aku|gue|saya) (?:langsung )?(?:${LETHAL_ID})(?:in)? (?:dia|mereka|orang itu|anak itu))(?! (?:di|dalam) (?:game|gim|mimpi|film))|(?:pake|pakai|pakek|dengan|make) (?:pisau|golok|celurit|clurit|parang|pistol|senjata|balok|linggis|cutter|bensin|besi)(?<=(?:aku|gue|saya|ku) (?:${HARM_ID})(?:in)?(?: (?:dia|mereka|si [a-z]+))? (?:pake|pakai|pakek|dengan|make) (?:pisau|golok|celurit|clurit|parang|pistol|senjata|balok|linggis|cutter|bensin|besi))|(?:masuk rumah sakit|masuk rs|babak belur|bonyok|cacat|koma|sekarat|berdarah darah)(?<=(?:bakal|akan|mau|pasti|sumpah) (?:aku |gue )?(?:bikin|buat) (?:{PERSON_ID}) (?:masuk rumah sakit|masuk rs|babak belur|bonyok|cacat|koma|sekarat|berdarah darah))`,
    examples: [
      'besok aku tusuk dia pas istirahat',
      'malam ini gue bacok pake golok',
      'sumpah gue bakal bikin dia masuk rumah sakit',
    ],
  },
  {
    id: 'violence.ambush',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:waiting for|going after|going to find|hunting|hunting for|looking for|following) (?:{PERSON_EN})(?: [a-z]+){0,5} with (?:a|my|the|his|her) (?:knife|gun|bat|weapon|blade|hammer|machete|pistol)|(?:nunggu|nungguin|nunggguin|nyari|nyariin|ngincer|nyegat|ngikutin) (?:{PERSON_ID})(?: [a-z]+){0,5} (?:bawa|pakai|pake|dengan|sambil bawa|sambil pegang) (?:pisau|golok|celurit|clurit|parang|pistol|senjata|balok|sajam)',
    examples: [
      "I'm waiting for my teacher outside the school with a knife.",
      'Aku nunggu guruku di luar sekolah bawa pisau.',
    ],
  },
  {
    id: 'violence.arson',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:going to|will|gonna|about to|plan to|want to) (?:burn down|set fire to|torch|blow up) (?:{PERSON_EN}|(?:my |his |her |their |the )?(?:[a-z]+s )?(?:house|shop|store|home|car|school|office|place))|(?:bakal|akan|mau|pengen|siap) (?:aku |gue |ku)?(?:bakar|ngebakar|membakar|ledakin|bom) (?:rumah|toko|mobil|motor|sekolah|kantor|warung|kamar)(?:nya)?(?: [a-z]+){0,2}',
    examples: [
      "I'm going to burn down my stepfather's shop tomorrow.",
      'Besok aku bakal bakar toko ayah tiriku.',
    ],
  },
  {
    id: 'violence.wish',
    kind: 'violence_wish',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:i want to|i wanna|i really want to|i could|i feel like|i am so close to) (?:punch|slap|hit|kick|smack|strangle|beat up|fight) (?:{PERSON_EN})|(?:i could|i feel like i could|i swear i could) (?:just )?(?:kill|murder|strangle) (?:{PERSON_EN})|(?:pengen|pingin|ingin|mau|gatel pengen|rasanya pengen) (?:banget )?(?:nonjok|tonjok|nampar|tampar|nampol|tampol|mukul|pukul|nendang|tendang|gampar|tabok|jambak|nyekik|cekik|ngehajar|hajar|gebukin|ngelabrak|labrak) (?:muka |kepala |mulut |pipi |perut )?(?:{PERSON_ID})',
    examples: ['I want to punch him so bad.', 'pengen nampar dia rasanya'],
  },
  {
    id: 'violence.wish_harm',
    kind: 'violence_wish',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:gets|get) (?:hit by a|run over|killed|murdered|hurt|cancer|stabbed|shot)(?<=(?:hope|hoping|wish|pray|praying) (?:that )?(?:{PERSON_EN}) (?:will |would )?(?:gets|get) (?:hit by a|run over|killed|murdered|hurt|cancer|stabbed|shot))|(?:dies|drops dead|will die|would die|rots in hell|burns in hell|suffers)(?<=(?:hope|wish|pray) (?:that )?(?:{PERSON_EN}) (?:dies|drops dead|will die|would die|rots in hell|burns in hell|suffers))|(?:semoga|moga moga|moga|mudah mudahan|berharap|pengen liat|pengen lihat|doain) (?:aja )?(?:{PERSON_ID}|si [a-z]+(?: [a-z]+)?)(?: (?:itu|tuh|cepet|cepat|segera|besok|biar))* (?:ketabrak|ditabrak|kecelakaan|mati|mampus|celaka|kena azab|kena karma|masuk neraka|dilindes|kelindes|sakit parah|kena kanker|modar|koit|meninggal)',
    examples: ['i hope my bully gets hit by a bus honestly', 'semoga si bos gw ketabrak truk besok pagi'],
  },
  {
    id: 'violence.doom',
    kind: 'violence_wish',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:mampus|modar|tamat riwayat)(?= (?:lo|dia|kau|kamu|mereka)(?: nanti| besok| semua)?(?:$|[.,!?;]))|(?:will|is going to|are going to|are gonna|is gonna) (?:all )?pay(?= ?(?:$|[.,!?;])| for (?:what|everything|all))(?<!\\b(?:i|we|you|i am|we are|you are) (?:will|is going to|are going to|are gonna|is gonna) (?:all )?pay)|(?:dia|mereka|lo|kamu|kau) (?:bakal|akan|pasti) (?:nyesel|menyesal|nyesal)(?= ?(?:$|[.,!?;]| (?:udah|sudah|seumur|karena|gara)))|(?:it is|its|it will be|then it is|then its) (?:all )?over(?<=(?:when|once|as soon as) (?:he|she|they|that [a-z]+) (?:comes|walks|steps|gets) (?:out|home|here|outside)[,]? (?:it is|its|it will be|then it is|then its) (?:all )?over)(?= ?(?:$|[.,!?;]|for (?:him|her|them)))',
    examples: [
      'tinggal nunggu dia pulang, mampus dia',
      "they'll all pay for what they did",
      'that guy Rafi is going to pay for everything',
      'dia bakal nyesel udah nyebarin foto gue',
      "when he comes out it's over.",
    ],
  },
  {
    id: 'violence.mass',
    kind: 'violence_mass',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:shoot up|bomb|blow up|attack|burn down|shoot everyone at|kill everyone at|kill everyone in) (?:the |my |our |this )?(?:school|class|classroom|campus|mosque|church|temple|office|mall|dorm)|(?:gun|knife|weapon|bomb|guns|pistol|rifle|knives) to (?:school|class|campus)(?<=(?:bring|bringing|brought|take|taking|carry|carrying) (?:(?:a|my|the|his|her|[a-z]+s) )*(?:gun|knife|weapon|bomb|guns|pistol|rifle|knives) to (?:school|class|campus))|(?:bom|ngebom|meledakkan|ledakin|bakar|ngebakar|nembakin|tembakin) (?:sekolah|kelas|kampus|masjid|gereja|kantor|asrama)|bawa (?:pisau|senjata|pistol|bom|celurit|golok|parang|sajam|cutter|gunting)(?: dapur| lipat)? ke (?:sekolah|kelas|kampus)(?! (?:buat|untuk) (?:praktik|masak|prakarya|pelajaran|tugas))|(?:bunuh|habisin|bantai) (?:semua orang|satu kelas|semua anak) (?:di|yang di) (?:sekolah|kelas|kampus)',
    examples: [
      "I'm going to bring a gun to school tomorrow.",
      'besok aku bawa pisau ke sekolah',
      'besok gue bawa cutter ke sekolah',
    ],
  },
  {
    id: 'violence.threat_member',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:i know|i will find|i am going to find|i will find out|i found out) where you (?:live|study|work|go to school)|(?:watch your back|you are dead meat|you are a dead man)|(?:gue|aku|saya) (?:tau|tahu|tahu kok|bakal cari|bakal cari tau|udah tau) (?:rumah|alamat|sekolah|kampus|kos|kosan) (?:lo|kamu|mu|lu)|(?:awas|liat aja|lihat aja) (?:lo|kamu|lu|kau)(?: ya| nanti| besok)?(?: gue| aku)? (?:hajar|habisin|bunuh|pukul|gebukin|cari)',
    examples: ['I know where you live.', 'gue tau rumah lo'],
  },
  {
    id: 'violence.weapon',
    kind: 'weapon',
    category: 'violence',
    person: 'none',
    temporal: false,
    pattern:
      '(?:(?:baseball )?bat|knife|knives|gun|pistol|rifle|shotgun|axe|hammer|machete|crowbar|brass knuckles|brick|bricks|pipe|pisau|golok|celurit|clurit|parang|samurai|pedang|senapan|senjata(?: tajam| api)?|sajam|tongkat(?: baseball| besi| kayu)?|pentungan|balok(?: kayu)?|kayu|besi|linggis|palu|batu bata|batu|gunting|obeng|bensin|gasoline|petrol|molotov|air keras|acid|racun|poison|rantai|gir|sabuk|ikat pinggang|sapu)(?:nya|ku|mu)?',
    examples: ["I've got a bat by the door.", 'pukul dia pakai balok'],
  },
  // ---- Round 6: revenge told as such, a weapon carried to school in more words.
  {
    id: 'violence.revenge',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      'going to pay(?<=(?:he|she|they|hes|shes|theyre) (?:is |are |will )?(?:finally )?going to pay)(?= ?(?:$|[.,!?;]))|what i (?:felt|went through|feel)(?<=make (?:them|him|her|everyone) (?:all )?(?:feel|suffer) what i (?:felt|went through|feel))|going to (?:stab|shoot|attack|beat up)(?= (?!(?:me|us|myself|it|you|time) )[a-z]+ (?:at|after|tomorrow|today|tonight|when|in the|on)(?! (?:chess|a game|games)))|(?:gue|aku) rasain(?<=(?:harus|bakal|biar|mesti|akan) (?:ngerasain|ngerasa|merasakan|tau rasanya|tahu rasanya|nyobain) (?:apa )?(?:yang|yg) (?:gue|aku|saya) (?:rasain|rasakan))|rasanya (?:di|ke)[a-z]+(?<=biar (?:dia|mereka|lo|si [a-z]+) (?:tau|tahu|ngerasain) rasanya (?:di|ke)[a-z]+)|(?:bales|balas) (?:semua|dendam)(?<=(?:gue|aku|saya) (?:bakal |akan |mau )?(?:bales|balas) (?:semua|dendam))',
    examples: [
      'hes finally gonna pay',
      'make them all feel what i felt',
      'im gonna stab budi at the parking lot after school',
      'si R harus ngerasain yg gw rasain selama ini',
      'biar dia tau rasanya dipermaluin',
      'suatu hari gw bales semua yg bokap tiri gw lakuin',
    ],
  },
  {
    id: 'violence.mass.more',
    kind: 'violence_mass',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:airsoft gun|(?:the|a|my|his|dads) gun|knife|machete|pistol|rifle|pisau|golok|senjata|celurit|parang)(?<=(?:bring|bringing|take|taking|bawa|membawa) (?:[a-z]+ ){0,4}(?:gun|knife|machete|pistol|rifle|pisau|golok|senjata|celurit|parang))(?= (?:(?!(?:buat|untuk|for) )[a-z]+ ){0,4}(?:to|ke) (?:school|class|campus|sekolah|kelas|kampus)(?! (?:buat|untuk|for) (?:praktik|masak|cooking|prakarya|pelajaran|class|lesson|art)))',
    examples: [
      "i'll bring the airsoft gun my cousin modified to class on monday",
      'im bringing my dads machete to school tomorrow',
      'besok aku mau bawa pistol angin bokap ke sekolah',
    ],
  },
  // ---- Round 7: violence: intent in Indonesian and mixed words, wishes that make a plan with a weapon and a
  // time.
  {
    id: 'violence.intent.mixed',
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
    id: 'violence.wish_armed',
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
  // ---- Round 8: violent intent in new words (fantasies of stabbing someone, "make them pay", "friday
  // they pay", "abis dia hari ini"), acid and weapons prepared for someone.
  {
    id: 'violence.fantasy',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    negatable: false,
    pattern:
      '(?:fantasi[sz]ing|fantasi[sz]e|fantasi[sz]ed|daydreaming|daydream) about(?= (?:stabbing|killing|hurting|smashing|shooting|strangling|poisoning|beating|choking|burning) (?!myself))|(?:them all|them|him|her|everyone|em) pay(?<=(?:make|making) (?:them all|them|him|her|everyone|em) pay)(?! (?:for (?!what|everything|this|that|it)|back|attention|rent|the|a))|(?:they pay|he pays|she pays|they die|he dies|she dies|they will pay|he will pay|she will pay)(?= ?(?:$|[.!]))(?<=(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow)(?: [a-z]+){0,3} [a-z]+(?: will)? [a-z]+)|(?:hurt|kill|stab|punch|smash) (?:him|her|them)(?<=(?:going to|gonna|will) (?:really|seriously|actually|definitely) [a-z]+ [a-z]+)|use it on (?:him|her|them)(?<=(?:going to|gonna|will) use it on (?:him|her|them))|down the stairs(?<=(?:want to|wanna|going to|gonna|will) push [^.!?]{0,40} down the stairs)|bangun lagi(?<=(?:ngehajar|hajar|hajarin|mukulin|pukulin|gebukin|nonjok|tonjok|tonjokin)[^.!?]{0,30}(?:sampai|sampe) (?:dia|mereka|orang itu|si [a-z]+) (?:ga|gak|nggak|tidak) bisa bangun lagi)|abis dia(?= (?:hari ini|malam ini|besok|nanti|sekarang)| ?[.!]| ?$)(?<=(?:gue|gw|aku|tunggu|temen).{0,120}abis dia)|air keras(?<=(?:siram|nyiram|nyiramin) (?:muka|wajah)(?:nya)? (?:pake|pakai|dengan) air keras)|bawa (?:sesuatu|senjata|pistol|bom)(?= ke sekolah)(?<=(?:ngebayangin|bayangin|kebayang|pengen|mau|pingin|rencana) (?:[a-z]+ ){0,3}bawa [a-z]+)|(?:ngelukain|nyakitin|lukain|celakain)(?<=(?:pengen|mau|ingin|kebayang)(?: terus)? (?:ngelukain|nyakitin|lukain|celakain))(?= (?:dia|mantan|si|orang|mereka))',
    examples: [
      'i keep fantasizing about stabbing him',
      'i want to push him down the stairs',
      'pengen ngehajar dia sampe dia gak bisa bangun lagi',
      'i want to make them all pay',
      'friday they pay.',
      'i am going to really hurt him',
      'the knife is in my bag and i will use it on him',
      'gw tunggu di gang, abis dia hari ini',
      'aku siram mukanya pake air keras',
      'kadang ngebayangin bawa sesuatu ke sekolah',
      'pengen ngelukain mantan',
    ],
  },
  {
    id: 'violence.wish_payback',
    kind: 'violence_wish',
    category: 'violence',
    person: 'none',
    pattern:
      'it coming(?<=(?:have|has|had|theyve|hes|shes) it coming)|regret(?= (?:everything|it|this)(?: ?(?:$|[.!])| about| he| she))(?<=(?:he|she|they) (?:is |are |will )?(?:going to )?regret)|i know(?= (?:where |when )?(?:he|she|they) (?:parks|park|walks|leaves|goes home|gets off|takes the shortcut))(?=.{0,120}(?:knife|blade|machete|golok|pisau|parang|bat))|jadwal dia (?:pulang|lewat)(?<=(?:udah|udh|sudah) (?:tau|tahu) jadwal dia (?:pulang|lewat))(?=.{0,160}(?:stik|pisau|golok|celurit|parang|bat|knife|gear|rantai|balok))',
    examples: [
      'they had it coming',
      'tonight he is gonna regret everything',
      'i know he parks near the shop. knife is ready',
      'gue udah tau jadwal dia pulang les, golok udah siap',
    ],
  },
  {
    id: 'violence.weapon_ready',
    kind: 'armed',
    category: 'violence',
    person: 'none',
    negatable: false,
    temporal: false,
    pattern:
      'sharpened(?<=(?:knife|blade|machete|golok|parang) is sharpened)|(?:machete|golok|parang)(?:(?= is in the (?:shed|garage|bag))|(?<=keeps a (?:machete|golok|parang))(?= in the))|air keras(?= (?:yang |yg )?(?:udah|udh|sudah) (?:aku |gue |gw )?(?:beli|siapin|bawa))|baseball(?<=(?:stik|tongkat) baseball)(?= (?:udah|udh|sudah) (?:gue |aku |gw )?(?:taro|taruh|bawa|siapin))|(?:gear|gir|rantai|celurit|clurit|parang|golok)(?<=(?:udah|udh|sudah) bawa (?:gear|gir|rantai|celurit|clurit|parang|golok))|airsoft gun(?=[^.!?]{0,40}(?:metal|modded|modified|dimodif))',
    examples: [
      'knife is sharpened',
      'my uncles machete is in the shed',
      'my dad keeps a machete in the garage',
      'air keras yang udah aku beli',
      'stik baseball udah gue taro di motor',
      'gw udh bawa gear motor',
      'airsoft gun modded with metal bbs',
    ],
  },
  {
    id: 'violence.weapon_carried',
    kind: 'weapon',
    category: 'violence',
    person: 'none',
    negatable: false,
    temporal: false,
    // A blade brought along to stab someone ("gue bawa cutter dan gue tusuk si X").
    pattern:
      '(?:cutter|gunting|obeng|silet|pisau|golok|celurit|clurit)(?<=(?:gue|gw|aku|saya) (?:bawa|bawain) (?:cutter|gunting|obeng|silet|pisau|golok|celurit|clurit))(?=[^.!?]{0,40}(?:tusuk|bacok|sabet|gorok|hajar))',
    examples: ['besok gue bawa cutter terus gue tusuk dia'],
  },
  {
    id: 'violence.mass_fire',
    kind: 'violence_mass',
    category: 'violence',
    person: 'none',
    negatable: false,
    // Fuel stored at school and doors to be locked from outside; gasoline and locked exits.
    pattern:
      '(?:bensin|pertalite|minyak tanah)(?= (?:udah|udh|sudah) (?:aku |gue |gw )?(?:simpen|siapin|beli|taruh|taro))(?=.{0,160}(?:kunci dari luar|gembok dari luar))|(?:gasoline|gas can|petrol)(?=.{0,160}lock (?:the|all the) (?:doors|exits) from (?:the )?outside)',
    examples: [
      'bensin udah aku simpen di gudang, pintu kelas bakal aku kunci dari luar',
      'the petrol is in my locker and i will lock the doors from outside',
    ],
  },
  // ---- Round 9: violent intent in more words: beating someone "sampe bonyok", wanting him to
  // suffer or feel the same pain, fantasies of hurting him; "he'll see how it feels".
  {
    id: 'violence.intent.beating.id',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:bonyok|babak belur|mampus|koma|sekarat|patah tulang|masuk rs|masuk rumah sakit)(?<=(?:pengen|pingin|mau|bakal|ingin|pengin)(?: banget| beneran)? (?:mukulin|mukul|hajar|ngehajar|gebukin|nonjok|nonjokin|tonjok|ngeroyok|bacok|gebuk|nendangin)[^.!?]{0,40}(?:sampe|sampai) (?:dia |mereka )?(?:bonyok|babak belur|mampus|koma|sekarat|patah tulang|masuk rs|masuk rumah sakit))|ngerasain sakit(?<=(?:pengen|mau|biar|bikin|harus)(?: bikin)? (?:dia|mereka|orang itu) (?:ngerasain|merasain) sakit)',
    examples: [
      'gue pengen banget mukulin si fadil sampe bonyok',
      'pengen nonjok atasan aku sampe dia masuk rumah sakit',
      'pengen bikin dia ngerasain sakit yang sama',
    ],
  },
  {
    id: 'violence.intent.suffer.en',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      '(?:him|her|them) to (?:suffer|hurt|bleed)(?<=(?:want|need|wanted) (?:him|her|them) to (?:suffer|hurt|bleed))|about (?:hurting|killing|stabbing|shooting|beating|strangling) (?:him|her|them)(?<=(?:thinking|think|thought|fantasi[sz]ing|dreaming) about (?:hurting|killing|stabbing|shooting|beating|strangling) (?:him|her|them))|with (?:him|her|them) (?:in it|inside)(?<=(?:catching fire|burning|on fire|exploding|blowing up) with (?:him|her|them) (?:in it|inside))|how it feels(?<=(?:he|she|they) (?:will|is going to|are going to) (?:see|know|learn) how it feels)|(?:touch|hurt|hit) (?:my |me|her|him)(?<=(?:he|she|they) (?:will|is going to) never (?:touch|hurt|hit) (?:my |me|her|him))',
    examples: [
      'i want him to suffer',
      'i just want him to hurt the way i hurt',
      'i just think about hurting him all the time',
      'his car catching fire with him in it',
      'he will see how it feels',
      'he will never touch my mom again',
    ],
    // The negation is part of the phrase ("he'll never touch my mom again").
    negatable: false,
  },
  // ---- Round 10: harm named by its result ("until he stops breathing", "smash his face in",
  // "pengen kupatahin tangannya", "bikin dia celaka"), and burning someone's house.
  {
    id: 'violence.intent.result',
    kind: 'violence',
    category: 'violence',
    person: 'none',
    pattern:
      'until (?:he|she|they)(?= (?:stops? breathing|cant walk|can not walk|cannot walk|is dead|dies|passes out|stops moving|cant move))|(?:face|head|skull) in(?<=smash (?:my |the )?(?:his|her|their|[a-z]+s) (?:face|head|skull) in)|make (?:him|her|them) suffer(?! (?:in|at) (?:chess|fifa|ml|mobile legends|valorant|games?|the game|ranked|pubg|fortnite|minecraft|football|futsal|practice|training))(?<=(?:want to|wanna|going to|will|gonna) make (?:him|her|them) suffer)|(?:kupatahin|patahin|matahin|kupatahkan|kuhancurin|hancurin)(?= (?:tangan|kaki|leher|kepala|muka|tulang))(?<=(?:pengen|pingin|mau|bakal|akan|ingin) (?:kupatahin|patahin|matahin|kupatahkan|kuhancurin|hancurin))|(?:sampe|sampai) (?:dia|mereka)(?= (?:gak|ga|nggak|tidak) bisa (?:jalan|bangun|gerak|napas|nafas|berdiri))(?<=(?:hajar|ngehajar|pukul|mukul|mukulin|gebukin|nonjok|tonjok|tendang|nendang|bacok|injek|hantam)[^.!?]{0,40})|bikin celaka(?= (?:dia|mereka|orang orang|si [a-z]+))(?<=(?:pengen|pingin|mau|bakal|akan|ingin)(?: banget)? bikin celaka)|(?:bales|balas|balesin)(?<=(?:suatu hari|suatu saat|nanti) (?:aku|gue|saya) (?:bakal|akan|pasti) (?:bales|balas|balesin))(?<=(?:nonjok|tonjok|hajar|ngehajar|pukul|mukul|bunuh|bacok|tusuk)[^!?]{0,80})|bikin (?:dia|mereka)(?= (?:celaka|menderita|cacat|sakit kayak aku|sakit kaya aku|sakit seperti aku))(?<=(?:pengen|pingin|mau|bakal|akan|ingin) bikin (?:dia|mereka))|(?:kubakar|bakar)(?<=(?:rumah|mobil|motor|kamar|kos) (?:dia|mereka)(?: aku| gue| gw)? ?(?:kubakar|bakar))|(?:ngeracunin|racunin|kuracunin|meracuni)(?= (?:dia|mereka|si [a-z]+))(?<=(?:pengen|pingin|mau|bakal|akan|ingin) (?:ngeracunin|racunin|kuracunin|meracuni))|burn (?:his|her|their)(?= (?:house|car|place))(?<=(?:going to|will|gonna|want to) burn (?:his|her|their))',
    examples: [
      'I daydream about punching my manager until he stops breathing',
      'I want to grab something heavy and smash my stepfathers face in',
      'I want to beat him until he cant walk',
      'I want to make her suffer the way she made me suffer',
      'sumpah pengen kupatahin tangannya',
      'pengen bikin dia celaka biar tau rasa',
      'pengen ngehajar si reza sampe dia gak bisa jalan',
      'gue pengen banget bikin celaka orang orang yang ngebully gue',
      'pengen nonjok bapak tiriku, suatu hari aku bakal bales',
      'pengen bikin dia sakit kayak aku',
      'malam ini rumah dia aku bakar',
      'aku mau ngeracunin dia pake racun tikus',
    ],
  },
];
