/** Abuse disclosures (physical, sexual, threats, control), bullying, and immediate danger. */

import type { RuleSpec } from '../types';

const AGENT_EN =
  '(?:my |his |her |our )?(?:(?:step|older|younger|big|little|ex|old|former|boarding school|school) ?){0,3}(?:dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmother|parents|brother|sister|uncle|aunt|grandpa|grandfather|grandma|husband|boyfriend|bf|partner|ex|teacher|teachers|coach|coaches|cousin|boss|neighbor|neighbour|tutor|pastor|ustadz|he|she|they|someone|a man|a guy|a stranger|bullies|classmates|seniors)';
const ABUSE_VERBS_EN =
  'hits|hit|beats|beat|slaps|slapped|slap|kicks|kicked|kick|punches|punched|punch|chokes|choked|choke|strangles|strangled|strangle|burns|burned|whips|whipped|whip|abuses|abused|abuse|throws things at|threw [a-z]+ at|shoves|shoved|locks|locked|drags|dragged|molested|molests|raped|rapes|assaulted|assaults|gropes|groped';
const RELATION_ID =
  '(?:(?:ayah|bapak|papa|ibu|mama|kakak|abang|adik|saudara) tiri|ayah|bapak|bapa|papa|papah|papi|bokap|ibu|mama|mamah|mami|nyokap|ortu|orang tua|kakak|abang|adik|paman|om|tante|bibi|kakek|nenek|suami|istri|pacar|cowok|mantan|guru|pelatih|kakak kelas|senior|tetangga|sepupu|ustadz|dosen|bos|atasan|majikan|coach|pelatih|dia|mereka|pak [a-z]+)(?:ku|nya|mu| aku| gue| saya)?';

export const ABUSE_RULES: RuleSpec[] = [
  {
    id: 'abuse.physical.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern: `${AGENT_EN} (?:(?:still|always|often|sometimes|keeps|kept|regularly|constantly|again|just|also|even|already|has|had|have|literally|physically|used to|would|will) )*(?:${ABUSE_VERBS_EN}) (?:me|us|my (?:mom|mum|mother|sister|brother|siblings|little [a-z]+))(?! (?:up|out|off|at (?:chess|cards|games)|at (?:every|any|the|this|that|all) |in (?:a |the )?(?:game|race|chess)|with (?:the )?(?:truth|facts)))|(?:him|her) (?:hitting|beating|hurting|choking|kicking) (?:me|us|my (?:mom|mum|mother|sister|brother|siblings|little [a-z]+))|(?:i am|i was|i have been|been|getting|i get|i got|keep getting) (?:being |getting )?(?:hit|beaten|beat up|slapped|kicked|punched|choked|abused|molested|raped|assaulted|sexually assaulted|groped|touched inappropriately|locked (?:in|up)|whipped|burned(?! (?:my|myself|it|the|dinner|food|out)))(?! by (?:a |the )?(?:car|ball|bus|motorbike|truck|bike|wave|door|branch|bicycle))`,
    examples: [
      'My dad hits me when he is drunk.',
      'I was raped last month.',
      'my stepdad beat me again',
      'our old dorm teachers used to beat us',
    ],
  },
  {
    id: 'abuse.control.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern: `${AGENT_EN} (?:(?:used to|would|always|still|keeps|constantly) )*(?:control|controlled|controls|controlling|checks|checked|monitors|monitored|tracks|tracked) (?:everything|my (?:phone|life|money|clothes|friends|every move|location|messages))`,
    examples: ['my ex used to control everything, my phone, my clothes'],
  },
  {
    id: 'abuse.sexual.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern: `(?:a man|a guy|a stranger|some guy|some man|an old man|someone|a teacher|(?:my|our) (?:uncle|stepdad|stepfather|coach|teacher|tutor|cousin|boss|neighbou?r|stepbrother)) (?:keeps |always |still |sometimes |just )?(?:touched|touches|groped|gropes|grabbed|grabs|rubbed|rubs) (?:me|my (?:butt|chest|breasts?|thighs?|body|legs?))|(?:(?:makes|made|forces|forced|pressures|pressured|asks|asked|keeps asking) me (?:to )?send (?:him|her|them) (?:pictures|photos|pics|videos|selfies))|${AGENT_EN} (?:keeps |always |still |sometimes )?(?:touches|touched|touching|grabs|grabbed|feels up|felt up|forces|forced|makes|made|pressures|pressured) me (?:inappropriately|down there|there|to (?:touch|have sex|do things|send|undress|take off|sleep with|kiss)|in my (?:sleep|bed|room)|at night|every night)|(?:made|makes|forced|forces|pressured|pressures|asked|asks|keeps asking) me (?:to )?(?:send|take) (?:him |her |them )?(?:nudes|naked (?:pics|photos|pictures)|explicit (?:pics|photos|pictures))|(?:threatening|threatened|threatens|going) to (?:leak|post|share|send|spread) my (?:nudes|pics|photos|pictures|videos|naked)|(?:sexually|physically|emotionally) (?:abused|assaulted|harassed)|(?:i am|i was|victim of|experiencing|going through|suffering|survivor of|living with) (?:[a-z]+ )?(?:domestic|sexual|physical|emotional) (?:violence|abuse|assault)`,
    examples: ['My uncle touches me at night.', 'he is threatening to leak my nudes'],
  },
  {
    id: 'abuse.night.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:comes|came|sneaks|sneaked|snuck|gets|got|crawls|crawled) into (?:my )?(?:room|bed|bedroom)(?: [a-z]+){0,4} (?:and |then )?(?:touches|touched|gropes|groped|rubs|rubbed|feels|felt|undresses|undressed) me|(?:masuk|nyelinap|menyelinap) (?:ke )?kamar(?:ku| aku)?(?: [a-z]+){0,4} (?:terus |lalu |dan |trus )?(?:megang megang|pegang pegang|grepe grepe|ngegrepe|meraba|ngeraba|nyentuh|ngelus ngelus|buka baju)',
    examples: [
      'My uncle comes into my room at night and touches me.',
      'Om-ku suka masuk kamarku malam-malam dan megang-megang aku.',
    ],
  },
  {
    id: 'abuse.night_visits',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    // An adult who keeps coming into the writer's room at night, even when the rest is left unsaid.
    pattern: `${AGENT_EN} (?:(?:still|always|keeps|often|sometimes|has been) )*(?:comes|came|coming|sneaks|sneaked|snuck|sneaking|creeps|crept|creeping|walks|keeps coming) (?:in)?to my (?:room|bed|bedroom)(?: [a-z]+){0,2}? (?:at night|every night|in the middle of the night|when everyone(?: is)? (?:asleep|sleeping)|while i (?:am )?(?:asleep|sleeping))(?! (?:to (?:say|check|kiss|give|bring|wake|tuck|pray)|and (?:says|reads|checks|prays|tucks)))|${RELATION_ID}(?: [a-z]+){0,2}? (?:(?:masih|sering|suka|selalu|diam diam|terus) )*(?:masuk|nyelinap|menyelinap|nyusup)(?: ke)? kamar(?:ku| aku| gue| saya)(?: [a-z]+){0,2}? (?:malam malam|tengah malam|pas (?:aku|gue|saya) tidur|waktu (?:aku|gue|saya) tidur|kalau malam|malam hari|pas semua tidur)|(?:suka|sering) (?:mijitin|mijetin|megang megang|ngelus ngelus|grepe grepe|ngeraba) (?:santri|murid|siswa|anak anak|aku|kami|gue)(?: [a-z]+){0,2}? (?:malam malam|tengah malam|pas tidur|di kamar)`,
    examples: [
      "my stepbrother keeps coming into my room when everyone's asleep",
      'om gw masih suka masuk kamar gw malem2',
      'pacar kakakku sering masuk kamarku tengah malam',
      "ada ustadz yang suka 'mijitin' santri malam-malam",
    ],
  },
  {
    id: 'abuse.home.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    // Hitting told without an object ("kalau ada chat cowok lain dia nampar"), with an implement, smashing
    // things, withholding food, hazing, forced undressing and filming.
    pattern: `(?:nampar|mukul|mukulin|nendang|nonjok|nyekik|gampar|nabok|ngehajar|nampol)(?= ?(?:$|[.,!?;]| (?:kalau|kalo|pas|tiap|setiap)\\b))(?<=${RELATION_ID} (?:(?:langsung|suka|sering|selalu|pasti|terus|masih) )*(?:nampar|mukul|mukulin|nendang|nonjok|nyekik|gampar|nabok|ngehajar|nampol))|(?:pake|pakai|pakek|dengan) (?:tongkat|rotan|sabuk|gesper|ikat pinggang|kayu|sapu|hanger|kabel|selang|penggaris|raket|sendal|sandal)(?<=${RELATION_ID}(?: [a-z]+){0,3}? (?:(?:masih|sering|suka|selalu) )*(?:mukul|mukulin|nyabet|mecut|nampar|nendang|nyambuk)(?: (?:aku|gue|kami|kita|saya))? (?:pake|pakai|pakek|dengan) (?:tongkat|rotan|sabuk|gesper|ikat pinggang|kayu|sapu|hanger|kabel|selang|penggaris|raket|sendal|sandal))|(?:banting|ngebanting|lempar|ngelempar|mecahin|ngerusak) (?:barang|piring|gelas|hp|pintu|kursi)(?: barang)?(?<=${RELATION_ID} (?:(?:suka|sering|selalu|langsung) )?(?:banting|ngebanting|lempar|ngelempar|mecahin|ngerusak) (?:barang|piring|gelas|hp|pintu|kursi))|makan(?<=${RELATION_ID}(?: [a-z]+){0,2}? (?:(?:sering|suka|selalu|kadang) )?(?:{NEG}) (?:ngasih|kasih|ngasi|memberi|ngebolehin) (?:aku |gue |saya |kami )?makan)|(?:aku|gue|saya) (?:sering |suka |sampai )?(?:{NEG}) (?:dikasih|diberi|dikasi) makan|(?:nyuruh|disuruh|suruh|maksa|dipaksa) (?:aku |gue |saya |kami |kita )?(?:push up|lari|jongkok|berdiri|skot jump|squat|sit up|berendam)(?: [a-z]+){0,3}? (?:sampe|sampai|ampe) (?:pingsan|muntah|tumbang|kram)|(?:nyuruh|maksa|memaksa|disuruh) (?:aku |gue |saya |kami )?(?:buka baju|telanjang|bugil|lepas baju|buka celana)|(?:kalau|kalo) (?:aku |gue |saya )?(?:nolak|gak mau|nggak mau|cerita|lapor|bilang)(?: [a-z]+){0,2},? (?:foto|video)(?:nya|ku)? (?:bakal |akan |mau )?(?:di ?sebar|di ?sebarin|di ?upload|di ?posting)`,
    examples: [
      'kalau telat pulang dia langsung nampar.',
      'pelatih gue masih mukul pake rotan pas latihan',
      'kalau aku protes dia banting barang',
      'ibu tiriku sering nggak ngasih aku makan',
      'senior nyuruh kami push up sampai pingsan',
      'dia nyuruh aku buka baju terus divideoin',
      'katanya kalo nolak videonya disebar',
    ],
  },
  {
    id: 'abuse.threat.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'auto',
    pattern:
      '(?:threatened|threatens|threatening|(?:said|says|yelling|yelled|yells|screaming|screamed|screams|shouting|shouted|told me|keeps saying|swore) (?:that )?(?:he|she|they) (?:would|will|is going to|was going to|is gonna|wil)) (?:to )?(?:kill|hurt|beat|stab|shoot|kick) (?:me|us|all of us|my (?:mom|mum|mother|sister|brother))(?! (?:if i (?:dont|fail|lose|forget|miss|ate|eat|touch|touched|use|used|take|took|borrow|borrowed|wear|wore|finish|finished)|when (?:i|she|he) (?:sees?|finds?) (?:my )?(?:grades?|score|room)))',
    examples: ['He threatened to kill me if I tell anyone.'],
  },
  {
    id: 'abuse.passive.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'auto',
    pattern:
      '(?:di|ke)(?:pukuli|pukul|pukulin|tampari|siksai|tampar|tamparin|tendang|tendangin|jambak|jambakin|cekik|siksa|gebukin|gebuk|hajar|sabet|sabetin|cambuk|sundut|aniaya|injak|injek|injak injak|kurung|kunciin|tonjok|tonjokin|gampar|tabok|seret|banting|lecehkan|lecehin|perkosa|perkosa|cabuli|raba|raba raba|gerayangi|grepe|grepe grepe|pegang pegang|sentuh sentuh|keroyok|bekap|tabokin|timpuk|sakitin|ancam bunuh|ancem bunuh|rampok|todong|begal|jambret|palak pakai pisau)(?<!(?:pintu|barang|piring|gelas|hp|tas|buku|meja|kursi|bola|samsak|drum|bedug|gong|kentongan|paku|kasur|bantal|karpet|gas|rem|ayam|daging|ikan|adonan|bumbu|cabe|cabai|bawang|telur|kentang|tempe|kerupuk|es batu)(?:nya)? (?:di|ke)[a-z]+)(?: (?:pakai|pake|pakek|dengan|sama) (?:[a-z]+))?|(?:di|ke)paksa (?:berhubungan|ngeseks|seks|buka baju|telanjang|kirim foto|ngirim foto|vcs|ciuman|cium|tidur (?:sama|bareng)|ml|begituan|nonton video porno|megang)|(?:di|ke)ancam (?:mau |akan |bakal )?(?:di)?(?:bunuh|bunuhin|pukul|pukulin|sebar|sebarin|usir|celakai|hajar)|kena (?:pukul|tampar|tendang|hajar|gampar|tabok|sabet|cambuk|pukulan|tamparan)|(?:sabetan|pukulan|tamparan|tendangan|cambukan|sundutan) (?:gesper|ikat pinggang|sabuk|rotan|sapu|kabel|rokok|hanger)|(?:foto|video)(?:ku| aku)? (?:bugil|telanjang|pribadi|tanpa baju)(?:ku| aku)? (?:di ?sebar|di ?sebarin|mau di ?sebar|diancam)',
    examples: [
      'Aku sering dipukul ayah.',
      'pulang kerja aku dibegal dan ditodong pisau',
      'masa kecilku penuh sabetan ikat pinggang',
      'aku dilecehkan sama guru les',
      'dipaksa kirim foto',
      'aku diancam dibunuh kalau cerita',
    ],
  },
  {
    id: 'abuse.agent.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern: `${RELATION_ID}(?: [a-z]+){0,4}? (?:mukul|mukulin|memukul|nampar|menampar|nendang|menendang|nyiksa|menyiksa|ngegebukin|gebukin|nonjok|ninju|nyekik|mencekik|njambak|jambak|ngelecehin|melecehkan|megang megang|grepe grepe|ngegrepe|ngegrepe grepe|meraba|ngeraba|meraba raba|nyentuh nyentuh|nyentuh|memperkosa|merkosa|nyabulin|mencabuli|ngancam|mengancam|ngurung|mengurung|ngunciin|ngunci|nyundut|nyabet|ngebanting|membanting|ngelempar|melempar|nampol|nabok|nyakitin|menyakiti|ngehajar|menghajar|hajar|ngegampar|ngeroyok|nyeret|nyambuk|mecut|mecutin|nginjek|nginjak|memukuli|mukulin|menyiksa|nganiaya|menganiaya)(?<!(?:berhenti|brenti|stop|stopped|gak|nggak|ga|tidak|jarang|never) [a-z]+)(?: (?:aku|gue|saya|kami|kita|adik(?:ku)?|mama(?:ku)?|ibu(?:ku)?|kakak(?:ku)?|adek(?:ku)?|nyokap|bokap|istri(?:nya)?|anak(?:nya|ku)?|badanku|kepalaku|mukaku)|ku)|${RELATION_ID} (?:sering |suka |pernah |selalu |maksa |memaksa )?(?:maksa|memaksa) (?:aku|gue|saya) (?:berhubungan|ngeseks|seks|buka baju|telanjang|kirim foto|ngirim foto|vcs|ciuman|cium|tidur (?:sama|bareng)|megang)|${RELATION_ID} (?:lagi |sedang |sering |suka |selalu |terus |pernah |juga )*(?:ngancam|mengancam|ngancem|teriak|teriak teriak|bilang|ngomong) (?:mau |akan |bakal )?(?:bunuh|ngebunuh|membunuh|mukul|nyebarin|sebarin|nyebar|habisin|bacok) (?:aku|gue|saya|kami|kita|foto|video|adik|mama|ibu|semua)`,
    examples: [
      'Ayahku sering mukul aku.',
      'mantan suamiku dulu suka ngunci aku di rumah',
      'pacarku ngancam nyebarin foto aku',
      'om aku suka megang megang aku',
    ],
  },
  {
    id: 'abuse.threat.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    // Threats with a weapon, a gang that hits the writer, "bilang mau bunuh gue".
    pattern: `(?:pake|pakai|pakek|dengan) (?:pisau|golok|parang|celurit|senjata|pistol|kayu|balok)(?<=(?:ngancam|mengancam|ngancem)(?: (?:aku|gue|saya|kami))? (?:pake|pakai|pakek|dengan) (?:pisau|golok|parang|celurit|senjata|pistol|kayu|balok))|(?:mukul|mukulin|memukul|nampar|nendang|nonjok|ngeroyok|ngehajar|nyiksa|malakin) (?:aku|gue|saya|kami)(?<=(?:yang|geng|geng itu|anak anak itu) (?:(?:sering|suka|selalu|biasa) )*(?:mukul|mukulin|memukul|nampar|nendang|nonjok|ngeroyok|ngehajar|nyiksa|malakin) (?:aku|gue|saya|kami))|(?:bunuh|ngebunuh|membunuh|habisin|bacok) (?:aku|gue|saya|kami)(?<=(?:bilang|ngomong|teriak) (?:mau|akan|bakal) (?:bunuh|ngebunuh|membunuh|habisin|bacok) (?:aku|gue|saya|kami))`,
    examples: [
      'mantan suami dulu sering ngancem pake pisau',
      'geng yang suka mukulin aku nungguin di luar',
      'dia gedor pintu, bilang mau bunuh gue',
    ],
  },
  {
    id: 'abuse.touching.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:megang megang|pegang pegang|grepe grepe|ngegrepe|ngegrepe grepe|grepein|meraba raba|ngeraba raba|ngeraba|meraba|nyentuh nyentuh|ngelus ngelus|remas|ngeremes|meremas) (?:aku|gue|saya|badanku|badan aku|tubuhku|tubuh aku|dadaku|dada aku|pahaku|paha aku|bagian pribadiku|kemaluanku|pantatku)',
    examples: ['Bapak tiriku suka masuk kamarku malem-malem terus megang-megang aku.'],
  },
  {
    id: 'abuse.disclosure.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'auto',
    pattern:
      '(?:aku|gue|saya|keluarga(?:ku)?|rumah(?:ku)?|mama(?:ku)?|ibu(?:ku)?|korban|ngalamin|mengalami|alami|sering ada) (?:[a-z]+ )?(?:kdrt|kekerasan dalam rumah tangga|kekerasan (?:seksual|fisik)|pelecehan(?: seksual)?|perkosaan|pemerkosaan|pencabulan)|(?:kdrt|pelecehan|kekerasan) (?:di rumah|dari (?:ayah|bapak|ibu|suami|pacar|papa|mama)|sama (?:ayah|bapak|suami|pacar))',
    examples: ['Aku korban KDRT.', 'aku mengalami pelecehan di kampus'],
  },
  // ---- Immediate danger: the abuser is coming, the writer is hiding (a component; HIGH alone)
  {
    id: 'abuse.danger',
    kind: 'danger',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:he|she|they|my [a-z]+) (?:is |are )?(?:coming (?:for me|home drunk|after me|to get me|to my room|into my room)|on (?:his|her|their) way (?:here|home)|outside my (?:door|room|building|house|apartment|flat|kos|window|gate|school)|at (?:my|the) door|banging on (?:my|the) door|trying to (?:get in|break in|break the door)|breaking (?:in|the door)|looking for me)|(?:broke|broken|breaking|kicked|kicking|smashed|smashing) (?:down |in )?(?:the|my|our) (?:door|window)|(?:i am|im) (?:hiding (?:in|under|from|with|behind|inside)|locked in|trapped in|scared for my life|afraid (?:he|she|they) will kill me|scared (?:he|she|they) will kill me)|(?:he|she) (?:has|got|is holding|has got|is waving) (?:a )?(?:knife|gun|weapon|bat|belt)|(?:dia|mereka|(?:ayah|bapak|papa|suami|pacar|cowok|ibu|mama|mantan|om|paman|bokap|nyokap|abang|kakak)(?: tiri)?(?:ku| aku| gue| saya)?) (?:lagi |sedang |udah )?(?:[a-z]+ )?(?:on the way|otw|menuju ke sini|dateng ke sini|datang ke sini|di depan (?:pintu|kamar|rumah|kos)|gedor gedor|ngegedor|gedor|nyariin aku|nyari aku|nungguin (?:aku |gue )?di (?:luar|depan)|nunggu (?:aku |gue )?di (?:luar|depan)|bawa (?:pisau|golok|parang|senjata|pistol|balok|sabuk|ikat pinggang|kayu|gesper|rotan)|pegang (?:pisau|golok|parang))|(?:aku|gue|saya)(?: [a-z]+){0,3} (?:lagi |sedang |udah )?(?:sembunyi|ngumpet|bersembunyi|dikunci|terkunci|kekunci|dikurung|ngunci diri|mengunci diri|ngurung diri) (?:di|dalam)|(?:kabur|lari|sembunyi|ngumpet) (?:ke )?(?:mana|kemana)(?<=(?:{NEG}) (?:tau|tahu) (?:harus |mesti )?(?:kabur|lari|sembunyi|ngumpet) (?:ke )?(?:mana|kemana))|tunggu aja (?:lo|kamu|kau)(?= ?(?:$|[.,!?;]))|home drunk(?<=(?:he|she|they|my [a-z]+) (?:is |just |has )*(?:got|came|comes|is) home drunk)|(?:smashed|smashing|broke|breaking|threw|throwing) (?:the|a|my|our) (?:tv|plates|dishes|glass|glasses|things|phone|table|chair|furniture)(?<=(?:he|she|they|my [a-z]+) (?:is |already |just |has )*(?:smashed|smashing|broke|breaking|threw|throwing) (?:the|a|my|our) (?:tv|plates|dishes|glass|glasses|things|phone|table|chair|furniture))|takut (?:dibunuh|dia bunuh aku|mati dibunuh|dia bakal bunuh aku)|tolong(?:in)? (?:aku|saya|gue) (?:sekarang|cepat|cepet|please)',
    examples: [
      'He is banging on my door right now.',
      'aku lagi sembunyi di kamar mandi, ayah bawa pisau',
      "he's outside my apartment and knows which unit",
      'my dad just got home drunk',
      'mantan gue lagi otw ke kos',
      'gue gak tau harus kabur kemana',
      'aku lagi ngunci diri di toilet',
    ],
  },
  // ---- Trauma that still hurts (MEDIUM in a post about abuse or bullying; grade.ts)
  {
    id: 'abuse.trauma',
    kind: 'trauma',
    category: 'abuse',
    person: 'none',
    temporal: false,
    pattern:
      'still (?:have|get|having|getting) (?:bad )?(?:nightmares|flashbacks|panic attacks)|nightmares about (?:it|him|her|them|that|what)|(?:still )?flinch(?:es)? (?:when|whenever|every time|at)|still flinch|(?:the )?memories (?:still )?(?:hit|haunt|come back|came back|keep coming back)|still (?:makes|make) me (?:feel )?(?:sick|shake|shaking|panic|nauseous)|without my hands shaking|still (?:scared|terrified|afraid) (?:of (?:him|her|them|men|going)|to (?:go|walk|sleep|be alone))' +
      '|masih kebayang(?: kebayang)?|keringet dingin(?<=deg degan (?:dan|sama) keringet dingin)|(?:masih|sering|kadang|suka) (?:kebawa |ada |suka |sering |dapet )?mimpi buruk|kebawa mimpi buruk|(?:masih|langsung) (?:suka )?(?:gemeteran|gemetar|gemeter)|jantung(?:ku| gue| aku)? (?:langsung )?copot|masih trauma|rasa takut(?:nya)? (?:masih|tetep|tetap) (?:nempel|ada|kebawa)|(?:kenangan|memori|ingatan|bayangan)(?: itu)? (?:masih )?(?:suka |sering )?(?:tiba tiba )?(?:muncul|datang|dateng|balik|kebayang)|(?:nggak|gak|tidak|ga) berani (?:lewat|keluar|pulang|ketemu)|(?:sering|suka) kebangun(?= (?:tengah malam|malam malam))|masih susah percaya (?:sama|dengan|ke) orang',
    examples: [
      'it has been ten years and I still flinch when someone yells',
      'aku masih suka mimpi buruk soal itu',
      'tiap denger suara motornya jantungku langsung copot',
      'rasa takutnya masih nempel',
    ],
  },
  // ---- Bullying (MEDIUM: school counselling should know)
  {
    id: 'abuse.bullying',
    kind: 'bullying',
    category: 'abuse',
    person: 'auto',
    pattern:
      'di bully(?:in)?|dibuliin|kena bully|korban (?:bully|bullying|perundungan)|(?:di|ke)rundung|perundungan|(?:being|been|getting|get|got|was|am|keep getting) bullied|bull(?:y|ies) me|(?:di|ke)palak|(?:di|ke)ejek(?:in)?|(?:di|ke)kucilkan|(?:di|ke)jauhin|(?:di|ke)olok olok|(?:di|ke)hina(?:in)?|(?:di|ke)permalukan|everyone (?:at school |in class )?(?:laughs at|hates|ignores) me|(?:di|ke)(?:katain|katai|ledekin|ledek|ketawain|tertawakan|cemooh|caci maki)(?= (?:[a-z]+ ){0,2}(?:terus|mulu|tiap hari|setiap hari|sama|oleh))|(?:di|ke)sebarin gosip|(?:they|people|classmates) (?:call|called) me (?:names|fat|ugly|stupid)',
    examples: ['Aku dibully di sekolah tiap hari.', "I'm being bullied at school"],
  },
  {
    id: 'abuse.bullying.active',
    kind: 'bullying',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:ngatain|ngatai|ngeledekin|ngeledek|ngejek|ngejekin|menghina|ngehina|ngebully|ngebuli|malakin|ngucilin|ngucilkan|ngetawain)(?= (?:aku|gue|saya))|(?:rumou?rs|lies|gossip) about me(?<=(?:spread|spreading|spreads) (?:rumou?rs|lies|gossip) about me)|(?:making fun of|mocking|teasing|excluding) me(?<=(?:keep|keeps|kept|always) (?:making fun of|mocking|teasing|excluding) me)',
    examples: ['anak-anak di kelas suka ngatain aku', 'they keep spreading rumors about me'],
  },
  // ---- Round 6: abuse in more forms (someone close being hit now, touching, coercion, stalking).
  {
    id: 'abuse.more.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:chokes|beats|hits|slaps|kicks|punches|hitting|beating|choking)(?<=(?:boyfriend|husband|girlfriend|partner|dad|father|stepdad|stepfather|mom|mother|ex|uncle|brother)s? (?:(?:still|always|often|keeps|sometimes|is) )*(?:chokes|strangles|beats|hits|slaps|kicks|punches|abuses|hitting|beating|choking|slapping|kicking|punching|strangling))(?= (?:her|him|them|mom|mum|mother|sister|brother|my (?:mom|mum|mother|sister|brother|siblings))(?= ?(?:$|[.,!?;]| when| every| all| again| whenever| if| in| right now)))|(?:refuse|say no|talk back)(?<=(?:beat|beats|hit|hits|slap|slaps|kick|kicks) (?:us|me) (?:if|when|whenever) (?:we|i) (?:refuse|say no|talk back))|(?:locks|locked) me (?:outside|out of the house)|(?:slaps|hits|beats|kicks|punches|chokes)(?<=(?:and|then|also|even) (?:slaps|hits|beats|kicks|punches|chokes))(?= me(?: ?(?:$|[.,!?;]| every| when| if| again| too| and)))|(?:touches|gropes|rubs|touching|groping|rubbing) me(?<=(?:keeps|kept|always|still|and|then|likes|started|starts) (?:touching|groping|rubbing|touches|gropes|rubs) me)(?! (?:on the shoulder|deeply|so much|emotionally))|do (?:things|stuff)(?<=(?:makes|made|forces|forced) me (?:to )?do (?:things|stuff))(?= [^.!?]{0,40}(?:secret|touch|nobody|no one))|(?:following|stalking) me(?<=(?:keeps|kept|is|was|been) (?:following|stalking) me)(?= home)(?![^.!?]{0,40}(?:make sure|safe|protect))',
    examples: [
      "my sister's boyfriend chokes her when they fight",
      "dad's hitting mom in the kitchen right now",
      'beat us if we refuse',
      'my mom locks me outside at night and slaps me',
      'my coach keeps touching me in ways that arent okay',
      'the teacher makes me stay after class and touches me',
      "my stepfather makes me do things i dont want to and says it's our secret",
    ],
  },
  {
    id: 'abuse.more.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:pacar|istri|cewek)nya(?<=(?:mukulin|memukuli|nampar|nyiksa) (?:pacar|istri|cewek)nya)(?=(?: ?(?:$|[.,!?;]| (?:hampir|tiap|setiap|terus|sering|lagi|sampai|sampe))))|(?:sampe|sampai) (?:biru|memar|lebam)(?<=(?:nyubit|nyubitin|cubit|mukul|mukulin|nampar|nendang|nabok) (?:aku |gue |saya )?(?:sampe|sampai) (?:biru|memar|lebam))|(?:dorong|banting) (?:aku|gue)(?= (?:ke )?(?:tembok|lantai|dinding|lemari|kasur|pintu))|(?:macem macemin|macam macamin|apa apain|grepein)(?<=(?:suka|sering|pernah|udah|mau) (?:macem macemin|macam macamin|apa apain|grepein))(?= (?:aku|gue|saya))|(?:raba raba|raba) (?:aku|gue)|(?:ngikutin|nguntit|menguntit|buntutin|ngebuntutin)(?= (?:aku|gue|saya) (?:lagi|terus|pulang|sampe|sampai|ke rumah))',
    examples: [
      'temen satu kos aku mukulin pacarnya hampir tiap malem',
      'tiap hari nyubit sampe biru2',
      'dia dorong aku ke tembok',
      'dia yg suka apa-apain aku',
      'pernah nyegat aku dan raba2 aku',
      'kemarin dia ngikutin aku lagi pulang sekolah',
    ],
  },
  {
    id: 'abuse.danger.more',
    kind: 'danger',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:jebol|didobrak)(?<=(?:pintu|door)(?:nya)? (?:udah |sudah )?(?:mau|hampir) (?:jebol|didobrak))|door is(?= (?:about to|going to) (?:break|give))|di (?:luar|depan) (?:kamar|pintu)(?<=(?:lagi|sedang|udah) di (?:luar|depan) (?:kamar|pintu))|(?:mom|mum|mother|sister|brother) right now(?<=(?:hitting|beating|choking|slapping|kicking|punching|strangling) (?:my )?(?:mom|mum|mother|sister|brother) right now)|(?:breaking|smashing|shattering)(?<=hear (?:glass|things|plates|dishes) (?:breaking|smashing|shattering))|waiting outside(?= my (?:house|door|room|building|kos|school))|outside the (?:house|gate)(?<=(?:he|she|they) (?:is|are) outside the (?:house|gate))(?= ?(?:$|[.,!?;]| right now| now))|(?:it|the house|our house) down(?<=(?:will|is going to|would|threatens to|threatened to) (?:burn|burning) (?:it|the house|our house) down)',
    examples: [
      'pintunya udah mau jebol',
      'kakak tiriku lagi di luar kamar',
      'i can hear glass breaking',
      'my dad is beating my mom right now',
      'hes waiting outside my house with his friends',
      "he's outside the house right now, he said he'll burn it down",
    ],
  },
  // ---- Round 7: abuse: danger inside the house, coercion and touching.
  {
    id: 'abuse.danger.inside',
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
    id: 'abuse.coercion',
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
  // Trauma that still hurts, in more words (MEDIUM only in a post about abuse or bullying).
  {
    id: 'abuse.trauma.more',
    kind: 'trauma',
    category: 'abuse',
    person: 'none',
    temporal: false,
    pattern:
      '(?:had|having|get|getting|into) (?:a |three |two |[0-9]+ )?panic attacks?|flashbacks? (?:are|is) getting worse|start shaking|(?:masih )?panik tiap|langsung gemeteran|kasar (?:banget |bgt )?ke (?:gue|aku|saya)',
    examples: [
      "I've had three panic attacks this month",
      'the flashbacks are getting worse',
      'I start shaking and cannot breathe',
      'gue masih panik tiap ada orang teriak',
      'gue langsung gemeteran',
      'bokap dulu kasar bgt ke gue',
    ],
  },
  // ---- Round 8: abuse in new words (touching, watching, forcing, objects thrown, punishments), and
  // the abuser on the way now.
  {
    id: 'abuse.coerced.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    negatable: false,
    pattern:
      'forced (?:himself|herself|themselves) on me|me (?:to )?do (?:stuff|things)(?<=(?:makes|made|forces|forced) me (?:to )?do (?:stuff|things))(?=(?: [a-z]+){0,2} i (?:dont|didnt|do not|did not) want)|in on me(?<=(?:walking|walks|walked|barging|barges|comes|coming) in on me)(?= (?:in|while) (?:the |i am in the |i am )?(?:shower|bath|bathroom|changing|dressing))|threw(?= (?:a |the |his |her |my )?(?:plate|glass|bottle|shoe|chair|phone|remote|cup|mug|pan|book|hanger|bowl) at me)|(?:cable|belt|hanger|broom|wire|charger|cord|ruler|helmet)(?<=(?:hits|hit|whips|whipped|beats|beat|hitting) (?:me|my back|my legs|my arms|my hands|my head) (?:with|using) (?:a |the |his |her )?[a-z]+)|kneel on(?= (?:rice|salt|beans|gravel))|locked me in(?= (?:the |my |a |his |her )?(?:bedroom|room|bathroom|closet|house|basement))|calls me a(?= (?:mistake|burden|waste) every| all the time| daily)',
    examples: [
      'my cousin forced himself on me',
      'he makes me do things i dont want to',
      'he keeps walking in on me in the shower',
      'she threw a glass at me',
      'he hits my legs with a belt',
      'she made me kneel on rice',
      'he locked me in the bedroom again',
      'my mom calls me a mistake every day',
    ],
  },
  {
    id: 'abuse.coerced.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern: `pangkuan(?:nya)?(?<=(?:minta|nyuruh|suruh|maksa|paksa|narik) (?:aku|gue|gw|saya) (?:duduk )?(?:di )?pangkuan(?:nya)?)|(?:raba raba|ngeraba|meraba|grepe grepe|grepein|ngegrepe|gerepe)(?<=(?:suka|sering|mulai|terus|lagi) [a-z]+(?: [a-z]+)?)|ngusap(?= (?:punggung|paha|dada|badan|pantat))(?=[^.!?]{0,80}(?:hotel|bisik|rahasia))|hotel(?<=(?:bos|atasan|guru|dosen|om|pelatih|majikan)[^.!?]{0,60}(?:ngajak|ajak|ngajakin) (?:aku |gue |saya )?(?:ke )?hotel)(?! (?:buat|untuk) (?:meeting|rapat|acara|seminar|kerja|ketemu|makan))|(?:maksa|memaksa)(?= (?:aku|gue|saya) ?(?:[.,!]|$))(?:(?<=(?:kotor|jijik).{0,120})|(?=.{0,120}(?:kotor|jijik)))|(?:nyubit|nampar|nendang|nyekik|njambak)(?=(?:,| dan| terus| trus) (?:nyubit|nampar|nendang|nyekik|ngunci|njambak|jambak)(?! (?:nyamuk|lalat|bola|kecoa)))|(?:helm|gagang sapu|sapu|ikat pinggang|sabuk|kabel|hanger|rotan|gesper|selang)(?<=(?:mukul|mukulin)(?: kepala| badan)?(?:ku| aku| gue| gw)? (?:pake|pakai|pakek|dengan) [a-z]+(?: [a-z]+)?)|nyekik(?= (?:leher )?(?:mama|ibu|mamah|nyokap|aku|gue))|(?:kebentur|kepentok)(?<=didorong (?:sampai|sampe) (?:kepala|badan)(?:ku| aku| gue)? (?:kebentur|kepentok))|(?:ngunci|ngurung|ngunciin)(?= (?:aku|gue|saya) di (?:kamar mandi|gudang|wc))|suka masuk kamar(?:ku| aku| gue)(?! (?:buat|untuk) )`,
    examples: [
      'guru les suka minta aku duduk di pangkuannya',
      'om suka raba raba kalau nginep',
      'bos ngusap punggung aku terus bisik bisik',
      'pelatih ngajak aku ke hotel',
      'aku jijik. kakaknya maksa aku.',
      'mamah nyubit, nampar tiap aku telat',
      'bapak mukul aku pake kabel',
      'papa nyekik leher mama',
      'aku didorong sampe kepalaku kebentur lemari',
      'aku dikunci, ibu ngunci aku di kamar mandi',
      'om yang suka masuk kamarku',
    ],
  },
  {
    id: 'abuse.danger.coming_home',
    kind: 'danger',
    category: 'abuse',
    person: 'none',
    negatable: false,
    temporal: false,
    pattern:
      'wait till i get home|(?:minutes|mins|min) away(?<=(?:he is|she is) [0-9]+ (?:minutes|mins|min) away)|home alone(?<=(?:i am|we are|are) home alone)(?= ?(?:$|[.!,])| now| right now| tonight)|(?:ngabisin|ngebunuh|matiin|habisin)(?= (?:aku|gue|kami|kita))(?<=(?:mau|bakal|katanya|ngancem|ngancam) (?:ngabisin|ngebunuh|matiin|habisin))|off work in(?= [0-9]+ (?:min|mins|minutes))(?<=(?:gets|get) off work in)|coming up to(?= (?:deal with|get|punish|teach) me)|flimsy(?<=(?:locked|lock) my door but (?:it is|its) flimsy)|(?:nginep|nginap)(?<=(?:malam ini|nanti malam) (?:dia |om |paman )?(?:nginep|nginap))(?:(?=.{0,200}(?:sendirian|kuncinya|takut))|(?<=(?:masuk kamar|raba|takut).{0,200}))|kunci(?:nya)?(?<=pintu kamar(?:ku| aku| gue)? (?:gak|ga|nggak|tidak) ada kunci(?:nya)?)(?<=(?:nginep|masuk kamar|takut|sendirian|raba).{0,200})|(?:jalan|otw|on the way) ke(?= (?:kosan|kos|rumah|kost)(?:ku| aku| gue)? (?:sambil )?(?:bawa|pake))',
    examples: [
      "he texted 'wait till i get home'",
      'he gets off work in 20 min',
      'he said he is coming up to deal with me',
      'locked my door but its flimsy',
      'malam ini om nginep lagi, aku sendirian',
      'om nginep lagi dan pintu kamarku gak ada kuncinya',
      'katanya lagi jalan ke kosanku bawa pisau',
    ],
  },
  {
    id: 'abuse.guarding',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    negatable: false,
    // Locking the room or sleeping dressed whenever a relative stays over: protecting oneself from someone
    // at home.
    pattern:
      'ngunci kamar(?<=(?:om|paman|pakde|kakek|ayah tiri|bapak tiri|papa tiri|sepupu)(?: aku| ku)? (?:nginep|nginap|dateng|datang|main)[^.!?]{0,30}ngunci kamar)|(?:lock|locking) my (?:door|room)(?<=(?:whenever|every time|when) my (?:uncle|stepdad|stepfather|cousin|grandpa) (?:stays over|sleeps over|visits|comes over)[^.!?]{0,30}(?:lock|locking) my (?:door|room))',
    examples: [
      'tiap om aku nginep, aku selalu ngunci kamar',
      'every time my uncle stays over i lock my door',
    ],
  },
  {
    id: 'abuse.trauma.nightmares',
    kind: 'trauma',
    category: 'abuse',
    person: 'none',
    negatable: false,
    temporal: false,
    pattern: '(?:keep|kept) (?:having|getting) (?:bad )?(?:nightmares|flashbacks)',
    examples: ['i keep having nightmares about that room'],
  },
  // ---- Round 9: abuse told by its acts (kicking, choking, hitting "us" with a cane, groping and
  // peeping, forcing sex, a partner's ex who grabs and shoves), and someone breaking the door down now.
  {
    id: 'abuse.hit_me.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:mukul|mukulin|memukul|nendang|nendangin|menendang|nyekek|nyekik|nyekekin|mencekik|nampar|namparin|menampar|gebukin|ngegebukin|njambak|nginjek|nginjak|nonjokin)(?= (?:kami|aku|gue|gw|saya|kita)(?: [a-z]+)?(?: pake| pakai| pakek| sampe| sampai| kalo| kalau| tiap| setiap| terus| mulu| lagi))',
    examples: ['suamiku tiap malam nendangin aku kalo masakan gak enak', 'bapak mukul kami pake rotan'],
  },
  {
    id: 'abuse.groping.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:pegang|megang|raba|ngeraba|meraba|elus|ngelus|ngelusin|grepe)(?: (?:pegang|megang|raba|meluk|peluk|elus))?(?=(?: [a-z]+){0,3} (?:paha|dada|pantat|bokong|payudara|kemaluan|selangkangan)|(?: [a-z]+)? yang (?:gak|ga|nggak|tidak|ngga) (?:seharusnya|pantes|pantas|boleh|wajar))|(?:pegang|megang) (?:pegang|megang)(?= (?:aku|gue|saya|adik|adek|sepupu|keponakan|anak|murid|santri|siswa|cewek|dia)\\b)|ngintip(?:in)?(?= (?:aku|gue|saya|adik|adek|kakak|anak|dia|kami)(?:ku| aku| gue)? (?:mandi|ganti baju|ganti))',
    examples: [
      'dia megang megang yang gak seharusnya',
      'guru les suka megang paha adikku',
      'om aku suka pegang pegang sepupu aku',
      'om suka ngintip aku mandi',
    ],
  },
  {
    id: 'abuse.forced_sex.id',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:maksa|memaksa|paksa|dipaksa|maksain)(?= (?:aku |gue |dia |saya |gw )?(?:berhubungan badan|berhubungan seks|ngeseks|begituan|tidur bareng|buka baju|telanjang|ngelakuin itu))|(?:tanpa baju|telanjang|bugil)(?<=minta foto (?:aku |gue |saya |dia )?(?:tanpa baju|telanjang|bugil))|di depan (?:dia|nya)(?<=(?:nyuruh|maksa|suruh) (?:aku|gue|saya|kami|dia) (?:ganti baju|buka baju|telanjang) di depan (?:dia|nya))',
    examples: [
      'pacarnya maksa dia berhubungan badan',
      'aku dipaksa buka baju',
      'om aku minta foto aku tanpa baju',
      'guru olahraga suka nyuruh aku ganti baju di depan dia',
    ],
  },
  {
    id: 'abuse.touching.more.en',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:keeps|kept|still|always|keep) (?:touching|grabbing|groping|cornering) (?:me|him|her|them)|(?:touches|grabs|gropes) (?:me|him|her)(?= when| after| at night| and says| in the| whenever)|grabbed (?:me|her|him) again|shoved (?:me|her|him) (?:into|against) (?:a|the) (?:wall|door|car|table)|comes into my (?:bed)?room(?= (?:when|while) (?:my )?(?:mom|mum|mother|dad|father|parents|everyone|the others|she|he) (?:is|are) (?:on|at|out|away|asleep|working|gone))|(?:wooden spoon|belt|hanger|cable|slipper|cane|broom)(?<=(?:hits|beats|whips|smacks|slaps) (?:my|our|her|his|me|him|her) (?:[a-z0-9]+ )?(?:with|using) (?:a |the |her |his )?(?:wooden spoon|belt|hanger|cable|slipper|cane|broom))',
    examples: [
      'the coach keeps touching him after practice',
      'her uncle touches her when her parents are out',
      'my manager grabbed me again',
      'he shoved her into a wall',
      'my stepdad still comes into my room when mom is away',
      'she hits my son with a wooden spoon',
    ],
  },
  {
    id: 'abuse.danger.door',
    kind: 'danger',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:kicking|banging on|pounding on|breaking down|punching) (?:my|the) (?:bedroom |bathroom |room )?door(?=[^.!?]{0,20}(?:right now|now))|(?:gedor|gedorin|dobrak|nendangin|tendang) pintu(?: kamar)?(?:ku| aku| gue)?(?= (?:sekarang|terus))|wood cracking|under the bed(?<=(?:i am|im|hiding|hide|we are) (?:hiding )?under the bed)|(?:is|are) (?:still )?outside (?:the|my|our) (?:house|door|room|building|apartment)|masih di luar(?= (?:teriak|gedor|nungguin|ngamuk))|pulling into my (?:street|driveway)|(?:nyeret|narik|dragging|pulling) (?:adik|adek|kakak|anak|aku|gue|my [a-z]+)(?:ku| aku| gue)?(?: [a-z]+){0,5} (?:sekarang|right now)',
    examples: [
      'he is kicking my bedroom door right now',
      'bapak gedor pintu kamarku sekarang',
      'he is outside the house screaming',
      'dia masih di luar teriak teriak',
      'they are pulling into my street now',
      'i am hiding under the bed',
      'dia lagi nyeret adikku ke belakang masjid sekarang',
    ],
  },
  {
    id: 'abuse.broke_bone',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:broke|has broken) (?:my|her|his|our)(?= (?:[a-z]+ )?(?:[a-z]+s )?(?:arm|nose|ribs?|jaw|wrist|leg)\\b)(?<=(?:he|she|dad|father|stepdad|stepfather|mom|mother|husband|boyfriend) (?:broke|has broken) (?:my|her|his|our))',
    examples: ['he broke my little sisters arm once'],
  },
  // ---- Round 9: bullying by mockery (memes, songs, polls, a group chat to laugh at someone, things
  // thrown away or hidden, a chair pulled away), at school and at work.
  {
    id: 'abuse.bullying.mockery',
    kind: 'bullying',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:diedit|dijadiin|dijadikan) (?:jadi )?meme|lagu ejekan|bahan (?:ketawaan|ejekan|tertawaan|bercandaan)|(?:diketawain|ditertawakan|diejek|dikatain)(?= (?:gara gara|karena|soal|tiap|terus|mulu))|(?:tas|buku|sepatu|barang)(?: gue| aku| ku)? (?:dibuang|diumpetin|disembunyiin|dilempar) (?:ke|di)|polling (?:siapa|who)(?: [a-z]+){0,4} (?:jelek|bodoh|gendut|ugly|dumb|fat)|spam stiker muka|kursi (?:aku |gue )?ditarik|ngatain(?: [a-z]+){0,4} (?:gendut|jelek|bego|bodoh|goblok)|(?:mock|mocks|mocking|laugh at|laughing at|make fun of|makes fun of|making fun of) my (?:accent|weight|voice|face|body|clothes)|(?:group chat|gc) (?:without me|just to mock)|(?:messages|pics|photos) to laugh at|(?:getting|got|being) hazed|hiding (?:her|his|my) stuff|(?:pics|photos|videos) of (?:her|him|me) sleeping|threw my (?:notes|bag|books|stuff|lunch) in|reads out the lowest|makes that person stand up|akun palsu(?= (?:pake|pakai) foto (?:aku|gue|ku|saya))|fake (?:account|profile)(?= (?:with|using) my (?:photos|pics|face|name))',
    examples: [
      'foto gue diedit jadi meme',
      'mereka nyanyiin lagu ejekan soal badan gue',
      'aku dijadiin bahan ketawaan tiap rapat',
      'tas gue dibuang ke tong sampah',
      'bikin polling siapa yang paling jelek',
      'the girls mock my accent',
      'they made a group chat without me',
      'the new guy is getting hazed every day',
      'they threw my notes in the sink',
      'temen sekelas bikin akun palsu pake foto aku buat ngejek',
    ],
  },
  {
    // A partner who cuts the writer off from friends and family.
    id: 'abuse.control.isolation',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    negatable: false,
    pattern:
      '(?:not allowed|gak boleh|ga boleh|nggak boleh|dilarang)(?= (?:to )?(?:see|meet|talk to|call|ketemu|keluar|main sama|ngobrol sama|nelpon) (?:my )?(?:friends|family|parents|temen|teman|keluarga|ortu|orang tua))(?<=(?:husband|boyfriend|wife|girlfriend|partner|suami|pacar|istri|cowok)(?:ku| aku| gue)?[^!?]{0,120}(?:not allowed|gak boleh|ga boleh|nggak boleh|dilarang))',
    examples: [
      'my husband checks every message, i am not allowed to see friends',
      'suamiku ngecek hp aku terus, aku gak boleh ketemu keluarga',
    ],
  },
  {
    // Grooming: an adult who asks a child to keep it secret.
    id: 'abuse.grooming',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:keep (?:it|this|them|our [a-z]+) (?:a )?secret|secret game|our little secret)(?<=(?:uncle|stepdad|stepfather|coach|teacher|tutor|cousin|neighbou?r|pastor|priest|boss)[^.!?]{0,80}(?:keep (?:it|this|them|our [a-z]+) (?:a )?secret|secret game|our little secret))|(?:rahasiain|ngerahasiain|merahasiakan|jangan bilang siapa siapa)(?<=(?:om|paman|guru|pelatih|ustadz|tetangga|sepupu|ayah tiri|bapak tiri)[^.!?]{0,80}(?:nyuruh|minta|suruh)(?: aku| gue| saya| dia)? (?:buat |untuk )?(?:rahasiain|ngerahasiain|merahasiakan|jangan bilang siapa siapa))',
    examples: [
      'my uncle keeps sending me pics and asking me to keep it secret',
      'her coach calls it their secret game',
      'om itu ngasih aku hp terus nyuruh aku rahasiain',
    ],
  },
  // ---- Round 10: abuse told by what is done (a throat squeezed, pushed down the stairs, a child made
  // to sit on a lap or touched, a passport held by the employer) and the writer hiding from it.
  {
    id: 'abuse.physical.acts',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:slammed|smashed|banged|bashed|slams|smashes|bangs) my head(?= (?:into|against|on) (?:the |a )?(?:wall|floor|door|table|sink|mirror|car))(?<!(?:^|[.!?,] ?|\\bi |\\bi just )(?:slammed|smashed|banged|bashed|slams|smashes|bangs) my head)|(?:sapu|rotan|ikat pinggang|sabuk|hanger|selang|gesper|sandal|sendal)(?<=(?:pukul|mukul|pukulin|mukulin|nampar|tampar|sabet|nyabet) (?:aku|gue|saya)(?: pake| pakai| dengan)? (?:sapu|rotan|ikat pinggang|sabuk|hanger|selang|gesper|sandal|sendal))(?<=(?:mama|mamah|ibu|bapak|ayah|papa|kakak|abang|om|paman|guru|nenek|kakek|suami|pacar|nyokap|bokap)(?:ku)? (?:suka |sering |selalu )?(?:pukul|mukul|pukulin|mukulin|nampar|tampar|sabet|nyabet)[a-z ]+)|my (?:throat|neck)(?<=(?:squeezing|squeezed|squeezes|choking|choked|chokes|strangling|strangled|grabbing|grabbed|grabs) my (?:throat|neck))(?![^.!?]{0,40}(?:scrum|match|tackle|yellow card|red card|foul|referee|wrestling|practice|training))|(?:down the stairs|into the wall|against the wall|across the room|into the car|out of the car|out of the house|onto the floor|to the floor)(?<=(?:pushed|shoved|threw|kicked|dragged) me (?:down the stairs|into the wall|against the wall|across the room|into the car|out of the car|out of the house|onto the floor|to the floor))|(?:ditahan|disita)(?<=(?:paspor|ktp)[^.!?]{0,20}(?:ditahan|disita))(?:(?<=(?:majikan|bos|atasan|agen|suami)[^.!?]{0,80})|(?= (?:sama |oleh )?(?:majikan|bos|atasan|agen|suami)))|(?:majikan|bos|atasan)(?=(?: saya| aku| ku| gue)? (?:sering |suka |selalu )?(?:nendang|nampar|mukul|mukulin|nendangin)\\b)',
    examples: [
      'My boyfriend keeps squeezing my throat tonight',
      'My husband pushed me down the stairs last week',
      'Dad slammed my head into the wall again',
      'mama pukul aku pake sapu tiap hari',
      'Majikan saya sering nendang dan gak ngasih makan, paspor saya juga ditahan',
    ],
  },
  {
    id: 'abuse.sexual.child',
    kind: 'abuse',
    category: 'abuse',
    person: 'none',
    pattern:
      'sit on (?:his|her) lap|duduk di pangkuan(?:nya)?(?<=(?:nyuruh|suruh|maksa|disuruh|dipaksa)[^.!?]{0,30}duduk di pangkuan(?:nya)?)|(?:pegang pegang|pegang2|megang megang|grepe grepe|grepe2|raba raba|meraba raba|ngeraba)(?<=(?:guru|om|paman|tetangga|pelatih|kakek|ustadz|sepupu|bapak|ayah|supir|sopir)[^.!?]{0,40}(?:pegang pegang|pegang2|megang megang|grepe grepe|grepe2|raba raba|meraba raba|ngeraba))|touched my (?:leg|legs|thigh|thighs|chest|butt|breasts?|private parts|privates|body)(?<=(?:teacher|coach|uncle|tutor|stepdad|boss|neighbou?r|cousin|pastor|he|she)[^.!?]{0,60} touched my [a-z ]+)|makes? me do things i (?:cant|cannot|can not|dont want to)',
    examples: [
      'My grandpa makes my little sister sit on his lap',
      'guru les adekku suka nyuruh adek duduk di pangkuannya',
      'Guru les suka pegang-pegang adikku',
      'my teacher messages me at night and touched my leg after class',
      "mom's boyfriend makes me do things i can't even type",
    ],
  },
  {
    id: 'abuse.danger.hiding_out',
    kind: 'danger',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:toilet|bathroom|closet|wardrobe)(?<=(?:texting|typing|writing) (?:this )?from (?:the )?(?:toilet|bathroom|closet|wardrobe))|(?:he|she|they) (?:is|are) still out there|(?:he|she|they) locked me in|(?:coming|walking) up the stairs(?= with (?:a |the |his |her )?(?:broken bottle|bottle|knife|belt|bat|gun|hammer))(?<=(?:drunk|angry|mad|screaming|yelling) and (?:coming|walking) up the stairs)|police(?<=(?:someone|somebody|pls|please) (?:call|get) (?:the )?police)|pintu(?<=(?:nendangin|ngedobrak|dobrak|gedorin|nahan|nahanin|ganjel|ngeganjel) pintu)',
    examples: [
      "I'm texting from the toilet and he's still out there",
      'he locked me in, someone call police pls',
      'my uncle is drunk and coming up the stairs with a broken bottle',
      'dia nendangin pintu kosku, aku nahan pintu pake lemari',
    ],
  },
  {
    // Round 10: bullying told by what is done, day after day (MEDIUM).
    id: 'abuse.bullying.acts',
    kind: 'bullying',
    category: 'abuse',
    person: 'none',
    pattern:
      '(?:shoving|pushing|tripping|kicking|hitting|pinching) me(?<=(?:keep|keeps|kept|always) (?:shoving|pushing|tripping|kicking|hitting|pinching) me)|laughing at me(?<=(?:whole class|whole school|everyone|everybody) (?:is |are |was |keeps |kept )?laughing at me)|calls? me(?= (?:stupid|dumb|fat|ugly|useless|an idiot|names))(?<=(?:every day|always|keeps?|constantly)[^.!?]{0,40}calls? me)|(?:dilempar|dilemparin)(?= (?:kertas|sampah|botol|batu|penghapus))|(?:dibuang|diumpetin|disembunyiin|dicoret coret)(?<=(?:tas|buku|sepatu|hp)(?:ku| aku| gue) (?:dibuang|diumpetin|disembunyiin|dicoret coret))(?= (?:ke|di|lagi|terus|sama))',
    examples: [
      'The guys in my class keep shoving me every day',
      'the whole class is laughing at me in the hallway',
      'every day my supervisor calls me stupid in front of everyone',
      'di kelas aku tiap hari dilempar kertas',
      'barusan tasku dibuang ke toilet',
    ],
  },
];
