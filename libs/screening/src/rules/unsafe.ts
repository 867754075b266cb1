/**
 * Unsafe advice: stop your medication, take my pills, skip therapy, dangerous diets and doses,
 * drink or drugs as a cure, self-harm as a coping tip. Advice is directed at the reader: a
 * statement about the writer ("I stopped my meds") is not advice.
 */

import type { RuleSpec } from '../types';
import { ruleFamily } from './family';

const MEDS_EN =
  'meds|medication|medications|medicine|pills|antidepressants|anti depressants|ssris|ssri|lithium|prescription|psych meds|mood stabilizers|antipsychotics|sertraline|zoloft|prozac|fluoxetine|escitalopram|lexapro|insulin|beta blockers?';
const DRUGS_EN =
  'xanax|valium|benzos|benzo|adderall|klonopin|ativan|oxy|oxycodone|percs|percocet|tramadol|codeine|sleeping pills|molly|mdma|shrooms|weed|edibles|lean|ketamine|alprazolam|diazepam|clonazepam|lorazepam';
const DRUGS_ID =
  'xanax|alprazolam|riklona|clonazepam|diazepam|valium|tramadol|dextro|dekstro|pil koplo|koplo|obat penenang|obat tidur|ganja|gele|cimeng|sabu|sabu sabu|ekstasi|inex|tembakau gorila|miras|ciu|oplosan|lem aibon|lem|obat anjing|trihex|double l|pil sapi|somadril|eximer';

const unsafe = ruleFamily('unsafe_advice', {
  kind: 'unsafe',
  category: 'unsafe_advice',
  person: 'imperative',
  temporal: false,
});

export const UNSAFE_RULES: RuleSpec[] = [
  unsafe(
    'stop_meds.en',
    `(?:stop|quit|ditch|drop|skip|forget|forget about|throw away|throw out|flush|toss|get off|come off) (?:taking )?(?:your|ur|the|those|ya|all your|all those|all the) (?:${MEDS_EN})|you (?:dont|do not) need (?:your |those |any |the |all those )?(?:${MEDS_EN}|therapy|a therapist|therapists|a psychiatrist|psychiatrists|professional help|a counsellor|counselling|counseling)|(?:${MEDS_EN}) (?:are|is) (?:just )?(?:poison|toxic|bad for you|for (?:the )?weak(?: people)?|a scam|useless|making you worse|a lie|a big pharma scam)`,
    ['Just stop taking your meds, they make you worse.', "you don't need your antidepressants"],
  ),
  unsafe(
    'stop_meds.id',
    '(?:berhenti|stop|setop|brenti|udahan|hentikan|hentiin|stopin|stopkan) (?:aja |saja |deh |dulu )?(?:minum |konsumsi |makan |pakai |pake )?(?:obat|obatnya|obatmu|obat dari (?:psikiater|dokter)|obat psikiater|antidepresan)|(?:{NEG}) (?:usah|perlu) (?:minum |konsumsi |pake |pakai |makan )?(?:obat|obatnya|obatmu|antidepresan)(?: (?:dari )?(?:psikiater|dokter))?(?! (?:kok|sih|kalau|kalo|dulu kalau))|buang (?:aja |saja )?(?:obat|obatnya|obatmu|antidepresan)|(?:obat|obatnya|obatmu|antidepresan)(?: (?:dari|punya) (?:dokter|psikiater))?(?: itu| kamu| mu)? (?:{NEG}) (?:usah|perlu) (?:di ?minum|dipake|dipakai|dikonsumsi|diterusin|dilanjutin|diminum lagi)|(?:obat|antidepresan) (?:dari )?(?:psikiater|dokter)(?:nya|mu)? (?:itu )?(?:racun|bikin ketergantungan|cuma bikin (?:ketergantungan|bodoh|teler)|(?:gak|nggak|tidak) perlu|berbahaya|bahaya)',
    ['Berhenti aja minum obat dari psikiater.', 'gak usah minum obatnya', 'obat psikiater itu racun'],
  ),
  unsafe(
    'share_meds.en',
    `(?:take|try|have|pop|use|borrow) (?:some of |one of |a few of |a couple of |a |some |[0-9]+ of |two of |three of )?(?:my|these|mine|this|one of my) (?:${DRUGS_EN}|pills|meds|medication|tablets)|(?:just |try |go |you should )?(?:take|pop|try) (?:a |some |an |a few |a couple of |couple |a bunch of |a handful of |lots of |[0-9]+ )?(?:${DRUGS_EN})(?! (?:prescribed|from your doctor|as prescribed))|i (?:can|could|will|ll) (?:give|sell|send|share|get) you (?:some )?(?:of )?(?:my )?(?:${DRUGS_EN}|pills|meds)|i (?:can|could|will|ll) (?:sell|give|send) you (?:a strip|a pack|a few|some|a bottle)(?= ?(?:$|[.,!?;]| for| of))|smoke (?:a bit of |a little |some )?(?:weed|a joint|pot)(?= ?(?:$|[.,!?;]| before| when| to| and| every))`,
    [
      'Forget therapy, just take some of my Xanax, works every time.',
      'i can sell you some adderall',
      'take 2 of my tramadol, works better than anything',
      'smoke a bit of weed before the exam',
    ],
  ),
  unsafe(
    'share_meds.id',
    `(?:minum|coba|cobain|pake|pakai|telen|nelen|makan|konsumsi|pinjem|pinjam) (?:aja |saja |deh |dulu )?(?:obat|pil|tablet)(?: (?:penenang|tidur|anti ?depresan|penghilang rasa sakit|depresi))? (?:punya(?:ku| aku| gue| saya)|dari (?:aku|gue|saya)|aku|gue)|(?:minum|coba|cobain|pake|pakai|telen|nelen|konsumsi|isap|hisap|nyoba|nyobain|makan) (?:aja |saja |deh |dulu )?(?:${DRUGS_ID})(?! (?:sesuai resep|dari dokter|sesuai anjuran))|(?:aku|gue|saya) (?:bisa |mau |bakal |nanti )?(?:kasih|kasihin|bagi|bagiin|jual|jualin|kirimin|kirim|beliin|kasi) (?:kamu |lo |kau )?(?:obat|pil|${DRUGS_ID})|(?:coba|cobain|mending|mendingan|lebih baik) (?:aja |deh |saja )?(?:ngelem|nge lem|ngefly|mabok|mabuk|ngobat|nyimeng|ngeganja|nyabu|ngevape|nge vape|ngepil|ngoplos|minum (?:alkohol|miras|bir|anggur|ciu|vodka|oplosan))`,
    [
      'Nggak usah ke psikolog, minum aja obat penenang punyaku, pasti mempan.',
      'coba aja riklona',
      'gue bisa kasih lo obat tidur',
      'coba aja ngelem, bikin tenang',
      'mending nge-vape sama minum anggur tiap malem',
    ],
  ),
  unsafe(
    'avoid_help.en',
    '(?:stop|quit) (?:going to|seeing|talking to) (?:therapy|your therapist|the therapist|a therapist|therapists|the psychologist|your psychologist|counselling|counseling|the counsellor|your counsellor|your psychiatrist|the psychiatrist)|(?:forget|skip|ditch|screw|fuck|forget about) (?:about )?(?:therapy|therapists?|your therapist|counselling|counseling|psychiatrists?|your psychiatrist|the psychologist|psychologists?|professional help|the counsellor|counsellors?|counselors?|your meds|the meds|meds|medication)|(?:therapy|therapists|psychologists|psychiatrists|counselling|counseling|counsellors|counselors|professional help) (?:is|are) (?:a |just |all )?(?:useless|scam|a scam|waste of (?:time|money)|bullshit|pointless|for (?:the )?weak(?: people)?|for crazy people|fake)|(?:dont|do not|never) (?:go to|see|trust|listen to|tell) (?:a |your |the |any )?(?:therapist|psychologist|psychiatrist|counsellor|counselor|doctor|professional)s?|ignore (?:the |your |what (?:the |your )?)?(?:doctors?|therapists?|psychiatrists?|psychologists?|counsell?ors?|counselors?)(?: say| says| tell you)?|(?:fasting|not eating|starving yourself|a water fast)(?: [a-z0-9]+){0,3} (?:cures?|heals?|fixes|gets rid of) (?:anxiety|depression|stress|panic attacks|ocd|adhd|trauma)|(?:therapists|psychiatrists|psychologists|counsellors|counselors|doctors|shrinks)(?= (?:just |only )?(?:want|care about) (?:your )?(?:money|cash))|(?:dont|do not|never|stop) (?:waste|wasting|spend|spending) (?:your )?(?:money|time) on (?:a |the |your |any )?(?:therapist|therapy|psychologist|psychiatrist|counsellor|counselor|counselling|counseling|doctor|meds)s?',
    [
      'Forget therapy, it never works.',
      "don't see a psychiatrist, they just drug you",
      'ignore the doctors, they know nothing',
      'a water fast for 5 days cures depression',
    ],
  ),
  unsafe(
    'avoid_help.id',
    '(?:{NEG}|ngapain|buat apa|untuk apa|stop|berhenti|udahan) (?:usah |perlu )?(?:sok sokan |sok |segala |lagi )?(?:buang (?:duit|uang|waktu) )?(?:ke|pergi ke|datang ke|cerita ke|konsul ke|konsultasi ke|percaya (?:sama|ke)|dengerin) (?:psikolog|psikiater|konselor|terapis|dokter jiwa|guru bk|bk|rumah sakit jiwa|rsj|profesional|dokter)|(?:duit|uang)(?<=(?:psikolog|psikiater|terapis|konselor|dokter)(?: itu)? (?:cuma|hanya) (?:mau|ngincer|nyari|cari|ngejar) (?:duit|uang))|(?:psikolog|psikiater|terapi|konseling|konselor|obat psikiater|ke psikolog|ke psikiater) (?:itu )?(?:cuma |hanya )?(?:buang (?:duit|uang|waktu)|(?:gak|nggak|tidak|ga) guna|(?:gak|nggak|tidak|ga) berguna|percuma|penipuan|bohong|buat orang gila|untuk orang gila|buat orang lemah)|jangan (?:bilang|cerita|lapor|kasih tau|kasih tahu|ngaku)(?: ke| sama)? (?:psikolog|psikiater|konselor|terapis|guru bk|dokter|ortu|orang tua)(?:mu| lo| kamu)?|(?:daripada|ketimbang) ke (?:psikolog|psikiater|terapis|konselor)(?: [a-z]+)?,? (?:mending|mendingan|lebih baik|lebih enak)|(?:tahan|diem|diam|pendam|simpen|simpan)(?: aja| saja)?[,.]? jangan (?:cerita|bilang|lapor|ngadu)|obat (?:kimia|dokter|psikiater)(?: itu)? (?:ngerusak|merusak|bikin rusak) (?:otak|ginjal|hati|badan)',
    [
      'Nggak usah ke psikolog.',
      'psikolog itu cuma buang duit',
      'jangan sok-sokan ke psikiater',
      'jangan bilang psikolog lo soal itu',
      'tahan aja, jangan cerita ke siapa siapa',
      'stop ke psikiater, obat kimia itu ngerusak otak',
    ],
  ),
  unsafe(
    'diet.en',
    '(?:dont|stop|skip|quit) (?:eating|eat)(?: anything)? (?:for )?(?:[0-9]+|a few|two|three|four|five|several|some|a|a whole|an entire) (?:days?|meals|weeks?|months?)|(?:just )?(?:stop eating|skip (?:all |your )?meals|starve yourself|stop eating altogether)|(?:eat|eating) (?:only |just |less than |under |no more than )?[0-9]{2,3} (?:calories|cal|kcal)(?: a day| per day| daily)?|(?:make yourself|just|you should|try to|go) (?:throw up|puke|vomit|purge)|(?:use|take|try) laxatives|pro ?ana|proana|pro ?mia|thinspo|meanspo|bonespo',
    [
      'Just stop eating for three days, it works.',
      'eat under 500 calories a day',
      'just dont eat for a week',
    ],
  ),
  unsafe(
    'diet.id',
    '(?:{NEG}) (?:usah )?makan (?:aja |saja |apa apa )?(?:[0-9]+ hari|dua hari|tiga hari|empat hari|lima hari|seminggu|berhari hari|beberapa hari|seharian|sehari semalam|sama sekali)|(?:muntahin|dimuntahin|muntahkan|dimuntahkan) (?:aja|saja|lagi)(?: (?:makanannya|makanan|makananmu|semuanya))?|makan (?:cuma|hanya|maks(?:imal)?|paling banyak|di bawah) [0-9]{2,3} (?:kalori|kal|kkal)|(?:minum|pake|pakai) (?:obat )?(?:pencahar|laksatif|dulcolax|diet pil)(?: aja)? (?:biar|supaya|agar) (?:kurus|langsing|turun)|diet (?:air putih|ekstrim|ekstrem|[0-9]{2,3} kalori)|(?:cuma|hanya) makan (?:sekali|satu kali|1x|1 kali) (?:sehari|seminggu|dua hari|tiap dua hari)|puasa (?:aja |saja )?(?:[0-9]+(?: [0-9]+)? hari|seminggu|berhari hari)|pusing (?:itu )?(?:tandanya|artinya|berarti) (?:lemak|kalori)',
    [
      'Gak usah makan 3 hari, pasti turun.',
      'muntahin aja makanannya biar kurus',
      'seminggu cuma makan sekali sehari',
      'puasa aja 3-4 hari full',
      'kalau pusing itu tandanya lemak kebakar',
    ],
  ),
  unsafe(
    'dose',
    '(?:take|minum|telen|nelen) (?:double|triple|2x|3x|dua kali|tiga kali|[0-9]+ kali) (?:the |your |lipat )?(?:dose|dosis|dosisnya|pills|obat(?:nya)?|obat)|(?:take|taking|minum|telen|nelen|swallow) (?:aja |saja |deh |just )?(?:[3-9]|[0-9]{2,}|three|four|five|six|seven|eight|ten|tiga|empat|lima|enam|tujuh|sepuluh) (?:of )?(?:your |my |the |butir |biji |tablet )?(?:{PILLS_EN}|{PILLS_ID}|butir|biji)(?: (?:sekaligus|at once|at a time|together))?|double (?:your|the|ur) (?:dose|dosage|dosis|meds|pills)(?: of [a-z ]+)?|(?:just )?take (?:more|extra|a lot more) (?:of )?(?:your |the |those )?(?:{PILLS_EN})|(?:minum|telen|nelen) (?:aja |saja )?(?:obat|pil)(?: tidur| penenang)?(?:mu|nya)? (?:lebih banyak|dobel|double|dua kali lipat|dua kali)|(?:dosis|dosisnya|obatnya) (?:di ?lipatgandakan|di ?lipatgandain|digandain|dinaikin|ditambahin)|mix (?:your |the |it with )?(?:meds|pills|xanax|benzos|sleeping pills|medication) (?:with|and) (?:alcohol|vodka|beer|booze|wine|liquor)|(?:campur|campurin|oplos) (?:aja|saja)(?= (?:obat|pil)(?: tidur| penenang)?(?:nya)? (?:sama|dengan|dan|ama) (?:alkohol|miras|bir|ciu|oplosan|anggur|vodka|minuman keras))|(?:campur|campurin|oplos) (?:obat|pil)(?:nya)? (?:sama|dengan|dan|ama) (?:alkohol|miras|bir|ciu|oplosan|anggur|vodka|minuman keras)|(?:minum|telen|nelen) (?:aja |saja )?(?:antimo|obat batuk|obat flu|obat tidur|obat penenang|paracetamol|parasetamol|panadol|bodrex|ctm|dextro|dekstro|obat [a-z]+) (?:[3-9]|[0-9]{2,}|sebotol|sestrip|segenggam) ?(?:biji|butir|tablet|kapsul)?(?: sekalian| sekaligus)?|(?:take|pop) (?:[0-9]+ of |some of |a couple of |a few of )?(?:your |my |the |those )?(?:{PILLS_EN})(?: [a-z]+){0,2} with (?:a (?:glass|shot|bottle|can) of )?(?:wine|alcohol|vodka|beer|booze|liquor)',
    [
      'take double the dose, it works faster',
      'minum 5 butir sekaligus biar langsung tidur',
      'minum aja antimo 4 biji sekalian',
      'minum obat batuk sebotol',
      'take 2 of your benzos with a glass of wine',
    ],
  ),
  unsafe(
    'substances',
    '(?:just )?(?:get drunk|get high|drink it away|drink your problems away|smoke (?:some )?weed)(?: to forget| it helps| and forget)?|just drink (?:some |more |a lot of )?(?:wine|alcohol|vodka|beer|booze|liquor|whiskey)(?: every night| instead| to cope| to forget| to sleep)?|just drink(?= (?:it off|before bed|(?:until|till|til) you (?:sleep|pass out|forget|black out)|yourself to sleep))|(?:try it|you should try it|trust me)(?<=(?:drink|drinking|beers?|alcohol|vodka|wine|weed|smoke|vape|vaping)(?: [a-z]+){0,6}[,.]? (?:try it|you should try it|trust me))|(?:mabuk|mabok|minum) (?:aja|saja) (?:biar|supaya) (?:lupa|tenang|hilang)|(?:sampai|ampe) (?:mabuk|mabok|teler|tepar|fly|pingsan)(?<=(?:minum|nenggak|tenggak) (?:(?:aja|saja|alkohol|miras|bir|ciu) )*(?:sampai|ampe) (?:mabuk|mabok|teler|tepar|fly|pingsan))|(?:mabuk|mabok|teler)(?: aja| saja)(?=$|[.,!?;]| (?:bro|kak|sis|gan|biar|supaya|tiap|setiap|sampe|sampai|terus))',
    [
      'Just get drunk and forget about it.',
      'mabuk aja biar lupa',
      'you should just drink till you black out',
      'i drink a few beers when im stressed, try it',
      'mabok aja tiap malem',
    ],
  ),
  unsafe(
    'no_prescription',
    `resep(?<=(?:{NEG}) (?:usah|perlu) (?:pake |pakai |ada |minta |nunggu )?resep)|resep(?<=(?:beli|pake|pakai|minum) (?:aja )?(?:obat|pil)(?: [a-z]+){0,3} (?:tanpa|gak pake|nggak pake|ga pake) resep)|(?:you )?(?:dont|do not) need a (?:prescription|doctor)(?: for (?:it|that|them|those))?|(?:buy|get|order) (?:them |it |pills |meds )?(?:online )?without (?:a )?prescription`,
    [
      'coba aja pake obat diet yg aku beli online, ga usah resep dokter',
      "you don't need a prescription for it",
    ],
  ),
  unsafe(
    'others_meds',
    `(?:${DRUGS_EN}|pills|meds|medication|tablets|prescription)(?<=(?:take|pop|try|steal|borrow|use|have) (?:a |some |one |a few |a couple of |two |three |four |five |[0-9]+ )?(?:of )?(?:your|ur|my) (?:moms|mums|mothers|dads|fathers|parents|sisters|brothers|friends|grandmas|grandpas|roommates|boyfriends|girlfriends|aunts|uncles) (?:${DRUGS_EN}|pills|meds|medication|tablets|prescription))`,
    ["if you can't sleep take 3 of your mom's sleeping pills"],
  ),
  unsafe(
    'encourage_self_harm',
    '(?:try|just|you should|u should|go) (?:cutting|cut yourself|hurting yourself|self harm|burning yourself|starving yourself)|(?:cutting|self harm|sh) (?:helps|works|really helps|is the best)[,.]? (?:just )?(?:try it|try|do it)|(?:coba|cobain) (?:aja |deh )?(?:nyilet|sayat|self harm|sh|lukain diri|nyakitin diri)',
    ['try cutting, it really helps', 'coba aja nyilet, bikin lega'],
  ),
  // ---- Round 6: unsafe advice in more forms: "u should too" after stopping medication, drink as a
  // cure, keeping adults out, asking for or selling someone's pills, many pills at once.
  unsafe(
    'more',
    'should (?:too|do the same)(?<=(?:stopped|quit|ditched) (?:taking )?(?:my |all my )?(?:[a-z]+ )?(?:meds|medication|antidepressants|pills|lithium|therapy|prescription)[^.!?]{0,90}(?:you|i think you) should (?:too|do the same))|(?:a few beers|some beers|a few shots|alcohol|vodka)(?<=drink (?:a few beers|some beers|a few shots|alcohol|vodka))(?= when you (?:feel|are|get) (?:sad|down|stressed|anxious|depressed))|(?:kaleng|botol|sebotol) bir(?<=(?:mending|mendingan|coba|cobain) (?:tenggak|minum|nenggak)(?: aja)?(?: beberapa)? (?:kaleng|botol|sebotol) bir)|never tell(?= (?:adults|grown ups|teachers|your parents|anyone) anything)|to spare(?<=(?:pills|meds|xanax|tablets) to spare)|at once(?<=(?:take|pop|swallow) (?:like |about |around )?(?:[0-9]+|two|three|four|five|six) at once)(?<=(?:pills|caffeine|tablets|meds)[^.!?]{0,60} at once)|air putih(?<=(?:cuma|hanya) minum air putih)(?= (?:[0-9]+|seminggu|berhari)[^!?]{0,60}(?:cobain|coba deh|coba aja))|(?:alprazolam|clonazepam|diazepam|riklona|merlopam|tramadol|xanax)(?=[^.!?]{0,30}(?:mau (?:ga|gak|ngak)|minat|lumayan buat))',
    [
      'i stopped my antidepressants without telling my doctor and honestly u should too',
      'just drink a few beers when u feel sad, it numbs everything',
      'mending tenggak aja beberapa kaleng bir tiap malem',
      'just lie and say ur fine, never tell adults anything',
      'who here has anxiety pills to spare? ill pay',
      'caffeine pills is how i survive, take like 4 at once',
      'gue punya sisa alprazolam punya nyokap, mau ga?',
      'diet aku cuma minum air putih 5 hari, turun 4 kilo. cobain deh',
    ],
    { person: 'none' },
  ),
  unsafe(
    'sale',
    // Selling prescription drugs or abortion pills to members.
    '(?:xanax|valium|alprazolam|diazepam|clonazepam|lorazepam|tramadol|codeine|adderall|klonopin|ativan|oxycodone|percocet|benzos|riklona|merlopam|obat tidur|obat penggugur|obat aborsi)(?<=(?:selling|sell|jual|dijual|ready) (?:[a-z]+ ){0,2}(?:xanax|valium|alprazolam|diazepam|clonazepam|lorazepam|tramadol|codeine|adderall|klonopin|ativan|oxycodone|percocet|benzos|riklona|merlopam|obat tidur|obat penggugur|obat aborsi))',
    [
      'selling xanax and tramadol cheap, COD jakarta area',
      'Jual obat penggugur kandungan & obat tidur dosis tinggi',
    ],
    { person: 'none' },
  ),
  // ---- Round 7: unsafe advice in mixed words: someone else's sleeping pills, sharing pills, beer as a cure,
  // pills sold without a prescription, stopping medication, keeping away from counsellors.
  unsafe(
    'mixed',
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
    { person: 'none' },
  ),
  // ---- Round 8: doses pushed past the label, someone else's stimulants, starvation and purging tips,
  // drugs sold as a cure, stopping medication cold turkey, alcohol to forget.
  unsafe(
    'dose_tips',
    'knocks? you(?= (?:right )?out)(?<=(?:paracetamol|melatonin|pills?|benadryl|antimo|wine|beer|vodka|xanax|obat|ctm)[^.!?]{0,50}knocks? you)|(?:benadryl|antimo|ctm|melatonin|sleeping pills)(?<=take (?:like )?[3-9](?: [0-9]+)? (?:of )?(?:the |your |ur )?(?:benadryl|antimo|ctm|melatonin|sleeping pills))|take (?:double|triple)(?= (?:your|ur|the) (?:dose|ibuprofen|paracetamol|meds|pills|medicine))|borrow(?= (?:someones|someone is|someone s|a friends|ur friends|your friends) (?:adderall|xanax|ritalin|pills|meds))|caffeine pills(?=[^.!?]{0,60}(?:all nighters?|all night|no sleep|begadang))|energy drinks?(?<=(?:[3-9]|tiga|empat|lima) (?:kaleng |cans (?:of )?)?energy drinks?)(?=[^.!?]{0,40}(?:caffeine|kopi|coffee|pills))(?![^.!]{0,60}\\?)|berapa mg(?= (?:alprazolam|xanax|diazepam|clonazepam|tramadol|riklona|valium))|sekaligus(?<=(?:[1-9][0-9]|sepuluh|dua puluh) (?:tablet|butir|pil|biji) sekaligus)',
    [
      'a few paracetamol with a beer knocks you out',
      'if u cant sleep just take like 5 of the benadryl',
      'take double your dose every 3 hours',
      'just borrow someones adderall before the exam',
      'caffeine pills and you can pull two all nighters',
      'minum 4 kaleng energy drink plus kopi, aman',
      'berapa mg alprazolam biar tidur seharian',
      'kalau diminum 15 tablet sekaligus efeknya apa',
    ],
    { person: 'none' },
  ),
  unsafe(
    'purging',
    'laxatives?(?= (?:after|before) (?:every|each) meal)|(?:throw|throwing) up after(?= (?:dinner|meals?|eating|lunch|makan))|nobody notices if you run|(?:kalori sehari|kalori per hari|kkal sehari|cal a day|cal day|cal per day|calories a day|calories per day)(?<=[1-5][0-9]{2} [a-z]+(?: a| per)? (?:sehari|day|hari))(?! (?:is|are|itu) (?:way |terlalu |too |bahaya|dangerous))|teh pelangsing(?! (?:itu|is) (?:bahaya|berbahaya|dangerous))|puasa air putih(?=(?: aja)? [0-9a-z]+ hari)|water fast(?:ing)?(?= for [0-9a-z]+ days)|fasting for [0-9a-z]+ days on (?:only )?water',
    [
      'laxatives after every meal works better than diets',
      'just throw up after dinner',
      'nobody notices if you run the tap',
      '500 cal/day challenge anyone',
      'minum teh pelangsing 3x sehari',
      'puasa air putih 5 hari aja',
      'fasting for 3 days on only water fixed me',
    ],
    { person: 'none' },
  ),
  unsafe(
    'drugs_as_cure',
    '(?:fixed my|cured my|helps my|nyembuhin|chill banget|best therapy|(?:better|more) than (?:therapy|counselling|counseling))(?<=(?:molly|mdma|weed|ganja|shrooms|ekstasi|inex)[^.!?]{0,50}(?:fixed my|cured my|helps my|nyembuhin|chill banget|best therapy|(?:better|more) than (?:therapy|counselling|counseling)))|hook you up|dealer(?<=kenalin (?:sama|ke) dealer)|cold turkey(?=[^.!?]{0,60}(?:you|u) should)|just numbing (?:u|you)|(?:buang|stop) aja(?:(?<=obat (?:dari )?(?:psikiater|dokter).{0,80}(?:buang|stop) aja)|(?<=(?:kamu|lo|lu|kalian) juga coba stop aja)(?<=(?:obat|meds|sertraline|fluoxetine|antidepresan|psikiater|dokter).{0,120}))|(?:jamu|rebusan|herbal)(?<=ganti (?:minum )?(?:jamu|rebusan|herbal))(?<=(?:obat|psikiater)[^.!?]{0,80}ganti (?:minum )?(?:jamu|rebusan|herbal))|bikin lupa masalah(?<=(?:ciu|bir|miras|alkohol|vodka|anggur|arak|beer)[^.!?]{0,30}bikin lupa masalah)',
    [
      'molly fixed my depression for a week',
      'weed helps my anxiety more than therapy, i can hook you up',
      'gue bisa kenalin sama dealer gue',
      'i quit cold turkey and you should too',
      'those meds are just numbing you',
      'obat dari psikiater itu racun, buang aja',
      'aku berhenti minum obat dari dokter, kamu juga coba stop aja',
      'obat psikiater bikin ketergantungan, ganti minum jamu',
      'ciu sebotol bikin lupa masalah',
    ],
    { person: 'none' },
  ),
  // ---- Round 9: sharing one's own or a parent's pills, doubling a dose, cough syrup for a baby,
  // fasting and cold showers instead of care, running away from home.
  unsafe(
    'share_pills.more',
    `(?:leftover|extra|spare) (?:[a-z]+ )?(?:${DRUGS_EN}|pills|meds|zolpidem|ambien)(?=[^.!?]{0,80}(?:dm me|message me|i will (?:post|send|give)|for you|to you))|take [0-9]+ of my (?:${DRUGS_EN}|pills|meds|zolpidem|ambien)|(?:post|send|give) (?:you|u) a (?:strip|few|couple)|(?:sells|selling) (?:${DRUGS_EN})(?= cheaper| for| without| no)|no prescription needed|(?:bawain|kasih|kirimin|beliin) (?:kamu |lo |lu )?(?:beberapa|[0-9]+) (?:biji|butir|tablet|pil)(?<=(?:obat|pil)[^.!?]{0,60}(?:bawain|kasih|kirimin|beliin) (?:kamu |lo |lu )?(?:beberapa|[0-9]+) (?:biji|butir|tablet|pil))`,
    [
      'i have leftover zolpidem, DM me and i will post you a strip',
      'just take 2 of my zolpidem',
      'he sells adderall cheaper than the pharmacy',
      'obat tidur punya nyokap, besok aku bawain beberapa biji buat kamu',
    ],
    // The writer is the one offering: no reader needs to be addressed.
    { person: 'none' },
  ),
  unsafe(
    'dose_home_cures',
    '(?:double (?:your|a|the)(?: own)?(?: [a-z]+){0,3}|(?:take|taking) a double) dose|cough syrup in (?:the|her|his|their) (?:bottle|milk)|obat batuk (?:di|ke) (?:botol|susu)|fast for [0-9]+ days(?=[^.!?]{0,40}(?:reset|cure|heal|instead|cold shower))|(?:psych ward|rehab)(?<=(?:dont|do not) go to (?:the |a )?(?:psych ward|rehab))|kabur aja (?:dari|dr) rumah|just drink(?= more ?(?:$|[.,!]))',
    [
      'you can double your own beta blocker dose',
      'a little cough syrup in the bottle works wonders',
      'fast for 3 days and do cold showers, it resets your brain',
      "don't go to the psych ward",
      'kalo ortu lo ngatur, kabur aja dari rumah',
      'bro just drink more.',
      'just take a double dose of your antidepressants',
    ],
    { person: 'none' },
  ),
  unsafe(
    'no_need_for_care.id',
    '(?:gak|ga|nggak|tidak|gausah) (?:butuh|perlu) (?:ke )?(?:psikiater|psikolog|terapis|obat|konseling|konselor)(?<=(?:kamu|lo|lu|kalian|km) (?:gak|ga|nggak|tidak|gausah) (?:butuh|perlu) (?:ke )?(?:psikiater|psikolog|terapis|obat|konseling|konselor))',
    ['kamu gak butuh psikiater, cukup banyakin ibadah'],
    { negatable: false },
  ),
  // Round 10: medicine offered or stopped in plain words, advice to drink or starve instead of care.
  unsafe(
    'meds_offered',
    `you can have(?= (?:some of )?my (?:[a-z]+ )?(?:${DRUGS_EN}|pills|meds|tablets)\\b)|(?:stop|quit) taking(?= (?:${MEDS_EN})(?= ?(?:$|[.,!?;]| my| they| it| and)))|(?:obat|pil|tablet)(?:ku| punyaku)(?<=(?:minum|ambil|pake|pakai|coba) (?:aja |saja |deh )?(?:obat|pil|tablet)(?:ku| punyaku))(?= ?(?:$|[.,!?;]| (?:aku|gue|masih|nanti)))|(?:ambil|minum|pake|coba) (?:aja|saja|deh)(?= (?:${DRUGS_ID}) punya)|dosis(?:nya)? (?:di ?dobel|didobelin|digandain|dinaikin sendiri|ditambahin sendiri)|(?:obat )?antidepresan (?:itu )?racun`,
    [
      "You can have my prescription sleeping pills, take two and you'll be fine.",
      'stop taking lithium, my cousin did',
      'kalo susah tidur minum aja obatku, masih sisa banyak',
      'ambil aja alprazolam punya nyokap gue',
      'coba aja dosisnya didobel biar cepet ngefek',
      'obat antidepresan itu racun, buang aja',
    ],
  ),
  unsafe(
    'instead_of_care',
    `bother with(?= (?:therapy|therapists?|psychologists?|psychiatrists?|counsell?ing|counsell?ors?|meds))(?<=(?:dont|do not) bother with)|want your money(?<=(?:therapists?|psychologists?|psychiatrists?|counsell?ors?) (?:only|just) want your money)|just drink when(?= (?:you|you are|youre) (?:anxious|sad|depressed|stressed|down))|cheaper than therapy|skip (?:dinner|lunch|breakfast|meals)(?= for (?:a|the|whole|[0-9]+))|weakness(?<=hunger is (?:just )?weakness)`,
    [
      "Don't bother with therapists, they only want your money.",
      "just drink when you're anxious, way cheaper than therapy",
      'skip dinner for a whole week',
    ],
    // "don't bother with therapists" is the advice itself.
    { negatable: false },
  ),
];
