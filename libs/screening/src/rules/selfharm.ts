/** Self-harm: current self-harm, the urge, relapse; and injuries that make it an emergency. */

import type { RuleSpec } from '../types';

const sh = (id: string, pattern: string, examples: string[], extra: Partial<RuleSpec> = {}): RuleSpec => ({
  id: `self_harm.${id}`,
  kind: 'self_harm',
  category: 'self_harm',
  person: 'auto',
  pattern,
  examples,
  ...extra,
});

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
      '|(?:to|as a way to|in order to) punish myself|(?:buat|untuk|biar|sebagai) (?:ngehukum|menghukum|hukuman buat|hukuman untuk|nyiksa|menyiksa) (?:diri|badan)(?:ku| sendiri| aku)?',
    [
      "I've started cutting again, it's the only thing that helps.",
      'i relapsed and self harmed',
      'fresh cuts on my thigh',
      'I cut my arm',
    ],
  ),
  sh(
    'too_deep',
    '(?:i|i just|just|i think i|accidentally) cut (?:too |way too |really |so |very )?deep(?:er)?(?: this time)?|(?:cut|cuts|cutting) (?:way )?too deep',
    ['I cut too deep this time.'],
  ),
  sh(
    'current.id',
    '(?:nyilet|menyilet|silet|siletin|nyayat|menyayat|sayat|sayatin|ngiris|mengiris|iris|irisin|gores|goresin|ngegores|menggores|nyakar|nyakarin|mencakar|cakar|cakarin|nyundut|sundut|menyundut|ngebakar|bakar|gigit|gigitin) ' +
      BODY_ID +
      '(?: (?:pakai|pake|pakek|dengan|make) (?:silet|cutter|pisau|gunting|kaca|rokok|korek|jarum|peniti|pecahan kaca))?(?: lagi| terus| sampai berdarah| sampe berdarah)?',
    ['Aku mulai nyilet tangan lagi, cuma itu yang bikin lega.', 'nyayat lengan pake cutter'],
  ),
  sh(
    'until_bleeding',
    '(?:garuk|garukin|menggaruk|ngegaruk|nyakar|mencakar|cakar|cubit|nyubit|gigit|gigitin|pukul|mukul|mukulin|nonjok|jedotin|benturin|scratch|scratched|scratching|pinch|pinched|bite|bit|hit|punch|punched) (?:my |the )?(?:tangan|lengan|paha|kulit|badan|kaki|perut|pergelangan|kepala|muka|wajah|leher|dada|jari|arm|arms|legs|thighs|skin|wrists|face|head)(?:ku| aku| gue| sendiri)? (?:sampai|sampe|hingga|until|till|til)(?: they| it)? (?:berdarah|luka|lebam|memar|biru|bleed|bleeds|bled|bruise|bruised|bleeding)',
    ['Kadang malam-malam aku garuk lenganku sampai berdarah.', 'I scratch my arms until they bleed'],
  ),
  sh(
    'reflexive.id',
    '(?:mukul|mukulin|memukul|pukul|pukulin|nampar|nampar nampar|tampar|jedotin|jedukin|benturin|membenturkan|ngebenturin|nyakitin|menyakiti|sakitin|melukai|ngelukain|lukain|nyubit|nyubitin|ninju|nonjok|nyiksa|menyiksa|siksa) (?:diri|badan|kepala|muka)(?:ku| aku| gue)?(?: sendiri| ke tembok| ke dinding| ke lantai)|(?:jedotin|jedukin|benturin|membenturkan|ngebenturin) (?:kepala|jidat|dahi)(?:ku| aku)? (?:ke|di) (?:tembok|dinding|lantai|meja|pintu)|(?:melukai|ngelukain|lukain|nyakitin|menyakiti|sakitin) diri(?:ku| sendiri)?',
    ['Aku suka mukul kepala sendiri kalau panik.', 'aku nyakitin diri sendiri lagi'],
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
      '(?:a lot of|so much|too much|lots of|loads of|a pool of) blood|(?:bleeding|bleed|bled) (?:a lot|so much|heavily|badly|too much|everywhere|nonstop|wont stop|and it wont stop|doesnt stop)|(?:cant|cannot|couldnt|can not) stop (?:the )?(?:bleeding|blood)|cut (?:myself )?(?:really |so |very |too )?(?:badly|bad|deeply)|(?:need|needs|might need|probably need) stitches|cut (?:too )?deep|(?:darah|darahnya|dara) (?:banyak|banyak banget|ngucur|mengucur|muncrat|(?:{NEG}) (?:mau |bisa )?berhenti|(?:{NEG}) berhenti berhenti|terus keluar|keluar terus|netes terus|di mana mana|dimana mana)|(?:wont|will not|doesnt|does not|cant|cannot|wouldnt) stop bleeding|(?:terlalu|kedalaman|kedaleman) (?:dalam|dalem)|(?:berdarah|pendarahan) (?:banyak|parah|terus|hebat|gak berhenti|nggak berhenti)|(?:perlu|butuh|harus) (?:dijahit|jahitan)|(?:sayatannya|lukanya|sayatan|luka) (?:dalam|dalem) (?:banget|sekali)?',
    examples: ['there is a lot of blood', 'darahnya banyak', "the bleeding won't stop"],
  },
];
