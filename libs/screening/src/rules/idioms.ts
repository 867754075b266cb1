/**
 * Idioms that use death and violence words harmlessly. They run first; their spans are masked, so
 * the risk rules never see "mati" in "mati lampu" or "killing" in "killing it".
 */

import type { RuleSpec } from '../types';
import { ruleFamily } from './family';

const idiom = ruleFamily('idiom', { kind: 'idiom', person: 'none', negatable: false, temporal: false });

export const IDIOM_RULES: RuleSpec[] = [
  // Indonesian
  idiom(
    'id.mati_lampu',
    'mati (?:lampu|listrik|total|mendadak)|(?:lampu|listrik|lampunya|listriknya) (?:lagi |udah |sudah )?mati',
    ['Tadi mati lampu pas lagi belajar.', 'listriknya mati dari sore'],
  ),
  idiom(
    'id.mati_gaya',
    'mati (?:gaya|kutu|angin|langkah|suri|kata|akal|kartu|kutu aku|gaya aku)|mati (?:matian|mati an)|matian|mati penasaran|mati (?:bosan|bosen)|mati ke(?!habisan)[a-z]+an|mati rasa',
    [
      'Liburan di rumah bikin mati gaya.',
      'Aku mati kutu ditanya dosen.',
      'belajar mati-matian',
      'Hampir mati kebosanan nunggu antrean.',
    ],
  ),
  idiom(
    'id.sampai_mati',
    '(?:ketawa|ngakak|ngakak|tertawa|lucu|capek|cape) (?:sampai|sampe) mati|(?:mau|hampir|pengen|rasanya) mati(?<=(?:ketawa|ngakak|tertawa|lucu) (?:sampai|sampe) (?:mau|hampir|pengen|rasanya) mati)|(?:setia|cinta|sayang|bareng|bersama|sahabat|berjuang|benci|dukung|loyal) (?:sampai|sampe|hingga) mati|mati ketawa|(?:sampai|sampe) mati (?:aku|gue|saya)? ?(?:gak|nggak|tidak|ga) (?:akan|bakal) (?:lupa|maafin|memaafkan)',
    ['Aku ngakak sampe mati nonton videonya.', 'sahabat sampai mati'],
  ),
  idiom(
    'id.mati_aku',
    '(?:^|[.,!?;] )(?:bisa |bakal |pasti |bisa bisa )?(?:mati|mampus|modar|mampus deh|mati deh|mati dah|mampus dah|mati lah|mati gue|mati aku)(?: aku| gue| saya| kita| dah| deh| lah| banget| beneran| nih| sih)*(?=$|[.,!?;])|bisa (?:mati|mampus|modar) (?:aku|gue|saya|kita) (?:kalau|kalo|kalo)',
    ['Mati aku, lupa bawa payung.', 'Lupa ngerjain PR. Mampus deh.', 'bisa mampus gue kalau ketahuan'],
  ),
  idiom(
    'id.mati_kamu',
    // "kalau telat lagi, mati kamu": a warning that you'll be in trouble, not a death wish.
    '(?:kalau|kalo|awas|sampai|sampe|jangan sampai)(?: [a-z]+){1,4}[,]? (?:mati|mampus|modar|habis) (?:kamu|lo|kau|lu|kalian)(?=$|[.,!?;]| (?:ya|nanti|sama|wkwk\\w*|haha\\w*|lol|hehe\\w*))',
    ['kalau telat lagi, mati kamu', 'awas ketahuan, mampus lo'],
  ),
  idiom(
    'id.device',
    '(?:hp|handphone|ponsel|hape|laptop|leptop|komputer|pc|baterai|batre|batrai|batere|charger|lampu|wifi|internet|sinyal|motor|mobil|mesin|tv|kipas|ac|kulkas|printer|router|modem|powerbank|power bank|senter|jam tangan|kamera|speaker|headset)(?:ku|nya|mu| aku| gue| saya)? (?:(?!cara )[a-z]+ )?(?:(?!cara )[a-z]+ )?(?:mati|sekarat)',
    ['HP-ku mati pas lagi telponan.', 'baterai laptopku mau mati', 'Laptopku mati pas mau ngumpulin tugas'],
  ),
  idiom(
    'id.pet_plant',
    '(?:kucing|anjing|ikan|burung|hamster|kelinci|ayam|tanaman|bunga|pohon|kaktus|bonsai|peliharaan)(?:ku|nya|mu| aku| gue| peliharaanku)? (?:[a-z]+ )?(?:[a-z]+ )?(?:mati|sekarat|meninggal)',
    ['Kucingku mati kemarin, sedih banget.', 'tanamanku hampir mati semua'],
  ),
  idiom(
    'id.bunuh_waktu',
    '(?:bunuh|membunuh|ngebunuh|bunuhin|bunuh bunuh) (?:waktu|rasa bosan|rasa bosen|kebosanan|bosan|bosen|sepi|kesepian|nyamuk|kecoa|tikus|semut|lalat|serangga|hama|kuman|virus|bakteri|karakter|mood|ego|rasa sepi)|pembunuh (?:nyamuk|kuman|waktu|bakteri|serangga)',
    ['Main game buat bunuh waktu.', 'semprot buat membunuh kuman'],
  ),
  idiom(
    'id.pukul_jam',
    'pukul (?:[0-9]+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas)|(?:di)?pukul (?:rata|mundur)',
    ['Kita ketemu pukul 7 malam.', 'Jangan dipukul rata semua orang begitu.'],
  ),
  idiom(
    'id.kiasan',
    '(?:di|ke)(?:tampar|hajar|siksa|bantai|pukul|gebukin|tonjok|tendang|bunuh|tusuk|cekik)(?:in)? (?:sama |oleh |ama )?(?:kenyataan|realita|keadaan|tugas|tugas tugas|deadline|pr|soal|ujian|skripsi|rindu|kangen|kerjaan|pekerjaan|laporan|rutinitas|waktu|jadwal|lembur|cicilan|tagihan|harga|spoiler|lagu|drama|film|rasa bersalah|rasa kangen|sepi)|(?:di)?tendang (?:dari|keluar)',
    [
      'Ditampar kenyataan pas lihat nilai.',
      'Dihajar deadline minggu ini.',
      'aku ditendang dari grup WA kelas',
    ],
  ),
  idiom(
    'id.racun',
    'racun (?:shopee|tiktok|belanja|skincare|makeup|online|checkout|lazada|tokopedia|ig|instagram|buku|drakor)|kena racun|(?:di)?racunin (?:sama |oleh )?(?:review|konten|tiktok|shopee|temen|teman)',
    ['Kena racun shopee lagi, dompet tipis.'],
  ),
  idiom(
    'id.gantung',
    'di ?gantung(?:in)?(?: (?:sama|oleh))?(?: (?:doi|dia|pacar|gebetan|crush))?|hubungan(?:nya)? (?:yang )?(?:di ?)?gantung|gantung (?:baju|jemuran|pakaian|foto|hiasan)',
    ['Udah 3 bulan digantungin doi.'],
  ),
  idiom(
    'id.kiasan_mati',
    'harga mati|jalan mati|titik mati|bahasa mati|sel mati|kulit mati|waktu mati|(?:hidup|idup) (?:dan|atau) mati|(?:mati|meninggal) (?:daripada|dari pada)(?! (?:hidup|kayak|begini|gini|terus))',
    ['NKRI harga mati.', 'Lebih baik mati daripada malu, kata nenek moyang.', 'perjuangan hidup atau mati'],
  ),
  // English
  idiom(
    'en.killing_it',
    '(?:kill|killing|killed|kills) it(?! all)|(?:killed|killing|kill|kills) (?:the|that|this|my|our|your|his|her) (?:game|set|show|exam|test|presentation|interview|performance|look|outfit|vibe|mood|lights?|engine|process|app|tab|song|dance|competition|speech|audition|battery)|(?:killing|kill|killed) (?:some )?time|kill two birds|killer (?:app|deal|workout|look|smile|song|outfit|queen|instinct|heels)|killjoy',
    ['You absolutely killed it on stage!', 'We were killing time at the mall.', 'Kill the lights please.'],
  ),
  idiom(
    'en.killing_me',
    '(?:is|are|was|were|keeps|kept|s|re) (?:literally |totally |really |honestly |slowly |actually |just |seriously )?(?:killing|kiling) me|(?:special|joke|jokes|show|video|meme|memes|movie|comedy|episode|line|tweet|post|story|that|this|it|he|she|you|they|scene|ending|comment|reply|pun) (?:literally |totally |just |honestly |absolutely )?killed me',
    [
      'This exam is killing me.',
      'That comedy special killed me, I could not stop laughing.',
      "You're killing me, stop!",
    ],
  ),
  idiom(
    'en.dying_of',
    '(?:dying|died|die|dead|could die|going to die|gonna die|i will die|ill die) (?:of|from) (?:laughter|laughing|embarrassment|cringe|boredom|heat|the heat|thirst|hunger|curiosity|shame|cuteness|jealousy|excitement)|dying to (?:see|meet|know|try|go|eat|get|hear|read|watch|tell|hug|visit|sleep|find)|to die for|die hard|(?:bored|scared|sick|tired|worried|frightened|love it|love you|love this|loved it) to death|(?:i am|i was) (?:so |literally |actually )?(?:dead|dying|deceased|ded)(?= (?:haha|lol|lmao|lmfao|xd|omg)|[.,!?;]? ?(?:haha|lol|lmao)|$)|dead (?:tired|serious|end|beat|last|center|centre|silence|wrong|set on|on arrival)',
    [
      "I'm dying of laughter right now",
      'Dying to see the new movie!',
      "I'm dead 😂",
      'bored to death in this lecture',
    ],
  ),
  idiom('en.drop_dead_gorgeous', 'drop dead (?:gorgeous|beautiful|sexy|stunning|hot)', [
    'That dress is drop dead gorgeous.',
  ]),
  idiom(
    'en.kill_myself_for',
    '(?:killing|kill) myself (?:laughing|studying|working|at work|at the gym|over this)|could (?:just )?kill myself for (?:forgetting|missing|saying|being|not)',
    ['I was killing myself laughing.', 'I could kill myself for forgetting her birthday.'],
  ),
  idiom(
    'en.device_died',
    '(?:phone|laptop|battery|car|computer|pc|charger|wifi|internet|console|tv|plant|plants|fish|goldfish|hamster|engine|bulb|light|lights|power|server|pen|headphones|earbuds|tablet|ipad|router|printer|mouse|keyboard|controller|flowers)s? (?:just |literally |finally |completely |totally )?(?:died|is dead|is dying|was dead|went dead|about to die|will die|going to die|dead)',
    ['My laptop died right before the deadline.', 'my phone is dying, text you later'],
  ),
  idiom(
    'en.suicide_mission',
    '(?:suicide|suicidal) (?:squad|mission|doors?|run|runs|pace|drills?|sprints?|burpees|bomber|bombing|lane|king)|(?:career|social|political|academic|financial|fashion|commercial) suicide',
    ['That plan is career suicide.', 'We watched Suicide Squad.'],
  ),
  // Study talk and a coach's warning, not ideation: "lethal dose of acetaminophen is on my flashcards",
  // "she said the last 10k would make me want to die".
  idiom(
    'en.study_and_sport',
    'lethal dose(?: of [a-z]+)?(?=[^.!?]{0,40}(?:flashcards|exam|lecture|textbook|notes|quiz|syllabus))|make (?:me|you|us) want to die(?<=(?:said|says|warned|told me)(?: that)?(?: [a-z0-9]+){0,6} (?:would|will) make (?:me|you|us) want to die)',
    [
      'lethal dose of acetaminophen is on my flashcards',
      'my coach said the last 10k would make me want to die',
    ],
  ),
  idiom(
    'en.overdose_on',
    '(?:overdose|overdosed|overdosing|od|oded) on (?:coffee|caffeine|sugar|kdrama|kdramas|drama|anime|netflix|chocolate|memes|tiktok|boba|cuteness|sleep|candy)',
    ['I overdosed on coffee today lol'],
  ),
  idiom(
    'en.shoot_hit',
    'shoot (?:him|her|them|me|you|us) (?:a|an) (?:message|text|email|dm|pm|note|line)|shoot (?:some )?(?:hoops|photos|a video|a photo)|photo ?shoot|hit (?:me|him|her|them|you|us) up|hits (?:different|hard|home)|hit the (?:gym|road|books|sack|hay|spot)|it (?:just )?hit me|beat (?:him|her|them|you|me) (?:at|in) [a-z]+|beat (?:the|my|your|his|her) (?:record|score|high score|game|boss|level|deadline|traffic|odds|heat|rush|system)',
    ['Shoot me a text when you arrive.', 'Hit me up later!', 'I beat him at chess again'],
  ),
  idiom(
    'en.cut',
    'cut (?:class|classes|school|ties|corners|the cake|it out|off|back|down|my hair|your hair|her hair|his hair|bangs|costs|carbs|sugar|loose|in line)|hair ?cut|paper cut|short ?cut',
    ['I cut my hair short again'],
  ),
  // ---- Round 8: tiredness told as dying ("capeknya kayak mau mati" after a race).
  idiom(
    'id.tired_to_death',
    '(?:kayak|kaya|kek|rasanya) (?:mau |pengen )?mati(?<=(?:capek|cape|capeknya|capenya|lelah|laper|lapar|ngantuk|pegel|gerah)(?: banget)? (?:kayak|kaya|kek|rasanya) (?:mau |pengen )?mati)',
    ['lari 5K, capeknya kayak mau mati tapi seru'],
  ),
];
