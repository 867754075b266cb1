/**
 * Plan components: a time, an act ("I'm doing it"), preparations, means, a note, a goodbye, giving
 * things away, a dangerous place. Apart from a suicide note and a final goodbye they carry no level
 * alone; the grading step combines them with ideation, self-harm or violence.
 */

import type { Kind, RuleSpec } from '../types';

/** Components that can raise a level on their own or with ideation carry the suicide category. */
const SUICIDE_PARTS: ReadonlySet<Kind> = new Set<Kind>([
  'means_strong',
  'note',
  'note_strong',
  'goodbye',
  'final',
  'giveaway',
  'location',
  'act',
]);

const part = (
  id: string,
  kind: Kind,
  pattern: string,
  examples: string[],
  extra: Partial<RuleSpec> = {},
): RuleSpec => ({
  id: `plan.${id}`,
  kind,
  category: SUICIDE_PARTS.has(kind) ? 'suicide' : undefined,
  person: 'none',
  temporal: false,
  pattern,
  examples,
  ...extra,
});

export const PLAN_RULES: RuleSpec[] = [
  part(
    'note_strong',
    'note_strong',
    'suicide note|goodbye (?:note|letter|letters|message|video)(?! in my head)|farewell (?:note|letter)|(?:pills|meds) and (?:a |the |my )?(?:note|letter)|(?:note|letter) and (?:the )?(?:pills|rope)|surat (?:terakhir|perpisahan|pamit)(?:ku| aku)?|(?:obat|pil|tali) (?:sama|dan|ama|plus) surat(?:nya)?|surat (?:sama|dan|ama) (?:obat|pil|tali)',
    ['the pills and a note', 'Semua udah siap, obat sama surat.', 'aku udah nulis surat terakhir'],
  ),
  part(
    'note',
    'note',
    '(?:wrote|written|writing|write|left|leave|leaving) (?:a |my |the |some )?(?:note|letter|letters|notes) (?:to|for) (?:my )?(?:family|mom|mum|dad|parents|everyone|sister|brother|friends|you all|wife|husband|kids)|(?:note|letter|letters) for my (?:family|parents)|(?:my|the) (?:bed|desk|table|pillow|nightstand)(?<=(?:letter|note|letters|notes) (?:is|are) (?:on|in|under|next to) (?:my|the) (?:bed|desk|table|pillow|nightstand))|surat wasiat|(?:nulis|menulis|tulis|udah nulis|bikin|buat|ninggalin|meninggalkan) surat (?:buat|untuk|ke) (?:mama|papa|ibu|ayah|keluarga|orang tua|kalian|semua|adik|kakak|nyokap|bokap|ortu|mamah|papah|bunda)(?:ku)?',
    ['I wrote letters to my family.', 'udah nulis surat buat mama'],
  ),
  part(
    'act',
    'act',
    '(?:going to|will|ready to|about to|finally going to|plan to|planning to|decided to|want to|gonna) (?:finally )?(?:do it|go through with it|end it|finish it|do this|act on (?:it|them|these thoughts|my thoughts))|(?:doing|do) it (?:tonight|tomorrow|today|now|this weekend|soon|for real|at midnight|at [0-9]+(?: ?(?:am|pm))?)|it (?:will|is going to) (?:all )?be over (?:soon|tonight|tomorrow|in a few hours)|(?:taking|take|swallowing|swallow|drinking|drink|downing) (?:them|it|all of them|everything|them all)(?: all)?(?: together| at once| with (?:the |my )?(?:vodka|alcohol|wine|beer))?|(?:minum|telen|nelen|nenggak) (?:semuanya|semua|sekaligus|semua obatnya)(?: sekaligus)?|(?:semuanya|semua ini|ini semua) (?:akan |bakal )?(?:segera )?(?:berakhir|selesai) (?:malam ini|besok|sebentar lagi|hari ini)|i am (?:finally |really |actually )?(?:doing|going to do) it|(?:i think )?this is it(?=$|[.,!?;]| i think| guys| for me)|(?:aku|gue|saya) (?:akan |bakal |mau )?(?:terus (?:berjalan|jalan|melangkah)|selesain semuanya|selesaikan semuanya|beresin semuanya)|i am (?:just )?going to keep (?:walking|swimming|going)(?= ?(?:$|[.,!?;]| (?:into|out|until|till)))|(?:udah )?(?:ini|sekarang) (?:saatnya|waktunya)(?=$|[.,!?;])|(?:act|acting) on (?:it|them|these thoughts|my thoughts)|(?<!(?:yang|apa|apapun|semua|whatever)(?: aku| gue| saya)? )(?:aku |gue |saya )?(?:mau |bakal |akan |siap |udah siap |tinggal |pengen )?(?:aku |gue |ku)?(?:lakuin|lakukan|ngelakuin|ngelakuinnya|melakukannya|lakuinnya|ngelakuin itu|lakukan itu|ngelakuinnya malam ini|eksekusi|akhiri(?:n)? (?:semuanya|semua|ini|hidupku|hidup ini))',
    [
      "I'm doing it tonight.",
      'Malam ini aku lakuin.',
      "I don't think I'd act on it",
      'doing it at 2am when the house is quiet',
      'saya akan terus berjalan',
    ],
    // "We are doing it tonight" (a party) is not the writer's act.
    { person: 'auto' },
  ),
  part(
    'the_night',
    'act',
    '(?:tonight|today) is the night|(?:malam ini|hari ini) (?:adalah )?(?:waktunya|saatnya|malamnya)',
    ['tonight is the night'],
    {
      also: ['time'],
    },
  ),
  part(
    'jump',
    'act',
    '(?:{INTENT_EN}|i am|i just) (?:just |finally |really )?(?:jump|jumping)(?: off| down| from here| off here)?(?=$|[.,!?;]| (?:now|tonight|right now|soon|in a few|in a couple|in [0-9]+|in an hour|after))|(?:aku|gue|saya) (?:langsung |nekat )?(?:lompat|loncat|terjun|nyebur)(?=$|[.,!?;]| (?:sekarang|aja|dari sini|ke bawah))|(?:about to|going to|ready to|will|just|i am going to|before i) let go(?= ?(?:$|[.,!?;]|now|tonight|of the (?:railing|rail|edge|ledge|bridge)))|before i (?:jump|step off)(?= ?(?:$|[.,!?;]))|(?:{INTENT_ID}|tinggal|tinggal aja|terus|lalu|trus|abis itu|habis itu) (?:aja |langsung |nekat )?(?:lompat|loncat|terjun|jatuhin diri|nyebur|menceburkan diri|tenggelamin diri)(?: aja| saja| sekarang| dari sini| ke bawah| sekarang juga)*(?=$|[.,!?;]| (?:sekarang|aja|dari sini|ke bawah|malam ini))',
    [
      "I'm standing on the roof and I'm going to jump.",
      'gue lagi di atas jembatan, pengen lompat aja sekarang',
      'i wanted one person to know before i let go',
      'hitung sampai tiga terus loncat.',
    ],
  ),
  part(
    'ready',
    'ready',
    '(?:i have |i have got |i got |got )?everything (?:is )?(?:ready|planned|prepared|set|in place|sorted)(?! for (?:the |my |our |a )?(?:party|trip|exam|exams|test|wedding|event|show|holiday|vacation|school|class|meeting|presentation|interview|tomorrow|move|moving|birthday|concert|game|match))|(?:i have|i got|i have got) (?:a |the |my )?plan|(?:i have )?(?:it )?all planned(?: out)?|i (?:know|have figured out|figured out) (?:how|exactly how|the way) (?:i will|i am going to|to) (?:do it|die|end it)|(?:my )?mind is made up|(?:anak anak|anak|kucing|anjing|adik|adek|peliharaan)(?:ku| aku| gue| saya)? (?:udah|sudah) (?:aku |ku|gue |saya )?(?:titip|titipin|titipkan|serahin|serahkan)(?: ke| sama| pada)|(?:dropped|left) (?:the kids|my kids|my cat|my dog|my pets?) (?:off )?(?:with|at) (?:my )?[a-z]+(?= ?(?:$|[.,!?;]| so| for))|i (?:know|have picked|picked|have chosen|chose|found) (?:which|the|a) (?:tree|bridge|building|spot|place|roof|beam|branch|overpass)(?= (?:i will|i am going to|to|where|behind|near|by|at))|(?:i have )?made (?:up my mind|my decision)|(?:i have|i got|i have got|got) (?:a |my |the )?(?:bat|knife|gun|rope|pills|blade|razor|weapon|pipe|hammer) (?:ready|by the door|under my bed|in my bag|with me|hidden|waiting)|semua(?:nya)? (?:udah|sudah) (?:siap|aku siapin|kusiapin|kusiapkan|disiapin|disiapkan|beres|lengkap)(?! (?:buat|untuk) (?:acara|pesta|ujian|besok|liburan|lomba|pernikahan|nikahan|ulang tahun|ultah|presentasi|rapat|pindahan|mudik|konser|kemah|perjalanan))|(?:udah|sudah) (?:aku |ku|gue |saya )?(?:siapin|siapkan|persiapkan|rencanain|rencanakan|siap semua|kusiapin|kusiapkan)|(?:udah|sudah) (?:punya|ada) rencana|(?:udah|sudah) (?:tau|tahu) (?:caranya|mau pakai apa|mau pake apa|gimana caranya)|(?:tekad|keputusan)(?:ku)? (?:udah|sudah) bulat|i am (?:so |finally )?ready(?=$|[.,!?;])|(?:i am )?ready to (?:use it|use them|do it|do this|go through with it|end it|go)(?=$|[.,!?;]| now| tonight)|(?:aku|gue|saya) (?:udah |sudah )?siap(?=$|[.,!?;])|(?:udah |sudah |sekarang )?cukup (?:buat|untuk|banget buat) (?:mati|mengakhiri (?:semuanya|semua|hidup(?:ku)?)|ngakhirin (?:semuanya|semua|hidup(?:ku)?)|bunuh diri|overdosis|od)|(?:is |are |have |got )?enough (?:pills |meds |of them )?to (?:end it|end my life|die|kill myself|kill me|do it|overdose|not wake up)',
    [
      'I have everything ready, the pills and a note.',
      'Semua udah siap, obat sama surat.',
      'udah aku siapin',
      "I've got a bat by the door",
      'i know which bridge i will use',
      'anak anak udah aku titip ke ibu.',
    ],
  ),
  part(
    'means_strong',
    'means_strong',
    'noose|(?:a |the )?rope (?:is )?(?:already |all )?(?:around|tied|ready|hanging)(?! (?:to|for|on) (?:the |a |my |our )?(?:boat|tent|hammock|swing|car|bike|dock|pier|kite|tug|game|class|climb|climbing|camp|trip|fence|flag))|(?:lined up|laid out|counted out|dijejerin|dijejer|berjejer)(?<=(?:{PILLS_EN}|{PILLS_ID})(?:nya|ku)? (?:are |udah |sudah )?(?:all )?(?:lined up|laid out|counted out|dijejerin|dijejer|berjejer))|(?<=(?:lined up|laid out) (?:all )?(?:my |the )?)(?:{PILLS_EN})|(?:all|every one of|every single one of|a bottle of|a whole bottle of|the whole bottle of|a box of|a pack of|enough) (?:of )?(?:my |the |these |those )?(?:{PILLS_EN})|(?:semua|sebotol|sekotak|segenggam|sebungkus|satu botol|satu strip|sestrip) (?:obat|pil)(?: tidur| penenang)?(?:ku|nya| aku)?|(?:bought|got|have|ordered|buying) (?:the |some |a bag of |a )?(?:charcoal|helium|a noose|noose)|taped (?:the |up the )?(?:windows|doors|door|vents)|tali(?:nya)?(?: [a-z]+)? (?:udah|sudah) (?:terpasang|diikat|kuikat|aku ikat|ikat|iket|kuiket|aku iket|siap|kugantung|digantung|gantung|pasang|kupasang)(?! (?:[a-z]+ ){0,4}(?:buat|untuk|biar) (?:lomba|jemuran|jemur|ayunan|tenda|kemah|pramuka|bendera|barang|pindahan|motor|mobil|perahu|tarik))|(?:udah|sudah) (?:beli|nyiapin|nyimpen|ngumpulin|nyiapin|ambil) (?:tali|racun|baygon|obat tidur|pisau|silet|arang|lakban|pestisida)|(?:siapin|siapkan|nyiapain|sediain|nyediain|beliin)(?<=(?:udah|sudah) (?:aku |gue |ku)?(?:siapin|siapkan|nyiapain|sediain|nyediain|beliin))(?= (?:tali|racun|baygon|obat tidur|obat nyamuk|pisau|silet|arang))|(?:obat|pil)(?: tidur| penenang)?(?:nya|ku)? (?:udah |sudah )?(?:aku |ku|gue |saya )?(?:kumpulin|kumpulkan|simpen|simpan|timbun|tumpuk)(?:in)?|(?:stockpil(?:e|ed|ing)|saving up|saved up|hoarding|hoarded|collecting|collected) (?:my |all my |a lot of |enough )?(?:pills|meds|medication|tablets|sleeping pills)|enough (?:pills|meds|tablets) to (?:die|kill)|(?:counted|counting|count) (?:my |the |all my |all the )?(?:{PILLS_EN})|(?:{PILLS_EN}|{PILLS_ID})(?:ku|nya)?,? (?:there are |there is |are |is |udah |sudah )?(?:enough|cukup)(?: (?:buat|untuk|to) (?:mati|die|bunuh diri|overdosis|end it|do it|kill me))?|(?:nyimpen|nyimpan|menyimpan|ngumpulin|ngumpulkan|mengumpulkan|nimbun|numpuk) (?:obat|pil)(?: tidur| penenang)?(?:ku)?(?: (?:sebanyak|sampai|buat|untuk|banyak))?',
    [
      'I have been saving up my pills.',
      'Aku udah ngumpulin obat tidur.',
      'the noose is ready',
      'the rope is already tied in the garage',
      'tali jemuran udah kuiket di kusen',
    ],
  ),
  part(
    'means_prepared',
    'means_strong',
    // Means made ready: rope bought, windows taped, stones in the pockets, poison taken from the shed.
    '(?:already )?(?:bought|got|ordered|buying) (?:a |the |some )?(?:rope|noose|charcoal|helium|rat poison|pesticide)|(?:windows|window|doors|door|vents)(?: are| is)? (?:all |already )?taped(?: shut| up)?|(?:stones|rocks) in my (?:pockets|coat|jacket)|(?:filled|filling|fill) my pockets with (?:stones|rocks)|(?:kantong|saku)(?: [a-z]+)?(?:ku)? (?:udah |sudah )?(?:aku |ku|gue )?(?:isi|penuhin|diisi|penuhi)(?:in)? (?:sama |pakai |pake |dengan )?batu|(?:racun(?: tikus)?|baygon|obat nyamuk|pestisida|tali(?: tambang)?|arang|obat tidur|lakban)(?:nya)?(?: [a-z]+){0,3}? (?:udah|sudah) (?:aku |gue |ku|saya )?(?:ambil|beli|siapin|siapkan|umpetin|sembunyiin|simpen|kumpulin|iket|ikat|pasang)(?! (?:[a-z]+ ){0,4}(?:buat|untuk|biar) (?:lomba|jemuran|jemur|ayunan|tenda|kemah|pramuka|bendera|barang|pindahan|motor|mobil|perahu|tarik))|(?:enough|cukup)(?<=(?:pills|pils|meds|tablets|obat|pil)(?:ku|nya)?[.,] (?:thats|that is|its|it is|itu) (?:enough|cukup))',
    [
      'already bought the rope last week',
      'sealed the room, the door is taped shut',
      'i put stones in my pockets',
      'saku jaketku udah kuisi batu',
      'baygon di dapur udah aku ambil',
      '40 pills. that is enough.',
    ],
  ),
  part(
    'goodbye',
    'goodbye',
    'this (?:is|will be) (?:my|the) (?:very )?last (?:post|message|time i (?:post|write|talk|say))|this is (?:my )?(?:final )?goodbye|(?:i have |i )?said (?:my )?goodbyes?(?: to (?:everyone|everybody|my family|my friends|them all|all of you))?|(?:udah|sudah) pamit (?:ke|sama|pada) (?:semua|semua orang|semuanya|keluarga|kalian|teman teman)|(?:i am )?sorry for everything[,.]? (?:this is goodbye|i love you all)|(?:goodbye|bye|farewell) (?:everyone|everybody|forever|world|cruel world|all of you)|(?:by the time|when|once) (?:you|someone|anyone|somebody|people|my (?:mom|mum|dad|family|parents)) (?:read|reads|see|sees|find|finds) (?:this|my post|this post),? i (?:will |am going to )?(?:already )?(?:be )?(?:gone|dead|no longer here|not be here|in a better place|already gone)|i (?:wont|will not) be (?:here|around|alive) (?:tomorrow|anymore|much longer|by (?:tomorrow|morning))|(?:tell|please tell) my (?:mom|mum|dad|family|parents|sister|brother|friends) (?:that )?i (?:love|loved|am sorry)|(?:thank you|thanks) (?:all |everyone |guys )?for everything[,.]? (?:goodbye|bye|farewell)|(?:i am )?sorry for everything[,.]? (?:goodbye|bye)|see you (?:on the other side|in (?:another|the next) life)|selamat tinggal(?: semua(?:nya)?| dunia| kalian| semua orang| selamanya| teman teman| guys| everyone| all)*(?= ?(?:$|[.,!?;]))|(?:ini|itu) (?:postingan|post|pesan|tulisan|curhatan|chat|status) terakhir(?:ku| aku| gue| saya)?(?! (?:hari ini|minggu ini|bulan ini|tahun ini|sebelum|sampai|di sini sebelum))|(?:pamit|permisi) (?:untuk |buat )?selamanya|(?:ini )?(?:pesan|surat|salam|tulisan) perpisahan(?:ku| aku| gue| saya)?|(?:besok|nanti|malam ini|sebentar lagi|lusa)(?: pagi| malam| siang| sore)? (?:aku|gue|saya) (?:udah|sudah|bakal|akan) (?:{NEG}) ada(?: lagi)?|(?:saat|waktu|pas|kalau) (?:kalian|kamu) baca (?:ini|tulisan ini|pesan ini),? (?:aku |gue )?(?:udah|sudah|mungkin udah|mungkin sudah|pasti udah) (?:gak ada|nggak ada|tidak ada|tiada|pergi|mati|meninggal)|(?:makasih|terima kasih|trimakasih|thanks) (?:buat|untuk|atas) (?:semuanya|segalanya|semua)[,.]? (?:selamat tinggal|maaf|pamit|bye|goodbye)|(?:maafin|maafkan) (?:aku|gue|saya) (?:ya )?(?:semuanya|buat semuanya|atas semuanya)[,.]? (?:selamat tinggal|aku pamit|aku pergi|bye)|(?:tolong )?(?:sampaikan|bilang|bilangin) (?:ke |sama |kepada )?(?:mama|papa|ibu|ayah|keluarga|orang tua|istri|suami|anak anak|anak|adik|kakak|pacar)(?:ku| saya| aku)? (?:kalau|bahwa) (?:aku |gue |saya )?(?:sayang|minta maaf|cinta|maaf)|(?:aku|gue|saya) (?:{NEG}) (?:akan|bakal) (?:ada|di sini) lagi (?:besok|setelah ini|mulai besok)|terakhir (?:kalinya|kali)(?= (?:kalian|kamu|semua orang)(?: semua)? (?:denger|dengar|baca|liat|lihat|ketemu|dapet) (?:kabar |tulisan |postingan |chat )?(?:dari )?(?:aku|gue|saya))|(?:hear from|see|read) me(?<=last time (?:you|you all|anyone|any of you) (?:will )?(?:hear from|see|read) me)|you (?:will|wont|will not) (?:never )?hear from me (?:again|anymore)|by (?:morning|tomorrow|tonight),? (?:it|nothing|none of this|this) (?:wont|will not) matter(?: anymore)?|(?:it|nothing) (?:wont|will not) matter (?:anymore )?(?:by|after) (?:tomorrow|tonight|morning)',
    [
      'Selamat tinggal semuanya.',
      'This is my last post.',
      'goodbye forever',
      'Saat kalian baca ini aku udah nggak ada.',
      "once someone finds this post i'll already be gone",
      'tolong sampaikan ke istri saya bahwa saya minta maaf',
    ],
  ),
  part(
    'farewell',
    'ready',
    '(?:^|[.!?;] )(?:goodbye|bye|farewell|selamat tinggal|dadah|sampai jumpa di kehidupan lain)(?=$|[.!?;])|maaf(?:in|kan)?(?= (?:(?:ya|aku|gue) )?(?:semua|semuanya|kalian|semua orang)(?: ya)?(?:$|[.!?;]))|(?:sorry everyone|sorry guys|sorry mom|sorry mum|sorry dad)(?=$|[.!?;])|love you (?:mom|mum|dad|mama|papa)(?=$|[.!?;])',
    ['The rope is tied and I am ready. Goodbye.'],
  ),
  part(
    'final',
    'final',
    // Finality without a goodbye word; CRISIS only next to a danger (a place, means, a weapon, an act).
    '(?:i am )?not coming (?:down|back|home)(?: this time| again| ever| anymore| tonight)?(?= ?(?:$|[.,!?;]))|(?:find|look for|looking for|search for|come after|come looking for) me(?<=(?:dont|do not|please dont|no need to) (?:try to |bother trying to |bother |come )?(?:find|look for|looking for|search for|come after|come looking for) me)|(?:this is|it is) the end (?:for me|of the road for me|of me)|it (?:was|has been) a good run|(?:sorry|say sorry|apologi[sz]e) to (?:whoever|anyone who|the person who) (?:reads|finds|sees) (?:this|me)|so (?:someone|somebody|they|people) (?:finds?|sees?) (?:my account|this|my body|me) (?:after|afterwards|later)|(?:i )?(?:just )?wanted (?:someone|somebody|one person|you all|you guys) to know(?= before| that i)|deleted (?:all )?(?:of )?my (?:socials|accounts|social media)(?: except)?' +
      '|jangan (?:cari|nyari|nyariin|cariin|mencari) (?:aku|gue|saya)(?: lagi)?|(?:cari|nyari|nyariin|cariin|mencari) (?:aku|gue|saya)(?<=(?:gak|nggak|ga|tidak|tak) (?:usah |perlu )(?:cari|nyari|nyariin|cariin|mencari) (?:aku|gue|saya))|pamit ya(?= ?(?:$|[.!?;])| (?:kalian|semua|semuanya|guys|semua orang|teman teman) ?(?:$|[.!?;]))|(?:aku|gue|saya) pamit(?= ?(?:$|[.!?;])| (?:ya|kalian|semua|semuanya)(?: kalian| semua| semuanya)? ?(?:$|[.!?;]))|(?:pulang|balik|kembali) lagi(?<=(?:gak|nggak|ga|tidak|tak) (?:akan|bakal) (?:pulang|balik|kembali) lagi)|(?:matiin|matikan)(?<=(?:hp|handphone|hape)(?:ku|nya)? (?:abis ini|habis ini|setelah ini|sebentar lagi) (?:aku |gue |ku|saya )?(?:matiin|matikan))|(?:makasih|terima kasih|trims) (?:udah|sudah)(?= (?:pernah )?(?:jadi (?:temen|teman|sahabat)|ada buat|nemenin))|tinggal (?:satu|selangkah|1) langkah(?: lagi)?|(?:bakal|akan) (?:berhenti|gagal|ragu)(?<=kali ini (?:aku |gue |saya )?(?:nggak|gak|ga|tidak) (?:bakal|akan) (?:berhenti|gagal|ragu))|(?:sampai|sampe) (?:bener bener|benar benar|beneran) selesai|(?:udah|sudah) (?:mantep|mantap)(?=$|[.!?;])',
    [
      "i'm not coming down this time",
      "don't try to find me",
      'jangan cari aku ya',
      'gausah nyari gue',
      'pamit ya kalian.',
      'malam ini aku nggak akan pulang lagi',
      'hp abis ini aku matiin',
      'makasih udah pernah jadi temen gw',
      'posting this so someone finds my account after',
      'it was a good run i guess',
    ],
    // The negation is part of the phrase ("don't look for me").
    { negatable: false },
  ),
  part(
    'approach',
    'act',
    // Going to the person now: an act only next to a weapon at hand (grade.ts).
    '(?:his|her|their) (?:room|house|place|door|office|class|desk)(?<=(?:going|heading|walking|sneaking|creeping) (?:into|to|over to|up to|in to) (?:his|her|their) (?:room|house|place|door|office|class|desk))(?: now| right now)?|waiting (?:outside|in front of|by|near)(?= (?:his|her|their|[a-z]+s) (?:house|room|door|school|gate|place|class|office))|(?:sekarang )?(?:aku|gue|saya) (?:ke sana|kesana|ke (?:rumah|kamar|kelas|tempat|kantor|kos)(?:nya| dia)|nyamperin|samperin|datengin|datangi|nungguin|tungguin|nyegat|cegat)(?: (?:dia|mereka|rumahnya|kamarnya))?(?: sekarang)?(?= ?(?:$|[.,!?;]))',
    [
      "i'm going into his room in a few minutes",
      'Aku udah siap, sekarang aku ke sana.',
      'golok udah siap, sekarang gue ke rumahnya.',
    ],
    { person: 'auto' },
  ),
  part(
    'armed',
    'armed',
    // A weapon in hand, packed or sharpened: with a time and a person, an act or a farewell -> CRISIS.
    '(?:i have|i have got|i got|got|i am holding|holding|i am carrying|i brought|i took) (?:a |the |my )?(?:[a-z]+s )?(?:kitchen |big |sharp |own )?(?:knife|machete|gun|pistol|axe|hatchet|cleaver|golok|parang|celurit|crowbar|blade)(?= ?(?:$|[.,!?;]| (?:in my|with me|ready|under|by the|and|now|right now|hidden)))|(?:knife|gun|machete|golok|pisau|cutter|blade|pistol|parang)(?:s)? (?:is |are )?(?:already )?(?:in my (?:bag|locker|pocket|hand|backpack|car|jacket)|under my (?:bed|pillow|jacket|shirt)|ready)' +
      '|(?:pisau|golok|parang|celurit|clurit|cutter|silet|linggis|sajam|senjata|pistol|samurai|kapak)(?:nya)?(?: dapur)? (?:udah |sudah )?(?:di tangan|di tas|di saku|di loker|di balik baju|siap)|(?:udah|sudah) (?:aku |gue |ku|saya )?(?:pegang|ambil|bawa|siapin|siapkan|asah|tajemin|tajamkan|masukin|selipin|umpetin)(?: [a-z]+){0,2}? (?:pisau|golok|parang|celurit|clurit|cutter|linggis|sajam|senjata|pistol|kapak|samurai)|(?:pisau|golok|parang|celurit|clurit|cutter|linggis)(?:nya)?(?: [a-z]+){0,2}? (?:yang )?(?:udah|sudah) (?:aku |gue |ku|saya )?(?:asah|tajemin|tajamkan|masukin|siapin|bawa|umpetin|selipin)|(?:udah|sudah) (?:aku |gue |ku|saya )?(?:asah|tajemin|tajamkan)(?= (?:dari|semalem|semalam|tadi|kemarin|sejak))|sharpened (?:the |my )?(?:knife|machete|blade)',
    [
      "I've got my brother's golok.",
      'the knife is already in my locker',
      'cutter udh di tangan',
      'aku udah ambil linggis dari gudang',
      'golok yang udah gue asah dari sore',
      'pisaunya udah aku masukin tas',
    ],
    { category: 'violence' },
  ),
  part(
    'giveaway',
    'giveaway',
    '(?:giving|gave|give|given) away (?:all (?:of )?my|most of my|everything|my (?:stuff|things|belongings|possessions|cat|dog|pets?|clothes|books))|(?:given|gave|giving) my (?:cat|dog|pets?|hamster|bird|fish|stuff|things) (?:to|away)|(?:udah|sudah) (?:aku |ku|gue )?(?:titipin|titipkan|kasih|kasihin|serahin|serahkan|wariskan) (?:kucing|anjing|hewan|peliharaan|barang barang|barang)(?:ku| aku)?|take care of my (?:cat|dog|pets?|plants|sister|brother|little [a-z]+|mom|mum|family|kids) (?:for me )?(?:when|after|once|if) i (?:am |m )?(?:gone|dead|not here|die)|(?:when|after|once) i am (?:gone|dead|no longer here)|(?:bagi bagiin|bagiin|kubagiin|ngebagiin|membagikan|kasih(?:in)?|ngasih|kasihkan|ngasihin|hibahin|wariskan|ngasih ngasihin|kasih kasihin) (?:semua )?barang(?: barang)?(?: (?:kesayangan|berharga|pribadi))?(?:ku| aku| gue| saya|nya)|(?:giving|gave|given|give) away (?:all (?:of )?)?(?:her|his|their) (?:favou?rite |most precious |prized )?(?:stuff|things|belongings|possessions|clothes|books)|titip (?:kucing|anjing|adik|mama|ibu|ayah|tanaman|papa|adek)(?:ku)? (?:ya )?(?:kalau|setelah|pas|kalau nanti) (?:aku|gue) (?:udah |sudah )?(?:gak ada|nggak ada|tidak ada|pergi|mati|tiada)|(?:kalau|setelah|pas|sepeninggal|nanti kalau) (?:aku|gue|saya) (?:udah|sudah|nanti udah|nanti sudah) (?:gak ada|nggak ada|tidak ada|tiada|pergi selamanya|pergi|mati|meninggal)(?! (?:kan|apa))',
    [
      'I have been giving away my stuff.',
      'Titip kucingku ya kalau aku udah gak ada.',
      'dia ngasih-ngasihin barang kesayangannya',
      "she's been giving away her favourite things",
    ],
  ),
  part(
    'location',
    'location',
    '(?:i am|standing|sitting|now|already|right now|climbed|climbing|writing this|writing|posting this|typing this|from|on|at) (?:up )?(?:on|at|onto|in|from)? ?(?:the |a |my |this )?(?:[a-z0-9]+ )?(?:[a-z0-9]+ )?(?:roof|rooftop|ledge|edge|bridge|balcony|platform|tracks|railing|cliff|top of the building|overpass|window ?sill|river ?bank|riverbank|edge of the (?:river|lake|cliff|roof|bridge)|beach|pier|dock|top of (?:the |a |this )?(?:[a-z]+ )?(?:building|tower|bridge|parking|garage|car park|mall|apartment|stairs|stairwell)|water tower|tower|crane|chimney)|(?:manjat|memanjat|naik ke|ngelewatin|melewati|climbed over|climbing over|over) (?:the )?(?:pager|pagar|railing|pembatas|fence|barrier|guardrail)(?: pembatas)?(?:nya)?|(?:aku |gue |saya )?(?:lagi |sedang |udah |sudah )?(?:di|berdiri di|duduk di|dari|nulis ini dari|nulis ini di) (?:atas )?(?:atap|pinggir jembatan|atas jembatan|jembatan|rooftop|rel|peron|pinggir rel|pinggir gedung|pinggir atap|tepi atap|ujung atap|pinggir tebing|pinggir jendela|lantai paling atas|tepi jurang|pinggir jurang|balkon|lantai [0-9]+|pinggir sungai|tepi sungai|pinggir laut|tepi laut|pinggir pantai|tebing|pagar balkon|pinggir kali|pantai|dermaga|waduk|bendungan|pinggir danau|tepi danau)',
    [
      'I am on the roof right now',
      'Aku di peron stasiun.',
      'climbed the old water tower',
      'udah manjat pagar pembatasnya',
    ],
  ),
  part(
    'oncoming_train',
    'ready',
    // The writer is at the tracks (not on a platform, not "my house by the tracks") and a train is
    // about to pass: the edge-location combination grades it CRISIS. The train comes first and the
    // place is a lookbehind from it: a pattern that starts with a lookbehind runs at every position.
    '(?:train|kereta|krl|commuter line)(?<=(?:udah|sudah|lagi|sedang|berdiri|duduk|already|standing|sitting|i am|now) (?:di|on|at|by|near) (?:the )?(?:pinggir |tepi |atas |tengah )?(?:rel|tracks|railway tracks|train tracks|railway|level crossing|railway crossing|perlintasan)[^!?]{0,60}(?:train|kereta|krl|commuter line))(?:(?: is)? (?:coming|approaching|almost here|about to (?:pass|come))|(?: is)? (?:comes|arrives|passes|will (?:come|pass)|is due) (?:soon|in)|(?: jam [0-9]+)? (?:lewat|datang|dateng|melintas)|(?:nya)? (?:udah |sudah )?(?:bentar lagi|sebentar lagi|mau|hampir|udah mau|sudah mau) (?:lewat|datang|dateng|nyampe|sampai|melintas))',
    [
      'sy sdh di pinggir rel, kereta bentar lg lewat',
      'I am standing on the tracks and the next train is coming',
      'sitting on the tracks. the last train comes soon',
    ],
  ),

  // ---- Round 6: plans told without ideation words, in more forms. Each alternative consumes a
  // distinctive word and checks its context in lookarounds (few literals for the gate).
  part(
    'arrangements',
    'ready',
    // Affairs put in order, things handed over, means at hand: no level alone; CRISIS with finality or
    // ideation.
    'borrowed(?<=(?:returned|gave back) (?:everything|all the (?:stuff|things|books)) (?:i )?borrowed)|(?:debts?|loans)(?<=paid (?:back|off) (?:all )?(?:my )?(?:debts?|loans))|passwords(?= (?:for|to) (?:everything|all my accounts))|away my(?<=(?:gave|given|giving) away my) [a-z]+(?: and (?:my )?[a-z]+)?|(?:razor|grill|charcoal|blade)(?<=(?:have|got) the (?:razor|grill|charcoal|blade))(?=(?: and the (?:tape|charcoal|grill|razor|rope|blade))?(?: already)? ?(?:$|[.,!?;]))|(?:bathtub|the tub|the bath)(?<=(?:filled|filling) (?:up )?(?:the )?(?:bathtub|the tub|the bath))|(?:blade|razor|rope)(?<=bought a (?:new )?(?:blade|razor|rope))|(?:picked|chose) the(?= (?:bridge|building|roof|overpass)  (?:near|by|at|for|where|to))|(?:in my (?:pocket|hand|bag)|under my pillow)(?<=(?:pills|meds|tablets|razor|blade|rope|poison) (?:is |are )?(?:already )?(?:in my (?:pocket|hand|bag)|under my pillow))' +
      '|(?:lunasin|lunasi|bayarin)(?<=(?:utang|hutang)(?: utang| hutang)?(?:ku| ku| aku| gue| saya)? (?:udah|sudah) (?:aku |gue |ku|saya )?(?:lunasin|lunasi|bayarin))|(?:ke ?schedule|kejadwal|dijadwalin|jadwalin|terjadwal)(?<=(?:chat|pesan|email|surat)(?: [a-z]+){0,3} (?:udah|sudah) (?:ke ?schedule|kejadwal|dijadwalin|aku jadwalin|aku schedule|terjadwal))|scheduled(?= (?:a |the |my )?(?:message|post|email|text))|(?:bagiin|titipin|wariskan|serahin|kasihin|gue kasih|aku kasih|ku kasih)(?<=(?:laptop|hp|gitar|sepatu|baju|motor|barang barang|barang|buku buku|koleksi|kucing|anjing)(?:ku| aku| gue| saya)? (?:udah |sudah )?(?:aku |gue |ku|saya )?(?:bagiin|bagi bagiin|titipin|wariskan|serahin|kasihin|kasih))(?= (?:ke|buat|untuk|sama) [a-z]+)|titip (?:kucing|anjing|hewan|peliharaan)(?:ku)?(?=(?: aku| gue)? ya)|(?:di tangan|di saku|di kantong|di bawah bantal)(?<=(?:obat|obat obatan|pil|racun|tali|silet)(?:nya|ku)? (?:udah |sudah )?(?:di tangan|di saku|di kantong|di bawah bantal))|(?:udah|sudah) (?:mutusin|memutuskan|kuputusin)(?= ?(?:$|[.,!?;]))|caranya (?:udah|sudah)(?= (?:aku |gue |ku|saya )?(?:pelajarin|pelajari|cari tau))',
    [
      'returned everything i borrowed',
      'gave away my guitar and my shoes',
      'passwords for everything are at the bottom',
      'i already filled the bathtub and have the razor, just sending this',
      'bought a new blade today and picked the bridge near the river',
      'the pills are in my pocket',
      'utang udah gue lunasin',
      'chat buat nyokap udah ke-schedule jam 12',
      'laptop gue kasih ke Bima',
      'titip kucingku ya',
      'obat obatan udah di tangan',
      'aku udah mutusin.',
      'caranya udah aku pelajarin',
    ],
  ),
  part(
    'final_more',
    'final',
    // Finality in more words ("just wanted someone to know", "set the date", "ga bakal balik lagi").
    '(?:typing|writing|posting) this(?<=know why i am (?:typing|writing|posting) this)|so (?:someone|somebody)(?<=(?:sending|posting|writing) this so (?:someone|somebody))(?= knows?)|(?:someone|somebody|person) to know(?<=(?:wanted|want) (?:someone|somebody|one person) to know)(?= ?(?:$|[.,!?;]))|set the date|(?:at peace with it|calm now that)(?<=(?:i am|i feel) (?:weirdly |strangely |so |finally )?(?:at peace with it|calm now that))|nobody will find me(?= (?:until|till|before))|(?:messaged|texted|called|told) everyone(?=(?: i (?:care about|love))?(?: today)? (?:just )?to say (?:thank you|thanks|i love them|sorry))|(?:group|everyone) first(?<=to say (?:bye|goodbye) to (?:this group|everyone) first)|final decision(?= ?(?:$|[.,!?;]))|already decided(?= ?(?:$|[.,!?;]))|matter anymore(?<=(?:none of this|no one of this|nothing) will matter anymore)' +
      '|bilang (?:makasih|terima kasih|maaf)(?<=(?:cuma|cuman|hanya) (?:mau|pengen|ingin) bilang (?:makasih|terima kasih|maaf))|(?:repotin|susahin|sakitin|kecewain|repotkan)(?<=(?:sori|sorry|maaf) (?:buat|untuk|ke|sama) semua (?:yang|orang yang) (?:pernah )?(?:aku|gue|saya) (?:repotin|susahin|sakitin|kecewain|repotkan))|(?:balik|pulang|kembali) lagi(?<=pergi (?:jauh |selamanya )?(?:dan|terus|trus) (?:{NEG}) (?:akan |bakal )?(?:balik|pulang|kembali) lagi)|(?:hapus|apus|delete)(?<=akun (?:ig |instagram |sosmed |medsos |twitter |tiktok )?(?:ku |aku |gue |saya )?(?:udah|sudah) (?:aku |gue |ku|saya )?(?:hapus|apus|delete))|(?:posting|nulis|ngepost) di sini(?<=terakhir (?:kali )?(?:aku|gue|saya) (?:posting|nulis|ngepost) di sini)|tenang kok(?<=(?:aku|gue|saya) (?:udah|sudah) tenang kok)|jaga diri (?:kalian|kamu) baik baik',
    [
      'dont know why im typing this',
      'just sending this so someone knows why',
      'i just wanted someone to know',
      "i've set the date",
      'i feel weirdly calm now that its decided',
      'nobody will find me till morning',
      'messaged everyone i care about today just to say thank you',
      'just wanted to say bye to this group first',
      'tomorrow morning none of this will matter anymore',
      'cuma mau bilang makasih ke kak Dina',
      'Sori buat semua yg pernah gw repotin',
      'gue pergi jauh dan ga balik lagi',
      'malam ini aku pergi dan ga balik lagi',
      'akun ig gue udah gue hapus',
      'kayaknya ini terakhir aku posting di sini',
      'jaga diri kalian baik2',
    ],
    { negatable: false },
  ),
  part(
    'goodbye_more',
    'goodbye',
    'kehidupan (?:lain|selanjutnya|berikutnya|yang lain)(?<=(?:sampai|sampe) (?:ketemu|jumpa) (?:lagi )?di kehidupan (?:lain|selanjutnya|berikutnya|yang lain))(?! (?:kata|said|says|quote|lirik|lyrics))',
    ['sampe ketemu di kehidupan lain'],
  ),
  part(
    'the_day',
    'act',
    // "friday is the day", "decided on tonight", "malam ini semuanya beres".
    'is the day(?<=(?:today|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this weekend) is the day)(?= ?(?:$|[.,!?;]))|decided on(?= (?:tonight|tomorrow|today|this weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday))|(?:beres|selesai|berakhir)(?<=(?:malam ini|besok|hari ini|sebentar lagi|nanti malam) (?:semuanya|semua ini|semua) (?:beres|selesai|berakhir))',
    ['friday is the day', 'decided on tonight.', 'malam ini semuanya beres'],
    { also: ['time'] },
  ),
  part(
    'means_more',
    'means_strong',
    // Means made ready in more words: a scarf hung on the door, pills saved up, poison under the bed,
    // gas and sealed windows, someone else's pills counted.
    'hung (?:the|a|my)(?= (?:scarf|rope|belt|cable|sheet|cord|tie) (?:on|from|to|over) (?:the |my )?(?:door|doorknob|door handle|ceiling|fan|beam|hook|closet|rail))|(?:{PILLS_EN})(?<=(?:saving up|saved up|hoarding|hoarded|stockpiling|stockpiled) (?:[a-z0-9]+ ){0,4}?(?:my |all my |enough |some )?(?:{PILLS_EN}))|(?:{PILLS_EN})(?<=(?:[0-9]{2,}|twenty|thirty|forty|fifty) of (?:my|the) [a-z]+s (?:{PILLS_EN}))|(?:under my bed|in my (?:room|drawer|closet))(?<=(?:pesticide|poison|rat poison|insecticide|weed killer)(?: bottle)?(?: [a-z]+){0,4} (?:is|are) (?:already )?(?:under my bed|in my (?:room|drawer|closet)))' +
      '|(?:tabung gas|selang)(?<=(?:udah|sudah) (?:nyiapin|nyiapain|siapin|beli|bawa) (?:tabung gas|selang))(?= di (?:kamar|mobil|kos))|(?:lakban|tape|selotip)(?<=(?:arang|charcoal)(?: [a-z]+)? (?:sama|dan|and|plus) (?:lakban|tape|selotip))|(?:sumpel|sumbat|lakbanin|lakban|segel)(?<=(?:pintu|jendela|ventilasi|celah|kamar|ruangan|kos|mobil)(?:ku| aku| gue)?(?: [a-z]+){0,3} (?:udah|sudah) (?:aku |gue |ku|saya )?(?:sumpel|sumbat|lakbanin|lakban|segel))',
    [
      'hung the scarf on the door handle already',
      'been saving up my antidepressants for 3 weeks',
      '40 of my moms sleeping pills in the drawer',
      'the pesticide bottle from the garden is under my bed',
      'udah nyiapin tabung gas di kamar',
      'pintu sama jendela udah aku sumpel pake handuk',
      'udah gue beli arang sama lakban',
    ],
  ),
  part(
    'location_more',
    'location',
    'crossing(?<=(?:on|at) (?:the )?(?:railway|railroad|train|level|rail) crossing)|perlintasan(?= (?:kereta|rel))|(?:balik|luar) (?:pager|pagar)(?<=(?:berdiri|duduk|udah|sudah|lagi) (?:di )?(?:balik|luar) (?:pager|pagar))|side of the (?:railing|fence|barrier|guardrail)(?<=(?:other|wrong|outer) side of the (?:railing|fence|barrier|guardrail))',
    ['im on the railway crossing near the station', 'gue udah berdiri di balik pager lantai 7'],
  ),
  part(
    'note_more',
    'note',
    '(?:my|a) (?:will|wasiat)(?<=(?:wrote|written|writing|made|finished) (?:my|a) (?:will|wasiat))(?= ?(?:$|[.,!?;]| in| on| and| for| last| yesterday| today| tonight))|(?:taruh|tulis|simpen|simpan|tinggalin|selipin)(?<=surat (?:buat|untuk) (?:mama|papa|ibu|ayah|keluarga|orang tua|nyokap|bokap|ortu|kalian|adik|kakak)(?:ku)? (?:udah|sudah) (?:aku |gue |ku|saya )?(?:taruh|tulis|simpen|simpan|tinggalin|selipin))',
    ['wrote my will in my notes app', 'surat buat mama udah aku taruh di bawah bantal'],
  ),
  part(
    'act_more',
    'act',
    '(?:nunggu keberanian|menunggu keberanian|nunggu nyali|butuh nyali)(?<=tinggal (?:nunggu keberanian|menunggu keberanian|nunggu nyali|butuh nyali))|need (?:the |some )?courage(?<=(?:just|only) need (?:the |some )?courage)(?= ?(?:$|[.,!?;]| now| tonight))',
    ['tinggal nunggu keberanian dikit lagi', 'i just need the courage now'],
  ),
  part(
    'time',
    'time',
    'tonight|tomorrow(?: night| morning)?|this (?:weekend|evening|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|after (?:everyone|everybody|they|my (?:family|parents|mom|dad|roommate)) (?:is |are |goes |go |falls |fall )?(?:asleep|to sleep|sleeps|sleep|leaves|leave|goes out|go out|gets home|get home)|when (?:everyone|everybody|they|my (?:parents|family)) (?:is |are )?(?:asleep|sleeping|gone|out)|(?:when|once|after|as soon as|before) (?:he|she|they|everyone|everybody|my [a-z]+|the [a-z]+) (?:gets|get|comes|come|leaves|leave|goes|go|falls|fall|is|are) (?:home|back|here|in|out|away|asleep|to sleep|to work|to school|gone)?|at midnight|after (?:my|the) (?:shift|class|classes|work|exam|exams|school|lecture)|(?:habis|abis|setelah|sesudah|pulang) (?:kerja|kuliah|sekolah|shift|ujian)(?: nanti)?|in (?:an|one|a few|[0-9]+) (?:hours?|minutes?)|before (?:sunrise|morning|dawn)|on my birthday|(?:malam|mlm) ini|nanti malam|ntar malam|entar malam|besok(?: pagi| malam| siang)?|lusa|sekarang juga|detik ini|saat ini juga|hari ini juga|(?:pas|kalau|kalo|waktu|begitu|setelah|abis|habis|sebelum|nunggu|nungguin|tunggu) (?:semua(?: orang)?|mereka|orang rumah|orang tua|keluarga|dia|[a-z]+(?:ku|nya)) (?:udah |sudah |lagi )?(?:tidur|pergi|keluar|pulang|datang|dateng|balik|sampai|berangkat|gak di rumah)|tengah malam|(?:beberapa|bentar|sebentar|[0-9]+|satu|setengah) (?:menit|jam|detik) lagi|jam [0-9]+ (?:nanti|malam|pagi|ini)|sebentar lagi|akhir pekan ini|(?<!(?:[0-9]|dua|tiga|empat|beberapa|udah|sudah|selama|sepanjang) )minggu ini|(?:nunggu|nungguin|menunggu|tunggu)(?= (?:rumah|kos|kosan|kost|kamar|asrama|semua orang|orang rumah|semuanya|mereka|orang tua|keluarga|[a-z]+(?:ku|nya))(?: [a-z]+)? ?(?:sepi|kosong|tidur|pergi|berangkat|keluar|pulang))|wait(?:ing)? (?:for|until|till)(?= (?:the house|the dorm|everyone|everybody|them|the others|my [a-z]+) (?:is |are |to )?(?:be )?(?:empty|asleep|to sleep|sleep|to leave|leave|leaves|gone|out|to go (?:out|to work|to school)))|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday|new year|new years eve|(?:the )?[0-9]+(?:st|nd|rd|th)?)|next (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (?:my|the) (?:last|final|next)(?= (?:shift|class|exam|exams|lecture|day|session|paper))|(?:sebelum|abis|habis|setelah) (?:subuh|pengumuman)',
    [
      'I am doing it tonight after everyone is asleep.',
      'Malam ini aku lakuin pas semua tidur.',
      'pas kakakku pulang nanti',
      'just waiting for my brother to leave for work',
    ],
  ),
  part(
    'time_more',
    'time',
    // Days, prayer times and clock times: "hari jumat", "abis magrib", "at 4", "jam 9 lewat".
    '(?:hari|on) (?:senin|selasa|rabu|kamis|jumat|sabtu)|(?:abis|habis|setelah|sesudah|sebelum) (?:magrib|maghrib|isya|subuh|azan|sholat|shalat|ashar|dzuhur)|at (?:1|2|3|4|5|6|7|8|9)[0-9]?(?: ?(?:am|pm))?(?= ?(?:$|[.,!?;]| tonight| tomorrow| today))|jam [0-9]+(?= ?(?:$|[.,!?;]| lewat| tepat| pas| nanti| malam| pagi| ini))',
    ['after my last exam on jumat', 'ntar abis magrib', 'tomorrow at 4.', 'jam 9 lewat gang belakang'],
  ),
  part(
    'means',
    'means',
    '(?:{PILLS_EN}|{PILLS_ID}|tali|rope|belt|ikat pinggang|pisau|knife|silet|razor|razors|blade|blades|cutter|racun|poison|baygon|bleach|pemutih|gun|pistol|bridge|jembatan|roof|rooftop|atap|gedung|building|rel|railway|tracks|train|kereta|lantai [0-9]+|[0-9]+(?:st|nd|rd|th) floor|cliff|tebing|charcoal|arang|gas)(?:nya|ku|mu)?',
    ['I keep looking at the pills', 'ada tali di kamar'],
  ),
  // ---- Round 7: plan components told in code-switched or story words.
  // Finality in more words, English inside Indonesian posts too: "pas kalian baca ini I'm already
  // gone", "I won't need them anymore", "by then everything will be over", "this is where it ends".
  part(
    'final_words',
    'final',
    'already gone(?<=i (?:am|will be|will already be|would be) already gone)(?= ?(?:$|[.,!?;]))|need (?:them|it|these|those|this|my [a-z]+) anymore(?<=(?:i|i will|i wont|i will not) (?:not )?(?:need|needs) (?:them|it|these|those|this|my [a-z]+) anymore)|(?:everything|it all|all of this|all of it) will (?:already )?be over(?= ?(?:$|[.,!?;]))|(?:peaceful|quiet|lighter|easier) for everyone(?<=(?:tomorrow|after tonight|after today|soon|everything) (?:will|is going to) be (?:so |more |much )?(?:peaceful|quiet|lighter|easier) for everyone)|where it ends(?<=this is where it ends)|talk me out of it(?<=(?:dont|do not|no need to|nobody needs to|no one needs to|not going to|dont try to|do not try to) (?:try to )?talk me out of it)|(?:made|make) (?:my )?peace with (?:it|everything|all of it)(?= ?(?:$|[.,!?;]| and| now))|not (?:climbing|going|getting|coming) down(?= ?(?:$|[.,!?;]| this time| again| anymore))|showing up(?<=(?:when|once|after|if) i stop showing up)|(?:yang|yg) terakhir kali(?<=(?:buat|untuk) (?:yang|yg) terakhir kali)(?= ?(?:$|[.,!?;])| (?:liat|lihat|ngeliat|denger|dengar))|baik baik ya(?<=kalian (?:semua )?baik baik ya)(?= ?(?:$|[.!?;]))|(?:telpon|telepon|nelpon|hubungin|call) (?:siapa siapa|siapapun|siapa pun|anyone)(?<=(?:ga|gak|nggak|jangan|tidak|dont|do not|no need to) (?:usah |perlu )?(?:telpon|telepon|nelpon|hubungin|call) (?:siapa siapa|siapapun|siapa pun|anyone))|(?:nyariin|nyari|cariin|cari) (?:aku|gue|saya)(?<=(?:ga|gak|nggak|tidak) (?:usah|perlu) ada (?:yang )?(?:nyariin|nyari|cariin|cari) (?:aku|gue|saya))|(?:ini )?(?:jawaban|jalan keluar|cara) (?:yang )?(?:paling gampang|paling mudah|terbaik)(?<=(?:kayaknya|mungkin|emang) (?:ini )?(?:jawaban|jalan keluar|cara) (?:yang )?(?:paling gampang|paling mudah|terbaik))(?= ?(?:$|[.,!?;]))|hari terakhir(?<=(?:ini|hari ini) hari terakhir)(?= (?:aku|gue|saya) (?:masuk|sekolah|kuliah|kerja|ke))|i am sorry (?:mom|mum|dad)(?= ?(?:$|[.,!?;]))|(?:type|write|post) this (?:out )?first(?<=wanted to (?:type|write|post) this (?:out )?first)|(?:dan|terus|trus) (?:gak|ga|nggak|tidak) (?:balik|pulang|kembali) lagi(?= ?(?:$|[.,!?;]))|curiga(?<=tanpa (?:dia|mereka|nenek|mama|ibu|ayah|papa|siapapun|ada yang) curiga)|(?:saying|bilang|isinya) (?:goodbye|pamit|selamat tinggal)(?<=(?:voice note|message|text|pesan|vn|chat|sent me|ngirim) (?:saying|bilang|isinya) (?:goodbye|pamit|selamat tinggal))',
    [
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
    { negatable: false },
  ),
  // Affairs put in order in more words: savings transferred, a scheduled message, passwords left,
  // things sold or packed to give away, a goodbye message typed and waiting.
  part(
    'arrangements_more',
    'ready',
    '(?:udah|sudah) (?:aku |gue |ku|saya )?transfer(?<=(?:tabungan|duit|uang|gaji|saldo|atm)(?:ku| aku| gue| saya)? (?:udah|sudah) (?:aku |gue |ku|saya )?transfer)|(?:paycheck|savings)(?<=(?:transfer|transferred|sent) (?:my )?(?:last |whole |all my )?(?:paycheck|savings))|(?:pesan|chat|post|email) terjadwal|(?:password|passwords)(?<=(?:tulis|nulis|tinggalin|left|wrote|written) (?:semua |all )?(?:my )?(?:[a-z]+ )?(?:password|passwords))|(?:owed|borrowed)(?<=paid back the (?:money|cash) i (?:owed|borrowed))|(?:dikasih|dikasihin|disumbangin|sumbangin) ke panti|pesan (?:pamitan|perpisahan)(?=(?: [a-z]+){0,3} (?:udah|sudah) (?:aku |gue |ku|saya )?(?:ketik|tulis))|(?:titipin|titipkan)(?<=(?:jam|laptop|hp|motor|kunci|cincin|kalung)(?: [a-z]+){0,4} (?:gue |aku |ku|saya )?(?:titipin|titipkan))(?= (?:ke|sama) [a-z]+)|(?:cat|dog|guitar|bike|motorbike|laptop) (?:goes|went) to my (?:neighbour|neighbor|cousin|sister|brother|friend)|returned (?:my|the) motorbike|(?:giving|gave|given) my (?:guitar|laptop|bike|motorbike|sketchbooks|books|clothes|shoes|games|console|camera|collection|jewelry|phone)(?= to)|(?:kunci|teralis|pengaman) jendela(?=(?: [a-z]+)? (?:udah|sudah) (?:gue |aku |ku|saya )?(?:copot|lepas|lepasin|copotin))|(?:udah|sudah) (?:aku |gue |ku|saya )?(?:jual|jualin)(?<=(?:motor|hp|laptop|gitar)(?:ku| aku| gue| saya)? (?:udah|sudah) (?:aku |gue |ku|saya )?(?:jual|jualin))',
    [
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
  ),
  // Means at hand in more words: poison "udah di tas", "next to me on the bed", tablets saved for a
  // month, insecticide in the bag.
  part(
    'means_at_hand',
    'means_strong',
    '(?:racun(?: tikus)?|baygon|obat nyamuk cair|pestisida)(?=(?: [a-z]+){0,2},? (?:udah|sudah)(?: ada)? (?:di tas|di saku|di kantong|di bawah kasur|di bawah bantal))|(?:poison|pesticide|insecticide|weed killer)(?= (?:bottle )?(?:is|are) (?:already |all |right )?(?:next to me|beside me|in my lap|in my bag))|(?:saving|saved|keeping|kept|hiding|hid) (?:my |all my |[a-z]+s |my [a-z]+s )?(?:sleeping |sleep )?(?:tablets|pills|meds)(?= for (?:a |two |three |[0-9]+ )?(?:month|months|week|weeks))|(?:racun tikus|obat nyamuk|baygon|tali)(?<=(?:udah|sudah) (?:beli|nyiapin|bawa) (?:racun tikus|obat nyamuk|baygon|tali))|(?:isi|penuhin|diisi|isiin) batu(?<=(?:tas|ransel|kantong|saku|jaket)(?: [a-z]+)?(?:ku| aku| gue)? (?:udah|sudah) (?:aku |gue |ku)?(?:isi|penuhin|diisi|isiin) batu)|with (?:rocks|stones)(?<=(?:filled|stuffed) my (?:backpack|bag|pockets|jacket) with (?:rocks|stones))|jadwal kereta(?:nya)?(?<=(?:rel|tracks)[^!?]{0,60}(?:itung|hitung|ngitung|catat|cek|hafalin|apalin) jadwal kereta(?:nya)?)',
    [
      'racun tikus tadi sore, udah di tas',
      'obat nyamuk cair udah ada di tas',
      'the bottle of rat poison is next to me on the bed',
      "I've been saving my mom's sleeping tablets for a month",
      'gw udah beli racun tikus tadi sore',
      'tas gue udah gue isi batu',
      'i filled my backpack with rocks',
      'rel kereta deket rumah. udah gue itung jadwal keretanya',
    ],
  ),
  part(
    'note_left',
    'note',
    '(?:taro|taroh|tarok)(?<=surat (?:buat|untuk) [a-z]+ (?:udah|sudah) (?:aku |gue |ku|saya )?(?:taro|taroh|tarok))|(?:nulis|tulis|bikin|menulis) wasiat',
    ['surat buat mama udah gue taro di bawah bantal', 'udah nulis wasiat kecil di diary'],
  ),
  part('goodbye_mixed', 'goodbye', '(?:final|last) goodbye (?:post|message|letter|video)', [
    'final goodbye post.',
    'this is my last goodbye message',
  ]),
  part(
    'time_mixed',
    'time',
    'fall asleep(?<=(?:waiting|wait) (?:for|until|till) (?:everyone|everybody|them|my [a-z]+) to fall asleep)|(?:house|dorm|kos) is quiet(?<=when the (?:house|dorm|kos) is quiet)|rumah kosong(?<=(?:pas|waktu|kalau|kalo) rumah kosong)|(?:besok|besoknya) (?:subuh|sore)|(?:sabtu|minggu|jumat|senin|selasa|rabu|kamis) (?:subuh|pagi|malam|malem|sore)',
    [
      'just waiting for everyone to fall asleep',
      'tonight when the house is quiet',
      'besok pagi pas rumah kosong',
      'besok subuh gue kesana',
      'sabtu subuh gue bawa',
    ],
  ),
  part(
    'act_mixed',
    'act',
    '(?:taking|take|swallowing|swallow) every (?:single )?one of them|coba lagi(?<=(?:mau|bakal|akan) coba lagi)(?= pake| pakai| dengan)|(?:gue|aku) (?:kesana|ke sana)(?<=(?:besok|nanti|malam ini|malem ini|subuh) (?:subuh |pagi |malam )?(?:gue|aku) (?:kesana|ke sana))',
    [
      "I'm taking every one of them",
      'malam ini aku mau coba lagi pake tali yg lebih tebel',
      'besok subuh gue kesana',
    ],
    { person: 'auto' },
  ),
  // The weapon or fuel at hand (armed component), in more words.
  part(
    'armed_more',
    'armed',
    '(?:knife|blade|machete)(?<=(?:i have|i have got|got|i brought) (?:a |the |my )?(?:kitchen |big |sharp )?(?:knife|blade|machete))(?= (?:wrapped|hidden|tucked))|(?:bensin|korek)(?:nya)?(?: (?:udah|sudah) (?:ada|di jerigen|(?:aku |gue )?(?:siapin|siapkan)))(?<=(?:bensin|korek)(?:nya)? (?:udah|sudah) (?:ada|di jerigen|(?:aku |gue )?(?:siapin|siapkan)))|jerigen bensin|airsoft(?= (?:yang|yg) (?:udah |sudah )?(?:dimodif|dimodifikasi))',
    [
      "I've got a kitchen knife wrapped in a shirt",
      'bensin udah di jerigen, korek udah ada',
      'koreknya udah gue siapin',
      'gue bawa satu jerigen bensin ke gudang',
      'gw bawa airsoft yg udah dimodif',
    ],
    { category: 'violence' },
  ),
  // ---- Round 8: farewells and arrangements in teen, regional and story words; means made ready (a belt
  // tied and tested, a charcoal burner in a sealed room, weights in a backpack).
  part(
    'final_thanks',
    'final',
    '(?:nice|kind|good) to me(?<=wanted to (?:say|tell you|let you know) (?:that )?(?:u|you)(?: guys| all)? (?:were|was|have been) (?:so |really )?(?:nice|kind|good) to me)|another (?:year|birthday)(?<=(?:not doing|not going to do) another (?:year|birthday))|off for good(?<=(?:logging|log|signing|sign) off for good)|peace with it(?<=(?:made|make) my peace with it)|last post(?= ?(?:$|[.!,]))|best part of my(?<=(?:group|forum|chat|place|server) was the best part of my)|be quick(?= ?(?:$|[.!,]))(?<=it (?:will|would) be quick)|needing anything(?<=(?:wont|will not) be needing anything)|(?:thats|that is) it(?= ?(?:$|[.!]))(?<=(?:top floor|roof|rooftop|bridge|overpass|jump|river|dam)[^.!?]{0,40}(?:and )?(?:that is|thats) it)|mulai besok(?= (?:aku|gue|gw|saya) (?:gak|ga|nggak|udah gak|udah ga|tidak) (?:ada|di sini))|pergi (?:dengan )?tenang(?<=(?:bisa|mau) pergi (?:dengan )?tenang)|perlu (?:aku|gue|gw) urus(?<=(?:gak|ga|nggak|tidak) ada (?:yang|yg) perlu (?:aku|gue|gw) urus)|(?:aku|gue|gw) duluan(?= ?(?:$|[.!,]))|jaga diri (?:kalian|baik baik)(?= ?(?:$|[.!,]))|(?:nahan|nahanin)(?<=(?:gak|ga|nggak|udah gak|udah ga) ada (?:yang|yg) (?:nahan|nahanin))|(?:ditelpon|ditelepon|dicegah|dicariin|dicari)(?<=(?:gak|ga|nggak|jangan|ora) usah (?:ditelpon|ditelepon|dicegah|dicariin|dicari))|kabeh(?<=(?:rampung|selesai|beres) kabeh)|love you (?:guys|all|everyone)(?=,? (?:bye|goodbye) ?(?:$|[.!]))|hapunten|sorry (?:ma|mom|mama|mum)(?= ?[.!]? ?$)|bilangin(?= (?:nyokap|mama|ibu|bokap|ayah|papa|mamah)(?: gue| aku| gw)? (?:sorry|maaf))|pamit beneran|aku pamit(?= ?(?:$|[.!]))|(?:goodbye|selamat tinggal)(?=.{0,100}(?:not answering|ga bisa ditelpon|gak bisa ditelpon|ga bales|gak bales|ga diangkat|gak diangkat))',
    [
      'just wanted to say you guys were kind to me',
      'i am not doing another year',
      'logging off for good after tonight',
      'i made my peace with it',
      'ok last post.',
      'this group was the best part of my week',
      'sunday night, it will be quick.',
      'i will not be needing anything after friday',
      'going to the top floor and thats it.',
      'mulai besok aku gak ada',
      'aku bisa pergi tenang',
      'gak ada yg perlu aku urus lagi',
      'jaga diri kalian, aku duluan',
      'udah gak ada yang nahan aku lagi',
      'ora usah dicegah',
      'wes rampung kabeh',
      'hapunten nya mah',
      'bilangin nyokap gue sorry ya',
      'besok aku pamit beneran',
      'she sent me a goodbye text and now she is not answering',
    ],
    { negatable: false },
  ),
  part(
    'arrangements_things',
    'ready',
    'whoever wants my(?= (?:stuff|things))|names on (?:them|it)(?<=(?:boxes|box) (?:with|w) names on (?:them|it))|(?:labelled|labeled) for|passwords?(?:(?<=(?:wrote down|written down|left|sent|kirim|ngirim|kasih) (?:my |all my )?passwords?)(?=(?: [a-z]+){0,3} (?:for|to|ke|buat) )|(?= (?:ig|instagram|email|hp|laptop)(?: ?ku| aku| gue)? (?:udah |udh |sudah )?(?:aku |gue )?(?:kirim|kasih))|(?<=laptop password)(?= is))|hapus akun(?:ku| aku| gue)|left my(?= [a-z]+ to [a-z]+)|(?:titip|nitip)(?= (?:kucing|anjing|adik|adek|kelinci|hamster|burung|anak)(?:ku| aku| gue| gw))|kunci(?= (?:kos|kamar|rumah|motor)(?:ku| aku| gue)? (?:aku |udah |udh )*(?:taruh|taro|simpen|titip))|(?:bagiin|bagi bagi|bagikan|kasihin)(?= (?:semua )?(?:baju|sepatu|barang|buku|gitar|sepeda|motor|laptop))|(?:kasih|kasihin|kukasih) (?:ke|buat)(?<=(?:sepatu|gitar|sepeda|laptop|motor)(?: [a-z]+)? (?:udah|udh|sudah) (?:aku |gue )?(?:kasih|kasihin|kukasih) (?:ke|buat))|utang(?<=(?:ngelunasin|lunasin|bayar) (?:semua )?utang)|paid back(?= (?:the |all |my )?(?:[a-z0-9]+ )?(?:i owed|debts?))|sent the money to(?<=sold [^.!?]{0,40}sent the money to)|(?:motor|laptop) buat(?= (?:mas|adek|adik|kakak|sepupu|mama|ibu)(?:ku)?, (?:motor|laptop|hp|gitar|sepatu))',
    [
      'my password is in the notebook for whoever wants my stuff',
      'putting my things in boxes with names on them',
      'my diaries are in a box labelled for mama',
      'wrote down my passwords for my brother',
      'password ig ku udah aku kirim ke kamu',
      'tolong hapus akunku ya',
      'i left my sketchbooks to ayu',
      'titip kucingku ya',
      'kunci kos aku taruh di bawah pot',
      'udah aku bagiin semua baju ke adek kos',
      'gitar udah aku kasih ke dimas',
      'udah ngelunasin utang ke temen',
      'paid back the 200k i owed',
      'sold my bike and sent the money to my mom',
      'motor buat mas, laptop buat sepupu',
    ],
  ),
  part(
    'means_tied',
    'means_strong',
    '(?:belt|noose) is tied(?= ?(?:$|[.!])| already ?(?:$|[.!])| up| to the (?:ceiling|fan|beam|rafter|door|hook|pipe))|practi[sc]ed(?= with the (?:cord|rope|belt|noose))|loosen it(?<=(?:not|never) (?:gonna|going to) loosen it)|(?:kusen|plafon|teralis|kipas angin)(?<=(?:sabuk|tali|ikat pinggang|kabel|tambang) [^.!?]{0,20}(?:di|ke) (?:kusen|plafon|teralis|kipas angin))|kuat(?<=(?:udah|udh|sudah) (?:aku |gue |tak )?(?:tes|tesin|coba|cobain) kuat)(?<=(?:sabuk|tali|ikat pinggang|kabel|tambang|simpul).{0,80})|tali(?= (?:wes|udah|udh|sudah) (?:tak |aku |gue )?(?:pasang|iket|ikat|gantung))|(?:tambang|tali)(?<=(?:nyiapke|nyiapin|nyiapkan|siapin|siapke) (?:tambang|tali))|weights(?= (?:are )?in my (?:backpack|bag|pockets)(?! for| to the gym))|(?:biji|butir|tablets|pills)(?<=(?:nyiapin|siapin|nyiapke|ngumpulin|kumpulin|stocked|saved|collected)[^.!?]{0,50}(?:[2-9][0-9]|[1-9][0-9]{2}) (?:biji|butir|tablets|pills))|of pills(?<=(?:pic|photo|picture) of (?:a )?(?:pile|handful|bunch) of pills)|foto (?:pil|obat)(?= (?:banyak|segenggam))',
    [
      'the belt is tied already',
      'practised with the cord last night',
      'tonight i am not going to loosen it',
      'aku pakai sabuk bapak di kusen pintu',
      'sabuk di kusen pintu, udah aku tes kuat',
      'tali wes tak pasang',
      'aku wes nyiapke tambang',
      'weights are in my backpack',
      'udah nyiapin obat 40 biji',
      'she sent a photo of a pile of pills',
      'dia kirim foto pil banyak',
    ],
  ),
  part(
    'ready_at_hand',
    'ready',
    '(?:bottle|pills|rope|knife|blade)(?= (?:is|are) (?:in my bag|in my pocket|with me|next to me))|razor blades?(?= (?:right now|now))(?<=(?:with|holding|got) (?:my |the |a )?(?:[a-z]+ )?razor blades?)|the spot(?<=(?:picked|chose|found) the spot)|each of (?:you|u|kalian)(?<=one for each of (?:you|u|kalian))',
    [
      'the bottle is in my bag',
      'in the bath with my dads razor blades right now',
      'i already picked the spot',
      'there is one for each of you',
    ],
  ),
  part(
    'note_written',
    'note',
    'my note(?! ?s| for| on| about| from)(?<=(?:finished|finish|writing|wrote|written) (?:writing )?my note)|(?:scheduled|queued)(?= (?:emails|messages|texts|posts)[^.!?]{0,50}(?:after|when i am gone))',
    ['finished writing my note', 'scheduled emails so people get them after'],
  ),
  part(
    'time_waiting',
    'time',
    'everyone (?:sleeps|is asleep)(?<=(?:wait|waiting) (?:till|until|til) everyone (?:sleeps|is asleep))|counting down to|after everyone is asleep|my alarm for(?= [0-9]+ ?am)(?<=(?:set|setting) my alarm for)|malam (?:minggu|jumat|sabtu)(?= (?:ini|nanti))',
    ['wait till everyone sleeps', 'counting down to midnight', 'set my alarm for 3am', 'malam minggu ini'],
  ),
  part(
    'location_top_floor',
    'location',
    'lantai paling atas|top floor of(?= (?:the |a )?(?:parking|building|mall|car park))|jembatan layang(?<=(?:pinggir|ujung|atas|ke|di) jembatan layang)|deep enough(?<=(?:lake|river|dam|sea|pond|reservoir)(?: [a-z]+){0,5} is deep enough)|the bridge is(?= (?:like )?a [0-9]+ min)',
    [
      'udah di lantai paling atas',
      'the top floor of the parking building',
      'gue udah di pinggir jembatan layang',
      'the lake behind the house is deep enough',
      'the bridge is like a 10 min walk',
    ],
  ),
  part(
    'means_sealed_room',
    'means_strong',
    '(?:arang (?:sisa|bakar|batok|kayu|udah|sudah)|briket|anglo)(?=.{0,120}(?:jendela|ventilasi|pintu)[^.!?]{0,30}(?:tutup|ditutup|rapat|lakban))|charcoal(?=.{0,120}(?:windows?|vents?|door)[^.!?]{0,30}(?:taped|sealed|shut|closed))|(?:car|engine) is running in the (?:closed |shut )?garage',
    [
      'arang udah di kamar, jendelanya udah aku tutup rapat',
      'lit the charcoal and the windows are taped',
      'the car is running in the closed garage',
    ],
  ),
  part(
    'act_now',
    'act',
    '[.!,] (?:sekarang|right now|now|saiki)(?= ?(?:$|[.!]))|ayeuna pisan|(?:walk|walking|go|going|head|heading)(?: down)? to the (?:river|lake|sea|dam|reservoir)(?<=(?:i will|i am going to|gonna|i am) (?:walk|walking|go|going|head|heading)(?: down)? to the [a-z]+)|get up there(?= (?:tonight|now|today)(?! (?:to|for|buat) ))(?<=need to get up there)',
    ['pisau udah di tangan. sekarang.', 'i will walk down to the river', 'need to get up there tonight'],
  ),
  part('armed_in_hand_su', 'armed', 'peso(?= (?:tos|geus|udah) (?:aya )?di leungeun)', [
    'peso tos aya di leungeun',
  ]),
  part('location_roof_access', 'location', 'roof door(?=[^.!?]{0,60}locked at night)', [
    'is the roof door of the mall locked at night?',
  ]),
  part(
    'means_moved',
    'means_strong',
    'strong enough(?= ?(?:$|[.!,])| to hold (?:me|my weight))(?<=(?:hook|beam|rafter|pipe|fan|ceiling|bar|branch)[^.!?]{0,30}(?:looks|is|seems|feels) strong enough)|(?:pindahin|pindahkan|umpetin|sembunyiin)(?= (?:ke|di) kamar)(?<=(?:obat|pil|racun)[^.!?]{0,40}(?:pindahin|pindahkan|umpetin|sembunyiin))|obat tikus(?<=(?:siapke|siapin|nyiapin|nyiapke|tuku) obat tikus)',
    [
      'the hook in the ceiling looks strong enough',
      'obat tidur udah aku pindahin ke kamarku',
      'wes tak siapke obat tikus',
    ],
  ),
  part(
    'time_regional',
    'time',
    '(?:engko|mengko) bengi|bengi iki|(?:nunggu|nungguin|menunggu|waiting for)(?= (?:adek|adik|mama|ibu|semua|orang rumah|ortu|bapak|ayah|everyone|my parents|my mom|my sister|my brother)(?: [a-z]+)? (?:tidur|to sleep|to fall asleep|asleep))|(?:parents|family) are (?:at|away|out)(?=[^.!?]{0,40}(?:till|until) )|tonights the night',
    [
      'engko bengi tak ombe',
      'nunggu adek tidur dulu',
      'parents are at a wedding till sunday',
      'tonights the night',
    ],
  ),
];
