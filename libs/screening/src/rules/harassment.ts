/** Harassment of another member: insults, slurs, exclusion, telling someone to die. */

import type { RuleSpec } from '../types';

const INSULT_EN =
  'worthless|pathetic|loser|idiot|stupid|dumb|dumbass|moron|crybaby|cry baby|freak|weirdo|ugly|fat|fatass|fat ass|attention seeker|attention seeking|attention whore|drama queen|retard|retarded|bitch|slut|whore|trash|garbage|disgusting|coward|psycho|waste of (?:space|oxygen|air|skin)|piece of (?:shit|crap|trash|garbage)|failure|joke|embarrassment|snowflake|clown|parasite|burden|useless|pig|cow|scum|creep|faggot|fag|sissy|liar|faker|spoiled brat|brat|attention hog|fake|snitch|failure of a human|waste of a human';
const INSULT_ID =
  'bodoh|goblok|goblog|tolol|bego|begok|dungu|idiot|cengeng|lebay|lebai|caper|baperan|manja|lemah|pecundang|sampah|jelek|gendut|gembrot|buluk|dekil|anjing|anjg|ajg|asu|bangsat|bgst|babi|monyet|kampret|brengsek|bajingan|keparat|tai|tahi|(?:gak|nggak|ga|tidak) berguna|(?:gak|nggak|ga) guna|(?:gak|nggak|ga|tidak) ada gunanya|munafik|norak|alay|kampungan|lonte|pelacur|jablay|perek|sinting|autis|cacat|banci|bencong|otak udang|beban(?: keluarga| doang| aja)?|parasit|sok (?:asik|suci|pinter|pintar|iye|paling|kuat|bener|keren|cantik|ganteng)|penyakitan|sakit jiwa|(?:gak|nggak|ga|tidak) waras|(?:gak|nggak|ga|tidak) tau diri|(?:gak|nggak|ga|tidak) tahu diri|menjijikkan|menjijikan|jijik|bacot|pencari perhatian|cari perhatian|drama queen|pembohong|pengecut|lemah mental|mental tempe|mental kerupuk|anak haram|anak setan|haram jadah|sialan|bangke|bangkai|kontol|memek|ngentot|jancok|jancuk|setan|iblis|sundal|pelakor|orang gila|tukang caper|tukang drama|tukang ngeluh|lemot';

export const HARASSMENT_RULES: RuleSpec[] = [
  {
    id: 'harassment.insult.en',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern: `(?:you are|you|your|ya|u|yall|you all|you guys) (?:(?:a|an|such a|so|the|most|biggest|fucking|fckin|fking|damn|really|totally|complete|total|just|such|pathetic|stupid|worthless|little|absolute|literally|nothing but|an absolute) )*(?:(?:annoying|ugly|fat|dumb|stupid|weird|useless|pathetic|lazy|fake|dramatic|needy|whiny|clingy) and )?(?:${INSULT_EN}|annoying|whiny|needy|clingy|dramatic)(?! (?:to me|for me|at (?:this|it|math|english|cooking)|sometimes|too|like me|either))|(?:people like you|someone like you|you) (?:deserve|deserves) (?:to (?:be bullied|die|suffer|be alone|be hurt|be hated)|it|everything bad|all of it|what you get)|(?:shut up|stfu|shut your mouth)(?: you| already)?(?: (?:${INSULT_EN}))?|go cry about it|go touch grass|(?:nobody|no one|noone) (?:here )?(?:likes|wants|cares about|needs|asked|gives a (?:shit|damn) about) you|(?:nobody|no one) (?:here )?(?:actually |really |even |honestly )?(?:cares|asked|gives a (?:shit|damn)) (?:about )?(?:your|ur) (?:sob story|sob stories|problems|feelings|drama|opinion|story|life|whining|crying)|(?:everyone|we all|everybody) (?:here )?(?:hates|hate|is sick of) you|(?:get a life|grow up|man up|toughen up)(?: already)?,? (?:you )?(?:${INSULT_EN})`,
    examples: [
      "You're a worthless crybaby, leave this group.",
      'nobody here likes you',
      'you are so pathetic',
      'nobody here actually cares about your sob story',
    ],
  },
  {
    id: 'harassment.insult.id',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern: `(?:dasar|dsr) (?:[a-z]+ )?(?:${INSULT_ID})|(?:{YOU_ID}) (?:(?:tuh|itu|emang|memang|cuma|hanya|bener bener|benar benar|beneran|kok|sih|ya|tu|sungguh|sangat|dasar|orangnya|jadi orang|cuma jadi|terlalu|paling) )*(?:${INSULT_ID})|(?:${INSULT_ID}) (?:banget |bgt |amat )?(?:lo|kamu|kau|situ|ente)(?=$|[.,!?;])|(?:sih|deh|dah|emang) (?:lo|kamu|kau)(?<=(?:${INSULT_ID}) (?:banget |amat )?(?:sih|deh|dah|emang) (?:lo|kamu|kau))(?=$|[.,!?;])|(?:{NEG}) ada (?:yang|orang yang|yg) (?:suka|peduli|butuh|mau|nanya|sayang|ngarepin|nganggep) (?:sama |ama |dengan |ke )?(?:{YOU_ID})|mau (?:temenan|berteman|deket|dekat|ngobrol|main bareng|pacaran)(?<=(?:{NEG}) ada (?:yang|orang yang) mau (?:temenan|berteman|deket|dekat|ngobrol|main bareng|pacaran))(?= (?:sama|ama|dengan) (?:{YOU_ID}))|semua orang (?:benci|muak|jijik|males) (?:sama |ama |dengan |ke )?(?:{YOU_ID})|(?:orang (?:kayak|seperti|kaya) (?:kamu|lo|kau)|(?:{YOU_ID})) (?:emang |memang |tuh |itu )?(?:pantes|pantas|layak|cocok) (?:di ?bully|dibuli|mati|menderita|dihina|dijauhin|sendirian|dibenci)`,
    examples: [
      'Dasar cengeng nggak berguna, keluar aja dari grup ini.',
      'goblok lo',
      'kamu tuh emang lebay',
      'nggak ada yang peduli sama kamu',
    ],
  },
  {
    id: 'harassment.mocking',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    // Mocking without the classic insult words: "imagine being this pathetic", "pantes diselingkuhin",
    // "lemah banget mentalmu", "baru segitu aja nangis", "lo cuma kurang iman".
    pattern: `you are the reason (?:this|the|our) (?:forum|group|place|class|chat|community) is (?:so )?(?:toxic|dead|trash|bad|awful)|(?:imagine being|look at (?:this|the)|typical) (?:this |so |such a |a )?(?:fat|ugly|stupid|dumb|pathetic|weak|soft|sensitive|spoiled|lazy|whiny|emo|attention seeking)(?: (?:kid|girl|boy|guy|loser|person|crybaby|whiner|baby))?(?= ?(?:$|[.,!?;]| crying| whining| online| again| and))|no wonder (?:your|ur) (?:bf|gf|boyfriend|girlfriend|friends|parents|family|ex|husband|wife) (?:left|dumped|hates?|leave|cheated on) (?:you|u)|(?:maybe |just )?(?:eat less|stop whining|stop complaining)(?= ?(?:$|[.,!?;]| and| already| lol))|stop playing (?:the )?victim|play(?:ing)? the victim(?: card)?|(?:attention seeker|drama queen|failure|loser|pick me|cringe|toxic)(?<=(?:{YOU_ID}) (?:(?:tuh|itu|emang|memang|cuma|literally|beneran|bener bener) )*(?:attention seeker|drama queen|failure|loser|pick me|cringe|toxic))|mental(?:mu| lo| kamu| lu)(?<=(?:lemah|cemen|cupu|lembek|rapuh) (?:banget |amat )?mental(?:mu| lo| kamu| lu))|mental(?:mu| lo| kamu| lu)(?= (?:lemah|tempe|kerupuk|cemen|lembek|krupuk))|pantes(?:an)?(?= (?:aja )?(?:(?:lo|kamu|dia) )?(?:di ?selingkuhin|diselingkuhi|ditinggal(?:in)?|diputusin|di ?bully|sendirian|jomblo|(?:{NEG}) punya temen|dijauhin|dibenci)|(?: aja)? (?:ortu|orang tua|keluarga|nyokap|bokap|temen temen) (?:lo|kamu|mu) (?:malu|males|benci))|(?:segitu|begitu) (?:aja|doang)(?<=baru (?:segitu|begitu) (?:aja|doang))(?= (?:udah |langsung )?(?:nangis|nyerah|baper|down|depresi|curhat|mewek))|jadi (?:lo|kamu)(?<=(?:kalau|kalo) (?:gue|aku) jadi (?:lo|kamu))(?= (?:udah |pasti )?(?:malu|nyesel))|bikin (?:ilfeel|ilfil|eneg|muak|jijik|mual)(?<=muka (?:lo|kamu|lu) (?:aja )?(?:udah )?bikin (?:ilfeel|ilfil|eneg|muak|jijik|mual))|kurang (?:iman|bersyukur|ibadah|piknik|doa|sholat)(?<=(?:lo|kamu|lu) (?:cuma |cuman |tuh |itu )?kurang (?:iman|bersyukur|ibadah|piknik|doa|sholat))|(?:malu maluin|mempermalukan)(?= (?:keluarga|orang tua|ortu)(?: aja| doang)?(?:$|[.,!?;]))`,
    examples: [
      'typical fat kid crying online again',
      'lol imagine being this pathetic',
      'no wonder your gf dumped you',
      'stop playing victim',
      'lo tuh literally failure',
      'lemah banget mentalmu',
      'gendut, jelek, pantes diselingkuhin',
      'baru segitu aja udah nangis',
      'lo cuma kurang iman',
    ],
  },
  {
    id: 'harassment.vocative',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern: `, (?:you |ya |dasar |lo |kamu |kau )?(?:${INSULT_EN}|${INSULT_ID})(?=$|[.!?;])|, (?:pathetic|stupid|fat|ugly|little|fucking|dumb|worthless|annoying|lazy) (?:(?:pathetic|stupid|fat|ugly|little|fucking|dumb|worthless|annoying|lazy) )?(?:${INSULT_EN})(?=$|[.!?;])`,
    examples: [
      'Stop crying and get out of here, loser.',
      'Berhenti nangis dan pergi dari sini, pecundang.',
      'this forum is worse because of you, pathetic attention seeker',
    ],
  },
  {
    id: 'harassment.exclusion',
    kind: 'harassment',
    category: 'harassment',
    person: 'imperative',
    pattern:
      '(?:leave|get out of|get off|go away from|get lost from|quit|stay out of) (?:this|the|our|my) (?:group|forum|chat|thread|place|server|community|site)|(?:get lost|gtfo|fuck off|piss off)(?=$|[ .,!?;])|(?:literally |honestly |seriously )?(?:nobody|no one|noone) asked(?= ?(?:$|[.,!?;]|lol|tho|bro|you|for (?:this|your)))|(?:dont|do not) (?:even )?bother (?:coming back|showing up|posting)|(?:just )?(?:log off|delete your account|leave the internet)(?= ?(?:$|[.,!?;]| already| lol))|get out of here(?=$|[.,!?;])|get out(?= ?(?:$|[.!?;]| now| already))|(?:keluar|pergi|minggat|cabut|enyah|out) (?:aja |saja |sana |lo |kamu |deh |dah )*(?:dari|dr) (?:grup|group|forum|sini|komunitas|thread|obrolan)(?: ini)?|(?:pergi|minggat|enyah) (?:aja |saja )?(?:sana|lo|kamu|dari sini)(?=$|[ .,!?;])',
    examples: [
      'leave this group',
      'Keluar aja dari grup ini.',
      'get lost',
      'grow up, no one asked',
      'just log off already',
    ],
  },
  {
    id: 'harassment.expose',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    // Spreading or threatening to spread someone's secrets or identity.
    pattern:
      '(?:leak|expose|post|spread|reveal|share|publish) (?:your|ur) (?:real name|full name|name|address|home address|campus|school|photos?|pics|nudes|identity|number|face|secrets?|chats?)|(?:sebar|sebarin|bocorin|umbar|spill|nyebarin|nyebar) (?:alamat|nama asli|identitas|foto|nomor|kampus|sekolah|chat|aib)(?: [a-z]+){0,3}? (?:lo|kamu|lu|dia)|(?:screenshot|ss|curhatan|chat|foto|identitas|nama asli|alamat)(?: [a-z]+){0,4}? (?:udah |sudah )?(?:gue |aku |ku|saya )?(?:sebar|sebarin|share|post|upload|forward|sebarkan)(?:in)? (?:ke|di) (?:grup|group|ig|twitter|sosmed|kelas|angkatan|base|menfess)',
    examples: [
      "I'll leak your real name and your campus",
      'tinggal gue sebar alamat sama foto lo',
      'screenshot curhatan dia udah gue sebar ke grup kelas',
    ],
  },
  {
    id: 'harassment.death_wish',
    kind: 'harassment',
    category: 'harassment',
    person: 'imperative',
    pattern:
      '(?:just |go |pls |please |then |so )?(?:kill yourself|kil yourself|kill urself|kill your self|go die|go kill yourself|just die|drop dead|hang yourself|neck yourself|die already|unalive yourself|cut (?:yourself|urself|deeper)|jump off a (?:bridge|cliff|building|roof)|go jump off (?:a |the )?(?:bridge|cliff|building|roof))|(?:you should|you need to|you ought to|why dont you|you might as well|u should|maybe you should|do us a favor and) (?:just |go |really )?(?:die|kill yourself|disappear|hang yourself|jump off|jump(?= ?(?:$|[.,!?;]|lol|haha|already))|not exist|end it|end your life|stop breathing)|sana (?:mati|mampus|bunuh diri|gantung diri)(?: aja| saja| sana)?|(?:mati|mampus|modar|bunuh diri|gantung diri)(?: aja| saja| ajalah| deh)? (?:sana|lo|kamu|kau|lah lo)(?=$|[ .,!?;])|(?:mending|mendingan|lebih baik|sebaiknya) (?:lo|kamu|kau) (?:mati|bunuh diri|gak usah hidup|gak usah ada|nggak usah hidup|lenyap|ilang|gantung diri)|(?:lo|kamu|kau) (?:mati|bunuh diri|mampus|gantung diri) (?:aja|saja|sana|deh)|(?:no one|nobody) (?:would|will) (?:miss|care about|notice) you(?: if you (?:died|were gone|disappeared|killed yourself))?|(?:{NEG}) ada yang (?:bakal |akan )?(?:peduli|kangen|sedih|nyariin) (?:kalau|kalo) (?:lo|kamu|kau) (?:mati|gak ada|nggak ada|bunuh diri|ilang)',
    examples: [
      'kys',
      'Just kill yourself already.',
      'mati aja lo',
      'mending lo mati',
      'nobody would miss you if you died',
      'if youre so sad why dont you just jump',
      'yaudah sana mati aja',
    ],
    // Telling someone to hurt themselves is also unsafe advice.
    also: ['unsafe'],
  },
  // ---- Round 6: harassment without insult words (mocking, victim blaming, exposing, telling someone to shut
  // up).
  {
    id: 'harassment.more',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern:
      'no wonder (?:no one|nobody)(?= (?:wants|likes|cares|loves|talks|sits|replies|invites|dates|picks|hangs)[^.!?]{0,30} (?:you|ya)(?:$|[ .,!?;]))|(?:liked|wanted|asked for) it(?<=(?:she|he|they) (?:probably|obviously|clearly|secretly|totally) (?:liked|wanted|asked for) it|(?:she|he|they) asked for it)|(?:private|second|alt|spam) account(?<=(?:posted|wrote) (?:on|in) (?:her|his|their) (?:private|second|alt|spam) account)|(?:loser|crybaby)(?<=look at (?:this|that) (?:loser|crybaby))(?! (?:meme|video|song|movie|character|scene|cat|dog))|screenshot (?:this|it)(?= (?:for|to) the (?:class|class group|group chat))|nyampah(?= (?:di sini|disini))|lemah (?:yang )?depresi(?<=(?:cuma|cuman|hanya) orang lemah (?:yang )?depresi)|ketauan(?<=si [a-z]+ (?:dulu )?(?:pernah )?ketauan)|(?:sebarin|sebar|sebarkan) aja(?<=(?:screenshot|ss|chat)[^.!?]{0,50}(?:sebarin|sebar|sebarkan) aja)|doang (?:nangis|baper|mewek)(?<=gitu doang (?:nangis|baper|mewek))|baperan(?=(?: banget)? jadi orang)',
    examples: [
      'fatty. no wonder no one wants to sit with you',
      "she's the one who got touched by the teacher right? she probably liked it",
      'everyone look at what tasya posted on her private account lol',
      'haha look at this loser crying again, someone screenshot this for the class group',
      'mending lu diem aja deh ga usah nyampah di sini',
      'cuma orang lemah yg depresi',
      'si Budi dulu pernah ketauan ngompol pas kemah',
      'ini lho screenshot chat si Dea sama mantannya, sebarin aja',
      'baperan bgt jadi orang, gitu doang nangis',
    ],
  },
  // ---- Round 7: harassment without insult words: "ngaca dulu", voting a member out, mocking a member's post
  // or pain.
  {
    id: 'harassment.without_insult',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    temporal: false,
    pattern:
      'ngaca dulu(?= (?:deh|sana|lah|dong|bestie|lo|lu|kamu|sis|bro))|(?:dikick|dikeluarin|di kick|ditendang) dari grup(?<=(?:setuju|vote) (?:si )?[a-z]+ (?:dikick|dikeluarin|di kick|ditendang) dari grup)|malu maluin grup|(?:gak|ga|nggak) usah caper|stop pretending to be (?:depressed|sad|suicidal)|(?:diem|diam) aja di grup|(?:that is|thats) literally you|your cringe (?:poems|posts|stories|art)|ss chat pribadinya [a-z]+|ngetawain (?:lo|lu|kamu) di belakang',
    examples: [
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
  },
  // ---- Round 8: shutting a member out ("dont reply to her posts guys", "jangan ajak X, dia pembawa sial"),
  // mocking without insult words, telling a member nobody would miss them.
  {
    id: 'harassment.shutting_out',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    negatable: false,
    temporal: false,
    pattern:
      '(?:better|nicer|happier) if(?= (?:u|you) (?:just )?(?:left|leave|were gone|werent here))|posts(?<=(?:dont|do not|stop|nobody) (?:reply|respond) to (?:her|his|their) posts)|bales postingan(?<=jangan ada (?:yang|yg) bales postingan)|not to add(?= [a-z]+ to (?:the |our )?(?:group|gc|chat|study group))|(?:invite|ajak|ajakin|masukin|bring)(?<=(?:jangan|can we not) [a-z]+)(?=[^.!?]{0,60}(?:annoying|pembawa sial|mood jelek|mood down|ngerusak|ruins|nyebelin|drama|lebay))|brings the mood down|pembawa sial|usah ikut(?<=(?:gak|ga|nggak) usah ikut)(?=[^.!?]{0,60}(?:kalo|kalau) ada (?:lo|lu|kamu))|(?:grup|forum) lain(?<=cari (?:grup|forum) lain)|find another (?:group|forum)|imagine being (?:this|so)(?= (?:wrecked|boring|sad|dramatic|desperate|annoying|obsessed|clingy|ugly|broke|lonely|weird))|stop pretending(?= (?:your|you are|youre) (?:depressed|sad|suicidal))|for likes(?<=(?:depressed|sad|crying|sedih)[^.!?]{0,20}for likes)|(?:werent|wasnt|were not) so(?<=if (?:you|u) (?:werent|wasnt|were not) so)(?= (?:annoying|dramatic|ugly|fat|boring|needy|clingy|stupid|weird))|actually reads?(?= (?:your|ur))(?<=anyone (?:here )?actually reads?)|actually likes(?= (?:you|u))(?<=(?:nobody|no one) (?:here )?actually likes)|take the hint|we screenshot(?=[^.!?]{0,40}(?:laugh|ketawa|ngetawain|mock))|posts are so(?= (?:cringe|annoying|boring|fake))(?<=(?:your|ur) posts are so)|remember when you(?= (?:cried|peed|fell|threw up))(?=.{0,80}(?:everyone saw|haha|lol|lmao|pathetic|pretending))|pantes(?=(?: aja)? (?:bapakmu|ibumu|ortumu|orang tuamu|keluargamu|temenmu|bokap lo|nyokap lo) (?:gak|ga|nggak|males|ninggalin|pergi|cerai|kabur|benci|malu)| (?:gak|ga|nggak) ada (?:yang|yg) mau temenan)|heran(?<=(?:gak|ga|nggak) heran)(?=(?: sih)? (?:kamu|lo|ortumu|ortu lo|bapakmu)[^.!?]{0,40}(?:dijauhin|males|gak mau|ga mau|ninggalin))|aib buat keluarga|bikin malu angkatan|kayak gentong|palsu lo|curhat mulu|bacanya(?<=(?:bosen|bosan|capek|cape) bacanya)|jelek, bau|miss you(?<=(?:nobody|no one) (?:here )?(?:will|would) miss you)|jump off something|spare us(?= ?(?:$|[.!]))|nyariin(?<=(?:kamu|lo|lu) (?:ilang|hilang|mati)(?: juga)? (?:gak|ga|nggak) ada (?:yang|yg) nyariin)|ada aja sekalian(?<=(?:gak|ga|nggak) usah ada aja sekalian)',
    examples: [
      'this forum would be better if you just left',
      'dont reply to her posts, let her talk to herself',
      'jangan ada yang bales postingan dia',
      'we agreed not to add tia to the group chat',
      'jangan ajak Rani ya, dia pembawa sial',
      'can we not bring Dodi, he ruins everything',
      'mending kamu gak usah ikut, gak enak kalo ada kamu',
      'sana cari grup lain aja',
      'imagine being this desperate lol',
      'stop pretending your depressed for likes',
      'if you werent so annoying people would stay',
      'its funny how you think anyone actually reads your poems',
      'nobody here actually likes you',
      'your posts are so cringe',
      'remember when you cried in class? everyone saw',
      'pantes aja ortumu cerai',
      'gak heran kamu dijauhin semua orang',
      'kamu itu aib buat keluarga',
      'kamu cuma bikin malu angkatan',
      'go ahead, nobody here will miss you',
      'kamu ilang juga gak ada yang nyariin',
      'ya udah gak usah ada aja sekalian',
    ],
  },
  // ---- Round 9: contempt for other members without insult words ("stop fishing for attention",
  // "drama queens", "muka lo kayak tembok retak", "balik ngaji sana").
  {
    id: 'harassment.contempt',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    negatable: false,
    pattern:
      '(?:quit|stop) (?:whining|fishing for attention|attention seeking|being so dramatic|clogging the feed|posting your (?:depressing |sad )?(?:garbage|crap|trash|posts))|drama queens|take your sad posts|the reason this forum is|some people are just bad (?:mothers|parents|people)|homewrecker|(?:sok|gausah sok|gak usah sok) (?:suci|asik|pinter|misterius|nasehatin|bijak|alim)|muka (?:lo|lu|kamu) (?:aja )?(?:kayak|kaya|kyk|mirip) [a-z]+|dasar(?: [a-z]+){1,3} (?:kolot|norak|kampungan|cengeng|lebay|alay|murahan|gatel)|balik (?:ngaji|ke kampung|ke goa) sana|cengeng (?:amat|banget)|cowok kok nangis|malu maluin aja',
    examples: [
      'stop fishing for attention',
      'such drama queens here',
      'quit whining',
      'sok suci banget',
      'muka lo kayak tembok retak',
      'dasar anak pesantren kolot',
      'dasar cewek murahan',
      'balik ngaji sana lu',
      'yaelah cengeng amat',
    ],
  },
  {
    // Round 10: belittling a member's pain or presence in plain words (MEDIUM).
    id: 'harassment.belittling',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern:
      'who cares about your(?= (?:feelings|problems|depression|story))|laughing at you(?<=(?:everyone|everybody|the whole [a-z]+|all of us)(?: in [a-z ]+)? (?:is |are )?laughing at you)|(?:lazy and weak|weak and lazy)(?<=you are (?:just )?(?:lazy and weak|weak and lazy))|stop crying about your(?= (?:depression|anxiety|problems|feelings))|sok paling(?= (?:menderita|sedih|tersakiti))|(?:seberat|sesusah|sesedih) itu(?<=hidup (?:lo|lu|kamu) (?:gak|ga|nggak|tidak) (?:seberat|sesusah|sesedih) itu)|kayak (?:lo|lu|kamu)(?= (?:harusnya|mending|pantesnya))(?<=(?:orang|cewek|cowok) kayak (?:lo|lu|kamu))|hapus akun(?= (?:aja )?(?:lah )?(?:kamu|lo|lu)\\b)|(?:roast|ngeroast|ngatain|ngejek|ngetawain)(?<=(?:made|make|bikin) (?:a )?(?:group chat|gc|grup) (?:just )?(?:to|buat|untuk) (?:roast|ngeroast|ngatain|ngejek|ngetawain))',
    examples: [
      'who cares about your feelings',
      'everyone in this thread is laughing at you',
      "Stop crying about your depression, you're just lazy and weak.",
      'sok paling menderita, hidup lo gak seberat itu kali',
      'orang kayak lo harusnya dikurung',
      'hapus akun aja lah kamu',
      'we made a group chat just to roast her outfits',
    ],
  },
];
