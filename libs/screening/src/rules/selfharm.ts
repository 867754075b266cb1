/** Self-harm: current self-harm, the urge, relapse; and injuries that make it an emergency. */

import type { RuleSpec } from '../types';
import { ruleFamily } from './family';

const sh = ruleFamily('self_harm', { kind: 'self_harm', category: 'self_harm', person: 'auto' });

const BODY_ID =
  '(?:tangan|lengan|paha|kulit|badan|kaki|perut|pergelangan|kepala|muka|wajah|leher|dada|jari|pundak|bahu|pinggang|betis)(?:ku| aku| gue| saya| sendiri)?';
const BODY_EN =
  '(?:arm|arms|thigh|thighs|leg|legs|skin|wrist|wrists|stomach|hip|hips|body|chest|shoulder|shoulders|ankle|ankles)';
/** Things people cut that are not themselves. */
const EXCL =
  '(?! (?:the|a|an|this|that|it|them|him|her|class|classes|school|ties|corners|my hair|hair|off|back|down|up|out|costs|carbs|sugar|in line|onions|paper|wood|grass|vegetables|meat|bread|people|friends|contact))';

export const SELF_HARM_RULES: RuleSpec[] = [
  sh(
    'current.en',
    '(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|hurts|harm|harming|hit|hitting|punch|punching|scratch|scratching|scratched|bite|biting|starve|starving|bruise|bruising|carve|carving|pinch|pinching) myself(?! (?:playing|while|during|at the gym|lifting|running|skating|cooking|by accident|accidentally|on (?!purpose)|in the kitchen|with a knife while))',
    ['I hurt myself again last night.', "I've been cutting myself for months", 'i starve myself'],
  ),
  sh(
    'selfharm.en',
    '(?:urges? to|want to|need to|tempted to|used to|would|thinking (?:about|of)|cant stop|started|start|starting|back to|went back to|going back to|relapsed(?: into| on| and)?|craving|crave|miss) (?:self harm(?:ing|ed)?|cutting|cut|hurting myself|harming myself|burning myself)' +
      EXCL +
      '|(?:i|i still|i sometimes|i often|i always|i have been|been|keep|kept|still|do|also|secretly) (?:self harm(?:ing|ed)?|cutting)' +
      '|(?:i|i still|been|keep|still|also|secretly|started|relapsed|back to|urge to|want to|need to) sh(?= |$|[.,!?;])' +
      EXCL +
      '|(?:self harm(?:ing)?|sh|cutting|cut) (?:again|every (?:day|night)|last night|today|yesterday|this (?:week|morning)|tonight|lately|recently|daily|more and more|deeper)|(?:self harm|self harming|cutting) (?:is|was|has been) the only (?:thing|way)|relaps(?:ed|e|ing)(?= (?:[a-z0-9]+ ){0,6}(?:clean |free )?(?:from|of|on|into|with) (?:self harm|sh|cutting|self injury))|(?:self harm|sh|cutting) relapse|(?:new|fresh) (?:cuts|burns)(?= (?:on|in) my (?:arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach|hip|hips|skin))|(?:fresh|bleeding) (?:cuts|wounds)|(?:cut|slice|carve|burn|scratch|cutting|slicing|carving|burning|scratching|sliced|carved|burned|burnt|scratched) (?:into )?my ' +
      BODY_EN +
      '(?! (?:on|while|cooking|by accident|accidentally|in the kitchen|at work|at the gym|ironing))' +
      '|(?:took|take|taking|put|putting|held|hold|holding) (?:a |the |my )?(?:razor|blade|knife|lighter|cutter|scissors|compass|pencil sharpener blade) to my ' +
      BODY_EN +
      '|(?<!(?:a|the|small|little|paper|tiny) )(?:cut|cuts) (?:on|into|up) my (?:arm|arms|thigh|thighs|wrist|wrists|hip|hips|stomach)(?= ?(?:$|[.,!?;]|again|yesterday|today|last night|tonight|this morning))' +
      '|(?:to|as a way to|in order to) punish myself|(?:buat|untuk|biar|sebagai) (?:ngehukum|menghukum|hukuman buat|hukuman untuk|nyiksa|menyiksa) (?:diri|badan)(?:ku| sendiri| aku)?',
    [
      "I've started cutting again, it's the only thing that helps.",
      'i relapsed and self harmed',
      'fresh cuts on my thigh',
      'I cut my arm',
      'took a blade to my thigh after the call',
      'relapsed. cut on my thigh last night',
    ],
  ),
  sh(
    'too_deep',
    '(?:i|i just|just|i think i|accidentally) cut (?:(?:too|way|much|far|a lot|really|so|very) )*deep(?:er)?(?: this time| than)?|(?:cut|cuts|cutting) (?:(?:way|much|far|a lot) )*(?:too deep|deeper than)',
    ['I cut too deep this time.', 'cut way deeper than usual tonight'],
  ),
  sh(
    'current.id',
    '(?:nyilet|menyilet|silet|siletin|nyayat|menyayat|sayat|sayatin|ngiris|mengiris|iris|irisin|gores|goresin|ngegores|menggores|nyakar|nyakarin|mencakar|cakar|cakarin|nyundut|sundut|menyundut|ngebakar|bakar|gigit|gigitin) ' +
      BODY_ID +
      '(?: (?:pakai|pake|pakek|dengan|make) (?:silet|cutter|pisau|gunting|kaca|rokok|korek|jarum|peniti|pecahan kaca))?(?: lagi| terus| sampai berdarah| sampe berdarah)?',
    ['Aku mulai nyilet tangan lagi, cuma itu yang bikin lega.', 'nyayat lengan pake cutter'],
  ),
  sh(
    'object_first.id',
    // The body part first: "tangan gw udh gw silet", "pahaku kusayat lagi".
    BODY_ID +
      ' (?:udah |udh |sudah |barusan |tadi )?(?:aku |gue |ku|saya )?(?:silet|siletin|sayat|sayatin|iris|irisin|gores|goresin|sundut|cakar|cakarin)(?= ?(?:$|[.,!?;]| (?:lagi|pake|pakai|pakek|dalem|dalam|sampai|sampe|terus)))',
    ['tangan gw udh gw silet dalem bgt', 'pahaku kusayat lagi semalam'],
  ),
  sh(
    'verb_again.id',
    // "aku sayat lagi", "ngelakuin lagi pake silet": doing it again, or with a blade.
    '(?:aku|gue|saya|ku) (?:sayat|silet|iris|gores|sayatin|siletin)(?= (?:lagi|tangan|lengan|paha|pergelangan))|(?:ngelakuin|lakuin|ngelakuinnya|melakukannya|lakukan|did it|do it|done it)(?: itu| lagi| again)? (?:pake|pakai|pakek|with|using) (?:a |the |my )?(?:silet|cutter|pisau|razor|blade|knife|gunting|kaca|beling)|(?:ngelakuin|lakuin|ngelakuinnya|melakukannya|lakukan|did it|done it)(?: itu)? (?:lagi|again)(?<=(?:bersih|berhenti|clean|stopped|free)(?: dari| from| of)? (?:nyilet|sh|self harm|ngelukain diri|nyakitin diri|cutting)\\b[^.!?]{0,90})',
    [
      'bekas lama kebuka, aku sayat lagi di tempat yang sama',
      'setahun bersih dari nyilet, tapi tadi aku ngelakuin lagi',
    ],
  ),
  sh(
    'until_bleeding',
    '(?:garuk|garukin|menggaruk|ngegaruk|nyakar|mencakar|cakar|cubit|nyubit|gigit|gigitin|pukul|mukul|mukulin|nonjok|jedotin|benturin|scratch|scratched|scratching|pinch|pinched|bite|bit|hit|punch|punched)(?: (?:mukul|pukul|nyubit|cubit|garuk|gigit))? (?:my |the )?(?:tangan|lengan|paha|kulit|badan|kaki|perut|pergelangan|kepala|muka|wajah|leher|dada|jari|arm|arms|legs|thighs|skin|wrists|face|head)(?:ku| aku| gue| sendiri)?(?: sendiri)?(?: [a-z]+){0,4}? (?:sampai|sampe|hingga|until|till|til)(?: they| it)?(?: are| were| is| was| turn| go)? (?:berdarah|luka|lebam|memar|biru|bengkak|bleed|bleeds|bled|bruise|bruised|bleeding|purple|raw|black and blue|swollen)',
    [
      'Kadang malam-malam aku garuk lenganku sampai berdarah.',
      'I scratch my arms until they bleed',
      'aku mukul-mukul kaki sendiri pakai hanger sampai memar',
      "I hit my legs with a belt until they're black and blue",
    ],
  ),
  sh(
    'punching_objects',
    // Hitting a wall or a mirror until the hand is hurt: "punching the wall till my knuckles bleed".
    '(?:punch|punching|punched|hit|hitting|smash|smashing|smashed|slam|slamming|ninju|ninjuin|nonjok|nonjokin|tonjok|mukul|mukulin|pukul|mecahin) (?:the |a |my )?(?:wall|walls|mirror|door|window|glass|tembok|dinding|cermin|kaca|pintu|lemari|kaca jendela)(?: [a-z]+){0,3}? (?:till|until|til|sampai|sampe|hingga)(?: [a-z]+){0,3}? (?:bleed|bleeds|bled|bleeding|bloody|broke|broken|bruised|swollen|split|berdarah|robek|sobek|luka|lecet|bengkak|memar|retak|patah)',
    ['been punching walls until my knuckles split', 'gue nonjok tembok sampe tangan berdarah'],
  ),
  sh(
    'reflexive.id',
    '(?:mukul|mukulin|memukul|pukul|pukulin|nampar|nampar nampar|tampar|jedotin|jedukin|benturin|membenturkan|ngebenturin|nyakitin|menyakiti|sakitin|melukai|ngelukain|lukain|nyubit|nyubitin|ninju|nonjok|nyiksa|menyiksa|siksa) (?:diri|badan|kepala|muka)(?:ku| aku| gue)?(?: sendiri| ke tembok| ke dinding| ke lantai)|(?:jedotin|jedukin|benturin|membenturkan|ngebenturin) (?:kepala|jidat|dahi)(?:ku| aku)? (?:ke|di) (?:tembok|dinding|lantai|meja|pintu)|(?:melukai|ngelukain|lukain|nyakitin|menyakiti|sakitin) diri(?:ku| sendiri)?',
    ['Aku suka mukul kepala sendiri kalau panik.', 'aku nyakitin diri sendiri lagi'],
  ),
  sh(
    'head.en',
    '(?:hit|hitting|bang|banging|slam|slamming|smash|smashing|knock|knocking|bash|bashing) my head (?:against|on|into) (?:the |a |my )?(?:wall|walls|floor|door|desk|table|mirror|headboard)',
    ['i keep banging my head against the wall when it gets loud'],
  ),
  sh(
    'selfharm.id',
    '(?:aku|gue|saya|masih|mulai|sering|suka|lagi|pengen|ingin|mau|abis|habis|barusan|tadi|kemarin|semalam|kambuh|balik|kumat) sh(?= |$|[.,!?;])|(?:aku|gue|saya|masih|mulai|sering|suka|lagi|pengen|ingin|mau|kepengen|pingin|abis|habis|baru|barusan|tadi|kemarin|semalam|kambuh|balik|kumat|bisa berhenti|dorongan buat|dorongan untuk|keinginan buat|keinginan untuk|pengen banget|relapse|kebiasaan|candu) (?:self harm|nyilet|nyayat|menyilet|menyayat|cutting|ngelukain diri|melukai diri|nyakitin diri|nyakitin diri sendiri|melukai diri sendiri)|(?:self harm|sh|nyilet|nyayat|cutting) (?:lagi|terus|tiap hari|setiap hari|tiap malam|semalam|tadi|kemarin|hari ini|minggu ini)|(?:kambuh|relapse|gagal berhenti)(?= (?:[a-z0-9]+ ){0,5}(?:self harm|sh|nyilet|nyayat)(?:$| |[.,!?;]))|(?:bikin|ada|penuh|nambah|nambahin) barcode(?: lagi| baru)?|barcode (?:di tangan|di lengan|di paha|baru)',
    ['gue sh lagi semalam', 'pengen nyilet', 'tanganku penuh barcode'],
  ),
  sh(
    'other',
    '(?:cut|cuts|cutting|burn|burns|burning|hurt|hurts|hurting|harm|harms|harming|starve|starves|starving|hit|hits|hitting|scratch|scratches|scratching) (?:herself|himself|themselves|themself)(?! (?:by accident|accidentally|while|playing|cooking))|(?:she|he|they) (?:has been |have been |is |are |keeps |started |still )?(?:self harming|self harms|cutting again)|(?:nyilet|nyayat|menyilet|menyayat|nyakitin|melukai|ngelukain) (?:tangan|lengan|paha|diri)(?:nya)?(?: sendiri)?',
    ['My roommate has been cutting herself.', 'Adikku suka nyilet tangannya.'],
    { person: 'other' },
  ),
  // ---- Emergencies: heavy bleeding, deep wounds (a component: with self-harm or a method -> CRISIS)
  {
    id: 'self_harm.injury',
    kind: 'injury',
    category: 'self_harm',
    person: 'none',
    pattern:
      '(?:a lot of|so much|too much|lots of|loads of|a pool of) blood|(?:bleeding|bleed|bled) (?:a lot|so much|heavily|badly|too much|everywhere|nonstop|wont stop|and it wont stop|doesnt stop)|(?:cant|cannot|couldnt|can not) stop (?:the )?(?:bleeding|blood)|cut (?:myself )?(?:really |so |very |too )?(?:badly|bad|deeply)|(?:need|needs|might need|probably need) stitches|cut (?:too )?deep|(?:darah|darahnya|dara) (?:banyak|banyak banget|ngucur|mengucur|muncrat|(?:{NEG}) (?:mau |bisa )?berhenti|(?:{NEG}) berhenti berhenti|terus keluar|keluar terus|netes terus|di mana mana|dimana mana)|(?:wont|will not|doesnt|does not|cant|cannot|wouldnt) stop bleeding|(?:terlalu|kedalaman|kedaleman) (?:dalam|dalem)|(?:berdarah|pendarahan) (?:banyak|parah|terus|hebat|gak berhenti|nggak berhenti)|(?:perlu|butuh|harus) (?:dijahit|jahitan)|(?:sayatannya|lukanya|sayatan|luka) (?:dalam|dalem) (?:banget|sekali)?|(?:silet|sayat|iris|nyilet|nyayat|sayatan)(?:nya)? (?:terlalu )?(?:dalam|dalem)|darah(?:nya)?(?=(?: [a-z]+){1,4} (?:terus|(?:{NEG}) (?:bisa |mau )?berhenti))|(?:spurting|gushing|pouring|pumping|squirting)(?<=blood (?:is |keeps |was )?(?:spurting|gushing|pouring|pumping|squirting))|(?:spurting|gushing|pouring) (?:out )?blood|(?:soaked|drenched|merah semua|basah darah|penuh darah|full of blood|covered in blood)(?<=(?:towel|towels|shirt|sheets|tissues?|bandage|handuk|kaos|seprai|perban)(?:nya)?(?: is| are| was| udah| sudah)?(?: already)? (?:soaked|drenched|merah semua|basah darah|penuh darah|full of blood|covered in blood))|(?:dizzy|lightheaded|light headed|faint)(?<=(?:getting|feeling|feel|am) (?:really |so |very |kinda )?(?:dizzy|lightheaded|light headed|faint))|(?:gaping|menganga)',
    examples: [
      'there is a lot of blood',
      'darahnya banyak',
      "the bleeding won't stop",
      'darah netes ke lantai terus',
      'the towel is soaked through',
      "it's gaping open",
    ],
  },
  // ---- Round 6: self-harm as punishment, frightening thoughts about hurting oneself, more wound signs.
  sh(
    'punish',
    'as (?:a )?punishment(?<=(?:cutting|cut|cuts|starving|starve|burning|burn|hitting myself|hurting myself|scratching)(?: myself| me)?(?: [a-z]+){0,4} as (?:a )?punishment)|sengaja(?= (?:{NEG}) makan[^.!?]{0,50}(?:hukum|pantes dapet|pantas dapat|pantes dihukum|pantas dihukum|layak dihukum))|(?:aneh aneh|macem macem|macam macam)(?<=(?:kepikiran|pikiran) (?:yang )?(?:aneh aneh|macem macem|macam macam))(?=(?: [a-z]+){0,2} (?:ke|sama|buat|untuk) diri (?:sendiri|aku|gue))|(?:hurting|cutting|harming) myself(?<=(?:scary|weird|dark|intrusive) (?:thoughts|thinking) (?:of|about) (?:hurting|cutting|harming) myself)',
    [
      'been starving and then cutting as punishment when i eat',
      'udah 3 hari sengaja ga makan, biar badan aku ngerasain hukuman',
      'tiap liat pisau dapur suka kepikiran aneh2 ke diri sendiri',
    ],
  ),
  {
    id: 'self_harm.injury.more',
    kind: 'injury',
    category: 'self_harm',
    person: 'none',
    pattern:
      'blood everywhere|blacking out|passing out|split (?:it )?open|(?:peeling|coming off|melting)(?<=skin (?:is )?(?:peeling|coming off|melting))|mana mana(?<=(?:darah|darahnya) (?:di )?mana mana)|(?:berbayang|berkunang kunang)|muntah muntah|(?:bocor|sobek)(?<=kepala(?:ku| aku| gue)? (?:bocor|sobek))',
    examples: [
      "there's blood everywhere, im kinda blacking out",
      'the skin is peeling off and white',
      'sekarang pandangan aku berbayang dan muntah2 terus',
    ],
  },
  // ---- Round 7: self-harm just done and its wounds, in Indonesian and mixed words.
  sh(
    'just_done',
    '(?:sayat|silet|iris|potong)(?<=(?:aku|gue|gw|saya|barusan|tadi) (?:barusan |tadi |udah )?(?:sayat|silet|iris|potong))(?= (?:paha|tangan|lengan|pergelangan|kulit|perut)(?:ku| aku| gue)?)|pake silet(?<=(?:barusan|tadi|baru aja) pake silet)|(?:tonjok|tonjokin|pukul|pukulin|tampar|tamparin|jambak|jambakin|cakar|cakarin) (?:muka|kepala|pipi|rambut|badan|perut)(?:ku)? (?:gue |aku |saya )?sendiri|burning my (?:arm|forearm|wrist|thigh|skin|hand|leg)s?(?= with)|luka (?:sayatan )?baru(?= di (?:paha|lengan|tangan|pergelangan))',
    [
      'barusan gw sayat paha dalem',
      'tadi gw potong tangan terlalu dalem',
      'darah ngucur, barusan pake silet',
      'gue tonjok muka gue sendiri',
      'aku jambakin rambut sendiri sampe rontok',
      "I've been burning my forearm with a lighter",
      'I relapsed. 4 luka baru di paha',
    ],
  ),
  // "This time" is now, whatever the earlier sentences say about months clean.
  sh(
    'this_time',
    'this time i (?:used|took|grabbed|cut with) (?:the|a|my) (?:blade|razor|cutter|knife|silet)|kali ini (?:aku|gue|gw) (?:pake|pakai) (?:silet|cutter|pisau)',
    ["This time I used the blade from my dad's razor", 'kali ini gue pake silet'],
    { temporal: false },
  ),
  {
    id: 'self_harm.injury_mixed',
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
  // ---- Round 8: self-harm with small implements and "substitutes", on purpose, until it bleeds; the
  // wounds of a cut or a burn just made (CRISIS with the self-harm).
  sh(
    'implement.en',
    `(?:digging|dug|pressing|pressed|carving|carved|scraping|scraped|dragging|dragged)(?= (?!its |his |her |their )(?:the |a |my )?(?:[a-z]+ ){0,2}(?:into|on|onto|across|against) my ${BODY_EN}(?! by accident| accidentally))|(?:compass|blade|blades|sharpener|razor|razors|needle|safety pin|lighter)(?:(?<=(?:doing|did|do|started|starting|been doing|back to) (?:the )?(?:thing|stuff) with (?:the |a |my )?(?:compass|blade|sharpener|razor|needle|safety pin|lighter))|(?<=(?:rubber band|band thing).{0,80} to (?:the |a |my )?(?:[a-z]+ ){0,3}(?:compass|blade|blades|sharpener|razor|razors))(?<=(?:switched|switch|gone back|went back|back|moved|moving).{0,100}))|(?:bleeds?|bled)(?<=(?:picking|biting|scratching|pinching|pulling|digging) (?:at )?(?:the )?(?:inside of )?my (?!nails|fingernails|lips|cuticles)[a-z]+(?: [a-z]+)? (?:till|until|til) (?:it|they) (?:bleeds?|bled))|(?:on purpose|deliberately)(?<=(?:pressed|press|put|held|burned|burnt|burn|poured|touched) (?:the |a |my )?(?:[a-z]+ ){0,2}(?:on|onto|against|over|to) my ${BODY_EN}(?: [a-z]+){0,2} (?:on purpose|deliberately))|that deep(?<=(?:go|went|cut) that deep)(?! into| in )|too deep(?<=(?:went|cut|gone|go) too deep)(?= this time| tonight| ?(?:$|[.,!]))|deeper than(?<=went (?:way |much |a lot |too )?deeper than)(?= (?:usual|ever|before|last time)(?! into| in ))|as (?:a )?punishment(?<=not eating (?:for [a-z0-9]+ days )?as (?:a )?punishment)`,
    [
      'been digging my nails into my arms every night',
      'i started doing the thing with the compass again',
      'the rubber band stopped working so i switched to the blade',
      'picking at my skin till it bleeds',
      'held the lighter to my wrist on purpose',
      'i didnt mean to go that deep',
      'i went too deep this time',
      'went way deeper than usual tonight',
      'not eating for 2 days as punishment',
    ],
  ),
  sh(
    'implement.id',
    `(?:berdarah|memar|lecet|copot|biru|melepuh)(?<=(?<!(?:gatal|gatel|nyamuk|alergi|eksim|biduran|kutu)[^.!?]{0,60})(?:nyubit|nyubitin|cubit|cubitin|ngelupas|ngelupasin|kelupas|jambak|jambakin|nyakar|cakar|cakarin|garuk|ngegaruk|gigit|gigitin|ngeruk|kerok)[^.!?]{0,40}(?:sampai|sampe) (?:berdarah|memar|lecet|copot|biru|melepuh))|(?:serutan|jangka|peniti|silet|cutter|beling|pecahan kaca|jepit rambut)(?<=${BODY_ID}[^.!?]{0,40}(?:pake|pakai|pakek|dengan) (?:mata )?(?:serutan|jangka|peniti|silet|cutter|beling|pecahan kaca|jepit rambut))(?<!(?:kena|ketusuk|kegores|sengaja|ga sengaja|gak sengaja|nggak sengaja|prakarya|motong|potong)[^.!?]{0,60})|(?:goresan|garis|sayatan)(?<=${BODY_ID}[^.!?]{0,30}(?:penuh|banyak) (?:bekas )?(?:goresan|garis|sayatan))(?! (?:kucing|cakaran|duri|ranting|kuku kucing))|sayatan(?:nya|ku)?(?= (?:dalem|dalam|baru|lagi))|sengaja(?= (?:nyiram|siram|nyiramin|nempelin|nyundut|sundut|ngebakar|bakar|nyetrika|setrika) ${BODY_ID}| (?:gak|ga|nggak|tidak|ora) (?:makan|mangan)[^.!?]{0,40}(?:biar|supaya|ben) (?:[a-z]+ )?(?:sakit|mati|ilang|hilang|lemes|mampus)(?! (?:perut|gigi|maag|kepala|tenggorokan)))|(?:hukum|ngehukum|menghukum) diri(?=(?: sendiri)? (?:pake|pakai|dengan) (?:jepit|silet|cutter|rokok|korek|setrika|sabuk|ikat pinggang|kabel|air panas|peniti|jarum|pisau|karet))|(?:kaca|cermin)(?<=(?:mukul|nonjok|tonjok|ninju) (?:kaca|cermin))(?=(?: [a-z]+){0,3} (?:pake|pakai) tangan)(?![^.!?]{0,40}(?:latihan|karate|taekwondo|silat|demo|atraksi))|relapse(?= (?:lagi|again)(?: ?[.,!]| after| setelah| semalem| semalam| kemarin| kemaren| tadi| last))`,
    [
      'suka nyubitin lengan sampe memar',
      'aku jambak rambut sampe copot',
      'lengan aku gores pake peniti',
      'paha gue penuh bekas sayatan',
      'sayatannya dalem kali ini',
      'sengaja nyiram kaki pake air panas',
      'aku hukum diri pake jepit rambut',
      'barusan mukul kaca kamar mandi pake tangan',
      'sengaja gak makan biar sakit',
      'relapse lagi semalem',
    ],
  ),
  {
    id: 'self_harm.injury.heavy',
    kind: 'injury',
    category: 'self_harm',
    person: 'none',
    pattern:
      'wrist is(?= (?:open|split open|cut open))|blood(?= (?:is |was )?(?:all )?(?:on|over|all over) (?:the |my )?(?:floor|bed|sheets|carpet|sink|desk))|bleeding(?<=(?:wont|will not|doesnt|does not|cant|isnt) stop(?:ping)? bleeding)|(?:soaked|soaking)(?:(?<=towel is (?:soaked|soaking))|(?= (?:through|thru)))|(?:robek|sobek)(?= (?:lebar|dalem|dalam|gede))|darah(?= (?:di ?mana ?mana|dimana mana))|darahnya(?<=(?:ga|gak|nggak|tidak) (?:bisa |mau )?(?:berhenti|brenti) darahnya)|kasur(?:nya|ku)?(?= (?:udah |sudah )?merah)|putih putih(?<=(?:kelihatan|keliatan) putih putih)|(?:bigger|larger) than my(?= (?:palm|hand))|bubbly|(?:silet|cutter|pisau|serutan)(?=[^.!?]{0,40}(?:sampai|sampe) (?:dalem|dalam))|kedalaman(?<=kali ini kedalaman)',
    examples: [
      'my wrist is open',
      'there is blood all over the floor',
      'it wont stop bleeding',
      'the towel is soaked through',
      'tanganku robek lebar',
      'darah di mana mana',
      'gak bisa berhenti darahnya',
      'kasurnya udah merah',
      'the burn is bigger than my palm',
      'pake silet sampe dalem',
    ],
  },
  // ---- Round 9: self-harm told through its marks or tools ("bekas cakaran sendiri", "burn marks on
  // your wrist again", "used my razor in the shower"), someone cutting now, a wound gone too deep.
  sh(
    'marks',
    '(?:cakaran|sayatan|goresan|cubitan|gigitan) (?:aku |gue |gw |saya )?sendiri|(?:burn|cut|scratch) marks on (?:your|her|his|my) (?:wrists?|arms?|thighs?|legs?)(?=[^.!?]{0,30}\\bagain\\b)|(?:razor|blade|lighter)(?<=(?:used|using) (?:my |a |the )?(?:razor|blade|lighter))(?= (?:in the shower|on my|again|last night|tonight))|(?:she|he) is cutting(?= (?:again|and|right now|now|herself|himself))|(?:cut|cuts) (?:really |so |too |very )?deep(?= this time)(?<=(?:i|she|he|they) (?:cut|cuts) (?:really |so |too |very )?deep)|(?:go|cut|went|cutting) (?:this|that|so|too) deep(?<=(?:i did not mean|i didnt mean|did not mean|didnt mean|never meant) to (?:go|cut|went|cutting) (?:this|that|so|too) deep)',
    [
      'tangan aku penuh bekas cakaran sendiri',
      'saw the burn marks on her arm again',
      'used my razor in the shower again',
      'my roommate says she is cutting and wont stop',
      'i didnt mean to go this deep',
      'she says she cut really deep this time',
    ],
  ),
  sh(
    'injury.blood_now',
    'blood (?:coming |pouring |seeping |running )?(?:out )?(?:from )?under the door|(?:lot of|so much) blood from my (?:wrists?|arms?|legs?|thighs?)|darah (?:ngalir |keluar |ngerembes )?(?:dari )?(?:bawah|kolong) pintu|(?:everything|my vision|its) (?:is )?getting blurry|suara(?:nya)? ngelantur|(?:cant|can not|cannot) stop the bleeding|(?:the )?bleeding (?:wont|will not|doesnt|does not) stop|darah(?:nya)? (?:gak|ga|nggak|tidak) (?:mau )?berhenti|blood (?:keeps|is still|wont stop) (?:dripping|pouring|coming|running)|(?:baju|kaos|handuk|kasur|sprei|seragam)(?:ku|nya)? (?:udah |sudah )?basah (?:merah|darah|kena darah)',
    [
      'there is blood coming under the door',
      'there is a lot of blood from my wrist now',
      'everything is getting blurry',
      'dia kirim vn suaranya ngelantur',
      'she cant stop the bleeding',
      'darahnya gak berhenti',
      'blood keeps dripping on the floor',
      'bajuku udah basah merah',
    ],
    { kind: 'injury', category: undefined, person: 'none' },
  ),
  // A relapse dated last night is now, whatever "after 8 months clean" says right after it.
  sh(
    'relapse.dated',
    'relapsed(?= (?:last night|tonight|yesterday|today|this morning))',
    ['relapsed last night after 8 months clean'],
    {
      temporal: false,
    },
  ),
  // ---- Round 10: cuts told by their state ("the cuts on my wrist are fresh"), writing into the skin,
  // a cut that went too deep ("i think i hit something", "nyayatnya kedaleman"), a relapse with a blade.
  sh(
    'cuts_state',
    'fresh(?<=(?:cuts|cut|wounds|burns|scars)(?: on my (?:[a-z]+ )?' +
      BODY_EN +
      ')? (?:are|is) (?:still |so |really )?fresh)|into my ' +
      BODY_EN +
      '(?<=(?:carve|carving|carved|scratch|scratching|scratched|etch|etching|etched)(?: [a-z]+){1,2} into my ' +
      BODY_EN +
      ')|(?:something|a vein|an artery)(?<=i (?:think i )?(?:hit|nicked|cut) (?:something|a vein|an artery))(?=(?: bad| important)? ?(?:$|[.,!?;]))|(?:nyayat|nyilet|nyayatnya|nyiletnya|sayatannya)(?= (?:kedaleman|kedalaman|terlalu dalam|kedalemen))|relapsed(?=[^.!?]{0,60}(?:blade|razor|cutter|silet))',
    [
      "The cuts on my wrist are fresh so I'm wearing long sleeves",
      'I carve words into my skin with a compass',
      'blood keeps dripping and i think i hit something bad',
      'kayaknya aku nyayatnya kedaleman',
      'relapsed after 8 months clean, the blade was right there',
    ],
    { temporal: false },
  ),
];
