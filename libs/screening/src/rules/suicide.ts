/** Suicide: ideation (active and passive), methods, attempts, asking for or giving methods. */

import type { RuleSpec } from '../types';
import { ruleFamily } from './family';

const ideation = ruleFamily('suicide', { kind: 'ideation', category: 'suicide', person: 'auto' });

export const SUICIDE_RULES: RuleSpec[] = [
  // ---- English, active ideation
  ideation(
    'ideation.en',
    '(?:{WANT_EN}) (?:to )?(?:just |really |simply |honestly )?(?:die|be dead|be gone forever|not exist|stop existing|not wake up|never wake up|not be here anymore|not be alive|disappear forever|end it all|end my life|end everything|kill myself|unalive myself|commit suicide|take my (?:own )?life|sleep forever|fall asleep and never wake up|(?:go to )?sleep and (?:never|not) (?:wake up|come back)(?: again)?|mati|bunuh diri)',
    [
      'I want to die.',
      'i just wanna die',
      'Sometimes I feel like I should just die',
      'I want to kill myself',
      'i really want to end it all',
      'i just want to go to sleep and never come back',
    ],
  ),
  ideation(
    'ideation.wish_dead.en',
    'wish (?:i|i was|i were|that i was|that i were|i could|i would) (?:just )?(?:dead|die|gone|not alive|not here|never born|disappear|sleep forever|stop existing|not wake up)|(?:wish|wishing|wished|hope|hoping|pray|praying) (?:that )?i (?:would |could |will |just |can )*(?:(?:fall asleep|go to sleep|sleep) and (?:just )?)?(?:never wake up|not wake up|dont wake up|wont wake up|wouldnt wake up|would not wake up|die|was dead|were dead|would die|could die|disappear|stop existing|didnt exist|never existed)(?: again| tomorrow| in my sleep)?|(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:a |the |some )?(?:car|truck|bus|motorbike|motorcycle|train|something|someone) (?:would |will )?(?:just )?(?:hit|hits|kill|kills|run over|runs over) me|wish i (?:was|were) (?:dead|gone|never born)',
    [
      'I wish I was dead.',
      'i wish i could disappear',
      'most nights i lie there wishing i could fall asleep and just not wake up',
      'some days i hope a truck just hits me on the way to class',
    ],
  ),
  ideation(
    'ideation.thoughts.en',
    '(?:thinking|thought|think|thoughts|thinkin|fantasi[sz]ing|dreaming|obsessing) (?:a lot |so much |constantly |seriously |again |all the time |more and more |every day )?(?:about|of) (?:suicide|killing myself|ending (?:it|it all|my life|things|everything)|dying|death|taking my (?:own )?life|not being here|not existing|unaliving myself|kms|hanging myself|jumping)|(?:imagining|imagine|picturing|planning|dreaming about|thinking about) my (?:own )?(?:funeral|death|grave|suicide)|(?:ngebayangin|membayangkan|bayangin|kebayang|mikirin|merencanakan|ngerencanain) (?:pemakaman|kematian|kuburan|pemakaman|bunuh diri)(?:ku)?',
    [
      "I've been thinking about suicide a lot.",
      'thoughts of killing myself keep coming back',
      'I keep imagining my own funeral',
    ],
  ),
  ideation(
    'ideation.suicidal.en',
    'suicidal(?! (?:teen|teens|teenager|teenagers|character|characters|person|people|patient|patients|girl|girls|boy|boys|man|men|woman|women|student|students|kid|kids|protagonist|youth|friend|friends|clients?|callers?))(?: thoughts| ideation| feelings| urges| again| lately)?',
    ["I'm suicidal", 'feeling suicidal again tonight'],
  ),
  ideation(
    'ideation.intent.en',
    '(?:{INTENT_EN}) (?:just |finally |probably )?(?:kill myself|end my life|end it all|take my (?:own )?life|commit suicide|unalive myself|end myself|end it(?: all)?(?= ?(?:$|[.,!?;]|tonight|tomorrow|today|for good|once and for all|soon|now|right now|when|after|before|once|as soon as|this|on|next|at|by|in))|disappear(?: forever| for good| from this world| from existence)?(?= ?(?:$|[.,!?;])))|i am (?:finally )?ending (?:it|it all|everything|my life)(?= ?(?:$|[.,!?;]|tonight|tomorrow|today|now|soon))',
    ["I'm going to kill myself", 'i will end my life'],
  ),
  ideation(
    'ideation.kill_myself.en',
    'kill myself|killing myself|end my life|ending my life|take my own life|taking my own life|commit suicide|unalive myself|end it all',
    ['kms', 'ending my life feels like the only way out'],
  ),
  ideation(
    'ideation.no_will.en',
    '(?:dont|do not|doesnt|does not|no longer|dont even|dont really|doesnt really|dont wanna|dont want to) (?:think i |really |even |feel like i )?(?:want|wanna|wish|feel like) (?:to )?(?:live|be alive|exist|be here|wake up|go on|be around|continue living|keep living|keep going)(?! (?:like this|in this|with|without|here|there|in))',
    [
      "I don't want to live anymore.",
      'i dont wanna be alive',
      'my roommate says she doesnt want to be alive anymore',
    ],
    { negatable: true },
  ),
  ideation(
    'ideation.tired_of_life.en',
    '(?:tired|sick|exhausted|done) (?:of|with) (?:living|life|being alive|existing|this life|my life|being here)',
    ["I'm so tired of living.", 'done with life'],
  ),
  ideation(
    'ideation.no_point.en',
    '(?:no|whats the|whats even the|what is even the|what is the|there is no|dont see the|dont see any|cant see the|cant see any|cant find a|cant find any|dont have a|dont have any|lost (?:the|any|all)|give me one|not a single) (?:point|reason|purpose|will) (?:for me |for anyone |anymore )?(?:in |of |to |for )?(?:keep |keep on |go on |continue |carry on |even )?(?:living|live|life|being alive|going on|carrying on|staying alive|existing|exist|be alive|be here|wake up|try)',
    ["What's the point of living?", 'there is no reason to live', 'whats even the point of living like this'],
  ),
  ideation(
    'ideation.death_easier',
    '(?:dying|death|being dead|to die) (?:would be|will be|is|seems|sounds|feels|looks) (?:so much |much |a lot |way )?(?:easier|better|a relief|more peaceful|preferable|the only way out|the answer)|(?:mati|meninggal|kematian) (?:itu |kayaknya |rasanya |sepertinya )?(?:lebih|jauh lebih|kayaknya lebih) (?:gampang|mudah|baik|enak|tenang|indah|ringan)(?: (?:daripada|dari pada|drpd|ketimbang) (?:hidup|idup|begini|gini))?',
    [
      'I keep thinking that dying would be easier than living like this.',
      'Kayaknya mati lebih gampang daripada hidup kayak gini.',
    ],
  ),
  ideation(
    'ideation.not_worth.en',
    '(?:life is|life isnt|its|it is) (?:not|no longer|isnt)? ?worth living|not worth living|no longer worth living|better off dead|(?:would|d) rather be dead|(?:want|wanted|need) (?:it|everything|it all|all of this|the world|my life) (?:all )?to (?:end|stop|be over)(?: forever| for good)?|why (?:do|should|did) i (?:even |still )?(?:exist|live|bother living|keep living|keep going|wake up)|(?:i|she|he|they) (?:will|am going to|is going to|are going to|am gonna|is gonna) (?:just |probably )?(?:end up dead|be dead|be gone|not be here|not be around)(?: soon)? anyway|(?:kenapa|ngapain|buat apa|untuk apa) (?:aku |gue |saya )?(?:masih |harus )?(?:hidup|ada di dunia(?: ini)?|bangun lagi)(?=$|[.,!?;]| (?:sih|lagi|kalau|kalo|kalau cuma|kalo cuma))',
    [
      'Life is not worth living.',
      "I'd be better off dead",
      'I just want it all to end.',
      "doesn't matter, i'll be dead soon anyway",
    ],
  ),
  // ---- English, passive ideation (perceived burden, thwarted belonging)
  ideation(
    'passive.without_me.en',
    '(?:be|are|is) (?:honestly |really |just |so much |much |a lot |way )?(?:a )?(?:better|happier|easier|nicer|fine|better off|happier off)(?: off| place| world)? without me|(?:better|happier|easier|fine|relieved|less stressed|less worried|calmer|more peaceful|(?:a lot |so much )?lighter)(?: off)? (?:if|when|once|after) i (?:just |simply |finally )?(?:was|were|am|would be|died|die|disappeared|disappear|left|killed myself|didnt wake up|never woke up|did not wake up|am not here|was not here|wasnt here|werent here|wasnt around|werent around|wasnt alive|was never born|wasnt born|didnt exist|never existed|did not exist|no longer existed|stopped existing)(?: (?:gone|dead|not here|not around|no longer here|never born))?|(?:better|happier) off without me|(?:no one|nobody|no body|not a single person) (?:would|will|wil|d|is going to) (?:even )?(?:care|notice|miss me|cry|be sad|mind|remember me)(?: (?:if|when) i (?:die|died|was gone|were gone|disappeared|disappear|killed myself|wasnt here|left|am gone))?',
    [
      'Everyone would be happier without me around.',
      'no one would even notice if i disappeared',
      'it would be easier if i just never woke up',
      'my parents would be less stressed if i was gone',
    ],
    { person: 'self' },
  ),
  ideation(
    'passive.burden.en',
    '(?:just |only |such |nothing but )?(?:a )?burden (?:to|on|for) (?:everyone|everybody|my family|my parents|them|the world|all of them|the people around me)|nothing but a burden|(?:i am|feel like) (?:just |only )?a burden|sorry (?:for|about) (?:being|having been) (?:such )?(?:a )?burden',
    ["I'm just a burden to everyone."],
  ),
  ideation(
    'passive.never_born.en',
    'wish (?:i|i had|i would|id) (?:was|were|had)? ?never (?:been )?born|should(?:nt)? (?:never )?have been born|why (?:was|am) i (?:even )?born',
    ['I wish I was never born.'],
  ),
  ideation(
    'passive.accepting.en',
    // Not fighting death if it came: "if I got sick and died I wouldn't fight it".
    // Not fighting death if it came: "if I got sick and died I wouldn't fight it".
    '(?:i (?:honestly |really |probably |just )?(?:wouldnt|would not|wont|will not) (?:fight it|mind|care|complain|try to stop it)|(?:it )?(?:wouldnt|would not) be (?:so |that |too |all that )?bad|(?:it )?(?:would|d) be (?:a relief|fine|okay|ok|nice|peaceful|for the best)) (?:honestly |really |tbh )?(?:if|when) (?:i (?:just |simply |ever )?(?:died|got sick and died|never woke up|didnt wake up|did not wake up|got hit|was hit|got run over|got killed|was gone|was dead|wasnt here|disappeared|stopped existing)|(?:a|the|some) (?:[a-z]+ )?(?:car|truck|bus|motorbike|motorcycle|train|lorry) (?:just )?(?:hit|hits|killed|ran over) me)|(?:if|when) (?:i (?:just |simply |ever )?(?:died|got sick and died|never woke up|didnt wake up|did not wake up|got hit|was hit|got run over|got killed|was gone|was dead|wasnt here|disappeared|stopped existing)|(?:a|the|some) (?:[a-z]+ )?(?:car|truck|bus|motorbike|motorcycle|train|lorry) (?:just )?(?:hit|hits|killed|ran over) me)(?: [a-z]+){0,5}?,? (?:honestly |really |tbh )?(?:i (?:honestly |really |probably |just )?(?:wouldnt|would not|wont|will not) (?:fight it|mind|care|complain|try to stop it)|(?:it )?(?:wouldnt|would not) be (?:so |that |too |all that )?bad|(?:it )?(?:would|d) be (?:a relief|fine|okay|ok|nice|peaceful|for the best))',
    [
      'ngl if i got sick and died i wouldnt fight it',
      "honestly it wouldn't be so bad if a bus just hit me",
      "i wouldn't mind if i never woke up",
      'if a car hit me on the way home i honestly wouldnt mind',
    ],
  ),
  ideation(
    'passive.envy_dead',
    '(?:envy|envying|jealous of) (?:the )?dead(?: people)?|(?:envy|jealous of) (?:people|those) who (?:died|are dead|get to die)|iri (?:sama|dengan|ama|pada|ke) (?:orang )?(?:yang )?(?:udah |sudah )?(?:meninggal|mati|tiada|pergi duluan)',
    ['sometimes i envy the dead', 'gue iri sama orang yang udah meninggal'],
  ),
  ideation(
    'ideation.imagine_jump',
    // Picturing the fall itself, not a film: "kebayang gimana rasanya loncat".
    '(?:kebayang|ngebayangin|membayangkan|bayangin|mikirin|kepikiran) (?:terus )?(?:gimana |bagaimana )?(?:rasanya )?(?:loncat|lompat|terjun|jatuh dari|gantung diri|nabrakin diri)|(?:imagine|imagining|picture|picturing|wonder|wondering) (?:what it would feel like|how it would feel|what it feels like|how it feels) to (?:jump|fall|let go|step off|hang myself|die)',
    [
      'tiap lewat jembatan aku kebayang gimana rasanya terjun',
      'i keep wondering what it would feel like to jump',
    ],
  ),
  ideation(
    'ideation.letters_in_head',
    '(?:writing|write|wrote|composing|planning) (?:my )?(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?) in my head',
    ['i keep composing my goodbye note in my head'],
  ),
  // ---- Indonesian, active ideation
  ideation(
    'ideation.id',
    '(?:{WANT_ID}) (?:banget |sekali |aja |rasanya |kayaknya )?(?:{DIE_ID}|die|dead|end it all|kill myself|mengakhiri semuanya|ngakhirin semuanya|akhiri semuanya|akhirin semuanya|udahan aja sama hidup)(?: aja| saja| deh| rasanya| sekarang| beneran| sumpah)?',
    ['Pengen mati rasanya.', 'aku mau mati aja', 'pgn mati bgt', 'gue pengen die aja'],
  ),
  ideation(
    'ideation.thoughts.id',
    '(?:ngancam|ngancem|mengancam|kepikiran|terpikir|terpikirkan|kepikir|mikir|mikirin|memikirkan|berpikir|berpikiran|pikiran|kebayang|ngebayangin|membayangkan|ide|niat|berniat|rencana|berencana|keinginan|dorongan|hasrat|pengen|ingin|mau|pingin|kepengen|mo|bakal|akan|siap) (?:(?:buat|untuk|mau|pengen|tentang|soal|ingin|akan|bakal|terus|lagi|sering|selalu|terus terusan|pengen banget) ){0,3}(?:{SUICIDE_ID}|(?:ngakhirin|mengakhiri|akhiri|akhirin|udahin|sudahi) (?:semuanya|segalanya|semua ini))|(?:kepikiran|terpikir|mikirin|memikirkan|kebayang|ngebayangin) (?:terus )?(?:soal|tentang|buat|untuk) (?:mati|kematian|meninggal)|(?:memikirkan|mikirin|merenungkan|ngebayangin) (?:terus )?(?:kematian|mati)(?= ?(?:$|[.,!?;]|terus|lagi|tiap|setiap|sepanjang|seharian|sendiri))',
    [
      'Aku sering kepikiran bunuh diri.',
      'ada niat buat bunuh diri',
      'pengen bunuh diri aja',
      'belakangan ini kepikiran ngakhirin semuanya',
      'seminggu ini aku terus memikirkan kematian.',
    ],
  ),
  ideation(
    'ideation.self_id',
    '(?:aku|gue|saya|gw) (?:mau |pengen |udah mau |bakal |akan |mending |lebih baik )?(?:bunuh diri|mengakhiri hidup)(?: aja| saja| deh| ajalah| kali ya| sekarang)?(?! (?:sana|lo|kamu|kau))',
    ['Gue bunuh diri aja kali ya.'],
  ),
  ideation(
    'ideation.aja.id',
    '(?:bunuh diri|gantung diri) (?:aja|saja|ajalah|deh|kali ya|kayaknya)(?! (?:sana|lo|kamu|kau|lah lo))',
    ['Bunuh diri aja kali ya biar selesai.'],
  ),
  ideation(
    'ideation.end_all.id',
    '(?:aku|gue|saya) (?:(?:mau|bakal|akan|siap|pengen|ingin|udah siap|tinggal|langsung|nekat) )?(?:akhiri|akhirin|mengakhiri|ngakhirin|sudahi|menyudahi|selesaiin) (?:semuanya|semua ini|semua|hidupku|hidup ini|hidup aku)|(?:mending|mendingan|lebih baik|pengen|ingin|kepikiran) (?:aku |gue |saya )?(?:udahan|udahin|sudahi|sudahin|akhiri|akhirin|selesaiin|selesain) (?:aja |saja )?(?:semuanya|semua ini|segalanya|hidup(?:ku| ini| aku)?)',
    ['Pas teman sekamarku pergi aku akhiri semuanya.', 'kadang kepikiran mending udahan aja semuanya'],
  ),
  ideation(
    'ideation.no_will.id',
    '(?:{NEG}) (?:mau|pengen|ingin|pingin|kuat|sanggup|betah|kepengen|ada alasan (?:buat|untuk)|punya alasan (?:buat|untuk|lagi buat|lagi untuk)|(?:liat|lihat|melihat|nemu|nemuin|menemukan|ketemu) (?:alasan|alesan) (?:buat|untuk|lagi buat)|ada gunanya) (?:lagi |terus |tetap |tetep |masih |lanjut |melanjutkan )?(?:hidup|idup|bernafas|bernapas|ada di dunia ini)(?: lagi)?(?! (?:kayak|seperti|begini|gini|di (?!dunia)|sama|bareng|dengan|tanpa))|(?:{NEG}) (?:mau|pengen|ingin|pingin) bangun lagi(?! (?:kesiangan|telat|terlambat|jam|pagi|siang|buat|untuk))',
    [
      'Aku nggak mau hidup lagi.',
      'udah gak kuat hidup',
      'ga pengen hidup lagi',
      'aku udah gak liat alasan buat terus hidup',
      'aku gak mau bangun lagi besok',
      'gue udah ga nemu alesan buat lanjut hidup',
    ],
    { negatable: true },
  ),
  ideation(
    'ideation.tired_of_life.id',
    '(?:capek|cape|capai|lelah|muak|bosan|bosen|jenuh|males|kesel) (?:banget |sekali |bgt |beneran )?(?:sama |dengan |ama |untuk |buat )?(?:hidup|idup|urip|hidupku|hidup ini|jadi manusia|bernafas|bernapas|menjalani hidup|ngejalanin hidup)(?! (?:di |sendiri|jauh|sebagai|bareng|sama|dengan|kayak|seperti))',
    ['Capek hidup.', 'aku udah muak sama hidup ini', 'wes kesel urip rasane'],
  ),
  ideation(
    'ideation.no_point.id',
    '(?:hidup(?:ku| ini| aku)?|idup) (?:udah |sudah |tuh |emang |memang |rasanya )?(?:{NEG}) (?:ada )?(?:artinya|arti|gunanya|guna|berarti|berguna|ada artinya|layak dijalani|berharga)|(?:buat apa|untuk apa|ngapain|apa gunanya|apa artinya|apa gunanya aku|gak ada gunanya|nggak ada gunanya|tidak ada gunanya|gak ada alasan (?:buat|untuk)|nggak ada alasan (?:buat|untuk)|tidak ada alasan (?:buat|untuk)) (?:sih |ya |coba |lagi )?(?:aku |gue |saya )?(?:masih |terus )?(?:hidup|idup|bertahan(?: hidup)?(?=$|[.,!?;]| (?:lagi|di dunia|kalau|kalo)))',
    [
      'Hidupku udah nggak ada artinya.',
      'buat apa aku hidup',
      'ngapain aku masih hidup',
      'buat apa sih hidup kalau gini terus',
      'nggak ada gunanya lagi gue bertahan.',
    ],
  ),
  ideation(
    'ideation.better_dead.id',
    '(?:lebih baik|mending|mendingan|lebih bagus|mungkin lebih baik|lebih enak) (?:aku |gue |saya )?(?:mati|gak ada|nggak ada|tidak ada|menghilang|(?:ngilang|ilang|hilang) (?:aja |saja )?(?:selamanya|dari dunia(?: ini)?)|(?:{NEG}) (?:usah |perlu )?bangun (?:lagi|besok)|pergi selamanya|gak usah ada|gak pernah ada|nggak pernah ada|gak pernah lahir|tiada|pergi (?:aja |saja )?(?:dari|dr) dunia(?: ini)?|ninggalin dunia(?: ini)?)(?! lampu)',
    [
      'Mending aku mati aja.',
      'lebih baik aku gak ada',
      'mending gue ngilang aja selamanya',
      'kalau boleh milih aku mending gak usah bangun besok',
    ],
  ),
  ideation(
    'ideation.disappear.id',
    '(?:pengen|ingin|mau|pingin|kepengen) (?:menghilang|ngilang|hilang|ilang|lenyap|pergi) (?:aja|saja|selamanya|dari dunia(?: ini)?|untuk selamanya|buat selamanya)(?! (?:dari|dr) (?!dunia))|(?:menghilang|ngilang|hilang|ilang|lenyap)(?: aja| gitu| saja| selamanya| beneran)* (?:dari|dr) (?:dunia|muka bumi)(?! maya)',
    [
      'Pengen ngilang aja rasanya.',
      'aku ingin menghilang selamanya',
      'bukan kabur, tapi bener bener ilang gitu dari dunia',
    ],
  ),
  ideation(
    'ideation.pray_to_die.id',
    '(?:berharap|berdoa|semoga|moga) (?:aku |gue |saya )?(?:cepat |cepet |segera )?(?:mati|meninggal|dipanggil(?: tuhan| yang maha kuasa| allah| sama tuhan)?|diambil(?: tuhan| allah| sama tuhan)?|(?:{NEG}) (?:usah |perlu )?bangun(?: lagi)?)',
    ['Tiap malam aku berharap nggak usah bangun lagi besok.', 'semoga aku cepat dipanggil Tuhan'],
  ),
  ideation(
    'ideation.courage',
    '(?:courage|guts|nerve|balls|strength) to(?= (?:swallow (?:them|it|the pills)|take (?:them all|all of them|the pills)|end it|end my life|kill myself|go through with it|pull the trigger|(?:jump|let go|step off)(?:$|[.,!?;])))|(?:keberanian|nyali)(?:ku)? (?:buat|untuk)(?= (?:gantung diri|bunuh diri|ngakhirin (?:hidup|semuanya)|mengakhiri (?:hidup|semuanya)|nyayat nadi|(?:lompat|loncat|terjun|nelen semuanya|minum semuanya)(?:$|[.,!?;])))',
    ['just need the courage to swallow them', 'aku cuma butuh keberanian buat lompat'],
    { also: ['act'] },
  ),
  ideation(
    'ideation.searching',
    '(?:ways|how|methods|way) (?:to )?(?:die|kill myself|end it|end my life|commit suicide|overdose)(?<=(?:googling|googled|google|searching|searched|search|looking up|looked up|look up|researching|researched|reading up on) (?:for |about )?(?:the best |the easiest |painless )?(?:ways|how|methods|way) (?:to )?(?:die|kill myself|end it|end my life|commit suicide|overdose))|(?:cara|metode) (?:buat |untuk )?(?:mati|bunuh diri|mengakhiri hidup|ngakhirin hidup|overdosis|gantung diri)(?<=(?:nyari|nyariin|searching|googling|browsing|cari|mencari|gugling) (?:di google |di internet )?(?:cara|metode) (?:buat |untuk )?(?:mati|bunuh diri|mengakhiri hidup|ngakhirin hidup|overdosis|gantung diri))',
    ['i keep googling ways to die', 'semalaman aku nyari cara bunuh diri'],
  ),
  ideation(
    'ideation.take_me.id',
    'nyawa(?:ku| aku| gue| saya)(?<=(?:cabut|ambil|ambilin|renggut|jemput)(?: aja| saja| lah| sekarang)? nyawa(?:ku| aku| gue| saya))|(?:ambil|jemput|panggil|cabut) (?:aku|saya|gue)(?<=(?:tuhan|allah|gusti),? (?:(?:tolong|please|plis) )?(?:ambil|jemput|panggil|cabut) (?:aku|saya|gue))(?= ?(?:$|[.,!?;]|aja|sekarang|saja))|(?:take me|take my life|let me die)(?<=(?:god|lord),? (?:(?:please|just|pls|plis) )*(?:take me|take my life|let me die))(?: already| now| away| home)?(?=$|[.,!?;])',
    ['Ya Allah cabut aja nyawaku.', 'Tuhan, ambil aku sekarang', 'God please just take me already'],
  ),
  ideation(
    'ideation.sleep_forever.id',
    '(?:pengen|ingin|mau|pingin) (?:banget |aja )?(?:tidur|bobo|merem) (?:aja )?(?:selamanya|(?:terus |dan |lalu |trus )?(?:{NEG}) (?:usah |perlu |pernah )?bangun(?: lagi)?)',
    ['Pengen tidur dan gak bangun lagi.', 'kadang pengen banget tidur terus gak bangun lagi'],
  ),
  ideation(
    'ideation.join_dead.id',
    '(?:pengen|ingin|mau|pingin) (?:nyusul|menyusul|ketemu) (?:almarhum|almarhumah|alm|mama|papa|ibu|ayah|bapak|nenek|kakek|dia|mereka)(?:ku)?(?: di (?:surga|sana|alam sana))?',
    ['Aku pengen nyusul almarhumah mama.'],
  ),
  ideation(
    'ideation.ready_to_die.id',
    '(?:udah|sudah) (?:siap|ikhlas|pasrah) (?:buat |untuk )?(?:mati|pergi selamanya|meninggalkan dunia|ninggalin dunia)',
    ['Aku udah siap mati.'],
  ),
  ideation(
    'ideation.give_up.id',
    '(?:nyerah|menyerah|give up) (?:sama|dengan|dgn|pada|on) (?:hidup|idup|life|hidupku|hidup ini)',
    ['Aku udah nyerah sama hidup.'],
  ),
  // ---- Indonesian, passive ideation
  ideation(
    'passive.without_me.id',
    '(?:lebih )?(?:bahagia|baik|tenang|senang|seneng|gampang|mudah|lega|damai|bebas) (?:kalau|kalo|jika|kalau saja|seandainya|tanpa|setelah|sepeninggal) (?:ada )?(?:aku|gue|saya|diriku|kehadiranku|adanya aku)(?: (?:udah |sudah )?(?:(?:gak|nggak|tidak|ga) ada|mati|pergi|hilang|menghilang|tiada))?(?=$|[.,!?;]| (?:lagi|di|disini|di sini|sama sekali|aja))',
    [
      'Semua orang bakal lebih bahagia tanpa aku.',
      'keluargaku lebih tenang kalau aku gak ada',
      'keluarga saya akan lebih tenang jika saya sudah tidak ada.',
    ],
    { person: 'self' },
  ),
  ideation(
    'passive.nobody_cares.id',
    '(?:{NEG}) (?:ada )?(?:yang |orang yang |seorang pun yang )?(?:bakal |akan |bakalan )?(?:peduli|peduliin|nyariin|kangen|sedih|nangis|ngerasa kehilangan|merasa kehilangan|sadar|nyadar|inget) (?:kalau|kalo|jika|seandainya|kalaupun|pas) (?:aku|gue|saya) (?:mati|gak ada|nggak ada|tidak ada|pergi|hilang|menghilang|bunuh diri|udah gak ada|tiada)|(?:kalau|kalo|jika|seandainya|kalaupun) (?:aku|gue|saya) (?:mati|ilang|hilang|menghilang|ngilang|pergi|gak ada|nggak ada|tiada)(?: selamanya)?(?: pun| juga)?(?: [a-z]+)? (?:{NEG}) ada (?:yang|orang yang) (?:bakal |akan )?(?:peduli|sadar|nyadar|nyariin|kangen|nangis|sedih|inget|ngerasa kehilangan)|(?:if|when) i (?:died|disappeared|was gone|vanished)(?: forever| tomorrow)?,? (?:i doubt |probably |honestly )?(?:no one|nobody) (?:would|will) (?:even )?(?:notice|care|miss me)',
    [
      'Nggak ada yang peduli kalau aku mati.',
      'kalau gue ilang selamanya pun kayaknya gak ada yang nyadar',
      'if i disappeared tomorrow nobody would even notice',
    ],
    { negatable: false, person: 'self' },
  ),
  ideation(
    'passive.accident.id',
    // Hoping to be hit, or not minding: "berharap ketabrak aja", "kalau besok aku ketabrak juga gapapa".
    '(?:berharap|ngarep|ngarepin|pengen|semoga|moga) (?:aku |gue |saya )?(?:ketabrak|ditabrak|tertabrak|kelindes|dilindes|kecelakaan|kena musibah)|(?:kalau|kalo|seandainya|misal|misalnya) (?:besok |nanti |tiba tiba )?(?:aku|gue|saya) (?:ketabrak|ditabrak|tertabrak|kecelakaan|mati|meninggal|kena musibah|(?:{NEG}) bangun lagi)(?: [a-z]+){0,3} (?:juga )?(?:[a-z]+ )?(?:gapapa|gak apa apa|nggak apa apa|ga apa apa|gak masalah|nggak masalah|malah lega|malah bagus|ikhlas|pasrah)',
    ['nyebrang jalan sambil berharap ketabrak aja', 'kalau nanti gue kecelakaan juga gak masalah sih'],
  ),
  ideation(
    'passive.burden.id',
    '(?:cuma|hanya|cuman|selalu|ngerasa|merasa|cuma jadi|hanya jadi|selalu jadi|ngerasa jadi|merasa jadi) beban (?:buat|bagi|untuk|di|ke) (?:semua|semua orang|keluarga|orang tua|mereka|kalian|dunia|siapapun|orang orang)(?:ku)?|(?:aku|gue|saya) (?:cuma|hanya|cuman) (?:jadi )?beban(?=$|[.,!?;]| (?:aja|doang|buat|bagi))|(?:cuma|hanya|cuman) (?:jadi |ngerepotin |nyusahin )?beban (?:keluarga|orang tua|semua orang|kalian)',
    ['Aku cuma jadi beban buat semua orang.', 'tiap hari aku cuma jadi beban keluarga'],
  ),
  ideation(
    'passive.never_born.id',
    '(?:nyesel|nyesal|menyesal|menyesel) (?:aku |gue |saya )?(?:di ?lahir(?:in|kan)|lahir)|kenapa (?:aku|gue|saya) (?:harus |musti )?(?:di ?lahir(?:in|kan)|lahir)|(?:harusnya|seharusnya|andai|andaikan|seandainya|mending) (?:aku|gue|saya) (?:{NEG}) (?:pernah )?(?:di ?lahir(?:in|kan)|lahir|ada)',
    ['Nyesel dilahirin ke dunia ini.', 'seandainya aku gak pernah lahir'],
    { negatable: false },
  ),
  // ---- Third person (someone close is at risk)
  ideation(
    'ideation.other.en',
    '(?:wants|wanted) to (?:die|kill (?:herself|himself|themselves|themself)|end (?:her|his|their) life|end it all|commit suicide|not be alive)|(?:kill|killing|kills|end|ending|unalive|unaliving) (?:herself|himself|themselves|themself)|(?:hes|shes|he is|she is|they are|theyre|is) (?:being |been |feeling )?suicidal|(?:talks|talking|talked|posts|posting|keeps talking) about (?:suicide|dying|killing (?:herself|himself|themselves))|(?:her|his|their) (?:own )?(?:suicide|death)(?<=(?:planning|plans|planned|thinking about|considering|researching) (?:her|his|their) (?:own )?(?:suicide|death))|(?<=(?:my|our) (?:best )?)suicidal(?= (?:friend|bestie|sister|brother|cousin|roommate|partner|boyfriend|girlfriend|son|daughter|mom|mum|dad|mother|father|student|classmate))',
    ['My friend said she wants to die, how do I help?', 'my brother talks about killing himself'],
    { person: 'other' },
  ),
  // ---- Methods: a lethal means the writer means to use or is using (CRISIS)
  {
    id: 'suicide.method.en',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:{FRAME_EN}) (?:just |finally |simply |really |seriously )?(?:jump|jumping|leap|leaping|throw myself|throwing myself|hurl myself|step|stepping|walk|walking|lie down|lying down) (?:off|from|in front of|onto|into|under|on) (?:a |the |this |that |my |our )?(?:next |nearest |moving |highest |tallest )?(?:bridge|building|roof|rooftop|balcony|cliff|tower|train|tracks|railway|car|bus|truck|window|ledge|overpass|parking garage|highway|traffic|[0-9]+(?:st|nd|rd|th)? floor)(?! into (?:the )?(?:water|lake|river|pool|sea))|(?:{FRAME_EN}) (?:just |finally )?(?:overdose|overdosing|od|oding|take an overdose)|(?:{FRAME_EN}) (?:just |finally )?(?:take|taking|swallow|swallowing|down|downing) (?:all|every one|every single one|a whole bottle|the whole bottle|a bottle|a handful|handfuls|[0-9]{2,}|twenty|thirty|forty|fifty|a hundred) (?:of )?(?:my |the |these |those |her |his )?(?:{PILLS_EN})|(?:{FRAME_EN}) (?:just |finally )?(?:throw|throwing|hurl|hurling|fling|flinging) myself (?:off|down|over)(?: the edge| it)?(?= ?(?:$|[.,!?;]|now|tonight|soon))|(?:{FRAME_EN}) (?:just )?(?:walk|walking|wade|wading|swim|swimming) (?:into|out into) the (?:water|sea|river|ocean|lake|waves)|(?:hang|hanging) myself|(?:slit|slitting|slice|slicing|cut|cutting|slash|slashing|open|opening) (?:my |both )?(?:wrists?|throat|veins?)|(?:drown|drowning|shoot|shooting|stab|stabbing|suffocate|suffocating|strangle|strangling|poison|poisoning|electrocute|electrocuting) myself|(?:{FRAME_EN}) (?:just )?(?:drink|drinking|swallow|swallowing) (?:the |some )?(?:bleach|poison|pesticide|insecticide|antifreeze|rat poison)|set (?:myself|me) on fire|(?:use|turn|point|put) (?:it|the gun|a gun|the knife|a knife|the rope|them|the pills) (?:on|at|to|against) (?:myself|my head|my wrists?|my throat)|(?:{FRAME_EN}) (?:just )?(?:crash|crashing|drive|driving|steer|steering|swerve|swerving) (?:my |the )?(?:car|bike|motorbike|motorcycle)? ?(?:into|off|in front of) (?:a |the )?(?:wall|tree|bridge|cliff|truck|river|oncoming traffic|traffic|pole|ravine|lake)|engine (?:running|on)(?<=(?:sitting|lying|waiting|i am|am) in (?:my |the )?car in (?:the|a|my) (?:closed |shut )?garage with the engine (?:running|on))|engine (?:running|on)(?<=(?:closed|shut) (?:the )?garage(?: door)?(?: [a-z]+){0,4} (?:the )?engine (?:running|on))|(?:crash|crashing|wreck|wrecking|drive|driving|steer|steering) (?:my |the )?(?:car|bike|motorbike|motorcycle|scooter)(?: [a-z]+){0,3} on purpose|(?:kill myself|end my life|end it|die) (?:with|using|by) (?:pills|a rope|rope|my belt|a knife|a gun|poison|jumping|hanging|overdosing|an overdose|cutting|slitting|drowning|the train)',
    examples: [
      "I'm going to step in front of the next train.",
      'I just slit my wrists and there is a lot of blood.',
      'thinking of jumping off the bridge tonight',
      'going to take all my pills',
    ],
  },
  {
    id: 'suicide.method.id',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:{FRAME_ID}) (?:aja |saja |langsung |nekat )?(?:lompat|loncat|terjun|melompat|meloncat|nyebur|nyemplung|menceburkan diri|jatuhin diri|jatuhkan diri|jatuhin badan|jatuhkan badan|lempar diri|lemparin diri) (?:aja |saja )?(?:ke|dari|di|ke arah) (?:atas )?(?:rel|jembatan|gedung|atap|lantai [0-9]+|lantai atas|tebing|jurang|balkon|flyover|sungai|laut|kereta|jalan tol|jalan raya|rooftop|apartemen|menara|tower|jendela|kali|sumur|waduk|danau|bendungan|jurang)|(?:tabrakin|nabrakin|menabrakkan|tabrakkan|lemparin|nabrakkin|nyerahin) (?:diri|badan)(?:ku| aku| gue)? (?:ke |sama )?(?:kereta|truk|bus|mobil|motor|jalan)|(?:gantung|menggantung|ngegantung|gantungin|menggantungkan) (?:diri|leher)(?:ku| aku| gue)?|(?:minum|nelen|menelan|telen|nenggak|menenggak|minumin) (?:aja |semua |habis )?(?:racun|racun tikus|baygon|obat nyamuk|pembasmi serangga|insektisida|pestisida|pemutih|bayclin|cairan pembersih|pembersih lantai|karbol|wipol|soklin|deterjen|detergen|porstex|obat serangga|minyak tanah|air keras|semua obat(?:ku|nya| aku)?|sebotol obat|sebungkus obat|segenggam obat|sestrip obat|[0-9]{2,} (?:butir|tablet|pil|biji|strip|keping)(?: obat)?|obat (?:tidur |penenang |depresi )?(?:banyak banget|sekaligus|semuanya|sebotol|[0-9]{2,} butir))|(?:{FRAME_ID}) (?:aja )?(?:overdosis|od)|(?:sayat|nyayat|menyayat|iris|ngiris|mengiris|potong|motong|memotong|silet|nyilet|menyilet|gores|nggores|tusuk|nusuk) (?:urat )?(?:nadi|pergelangan(?: tangan)?)(?:ku| aku| gue)?|(?:nusuk|menusuk|tusuk|tikam|nikam) (?:diri|perut|leher|dada)(?:ku| aku| sendiri)?(?: sendiri)?|(?:bakar|membakar|ngebakar) diri(?:ku| sendiri)?|(?:bunuh diri|mati|mengakhiri hidup|ngakhirin hidup) (?:pakai|pake|pakek|dengan|make|lewat|pakai cara|dengan cara) (?:tali|obat|racun|pisau|silet|baygon|lompat|loncat|gantung|pistol|kereta|gas)',
    examples: [
      'Aku di peron stasiun, mau lompat ke rel pas kereta berikutnya lewat.',
      'Aku barusan nyayat pergelangan tanganku, darahnya banyak.',
      'pengen gantung diri aja',
      'mau minum semua obatku malam ini',
      'besok gue bakal nyemplung ke sumur belakang',
    ],
  },
  {
    id: 'suicide.method.other',
    kind: 'method',
    category: 'suicide',
    person: 'other',
    pattern:
      '(?:going to|will|wants to|planning to|plans to|about to|threatening to|threatened to|threatens to|said (?:she|he|they) (?:would|will|wants to|was going to|is going to)) (?:jump off (?:a |the )?(?:bridge|building|roof)|hang (?:herself|himself|themselves)|overdose|shoot (?:herself|himself|themselves))|(?:slit|cut|slashed|sliced) (?:her|his|their) (?:wrists?|throat|veins?)|(?:nyayat|nyilet|motong|potong|iris|ngiris) (?:nadi|pergelangan(?: tangan)?)(?:nya)?|(?:mau|bakal|akan|pengen|ingin|ngancam|ngancem|mengancam|nekat) (?:mau )?(?:gantung diri|lompat dari (?:jembatan|gedung|atap|lantai)|minum racun|loncat dari (?:jembatan|gedung|atap|lantai)|overdosis)',
    examples: [
      'My sister is threatening to jump off the bridge.',
      'adikku ngancam gantung diri kalau aku pergi',
    ],
  },
  {
    id: 'suicide.method.more.en',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:walking|wading|swimming) (?:into|out into|out to) the (?:water|sea|river|ocean|lake|waves)(?<=keep (?:on )?(?:walking|wading|swimming) (?:into|out into|out to) the (?:water|sea|river|ocean|lake|waves))|(?:walking|wading|swimming) (?:into|out into|out to) the (?:water|sea|river|ocean|lake|waves)(?= (?:tonight|now|today|until|and (?:not|never)))(?<=(?:^|[.!?] |going to |gonna |will |just )(?:walking|wading|swimming) (?:into|out into|out to) the (?:water|sea|river|ocean|lake|waves))|(?:slam|slamming|ram|ramming|smash|smashing|crash|crashing|drive|driving) (?:my |the )?(?:car |bike |motorbike |motorcycle )?into (?:a |the )?(?:concrete|brick|stone) (?:wall|divider|barrier|pillar|guardrail)|(?:slam|slamming|ram|ramming) (?:my |the )?(?:car |bike |motorbike |motorcycle )?into (?:a |the )?(?:wall|divider|barrier|pillar|guardrail|tree|truck)(?<=(?:going to|gonna|will|about to|want to|i am) (?:just )?(?:slam|slamming|ram|ramming) (?:my |the )?(?:car |bike |motorbike |motorcycle )?into (?:a |the )?(?:wall|divider|barrier|pillar|guardrail|tree|truck))|on purpose(?<=(?:crash|crashing|wreck|wrecking|drive|driving|steer|steering) (?:my |the )?(?:car|bike|motorbike|motorcycle|scooter)(?: [a-z]+){4,5} on purpose)|(?:vein|veins|artery)(?<=(?:cut|cutting|slice|slicing|slit|do it|go|going) (?:deep |deeper )?(?:this time )?(?:along|down|into) (?:the |my )?(?:vein|veins|artery))',
    examples: [
      'walking into the sea tonight',
      "i'm gonna keep walking into the sea until i can't",
      'going to slam into the concrete divider on the highway',
      'want to crash my bike on the mountain road on purpose',
      'this time i cut along the vein',
    ],
  },
  {
    id: 'suicide.method.water.id',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // Walking into the sea with the water already at the chest.
    pattern:
      '(?:laut|sungai|danau|waduk|ombak)(?<=(?:jalan|berjalan|masuk|nyebur|melangkah)(?: terus)? (?:ke|ke tengah|ke dalam) (?:laut|sungai|danau|waduk|ombak))(?= [^.!?]{0,30}(?:sebatas|sampai|sampe|setinggi|udah se) (?:dada|leher|dagu|kepala))',
    examples: ['aku udah berjalan ke laut sampai air sebatas dada'],
  },
  // ---- Attempts
  {
    id: 'suicide.attempt.en',
    kind: 'attempt',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:tried|try|trying|attempted|attempt) (?:to )?(?:kill myself|end my life|end it|commit suicide|take my (?:own )?life|overdose|od|hang myself|unalive myself)|(?:attempted|attempt|attempting) suicide|suicide attempts?|i (?:jumped|threw myself) (?:from|off) (?:the |a |my )?(?:[a-z0-9]+ )?(?:floor|roof|bridge|building|balcony|window)(?! (?:into|to) (?:the )?(?:pool|water|lake|river|sea))|i (?:have |just |already )?attempted(?= ?(?:$|[.,!?;]|again|last (?:week|night|month|year)|a few (?:days|weeks|months) ago|yesterday))|(?:took|take|swallowed|had) an overdose|(?:i|i have|i just|just|i think i|i accidentally|i already) overdosed(?: on)?|(?:took|swallowed|downed|taken|have taken|just took) (?:{QUANT_EN}) (?:of )?(?:my |the |her |his |their )?(?:{PILLS_EN})|(?:{PILLS_EN})(?<=(?:took|swallowed|downed|taken) (?:like|about|around|maybe|almost|nearly|over|more than|at least) (?:{QUANT_EN}) (?:of )?(?:my |the |her |his |their )?(?:{PILLS_EN}))|(?:sertraline|fluoxetine|prozac|zoloft|lexapro|escitalopram|seroquel|quetiapine|melatonin|benadryl|diphenhydramine|antihistamines|tramadol|codeine|amitriptyline|lithium|(?:blood pressure|heart|allergy|diet) (?:pills|tablets|meds))(?<=(?:took|swallowed|downed|taken|have taken|just took) (?:like |about |around |maybe |almost |over )?(?:[0-9]{2,}|twenty|thirty|forty|fifty|all|all of) (?:of )?(?:my |the |her |his |their )?(?:sertraline|fluoxetine|prozac|zoloft|lexapro|escitalopram|seroquel|quetiapine|melatonin|benadryl|diphenhydramine|antihistamines|tramadol|codeine|amitriptyline|lithium|(?:blood pressure|heart|allergy|diet) (?:pills|tablets|meds)))|(?:took|swallowed|drank|drunk|have drunk) (?:some |a bottle of |a cup of |a glass of |a lot of |half a bottle of )?(?:bleach|poison|rat poison|pesticide|insecticide|antifreeze|weed killer|cleaning fluid|drain cleaner)',
    examples: [
      'I tried to kill myself last year.',
      'I just took 30 pills',
      'my first suicide attempt',
      'took like 25 of my zoloft an hour ago',
    ],
  },
  {
    id: 'suicide.attempt.other',
    kind: 'attempt',
    category: 'suicide',
    person: 'other',
    pattern:
      '(?:tried|attempted|trying) to (?:kill|hang|drown|shoot) (?:herself|himself|themselves|themself)|(?:she|he|they) (?:just |has |have |already )?(?:attempted suicide|overdosed|ods|tried to end (?:her|his|their) life)|(?:dia|{RELATION_ID}) (?:udah |sudah |barusan |baru aja |tadi |katanya )?(?:nyoba |mencoba |coba )?(?:bunuh diri|gantung diri|minum (?:racun|baygon|obat sebotol|semua obat(?:nya)?|[0-9]{2,} (?:butir|tablet|pil)))',
    examples: ['my friend tried to kill herself last night', 'Temenku barusan minum racun tikus'],
  },
  {
    id: 'suicide.attempt.id',
    kind: 'attempt',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:nyoba|mencoba|coba|pernah coba|sempat coba|percobaan|hampir|nyaris|gagal) (?:buat |untuk )?(?:bunuh diri|mengakhiri hidup|ngakhirin hidup|gantung diri|overdosis|minum racun)|(?:udah|sudah|barusan|baru aja|baru saja|tadi|aku|gue|saya|abis|habis|karena|gara gara|sempet|sempat) (?:kena )?overdosis|(?:satu strip|sestrip|sebotol|segenggam|sekotak|dua strip)(?<=(?:minum|nelen|menelan|nenggak|telen) (?:obat|pil|antimo|paracetamol|parasetamol|panadol|bodrex|obat [a-z]+)(?: (?:sama|dan|plus) (?:obat [a-z]+|[a-z]+))? (?:satu strip|sestrip|sebotol|segenggam|sekotak|dua strip))(?: semua| sekaligus)?|(?:sengaja|sempet|sempat|nekat) (?:minum|nelen|menelan|nenggak|telen) (?:obat|pil|obat [a-z]+) (?:banyak banget|banyak|sekaligus)|(?:udah|sudah|barusan|baru aja|baru saja|tadi|aku|gue|saya) (?:minum|nelen|menelan|nenggak|telen) (?:racun|racun tikus|baygon|obat nyamuk|pembasmi serangga|insektisida|pestisida|pemutih|bayclin|cairan pembersih|pembersih lantai|karbol|wipol|soklin|deterjen|detergen|porstex|obat serangga|minyak tanah|air keras|(?:{QUANT_ID}) (?:obat|pil|tablet)(?: tidur| penenang)?(?:ku|nya)?|(?:{QUANT_ID})(?: obat| pil)?)',
    examples: [
      'Aku pernah nyoba bunuh diri waktu SMA.',
      'barusan minum 20 butir obat tidur',
      'minggu lalu masuk IGD abis overdosis',
      'tadi aku minum obat flu satu strip semua',
      'kemarin aku sengaja minum obat maag banyak banget',
    ],
  },
  {
    id: 'suicide.recurrence',
    kind: 'recurrence',
    category: 'suicide',
    person: 'none',
    temporal: false,
    pattern:
      '(?:the |those |these )?(?:same|old|suicidal|dark|bad) (?:thoughts|urges|feelings) (?:are |have |keep |keeps )?(?:coming back|come back|came back|are back|returning|returned|back again)|(?:thoughts|urges) (?:are|have) (?:been )?(?:coming back|come back)|(?:pikiran|keinginan|dorongan|perasaan) (?:itu|yang sama|kayak gitu|yang dulu|lama)(?: [a-z]+)? (?:dateng|datang|muncul|balik|kambuh)(?: lagi)?',
    examples: ['the same thoughts are coming back every day', 'pikiran itu mulai dateng lagi'],
  },
  // ---- Round 6: ideation in more words, methods and method questions in more forms. Each
  // alternative consumes a distinctive word and checks its context in lookarounds.
  ideation(
    'ideation.more.en',
    'wake up(?<=(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:every night |each night |at night )?(?:to )?(?:not|never) (?:to )?wake up)(?= ?(?:$|[.,!?;]| again| ever| tomorrow| anymore))|deserve to (?:live|be alive|exist|be here)(?<=(?:dont|do not) deserve to (?:live|be alive|exist|be here))|(?:if|whether) i (?:live|die)(?<=care (?:anymore )?(?:if|whether) i (?:live|die))|never (?:been )?born(?<=if i (?:was|were|had) never (?:been )?born)(?=,? (?:everyone|everything|things|life|my family))|like a relief(?<=(?:dying|death|being dead|to die) (?:would |will )?(?:sounds|seems|feels|looks|be) like a relief)',
    [
      'every night i pray not to wake up',
      "i don't deserve to live",
      'i dont care anymore if i live or die',
      'if i was never born everyone would be better off',
      'honestly dying sounds like a relief rn',
    ],
    { negatable: false },
  ),
  ideation(
    'ideation.more.id',
    '(?:dikasih|diberi|dikasi) (?:hidup|umur|idup)(?<=kenapa (?:aku |gue |saya )?(?:masih )?(?:dikasih|diberi|dikasi) (?:hidup|umur|idup))(?= ?(?:$|[.,!?;]| (?:sih|lagi|ya allah|tuhan|sama tuhan|sama allah|oleh)))|(?:menghilang|ngilang|hilang|pergi) (?:untuk )?selamanya(?<=(?:kepikiran|mikirin|pengen|ingin) (?:buat |untuk )?(?:menghilang|ngilang|hilang|pergi) (?:untuk )?selamanya)|beban(?= (?:keluarga|orang tua|semua orang|kalian))(?<=(?:ngerasa|merasa|selalu) (?:jadi )?beban)',
    [
      'kenapa aku masih dikasih hidup',
      'sering kepikiran buat ngilang selamanya',
      'ngerasa jadi beban keluarga terus',
    ],
  ),
  ideation(
    'ideation.neg_frame.id',
    // The negation is part of the phrase: "ga pantes hidup", "ga peduli mau idup atau engga".
    '(?:pantes|pantas|layak|berhak)(?<=(?:{NEG}) (?:pantes|pantas|layak|berhak))(?= (?:buat |untuk )?(?:hidup|idup|ada di dunia)(?! (?:kayak|seperti|begini|gini|sama|bareng|dengan|di (?!dunia))))|(?:hidup|idup) (?:atau|ato)(?<=peduli (?:lagi )?(?:mau |aku |gue )?(?:hidup|idup) (?:atau|ato))(?= (?:mati|{NEG}|enggak|engga))|(?:ketabrak|mati|kecelakaan|meninggal) aja(?<=kenapa (?:sih )?(?:aku|gue|saya) (?:{NEG}) (?:ketabrak|mati|kecelakaan|meninggal) aja)|pernah (?:lahir|dilahirin|dilahirkan)(?<=(?:kalau|kalo|seandainya|andai|coba) (?:aku|gue|saya) (?:{NEG}) pernah (?:lahir|dilahirin|dilahirkan))(?= (?:[a-z]+ ){0,3}(?:lebih|semua|pasti|mungkin))',
    [
      'aq ngerasa ga pantes hidup',
      'gue udah ga peduli lagi mau idup atau engga',
      'kenapa sih aku ga ketabrak aja',
      'kalo gue ga pernah lahir mungkin semua lebih gampang',
    ],
    { negatable: false },
  ),
  {
    id: 'suicide.method.drive',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // Driving into a barrier or the sea; walking out into the sea until there is no way back.
    pattern:
      '(?:drive|driving|ride|riding)(?<=(?:going to|will|i am|about to|want to|planning to|decided to|and) (?:drive|driving|ride|riding))(?= (?:my |the )?(?:car |bike |motorbike |motorcycle |scooter )?into (?:the |a )?(?:[a-z]+ ){0,3}?(?:barrier|divider|wall|pillar|guardrail|sea|ocean|river|lake|ravine)(?:$|[ .,!?;]))|ke tengah(?<=(?:jalan|berjalan|masuk|nyebur|berenang)(?: terus)? ke tengah)(?=(?: laut)? (?:sampe|sampai) (?:{NEG}) (?:bisa )?(?:balik|kembali|pulang))',
    examples: [
      "tonight i'm driving my motorbike into the toll road barrier",
      'going to take the car keys and drive into the sea',
      'rencananya jalan terus ke tengah sampe ga bisa balik',
    ],
    negatable: false,
  },
  {
    id: 'suicide.method_info.more',
    kind: 'method_info',
    category: 'suicide',
    person: 'none',
    // How much, how high, how to make it look like an accident.
    pattern:
      'wake up(?<=how (?:many|much)[^.!?]{0,60} to (?:not|never) wake up)(?= ?(?:$|[.,!?;]| again| ever))|survive(?<=(?:high|tall|deep) enough (?:that|so) (?:you|i|someone|a person|people) (?:dont|wont|would not|will not|doesnt|cant) survive)|way to go(?= ?(?:$|[.,!?;]))(?<=(?:painless|least painful|most painless|peaceful|quietest) way to go)|(?:would|will|could) kill me(?<=how (?:many|much)[^.!?]{0,60}(?:pills|tablets|meds|medicine|capsules) (?:would|will|could) kill me)|bangun lagi(?<=berapa (?:butir|biji|tablet|pil|sendok|ml|strip|mg|gram|banyak) (?:[a-z0-9]+ ){0,3}(?:biar|supaya|sampai|sampe) (?:{NEG}) bangun lagi)(?= ?(?:$|[.,!?;]| (?:ya|sih|dong)))|(?:langsung|biar) (?:lewat|mati)(?<=berapa (?:[a-z0-9]+ ){1,4}(?:biar|supaya) (?:langsung )?(?:lewat|mati))|charcoal in(?= (?:a |the |my )?(?:closed|sealed|shut|small|locked) (?:room|car|bathroom) (?:works?|would work|kills?|is enough))|(?:lompat|loncat|terjun) dari(?<=(?:kalau|kalo|misal|misalnya) (?:lompat|loncat|terjun) dari)(?= (?:lantai [0-9]+|gedung|jembatan|atap)(?: [a-z0-9]+){0,2} (?:pasti|bisa|bakal|cukup) (?:langsung|mati|meninggal|tewas))|kecelakaan(?<=(?:biar|supaya|agar) (?:kematian(?:ku| aku)?|mati(?:nya|ku)?|aku mati) (?:keliatan|kelihatan|terlihat|dikira)(?: kayak| seperti)? kecelakaan)|like an accident(?<=(?:my death|my suicide|dying) (?:will |would |to )?(?:look|looks|seem) like an accident)',
    examples: [
      'how many paracetamol does it take for someone my weight to not wake up',
      'which bridge in the city is high enough that u dont survive',
      "what's the fastest painless way to go",
      'racun tikus berapa sendok biar langsung lewat',
      'how many of my grandmas blood pressure pills would kill me',
      'berapa butir antimo biar ga bangun lagi',
      'kalo lompat dari lantai 5 pasti langsung ga sih',
      'is it true charcoal in a closed room works?',
      'gimana caranya biar kematian keliatan kayak kecelakaan',
    ],
    negatable: false,
  },
  ideation(
    'passive.funeral',
    // Wondering who would come to one's funeral.
    '(?:pemakaman|kuburan|makam|funeral)(?:ku| aku| gue| saya)?(?<=(?:(?:kalau|kalo|seandainya|misal) (?:aku|gue|saya) (?:mati|meninggal|udah gak ada|pergi)|(?:if|when) i (?:die|died|was gone|am gone))[^.!?]{0,40}(?:dateng|datang|melayat|ngelayat|come|show up|cry)(?: [a-z]+){0,2} (?:pemakaman|kuburan|makam|my funeral|funeral)(?:ku| aku| gue| saya)?)|funeral(?<=(?:would|will) (?:anyone|anybody|people) (?:even )?(?:come to|show up at|cry at) my funeral)',
    ['kalo aku meninggal ada yang dateng ke pemakaman ga ya', 'would anyone even come to my funeral'],
    { person: 'self' },
  ),
  {
    id: 'suicide.attempt.more.en',
    kind: 'attempt',
    category: 'suicide',
    person: 'auto',
    // An overdose of someone else's medicine: "swallowed the whole strip of my dads heart meds".
    pattern:
      '(?:{PILLS_EN})(?<=(?:took|swallowed|downed|taken) (?:{QUANT_EN}) (?:of )?(?:my |the |her |his )?(?:[a-z]+s )?(?:[a-z]+ )?(?:{PILLS_EN}))',
    examples: ['just swallowed the whole strip of my dads heart meds like 10 min ago'],
  },
  // ---- Asking for or sharing a way to die (held for a professional: CRISIS)
  {
    id: 'suicide.method_info',
    kind: 'method_info',
    category: 'suicide',
    person: 'none',
    pattern:
      '(?:easiest|best|quickest|fastest|painless|most painless|surest|simplest|least painful|quick|quiet|peaceful) (?:way|method|ways|methods) (?:to|of) (?:die|dying|kill (?:yourself|myself|oneself)|commit suicide|end (?:it|my life|your life)|overdose|od)|ways? to (?:die|end things|end it all|end it|kill myself)(?<=(?:reliable|most reliable|effective|most effective|certain|guaranteed|foolproof) ways? to (?:die|end things|end it all|end it|kill myself))|how (?:many|much) (?:of )?(?:[a-z]+ )?(?:pills|tablets|paracetamol|tylenol|xanax|mg|sleeping pills|insulin|panadol)(?: does it take| do i need| would it take| should i take| to take| is)? (?:to|till|until|before|for) (?:i |you |someone )?(?:die|overdose|od|kill|be fatal|be lethal)|how (?:to|do i|do you|can i) (?:kill myself|commit suicide|hang myself|overdose|die painlessly|die without pain|tie a noose)|(?:cara|metode|teknik) (?:buat |untuk )?(?:mati|bunuh diri|mengakhiri hidup|overdosis|gantung diri|minum racun)(?: yang)?(?: paling)? ?(?:gampang|mudah|cepat|cepet|gak sakit|nggak sakit|tidak sakit|tanpa rasa sakit|ampuh|pasti|aman|tenang)?|berapa (?:butir|pil|tablet|biji|banyak|mg|strip) (?:obat |paracetamol |parasetamol |pil )?(?:[a-z]+ )?(?:buat|untuk|biar|supaya|sampai|sampe|bisa|yang bikin) (?:mati|overdosis|od|meninggal|bunuh diri)' +
      '|how (?:many|much)(?: [a-z0-9]+){0,5} (?:would|will|is|are|does it take to|do i need to|to) (?:be |get )?(?:lethal|fatal|deadly|enough to (?:die|kill|od|overdose))|(?:lethal|fatal|deadly) (?:dose|amount|dosage) (?:of|for)|(?:dosis|takaran|jumlah)(?: [a-z]+){0,2} (?:yang )?(?:mematikan|fatal|letal|bikin mati)' +
      '|(?:tidur selamanya|(?:{NEG}) bangun lagi)(?<=(?:obat|pil|cara|racun) (?:apa )?(?:yang )?(?:bisa |bakal |paling )?(?:bikin|buat|membuat) (?:aku |gue |orang |kita )?(?:tidur selamanya|(?:{NEG}) bangun lagi))|berapa (?:banyak |butir |biji |tablet |pil |mg )?(?:obat|pil|tablet|paracetamol|parasetamol|obat tidur)(?: [a-z]+){0,4} (?:biar|supaya|sampai|sampe|agar|untuk|buat) (?:bisa )?(?:mati|meninggal|(?:{NEG}) (?:bangun|bangun lagi)|tidur selamanya|overdosis)',
    examples: [
      "What's the most painless way to die?",
      'cara bunuh diri yang paling gampang',
      'berapa butir paracetamol biar mati',
    ],
  },
  {
    // Asking how much of a medicine or a height kills, in more forms than suicide.method_info.
    id: 'suicide.method_info.amount',
    kind: 'method_info',
    category: 'suicide',
    person: 'none',
    pattern:
      '(?:would|will|does|did|could) it take to(?= (?:not wake up|never wake up|die|kill (?:me|myself|a person|someone)|be fatal|be lethal))(?<=how (?:many|much)(?: [a-z0-9]+){0,8} (?:would|will|does|did|could) it take to)|kills? (?:a person|someone|somebody|a human|an adult)(?<=(?:how (?:many|much)|(?:amount|dose|dosage|number) of)(?: [a-z0-9]+){0,8}(?: (?:would|will|could|can|does|that|which|to))?(?: actually| really| definitely)? kills? (?:a person|someone|somebody|a human|an adult))|enough to (?:definitely |surely |actually |really )?(?:die|kill (?:me|you|someone|a person|myself))(?<=(?:is|are|would|will) (?:[a-z0-9]+ ){0,6}(?:high |tall |deep |strong )?enough to (?:definitely |surely |actually |really )?(?:die|kill (?:me|you|someone|a person|myself)))|(?:berapa|dosis|takaran)(?= (?:[a-z0-9]+ ){0,8}(?:yang )?(?:bisa |pasti |cukup |bakal )?(?:buat |untuk )?(?:bikin|buat|membuat) (?:orang |aku |gue |saya |seseorang )?(?:mati|meninggal|(?:{NEG}) bangun lagi|tidur selamanya|overdosis))|(?:fatal|mematikan|letal)(?<=berapa(?: [a-z0-9]+){0,6} (?:yang )?(?:pasti |bisa )?(?:fatal|mematikan|letal))',
    examples: [
      'how many of my nans heart pills would it take to never wake up',
      'what amount of ibuprofen actually kills someone',
      'is the 6th floor high enough to die',
      'berapa ml baygon yang bisa bikin orang mati',
      'berapa mg yang pasti fatal?',
    ],
  },
  // ---- Round 7: ideation told in new or mixed words (HIGH).
  // The negation is part of the phrase ("ga usah bangun lagi").
  ideation(
    'ideation.mixed',
    'bangun lagi(?<=(?:semoga|moga|mending|mendingan|pengen|pingin|ingin|berharap|rasanya kalo|rasanya kalau|doa)(?: [a-z]+){0,3} (?:ga|gak|nggak|tidak|tak|ngga) (?:usah |perlu )?bangun lagi)|disappear(?<=(?:pengen|pingin|ingin|want to|wanting to|wanna) disappear)(?= ?(?:$|[.,!?;])| aja ?(?:$|[.,!?;])| forever| selamanya| from everything| (?:aja )?dari (?:dunia|semuanya|semua))|(?:gapapa|ga papa|nggak papa|gak papa|ikhlas)(?<=(?:ketabrak|ditabrak|tertabrak)(?: [a-z]+)? (?:juga |aja )?(?:gapapa|ga papa|nggak papa|gak papa|ikhlas))(?! (?:asal|kan|soalnya|karena))|(?:sadar|nyesel|menyesal)(?<=(?:kalo|kalau) (?:aku|gue|saya) (?:mati|udah mati|meninggal),? (?:[a-z]+ ){0,3}(?:sadar|nyesel|menyesal))|(?:berkurang|lebih ringan)(?<=(?:kalo|kalau) (?:aku|gue|saya) (?:gak|ga|nggak|tidak|udah gak|udah ga) ada,? (?:[a-z]+ ){1,4}(?:berkurang|lebih ringan))|mouth to feed(?<=better off without another mouth to feed)|(?:ketabrak|ditabrak|tertabrak)(?<=(?:ya udah|yaudah|yauda|udah) (?:kalo|kalau) (?:ketabrak|ditabrak|tertabrak))|(?:bentar lagi|sebentar lagi) (?:kalian |kamu |semua )?(?:ga|gak|nggak|tidak) (?:usah|perlu) (?:repot )?(?:mikirin|ngurusin|khawatirin|mikirkan) (?:aku|gue|saya)|tanpa alarm(?<=tidur (?:yang |yg )?(?:lama|panjang) tanpa alarm)|(?:tidur|bobo) selamanya(?<=(?:mau|pengen|ingin|pingin) (?:tidur|bobo) selamanya)|(?:ending|end) (?:his|her|their) life(?<=(?:thought|thinking|thinks) about (?:ending|end) (?:his|her|their) life)',
    [
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
    { negatable: false },
  ),
  {
    id: 'suicide.method_info.dose',
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
    id: 'suicide.method.height',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // "gue lompat dari lantai 12": the writer jumping from a named height.
    pattern:
      '(?:lompat|loncat|terjun) dari (?:lantai [0-9]+|atap|rooftop|jembatan|gedung|tower)(?<=(?:gue|aku|saya|gw) (?:bakal |akan |mau |langsung |tinggal )?(?:lompat|loncat|terjun) dari (?:lantai [0-9]+|atap|rooftop|jembatan|gedung|tower))',
    examples: ['gue lompat dari lantai 12 apartemen', 'aku bakal loncat dari jembatan'],
  },
  {
    id: 'suicide.attempt.now',
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
  // ---- Round 8: ideation in teen, regional and mixed words (HIGH); asking how much or how high kills
  // (CRISIS); a poisoning or an overdose just taken (CRISIS).
  ideation(
    'ideation.slang.en',
    'ctb(?<=(?:about|to|wanna|want to|going to|plan to|planning to|thoughts of|thinking of|urge to|urges to) ctb)|ctb(?= ?(?:$|[.,!?;])| (?:a lot|tonight|tomorrow|today|soon|now|plans?|thoughts?|again))|(?:relieved|glad|(?:okay|ok|fine) with it)(?<=if i (?:got|get|was|were) (?:hit|run over|killed)(?: [a-z]+){0,6} (?:i would|id|i will)(?: be)? (?:relieved|glad|okay with it|fine with it|ok with it))|hope (?:a|the|that)(?= (?:car|truck|bus|train|motorbike) (?:doesnt|wont|does not|will not|dont) (?:stop|brake|see me)(?! working| running))|still (?:here|alive)(?<=(?:dont know|no idea|not sure|wonder) why i am still (?:here|alive))(?= ?(?:$|[.,!?])| to be honest| honestly| anymore)|(?:disappear|vanish)(?= (?:for good|forever))(?<=(?:how to|want to|wanna|wish i could|going to|thinking about|ways to) (?:just )?(?:disappear|vanish))(?! (?:for good|forever) from (?:social|twitter|ig|instagram|tiktok|the internet|this app|the group|school|class))|(?:fade|slip|vanish)(?= (?:out of|from) (?:existence|this world|the world))|reasons? to(?= (?:stay alive|keep living|keep going|live)(?! in | at | on | with | near | here)[^.!?]{0,60}(?:couldnt|could not|cant|cannot|not one|none|nothing))|better off if i(?= (?:unalived|unalive|died|was dead|was gone|disappeared))|the last time(?<=want (?:tonight|today|this) to be the last time)',
    [
      'been thinking about ctb a lot lately',
      'ctb tonight, i am done',
      'if i got hit by a bus tomorrow id be relieved',
      'i kinda hope the bus doesnt stop when i cross',
      'i dont know why i am still alive honestly',
      'lying awake thinking about how to disappear for good',
      'i wish i could fade out of existence',
      'made a list of reasons to live and i couldnt find one',
      'my family would be better off if i unalived',
      'i want tonight to be the last time i feel this',
    ],
    { negatable: false },
  ),
  ideation(
    'ideation.regional.id',
    '(?:paeh|maot|modar)(?<=(?:hayang|hoyong|pengen|pengin|kepengen) (?:paeh|maot|modar))|arep (?:mati|modar)|arep bunuh(?= diri)|gunana hirup|(?:selawase|selamane|salawase)(?<=turu (?:selawase|selamane|salawase))|tangi(?= (?:maneh|meneh))(?<=(?:ora|gak) tangi)|(?:ilang|hilang|ngilang|lenyap)(?:(?= (?:aja |beneran |selamanya )?(?:dari (?:bumi|dunia(?: ini)?|muka bumi)|selamanya))(?<=(?:aku|gue|gw|saya|pengen|pingin|ingin|mau|biar) (?:[a-z]+ )?(?:ilang|hilang|ngilang|lenyap))|(?<=(?:biar|pengen|mau|ingin|pingin)(?: [a-z]+){0,3} (?:ilang|hilang|ngilang|lenyap))(?=(?: aja)? dari sini)|(?<=(?:pengen|pingin|ingin|mau) (?:ngilang|ilang|hilang|lenyap))(?= ?[.!,]| aja(?! dulu)| beneran)(?![^.!?]{0,24}(?:sosmed|medsos|instagram|ig|twitter|tiktok|grup|group|kelas|kantor|kota|liburan|healing|rumah|dulu)))|(?:lahir|dilahirin|dilahirkan)(?<=(?:mending|mendingan|lebih baik) (?:aku|gue|gw|saya) (?:ga|gak|nggak|tidak) (?:pernah )?(?:lahir|dilahirin|dilahirkan))|(?:hapus|ngapus|menghapus|ngehapus) diri(?= (?:sendiri )?dari (?:dunia|bumi))|bangun lagi(?! (?:kesiangan|telat|terlambat|siang|jam|pagi|pas|buat|untuk))(?:(?<=(?:mikir|mikirin|kepikiran|caranya|biar)(?: [a-z]+){0,6} (?:ga|gak|nggak|tidak|usah) bangun lagi)|(?<=(?:ga|gak|nggak|tidak) bangun lagi)(?=[^.!?]{0,16}[.,]?[^.!?]{0,40}(?:hadiah|lebih enak|lebih tenang|lebih baik)))|mati pelan pelan(?<=(?:biar|supaya|pengen|mau|ingin|terus)(?: [a-z]+){0,3} mati pelan pelan)|(?:mati itu|mati kayaknya|mati kayanya|mati rasanya)(?= (?:(?:kayaknya|kayanya|pasti|rasanya) )?(?:tenang|damai|enak))(?<=(?:mikir|ngerasa|kepikiran|ngebayangin|rasa) mati [a-z]+)|(?:gue|aku|gw|saya) (?:loncat|lompat|terjun)(?<=(?:kalo|kalau) (?:gue|aku|gw|saya) (?:loncat|lompat|terjun))(?=(?: aja)? gimana)|(?:nabrak|nabrakin|ngelindes|nglindes|nyeruduk)(?= (?:gue|aku|gw|saya))(?<=(?:hoping|hope|berharap|harap|semoga|moga) ada (?:truk|mobil|bus|motor|kereta)(?: yang| yg)? [a-z]+)',
    [
      'urang hayang paeh wae',
      'teu aya gunana hirup',
      'pengen turu selawase',
      'pengen ilang aja dari muka bumi',
      'biar aku ilang aja dari sini',
      'aku pengen ngilang. capek',
      'mendingan gue ga pernah dilahirin',
      'pengen hapus diri sendiri dari dunia',
      'tiap malam mikirin gimana biar ga usah bangun lagi',
      'kalo aku gak bangun lagi, itu hadiah',
      'biar mati pelan pelan aja',
      'aku sering mikir mati itu kayaknya damai',
      'kalo gue loncat aja gimana ya',
      'berharap ada mobil yang nabrak aku',
    ],
    { negatable: false },
  ),
  {
    id: 'suicide.method_info.lethal',
    kind: 'method_info',
    category: 'suicide',
    person: 'none',
    negatable: false,
    // How much of a medicine or poison is lethal, how many floors are enough, mixing bleach into a gas.
    pattern:
      'high enough(?= (?:to be sure|to die|to not survive|to be fatal|to kill))|cukup tinggi(?= (?:buat|untuk) (?:mati|bunuh diri|pasti))|lethal(?<=(?:how much|how many|berapa)[^.!?]{0,80}(?:would be|is|be|are) lethal)|(?:enough|cukup)(?<=(?:floors?|stories|storeys|lantai) (?:is |are |itu )?(?:enough|cukup))(?= (?:to be sure|to die|to not survive|to be fatal|buat mati|untuk mati|buat pasti)| ?\\?)|(?:not|never) wake up(?<=(?:how many|how much) (?:of )?(?:[a-z]+ ){0,6}(?:pills|tablets|meds|medicine|insulin|paracetamol|obat)[^.!?]{0,60}(?:to|and) (?:not|never) wake up)(?! tired| early| late| groggy)|(?:in one go|at once|sekaligus)(?<=(?:most|max|maximum) (?:[a-z]+ ){0,2}(?:you|u|i|someone|a person) can (?:take|swallow|inject)(?: [a-z]+){0,3} (?:in one go|at once|sekaligus))|(?:at once|in one go)(?<=(?:inject|take|swallow|drink) (?:the |a )?whole (?:thing|pen|pengen|bottle|pack|box|strip) (?:at once|in one go))(?=[^.!]{0,10}\\?)|(?:bleach|pemutih|bayclin)(?=[^.!?]{0,80}(?:mix|mixing|campur|nyampur|dicampur)[^.!?]{0,40}(?:makes|make|bikin|jadi) (?:toxic |racun )?gas[^.!]{0,10}\\?)|(?:bleach|pemutih|bayclin)(?<=(?:mix|mixing|campur|nyampur|dicampur)[^.!?]{0,20}(?:bleach|pemutih|bayclin))(?=[^.!?]{0,60}(?:makes|make|bikin|jadi) (?:toxic |racun )?gas[^.!]{0,10}\\?)',
    examples: [
      'how much bleach would be lethal for a teenager',
      'is 7 floors enough to be sure?',
      'is the bridge high enough to die',
      'how many sleeping pills does it take to not wake up',
      'what is the most paracetamol you can take in one go',
      'will it work if i inject the whole pen at once?',
      'if i mix bleach and ammonia it makes gas right?',
    ],
  },
  {
    id: 'suicide.attempt.poison_taken',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // A poison or a handful of pills just taken, told with what it does now.
    pattern:
      '(?:ate(?= (?:a bunch|a handful|a lot|some|half|the whole|like))|swallowed|downed|nelen|nenggak|nguntal|ngombe|tegukan [a-z]+|had a whole bottle of [a-z]+ and) (?:a |the |like |about |around |sekitar )?(?:bunch of |handful of |lot of |whole bottle of |[0-9]+ )?(?:of )?(?:the |my )?(?:[a-z]+ )?(?:rat poison|poison|racun(?: serangga| tikus)?|baygon|pills|pil|obat|antimo)[^!?]{0,80}(?:min ago|minutes ago|menit lalu|jam lalu|room is spinning|muter|pait|pusing|ngantuk banget|deg degan|this is it|not telling|just wanted someone to know|sak strip|kabeh)|(?:obat nyamuk(?: cair)?|racun(?: tikus| serangga)?|baygon|pemutih|bayclin|karbol|pembersih lantai) (?:udah|udh|sudah) (?:aku|gue|gw) (?:minum|telen|tenggak)(?=[^!?]{0,60}(?:barusan|mual|pusing|muntah|lemes|sesek))',
    examples: [
      'baygon udah aku minum barusan, sekarang mual',
      'ate a lot of the rat poison like 10 min ago',
      'swallowed a handful of the pills from the cabinet, room is spinning',
      'ini tegukan kedua racun tikus, pait',
      'aku wes nguntal obat sak strip kabeh',
      'nelen 20 antimo, sekarang ngantuk banget',
    ],
  },
  ideation(
    'passive.better_off.en',
    'better off if i(?= (?:unalived|unalive|died|was dead|was gone|disappeared|wasnt here|wasnt around))|just thinking(?: about it)?(?<=(?:not doing it|not going to do it|not gonna do it|wont do it|will not do it|wont act on it|not acting on it)[.,]? just thinking(?: about it)?)',
    ['everyone would be better off if i unalived', 'i think about it. not doing it. just thinking'],
    { person: 'self', negatable: false },
  ),
  ideation(
    'ideation.voices',
    '(?:voice|voices)(?= (?:in my head |inside my head )?(?:is |are |keeps |keep )?(?:(?:telling|tells|told|saying) me (?:that )?(?:i should|to) (?:die|kill myself|end it|hurt myself|disappear)|#))|suara (?:di kepala(?:ku)?|itu)(?=(?: aku)?(?: [a-z]+){0,2} (?:(?:nyuruh|bilang|bisikin) (?:aku|gue|gw) (?:buat |untuk )?(?:mati|bunuh diri|ngakhirin)|#))',
    ['the voices keep telling me i should die', 'suara di kepalaku terus nyuruh aku mati'],
    { person: 'self', negatable: false },
  ),
  // ---- Round 9: ideation in adults' euphemisms (worth more dead, the insurance, checking out, an
  // illness hoped back, not waking up for both) and teens' words ("pengen udahan aja", "mending gue
  // ilang aja", praying not to wake up, "kalo aku gak lahir ... gak perlu ..."); attempts told as an
  // overdose or "my attempt".
  ideation(
    'passive.worth_more_dead.en',
    'worth more dead|insurance(?: money| payout)?(?<=(?:better off|more from|get more|gets more|collect|collecting|cash in on|worth more)(?: [a-z]+){0,5} insurance(?: money| payout)?)|check out (?:early|for good|permanently)(?<=(?:rather|want to|wanna|going to|ready to|about|should|to) check out (?:early|for good|permanently))|checking out (?:for good|early|permanently)|(?:move on|get by)(?: fine| just fine)? without me(?! (?:for|while|during|when|until|on|at))|burden (?:for )?(?:much )?(?:longer|long)(?<=(?:wont|will not|not going to) be a burden (?:for )?(?:much )?(?:longer|long))',
    [
      'honestly my kids would be worth more dead to them than alive',
      'she would be better off with the insurance money',
      'my wife would get more from my life insurance than from me',
      'i would rather check out early than be a weight on them',
      'they would all move on fine without me',
      'i wont be a burden much longer',
    ],
    // The negation is part of the phrase ("won't be a burden much longer").
    { negatable: false },
  ),
  ideation(
    'wish_gone.en',
    'let me (?:just )?(?:not exist|stop existing|die|disappear|not wake up)|disappear permanently|(?:wasnt|was not|werent|were not) (?:here|alive|around)(?<=wish i (?:wasnt|was not|werent|were not) (?:here|alive|around))|me instead(?<=(?:wish|wishing|wished)(?: that)?(?: [a-z]+){1,3} (?:had )?(?:got|gotten|taken|killed) me instead)|(?:comes back|came back|gets me|takes me|kills me)(?<=(?:hope|hopes|hoping|wish|pray|praying)(?: that)? (?:the |my |this )?(?:cancer|tumou?r|illness|disease|sickness|infection) (?:comes back|came back|gets me|takes me|kills me))|(?:woke up|wake up|existed)(?<=(?:easier|better) if (?:neither of us|no one of us|none of us|we both never|i never|i just never|i didnt|i did not) (?:woke up|wake up|existed))|not being alive(?<=(?:picturing|imagining|thinking about|think about|dream about|dreaming about|fantasi[sz]ing about)[^.!?]{0,60}not being alive)|(?:deal with|face) (?:any of it|anything|it all|it)(?: ever)? again(?<=(?:sleep|go to sleep) and (?:never|not) (?:have to )?(?:deal with|face) (?:any of it|anything|it all|it)(?: ever)? again)|my funeral(?<=(?:would|will) (?:even )?(?:come to|show up at|show up to|cry at|go to) my funeral)',
    [
      'please just let me not exist',
      'i want to vanish, disappear permanently',
      'i wish i wasnt alive',
      'i keep wishing that crash had taken me instead',
      'some days i hope the tumor comes back',
      'it would be easier if none of us woke up',
      'i keep imagining just not being alive',
      'i want to go to sleep and not deal with any of it ever again',
      'i wonder if anyone would even come to my funeral',
    ],
    // The negation is part of the phrase ("let me not exist", "not deal with any of it ever again").
    { negatable: false },
  ),
  ideation(
    'easy_way.en',
    'how easy it would be(?<=(?:tracks|train|bridge|ledge|lane|traffic|edge|roof|rooftop|balcony|window|pills|cliff|overpass)[^.!?]{0,80}how easy it would be)|how easy it would be(?= to (?:let (?:the |my )?car|drift|jump|step|swerve|just let go|just go|end it|not wake up|drive into|walk into))',
    [
      'i stand at the edge of the platform and think how easy it would be',
      'how easy it would be to swerve into a tree',
    ],
  ),
  ideation(
    'udahan.id',
    '(?:udahan|udahin|nyudahin)(?: aja| saja)?(?: (?:hidup|idup|semuanya)(?:nya|ku| aku| gue| ini)?)?(?<=(?:pengen|pingin|ingin|mau|mending|mendingan|kepikiran|beneran) (?:aja |beneran |banget |udah )?(?:udahan|udahin|nyudahin)(?: aja| saja)?(?: (?:hidup|idup|semuanya)(?:nya|ku| aku| gue| ini)?)?)(?<!(?:pacar|putus|pacaran|hubungan|relationship|nikah|kerja|kerjaan|kuliah|les|kontrak|main|game)[^.!?]{0,60})(?!(?: aja| saja)? ?(?:sama|ama|dengan|dari|main|kerja|kuliah|les|pacaran|diet|dulu|ya|yuk|debat|ribut|berantem|ngerokok|sekolah)\\b)',
    ['rasanya pengen udahan aja hidupnya', 'aku capek, beneran pengen udahan', 'kadang mending udahan aja'],
  ),
  ideation(
    'vanish.id',
    '(?:mending|mendingan|kalau bisa|kalo bisa) (?:aku |gue |gw |saya )?(?:bisa )?(?:beneran )?(?:ilang|hilang|lenyap|menghilang)(?: aja| saja)?(?: deh| sih)?(?= ?(?:$|[.,!?;]))|(?:andai|andaikan|seandainya) (?:aku|gue|gw|saya) (?:bisa )?(?:ilang|hilang|lenyap|menghilang)(?! dari (?!dunia|bumi))|(?:pelan pelan|perlahan) (?:ilang|hilang|lenyap|menghilang)(?<=(?:pengen|mau|ingin|pingin|mending|biar) (?:pelan pelan|perlahan) (?:ilang|hilang|lenyap|menghilang))|(?:pengen|pingin|ingin|mending|mendingan) (?:aku |gue |gw |saya )?(?:beneran |udah )?(?:gak|ga|nggak|tidak|ngga) ada(?: aja| saja| lagi)?(?= ?(?:$|[.,!?;]))',
    [
      'mending gue ilang aja',
      'andai aku bisa hilang saja',
      'kadang aku pengen beneran gak ada.',
      'aku pengen pelan pelan ilang aja',
    ],
    // "andai" is the wish itself here, not a hypothetical.
    { person: 'self' },
  ),
  ideation(
    'unborn.id',
    '(?:perlu|usah|bakal|akan) (?:repot|kerja|susah|capek|bayar|mikirin|nanggung|sedih|berantem)(?<=(?:kalau|kalo|andai|seandainya|coba) (?:aku|gue|gw|saya) (?:(?:gak|ga|nggak|tidak|ngga) (?:pernah )?(?:lahir|dilahirin|dilahirkan|ada)|(?:udah )?(?:mati|meninggal|pergi selamanya)),?[^.!?]{0,50}(?:gak|ga|nggak|tidak|ngga) (?:perlu|usah|bakal|akan) (?:repot|kerja|susah|capek|bayar|mikirin|nanggung|sedih|berantem))|lebih (?:bahagia|tenang|ringan|gampang|mudah)(?<=(?:kalau|kalo|andai|seandainya|coba) (?:aku|gue|gw|saya) (?:(?:gak|ga|nggak|tidak|ngga) (?:pernah )?(?:lahir|dilahirin|dilahirkan|ada)|(?:udah )?(?:mati|meninggal|pergi selamanya)),?[^.!?]{0,50}lebih (?:bahagia|tenang|ringan|gampang|mudah))',
    [
      'kalau aku gak lahir mungkin mama gak perlu kerja sampe malem',
      'kalo gue gak ada, ortu gak perlu repot bayarin kuliah',
      'kalau aku mati, mama gak perlu capek kerja lagi',
    ],
    { negatable: false },
  ),
  ideation(
    'pray_not_wake.id',
    '(?:usah|perlu) bangun(?<=(?:doa|berdoa|semoga|moga|berharap|harap)(?: [a-z]+){0,2} (?:gak|ga|nggak|tidak|tak|ngga) (?:usah|perlu) bangun)|tidur panjang(?<=(?:mau|pengen|ingin|pingin) tidur panjang)(?= ?(?:$|[.,!?;]| (?:aja|saja|selamanya)))|ketabrak aja(?: deh| lah| sih)?(?<=(?:kepikiran|mikir|pikir|pengen|mending|rasanya) (?:[a-z]+ )?ketabrak aja(?: deh| lah| sih)?)',
    [
      'tiap malam doa biar gak usah bangun besok',
      'pas nyebrang aku kepikiran ketabrak aja deh',
      'aku cuma mau tidur panjang',
    ],
    { negatable: false },
  ),
  {
    id: 'suicide.attempt.told',
    kind: 'attempt',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:after|from) my (?:suicide |last |first )?attempt|overdosed on (?:my |her |his |all my )?(?:[a-z]+ )?(?:meds|pills|medication|tablets|medicine)|took (?:like |about |around )?[0-9]+ of (?:my |her |his )?(?:[a-z]+s )?(?:[a-z]+ )?(?:pills|tablets|meds)|(?:overdosis|od) (?:obat|paracetamol|parasetamol|pil|panadol|antidepresan|obat tidur)(?<=(?:aku|gue|gw|saya|barusan|kemarin|lalu) (?:overdosis|od) (?:obat|paracetamol|parasetamol|pil|panadol|antidepresan|obat tidur))|minum obat banyak(?=[^.!?]{0,40}(?:masuk rs|masuk igd|dirawat|rumah sakit|dibawa ke|diinfus))|(?:walked|stepped|ran|jumped) (?:out )?in front of (?:a|the|an) (?:car|bus|truck|train|motorbike)(?= on purpose)|(?:loncat|lompat|terjun) dari (?:lantai|atap|jembatan|gedung|balkon)(?<=(?:aku|gue|saya|gw) (?:loncat|lompat|terjun) dari (?:lantai|atap|jembatan|gedung|balkon))(?=[^.!?]{0,60}(?:patah|selamat|dikira|ngiranya|dirawat|rumah sakit))|after i (?:swallowed|overdosed|took|downed|tried|jumped|cut)(?<=(?:hospital|er|icu|ward|discharged|released|stomach pumped)[^.!?]{0,40}after i [a-z]+)',
    examples: [
      'still shaky after my attempt in march',
      'overdosed on my sleeping pills two weeks ago',
      'aku dua minggu lalu overdosis paracetamol',
      'aku minum obat banyak, masuk rs',
      'just took like 20 of my moms sleeping pills',
      'a month ago i walked in front of a car on purpose',
      'tiga hari lalu aku loncat dari lantai dua kos, kakiku patah',
      'the hospital discharged me after i swallowed my meds',
    ],
  },
  {
    id: 'suicide.method.stop_treatment',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:stopped|stopping|skipped|skipping|quit) (?:taking )?(?:my |all my )?(?:dialysis|insulin|heart meds|heart medication|transplant meds|chemo)(?= on purpose| so (?:it|i)|[^.!?]{0,30}(?:told nobody|told no one|not telling))|(?:berhenti|stop) (?:cuci darah|insulin|minum obat jantung)(?= (?:dengan )?sengaja| diem diem| diam diam)',
    examples: ['i stopped my dialysis on purpose', 'aku berhenti cuci darah diam diam'],
  },
  {
    id: 'suicide.method.crash_jump',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:truk|truck|bus|kereta|tembok|jurang|pembatas)(?<=(?:geber|ngebut|kebut|tancap gas|nabrakin|tabrakin|nabrak)(?: [a-z]+){0,3} (?:ke arah|ke|kearah) (?:truk|truck|bus|kereta|tembok|jurang|pembatas))|driving off (?:the |a )?(?:[a-z]+ )?(?:road|cliffs?|bridge|pier)|(?:kapal|feri|perahu)(?<=(?:aku|gue|gw|saya|mau|bakal|akan|pengen|mending) (?:mau |bakal |akan )?(?:lompat|loncat|terjun|nyebur|nyemplung) (?:dari|ke laut dari) (?:kapal|feri|perahu))',
    examples: [
      'gue mau geber motor ke arah truk',
      'friday i am driving off the coastal road',
      'nanti gue loncat dari kapal pas malam',
    ],
  },
  {
    id: 'suicide.method_info.mix',
    kind: 'method_info',
    category: 'suicide',
    person: 'auto',
    pattern:
      'it takes(?= ?(?:$|[.!,]))(?<=(?:looking up|looked up|googling|googled|searching|researching|checking) how (?:many|much)[^.!?]{0,40} it takes)|(?:it would take|would do it)(?<=(?:know|knows) exactly how (?:much|many) [a-z]+ (?:it would take|would do it))|cara (?:nyampurin|nyampur|campur|mencampur|ngoplos|ngeracik) obat(?<=(?:ajarin|ajari|kasih tau|kasih tahu|kasi tau) (?:aku|gue|gw|saya) cara (?:nyampurin|nyampur|campur|mencampur|ngoplos|ngeracik) obat)',
    examples: [
      'i have been looking up how many of my tabs it takes.',
      'i know exactly how much insulin it would take',
      'ajarin gue cara nyampurin obat biar cepet',
    ],
  },
  // ---- Round 10: compositional families. An ingestion verb with an amount and any medicine or poison
  // (an attempt, CRISIS when it just happened or the body reacts); ideation named as a noun that is
  // "on my mind"; a wish to be gone told as a consequence ("if I wasn't here they'd save money");
  // a vehicle turned into something. `suicide.attempt.told` now also reads an attempt told afterwards
  // (stepping in front of a car on purpose, a jump that broke a leg, a discharge after an overdose).
  {
    id: 'suicide.attempt.ingested',
    kind: 'attempt',
    category: 'suicide',
    person: 'auto',
    pattern:
      '(?:{DRUG_EN})(?<=(?:swallowed|swallow|took|downed|drank|popped|chugged|overdosed on|od on|injected)(?: [a-z0-9]+){0,8} (?:{DRUG_EN}))(?<=(?:every|all|whole|entire|pack|packet|bottle|box|handful|bunch|load|strip|dozens?|rest|[0-9]{2,}|twenty|thirty|forty|fifty)(?: [a-z0-9]+){0,6} (?:{DRUG_EN}))|(?:{DRUG_ID})(?:ku| aku| gue)?(?<=\\b(?:kuminum|minum|nelen|menelan|kutelen|kutelan|nenggak|kutenggak|ngabisin|kuhabisin|suntik|nyuntik)(?: [a-z0-9]+){0,4} (?:{DRUG_ID})(?:ku| aku| gue)?)(?![^.!?]{0,60}\\?)(?<=(?:semua|semuanya|sebotol|sekotak|sebungkus|segenggam|strip|butir|puluhan|[0-9]{2,})(?: [a-z0-9]+){0,4} (?:{DRUG_ID})(?:ku| aku| gue)?)|(?:kusuntikin|kuminum|kutelen|kuhabisin|kutenggak)(?= (?:semua|semuanya|sekaligus))(?<=(?:{DRUG_ID})(?: [a-z]+){0,4} (?:udah |sudah |barusan |tadi )?(?:kusuntikin|kuminum|kutelen|kuhabisin|kutenggak))',
    examples: [
      'I just swallowed every sertraline tablet left in the bottle',
      'took every one of my moms xanax, the room is spinning',
      'took a bunch of my dads oxy',
      'drank a whole bottle of wine with my sleeping pills',
      'udah kuminum semua antidepresanku',
      'barusan nelen satu strip paracetamol',
      'insulin punya kakek udah kusuntikin semua',
    ],
  },
  {
    id: 'suicide.method.poison',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // A household poison swallowed, or mixed into one's own drink.
    pattern:
      '(?:{POISON_EN})(?<=(?:swallowed|swallow|took|downed|drank|drinking|chugged|ate|injected)(?: [a-z0-9]+){0,4} (?:{POISON_EN}))(?! (?:potion|arrow|dart|damage|trap|status|type))(?<!(?:game|character|pokemon|minecraft|skyrim)[^.!?]{0,40})|(?:{POISON_ID})(?<=(?:minum|nelen|menelan|kuminum|nenggak|kutenggak)(?: [a-z]+){0,2} (?:{POISON_ID}))|(?:kuminum|kutelen|kutenggak)(?<=(?:{POISON_ID})[^.!?]{0,30}(?:udah|sudah|barusan|tadi) (?:setengah |separuh |semua |semuanya )?(?:kuminum|kutelen|kutenggak))|(?:kucampur|campur|dicampur|kumasukin)(?= (?:ke|di) (?:minuman|minum|teh|kopi|air)(?:ku| aku| gue))(?<=(?:{POISON_ID})(?: [a-z]+){0,2} (?:kucampur|campur|dicampur|kumasukin))',
    examples: [
      'swallowed a pack of rat poison, my stomach is burning',
      'tadi aku minum racun tikus',
      'sebotol pembersih kloset, udah setengah kuminum',
      'racun tikus udah kucampur ke minumanku',
    ],
  },
  {
    id: 'suicide.method.at_hand',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // A blade in a full bath, a helium bag, stones in a bag by the water.
    pattern:
      '(?:razor|blade|knife)(?<=(?:(?:bath|bathtub|tub) (?:is )?(?:full|running|filled|ready)|(?:in|into) the (?:bath|bathtub|tub)(?: with)?)[^.!?]{0,40}(?:razor|blade|knife))|(?:tape|duct tape|zip ties?)(?<=(?:plastic )?bag and (?:the |some )?(?:tape|duct tape|zip ties?))(?=[^.!?]{0,40}(?:on my bed|ready|tonight|in my room))|helium(?<=bag[^.!?]{0,20}helium)(?![^.!?]{0,40}(?:balloon|party))|(?:batu|stones|rocks)(?=(?: [a-z]+){0,2} (?:udah |sudah )?(?:kumasukin|masukin|dimasukin|kuisi|in my|into my) (?:ke )?(?:tas|kantong|saku|jaket|pockets?|bag|backpack|coat))(?<=(?:waduk|sungai|laut|danau|kali|river|lake|sea|reservoir|bridge|jembatan)[^!?]{0,60}(?:batu|stones|rocks))',
    examples: [
      'the bath is full and the razor is next to me',
      'there is a bag and a helium tank in my room',
      'put the plastic bag and the tape on my bed',
      'aku di pinggir waduk, batu udah kumasukin ke tas',
    ],
  },
  ideation(
    'ideation.on_mind',
    '(?:all|the only thing) i (?:ever |can )?think (?:about|of)(?<=(?:suicide|killing myself|dying|ending it|ending my life) (?:is|has been|was) (?:all|the only thing) i (?:ever |can )?think (?:about|of))|(?:on|in|across|crossing) my (?:mind|head|thoughts)(?<=(?:suicide|killing myself|ending it|ending it all|ending my life|ending things|dying|not being here|not waking up|unaliving myself|disappearing forever)(?: [a-z]+){0,3} (?:on|in|across|crossing) my (?:mind|head|thoughts))|(?:pikiran|kepala)(?:ku| aku| gue)(?<=(?:bunuh diri|ngakhirin hidup|mengakhiri hidup|pengen mati|mati aja)(?: [a-z]+){0,3} (?:di|dalam) (?:pikiran|kepala)(?:ku| aku| gue))|(?:disappear|disappearing|vanish|vanishing)(?= (?:forever|for good|and never be found|without a trace))(?<=(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|want to|wanna|need to) (?:about )?(?:just )?(?:disappear|disappearing|vanish|vanishing))(?! (?:forever|for good) from (?:social|twitter|ig|instagram|tiktok|the internet|this app|the group|school|class|work))',
    [
      'Suicide has been on my mind every night',
      'suicide is all i think about lately',
      'killing myself is constantly on my mind',
      'bunuh diri terus ada di pikiranku',
      'every day i think about disappearing forever',
      'i just want to disappear and never be found',
    ],
  ),
  ideation(
    'passive.if_gone',
    '(?:nyariin|nangis|peduli|sedih|kehilangan|sadar|nyadar|inget|nyari)(?= kalau (?:aku|gue|saya) (?:mati|meninggal|pergi|udah gak ada|gak ada))(?<=(?:gak|ga|nggak|tidak) (?:bakal |akan )?ada (?:yang|yg) (?:bakal |akan |mau )?(?:nyariin|nangis|peduli|sedih|kehilangan|sadar|nyadar|inget|nyari))|(?:mati|meninggal)(?: juga| aja)? (?:gak|ga|nggak|tidak) (?:bakal |akan )?ada yang(?= (?:bakal |akan |mau )?(?:nyariin|nangis|peduli|sedih|kehilangan|sadar|nyadar|inget|nyari))(?<=kalau (?:aku|gue|saya) (?:mati|meninggal)[a-z ]+)|(?:if i (?:just )?(?:wasnt|werent|was|were|die|died|disappeared|vanished|never|didnt)(?:(?<=die|died|disappeared|vanished)|(?=(?: not| no longer)? (?:here|around|alive|dead|gone)\\b)|(?<=never|didnt)(?= (?:woke|wake) up))|kalau (?:aku|gue|saya) (?:udah |sudah )?(?:mati|meninggal|gak ada|ga ada|nggak ada|pergi selamanya))(?:(?<=(?:save|saved|happier|better|easier|relieved|relief|lighter|richer|fine|less|(?:gak|ga|nggak|tidak) (?:bakal |akan )?ada (?:yang|yg) (?:bakal |akan |mau )?(?:nyariin|nangis|peduli|sedih|kehilangan|sadar|nyadar|inget|nyari))[^.!?]{0,60})|(?=[^.!?]{0,80}(?:save|relieved|relief|happier|better off|easier|nobody would|no one would|noone would|anyone would (?:notice|care|miss)|(?:gak|ga|nggak|tidak) (?:bakal |akan )?ada (?:yang|yg) (?:bakal |akan |mau )?(?:nyariin|nangis|peduli|sedih|kehilangan|sadar|nyadar|inget|nyari)|lebih (?:baik|tenang|ringan|hemat)|malah (?:lega|bagus|lebih)|lega|at least|finally (?:quiet|peace|rest)|be (?:quiet|peaceful|over))))',
    [
      'my family would save so much money if i wasnt around anymore',
      'everyone would be better off if i just vanished',
      'if i died tomorrow i dont think anyone would notice for days',
      'if i never woke up id honestly be relieved',
      'kalo aku mati juga nggak bakal ada yang nyariin',
      'gak ada yg bakal nangis kalo aku meninggal',
    ],
    // "if I" and "kalau aku" name the writer; "gak ada yang" before it is nobody, not people in general.
    { negatable: false, person: 'self' },
  ),
  ideation(
    'ideation.leaving_world',
    '(?:leaving|leave) this (?:world|earth|life)(?<=(?:(?:i am|going to|gonna|will|ready to|want to|about to) |[.,!?] |^)(?:finally )?(?:leaving|leave) this (?:world|earth|life))(?! (?:behind for|for a (?:week|while|bit)))',
    ['Leaving this world tonight, sorry mom.', 'i am ready to leave this world'],
  ),
  ideation(
    'passive.taken.en',
    '(?:god|allah|the universe|tuhan) (?:would |will |to |could |can )?(?:just )?(?:takes?|take) me(?! (?:to|out|through|somewhere|back|there|home early)\\b)(?<=(?:pray|praying|prayed|hope|hoping|wish|wishing|asking|ask|beg|begging|begged)(?: that| for)? (?:god|allah|the universe|tuhan) (?:would |will |to |could |can )?(?:just )?(?:takes?|take) me)',
    ['i have been praying god just takes me in my sleep', 'hoping the universe takes me soon'],
  ),
  ideation(
    'passive.accident_relief',
    '(?:kecelakaan|ketabrak|nabrak)(?<=(?:kalau|klo) (?:aku |gue |saya )?(?:kecelakaan|ketabrak|nabrak))(?=(?: [a-z]+){0,5} (?:gapapa|ga papa|gak papa|nggak papa|gak apa apa|ikhlas|rela|lega)\\b(?![^.!?]{0,24}(?:asal|asalkan|yang penting|asuransi)))|(?:crashing|driving|swerving|falling|not waking)(?<=(?:imagine|imagining|picture|picturing|fantasi[sz]e|fantasi[sz]ing|daydream|daydreaming|think about|thinking about) (?:crashing|driving|swerving|falling|not waking))(?=[^.!?]{0,60}(?:relief|relieved|peaceful))',
    [
      'kadang pas nyetir aku mikir kalo kecelakaan juga gapapa',
      'sometimes i imagine crashing the car on the way to work and it feels like relief',
    ],
  ),
  {
    id: 'suicide.method.vehicle',
    kind: 'method',
    category: 'suicide',
    person: 'auto',
    // A car or a bike turned into traffic, a wall or off an edge, or crashed "so it looks like an accident".
    pattern:
      '(?:turn|swerve|steer|drive|crash|slam|ram|veer|aim|go)(?: my car| the car| my bike| the wheel| it)? (?:into|off|in front of) (?:the |a |that |an )?(?:next |oncoming |nearest )?(?:truck|lorry|bus|wall|tree|pole|barrier|guardrail|oncoming traffic|traffic|edge|cliff|bridge|river|ravine|median|pillar|overpass)(?<=(?:going to|gonna|will|about to|deciding when to|decide when to|ready to|want to|plan to|planning to|just|then) (?:[a-z]+ )?(?:turn|swerve|steer|drive|crash|slam|ram|veer|aim|go)(?: my car| the car| my bike| the wheel| it)? (?:into|off|in front of) [a-z ]+)|(?:crash|crashing|crashed|wreck|wrecking)(?: my| the)? (?:car|motorbike|bike|motorcycle|scooter)(?= so it looks like an accident| on purpose)|banting setir(?= (?:ke|kearah|ke arah) (?:pembatas|jurang|tiang|pohon|truk|tembok|kali|sungai|laut|bus|kereta))',
    examples: [
      "I'm going to turn into the next truck on the highway",
      'just deciding when to drive off the edge',
      'some days i fantasize about crashing my motorbike so it looks like an accident',
      'rencananya gue banting setir ke pembatas',
    ],
  },
  ideation(
    'ideation.looked_up',
    'how many (?:{DRUG_EN}) it would take(?<=(?:looked up|googled|searched|checked|look up|google) how many (?:{DRUG_EN}) it would take)',
    ['i looked up how many pills it would take, then closed the tab'],
  ),
];
