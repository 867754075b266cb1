/** Harassment of another member: insults, slurs, exclusion, telling someone to die. */

import type { RuleSpec } from '../types';

const INSULT_EN =
  'worthless|pathetic|loser|idiot|stupid|dumb|dumbass|moron|crybaby|cry baby|freak|weirdo|ugly|fat|fatass|fat ass|attention seeker|attention seeking|attention whore|drama queen|retard|retarded|bitch|slut|whore|trash|garbage|disgusting|coward|psycho|waste of (?:space|oxygen|air|skin)|piece of (?:shit|crap|trash|garbage)|failure|joke|embarrassment|snowflake|clown|parasite|burden|useless|pig|cow|scum|creep|faggot|fag|sissy|liar|faker|spoiled brat|brat|attention hog';
const INSULT_ID =
  'bodoh|goblok|goblog|tolol|bego|begok|dungu|idiot|cengeng|lebay|lebai|caper|baperan|manja|lemah|pecundang|sampah|jelek|gendut|gembrot|buluk|dekil|anjing|anjg|ajg|asu|bangsat|bgst|babi|monyet|kampret|brengsek|bajingan|keparat|tai|tahi|(?:gak|nggak|ga|tidak) berguna|(?:gak|nggak|ga) guna|(?:gak|nggak|ga|tidak) ada gunanya|munafik|norak|alay|kampungan|lonte|pelacur|jablay|perek|sinting|autis|cacat|banci|bencong|otak udang|beban(?: keluarga| doang| aja)?|parasit|sok (?:asik|suci|pinter|pintar|iye|paling|kuat|bener|keren|cantik|ganteng)|penyakitan|sakit jiwa|(?:gak|nggak|ga|tidak) waras|(?:gak|nggak|ga|tidak) tau diri|(?:gak|nggak|ga|tidak) tahu diri|menjijikkan|menjijikan|jijik|bacot|pencari perhatian|cari perhatian|drama queen|pembohong|pengecut|lemah mental|mental tempe|mental kerupuk|anak haram|anak setan|haram jadah|sialan|bangke|bangkai|kontol|memek|ngentot|jancok|jancuk|setan|iblis|sundal|pelakor|orang gila|tukang caper|tukang drama|tukang ngeluh|lemot';

export const HARASSMENT_RULES: RuleSpec[] = [
  {
    id: 'harassment.insult.en',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern: `(?:you are|you|your|ya|u|yall|you all|you guys) (?:(?:a|an|such a|so|the|most|biggest|fucking|fckin|fking|damn|really|totally|complete|total|just|such|pathetic|stupid|worthless|little|absolute|literally|nothing but|an absolute) )*(?:(?:annoying|ugly|fat|dumb|stupid|weird|useless|pathetic|lazy|fake|dramatic|needy|whiny|clingy) and )?(?:${INSULT_EN}|annoying|whiny|needy|clingy|dramatic)(?! (?:to me|for me|at (?:this|it|math|english|cooking)|sometimes|too|like me|either))|(?:people like you|someone like you|you) (?:deserve|deserves) (?:to (?:be bullied|die|suffer|be alone|be hurt|be hated)|it|everything bad|all of it|what you get)|(?:shut up|stfu|shut your mouth)(?: you| already)?(?: (?:${INSULT_EN}))?|go cry about it|go touch grass|(?:nobody|no one|noone) (?:here )?(?:likes|wants|cares about|needs|asked|gives a (?:shit|damn) about) you|(?:nobody|no one) (?:here )?(?:cares|asked|gives a (?:shit|damn)) (?:about )?(?:your|ur) (?:sob story|sob stories|problems|feelings|drama|opinion|story|life|whining|crying)|(?:everyone|we all|everybody) (?:here )?(?:hates|hate|is sick of) you|(?:get a life|grow up|man up|toughen up)(?: already)?,? (?:you )?(?:${INSULT_EN})`,
    examples: [
      "You're a worthless crybaby, leave this group.",
      'nobody here likes you',
      'you are so pathetic',
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
    id: 'harassment.vocative',
    kind: 'harassment',
    category: 'harassment',
    person: 'none',
    pattern: `, (?:you |ya |dasar |lo |kamu |kau )?(?:${INSULT_EN}|${INSULT_ID})(?=$|[.!?;])`,
    examples: ['Stop crying and get out of here, loser.', 'Berhenti nangis dan pergi dari sini, pecundang.'],
  },
  {
    id: 'harassment.exclusion',
    kind: 'harassment',
    category: 'harassment',
    person: 'imperative',
    pattern:
      '(?:leave|get out of|get off|go away from|get lost from|quit|stay out of) (?:this|the|our|my) (?:group|forum|chat|thread|place|server|community|site)|(?:get lost|gtfo|fuck off|piss off|nobody asked)(?=$|[ .,!?;])|get out of here(?=$|[.,!?;])|get out(?= ?(?:$|[.!?;]| now| already))|(?:keluar|pergi|minggat|cabut|enyah|out) (?:aja |saja |sana |lo |kamu |deh |dah )*(?:dari|dr) (?:grup|group|forum|sini|komunitas|thread|obrolan)(?: ini)?|(?:pergi|minggat|enyah) (?:aja |saja )?(?:sana|lo|kamu|dari sini)(?=$|[ .,!?;])',
    examples: ['leave this group', 'Keluar aja dari grup ini.', 'get lost'],
  },
  {
    id: 'harassment.death_wish',
    kind: 'harassment',
    category: 'harassment',
    person: 'imperative',
    pattern:
      '(?:just |go |pls |please |then |so )?(?:kill yourself|kil yourself|kill urself|kill your self|go die|go kill yourself|just die|drop dead|hang yourself|neck yourself|die already|unalive yourself|cut (?:yourself|urself|deeper)|jump off a (?:bridge|cliff|building|roof)|go jump off (?:a |the )?(?:bridge|cliff|building|roof))|(?:you should|you need to|you ought to|why dont you|you might as well|u should|maybe you should|do us a favor and) (?:just |go |really )?(?:die|kill yourself|disappear|hang yourself|jump off|not exist|end it|end your life|stop breathing)|(?:mati|mampus|modar|bunuh diri|gantung diri)(?: aja| saja| ajalah| deh)? (?:sana|lo|kamu|kau|lah lo)(?=$|[ .,!?;])|(?:mending|mendingan|lebih baik|sebaiknya) (?:lo|kamu|kau) (?:mati|bunuh diri|gak usah hidup|gak usah ada|nggak usah hidup|lenyap|ilang|gantung diri)|(?:lo|kamu|kau) (?:mati|bunuh diri|mampus|gantung diri) (?:aja|saja|sana|deh)|(?:no one|nobody) (?:would|will) (?:miss|care about|notice) you(?: if you (?:died|were gone|disappeared|killed yourself))?|(?:{NEG}) ada yang (?:bakal |akan )?(?:peduli|kangen|sedih|nyariin) (?:kalau|kalo) (?:lo|kamu|kau) (?:mati|gak ada|nggak ada|bunuh diri|ilang)',
    examples: [
      'kys',
      'Just kill yourself already.',
      'mati aja lo',
      'mending lo mati',
      'nobody would miss you if you died',
    ],
    // Telling someone to hurt themselves is also unsafe advice.
    also: ['unsafe'],
  },
];
