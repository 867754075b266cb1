/**
 * Spam: online gambling (judi online, slot), crypto pumps, loan offers, paid services, and the
 * calls to action and links that come with them. A gambling word alone is not spam (people talk
 * about gambling debts here); grading needs a spam topic with a call to action or a link, or
 * several distinct spam signs.
 */

import type { RuleSpec } from '../types';

const spam = (id: string, kind: 'spam' | 'promo', pattern: string, examples: string[]): RuleSpec => ({
  id: `spam.${id}`,
  kind,
  category: 'spam',
  person: 'none',
  negatable: false,
  temporal: false,
  pattern,
  examples,
});

export const SPAM_RULES: RuleSpec[] = [
  spam(
    'gambling',
    'spam',
    'slot (?:online|gacor|maxwin|demo|88|777|terpercaya|resmi|thailand|server)|slot[0-9]+|gacor|maxwin|max win|scatter(?: hitam)?|judi (?:online|bola|slot|kartu)|judol|togel|toto (?:macau|gelap)|casino|kasino|poker online|sbobet|bandar (?:judi|togel|bola|slot)|jackpot|jp paus|rtp (?:live|slot|tertinggi)|pragmatic play|zeus|olympus|mahjong ways|freebet|free bet|free spin|free spins|link alternatif|situs (?:resmi|terpercaya|gacor|slot|judi)|anti rungkad|rungkad|deposit (?:[0-9]+|pulsa|dana|ovo|gopay)|depo [0-9]+|wd (?:lancar|cepat|berapapun)|withdraw (?:lancar|cepat)|bonus (?:new member|deposit|[0-9]+ (?:percent|persen)|member baru|harian|mingguan|cashback)',
    ['SLOT GACOR hari ini maxwin, daftar sekarang!', 'situs judi online terpercaya, depo 10rb'],
  ),
  spam(
    'crypto',
    'spam',
    'presale|pre sale|airdrop|to the moon|[0-9]+x (?:gains|returns|profit|guaranteed)|1000x|100x|pump (?:and dump|incoming|signal|group)|guaranteed (?:profit|profits|returns|income)|(?:profit|untung|cuan|return|returns) [0-9]+ (?:percent|persen) (?:per|a|every|tiap|setiap) (?:day|week|hari|minggu)|[0-9]+ (?:percent|persen) (?:profit|untung|return|returns|cuan)(?: (?:per|a|every|tiap|setiap) (?:day|week|hari|minggu))?|(?:profit|returns?|income|penghasilan|cuan) (?:per|a|every|tiap|setiap) (?:day|hari)(?: (?:guaranteed|dijamin))?|passive income|trading signals?|sinyal trading|investasi (?:pasti|dijamin|bodong|tanpa risiko)|dijamin (?:untung|profit|cuan|balik modal)|modal (?:kecil|receh|[0-9]+ ?(?:rb|ribu|k)) (?:untung|profit|cuan)|(?:modal|deposit|depo|invest|investasi) [0-9]+ ?(?:rb|ribu|k|juta|jt)? (?:jadi|bisa jadi|langsung jadi|menjadi|becomes?|turns? into|into) [0-9]+ ?(?:rb|ribu|k|juta|jt|million)?|investasi (?:crypto|kripto|saham gorengan|bodong|forex)|(?:double|lipat gandakan) (?:your|uang(?:mu)?) (?:money|crypto|bitcoin)|new (?:token|coin) (?:launch|listing)|crypto (?:giveaway|signals?)|robot trading|trading (?:kripto|crypto|forex|saham) (?:auto|otomatis|pasti|dijamin)|(?:auto|otomatis) (?:profit|cuan)|[0-9]+x lipat|turned [0-9]+ ?(?:k|rb|ribu|juta|jt|dollars|usd|bucks)? into [0-9]+ ?(?:k|rb|ribu|juta|jt|m|million)?',
    [
      'New token presale, 100x guaranteed, join our telegram',
      'investasi dijamin untung, modal kecil cuan besar',
      'pake robot trading kripto auto profit',
      'I turned 50 into 4k with this',
    ],
  ),
  spam(
    'loans',
    'spam',
    'get rich quick|earn from referrals?|guaranteed [0-9]+x|paket followers|pinjol|pinjaman (?:online|dana|cepat|tanpa (?:agunan|jaminan|bi checking))|dana (?:cepat|tunai) cair|cair (?:cepat|dalam [0-9]+|hari ini|tanpa)|tanpa bi checking|joki (?:tugas|skripsi|ujian|akun)|jasa (?:followers|like|joki|pembuatan skripsi)|followers murah|jual followers|buy followers|obat kuat|pemutih badan|pelangsing (?:cepat|ampuh)|(?:obat|pil) (?:aborsi|penggugur|telat bulan)|cytotec|gastrul|loan approved|instant loan|fast loan|quick loan|no collateral|need cash fast|buy [0-9]+ get [0-9]+|beli [0-9]+ gratis [0-9]+|healing (?:crystal|bracelet|stone)s?|gelang (?:kesehatan|energi|penyembuh)' +
      '|(?:from|dari) (?:home|rumah)(?<=(?:make|earn|making|earning|dapat|dapet|hasilkan|hasilin|gaji) (?:up to |sampai |hingga |extra )?[0-9]+ ?(?:k|rb|ribu|juta|jt|dollars|usd|bucks|rupiah)? (?:(?:a|per|every|each|tiap|setiap) )?(?:(?:day|daily|week|hour|hari|minggu|jam) )?(?:from|dari) (?:home|rumah))|(?:money|cash)(?<=(?:make|earn) (?:easy |fast |quick |extra )?(?:money|cash))(?= (?:from home|online|fast|while you sleep))|(?:kerja|bisnis|usaha) (?:dari|di) rumah (?:penghasilan|gaji|untung|cuan)|penghasilan tambahan',
    [
      'Pinjaman online cair cepat tanpa BI checking, hubungi admin',
      'joki tugas murah, DM ya',
      'loan approved in 10 minutes, no collateral',
      'promo skincare buy 1 get 1',
    ],
  ),
  spam(
    'cta',
    'promo',
    '(?:click|klik|cek|check|kunjungi|visit) (?:the )?(?:link|bio|here|disini|di sini|website|situs|web)(?: ini| kami| di bawah| below)?|link (?:in|di) bio|(?:message|inbox) me(?= ?(?:$|[.,!?;]))|hub admin|cod(?<=bisa cod|, cod)|(?:join|gabung) gr(?:u|ou)p(?= (?:investasi|bisnis|trading|kami))|join (?:now|our|my|sekarang)(?: (?:telegram|group|channel|whatsapp|discord))?|(?:gabung|join) (?:grup|group|channel) (?:telegram|wa|whatsapp)|dm(?= (?:(?:me|aku|admin) )?(?:(?:for|untuk|buat) )?(?:more |the )?(?:info|details|order|pricelist|harga|link|promo|price))|(?:buy|order) (?:our|my|this|now|at|here|di|via)|bonus (?:for|buat|untuk) (?:the )?first [0-9]+|(?:join|gabung) (?:telegram|tele|wa|whatsapp|discord)(?: group| grup| channel)?|(?:hubungi|chat|wa|whatsapp|telegram|kontak) (?:admin|kami|cs|customer service)|order sekarang|pesan sekarang|daftar (?:sekarang|disini|di sini|langsung|gratis|(?:di|ke|lewat|via) (?:situs|link|web|website|bio))|buy now|sign up now|(?:visit|check out) my (?=page|blog|channel|site|website|shop|store|youtube|yt|tiktok|ig|instagram|account|stream|podcast|new video|latest video|art|onlyfans)|main (?:di|ke) (?:situs|link|web)|(?:subscribe|follow) (?:to )?my (?=channel|page|blog|account|ig|instagram|tiktok|youtube)|(?:mampir|kunjungi|cek|cekidot|intip) (?:ke )?(?:blog|channel|toko|lapak|olshop|akun|web)(?=ku| aku| gue| kami)|(?:aja|saja|langsung) (?:min|kak|gan|sis|admin)(?<=(?:chat|wa|dm|pm|japri|inbox) (?:aja|saja|langsung) (?:min|kak|gan|sis|admin))(?=$|[ .,!?;])|limited (?:offer|time|slots)|promo (?:terbatas|hari ini|spesial|gila|murah)|diskon (?:[0-9]+ (?:percent|persen)|besar|gila)|free (?:followers|money|gift|giveaway)|gratis (?:ongkir|followers|saldo|pulsa)|harga (?:spesial|promo|murah)|slot terbatas|jangan sampai ketinggalan|buruan',
    [
      'klik link di bio',
      'daftar sekarang dan dapatkan bonus',
      'DM me for the link',
      'buy our bracelet only 199k',
      'bonus for the first 50 signups',
      'join telegram t.me/x',
    ],
  ),
  // ---- Round 7: spam: quick money, loans, slot sites, crypto, with their calls to action.
  {
    id: 'spam.topic_mixed',
    kind: 'spam',
    category: 'spam',
    person: 'none',
    temporal: false,
    pattern:
      'cuan [0-9]+ ?(?:percent|persen)|earn [0-9]+ ?(?:jt|juta|rb|ribu|k)|no experience needed|no collateral|cash loans?|slot site|situs slot|deposit into|(?:100|200) (?:percent|persen) bonus|bonus (?:100|200) (?:percent|persen)|koin crypto baru|pricelist|price list',
    examples: [
      'cuan 300% seminggu',
      'Earn 2jt/hari cuma dari HP',
      'fast cash loans, no collateral',
      'this slot site',
    ],
  },
  {
    id: 'spam.promo_mixed',
    kind: 'promo',
    category: 'spam',
    person: 'none',
    temporal: false,
    pattern:
      'join grup (?:telegram|wa|whatsapp)(?: gue| aku| ku)?|klik link(?: ini| di bio)?|tap the link|register (?:through|with|via) my link|link in my bio|dont miss out|use (?:my )?code [a-z0-9]+|dm (?:me )?(?:for|buat) (?:the )?(?:price|pricelist|harga)|cod (?:area|jabodetabek|jakarta|bekasi|depok|tangerang|bogor)',
    examples: [
      'join grup telegram gue guys',
      'klik link ini sekarang',
      'DM me for the price list',
      'COD jabodetabek',
    ],
  },
  // ---- Round 8: phishing for codes and bank details, free game currency and vouchers, pay per day for
  // likes, miracle cures (spam with a link or a call to action).
  spam(
    'phishing',
    'spam',
    'otp(?:(?<=kode otp)|(?= code))|bank details|detail bank|robux(?:(?<=free robux)|(?= gratis))|diamonds?(?:(?<=free diamonds?)|(?= gratis))|voucher(?= [a-z ]{0,30}senilai)|(?:terpilih|selected)(?= (?:dapet|dapat|mendapatkan|to (?:win|receive|get)))|giveaway iphone|klaim sekarang|claim (?:now|yours)|(?:earn|gaji|penghasilan|income|cuan)(?= (?:rp ?)?[0-9]+ ?(?:rb|ribu|jt|juta|k|m)? (?:per |a )?(?:day|hari|sehari))|bayar admin|no skills needed|(?:cure|cures|cured)(?= (?:anxiety|depression|stress|[0-9, ]+ people))|guaranteed(?<=100 percent guaranteed)|dijamin sembuh|natural supplement',
    [
      'masukin nomor hp dan kode OTP di link ini',
      'free robux for everyone, log in here',
      'selamat kamu terpilih dapet voucher belanja gratis',
      'earn 2jt/day from home',
      'gaji 300rb/hari cuma like',
      'these gummies cure anxiety, 100% guaranteed',
    ],
  ),
  // ---- Round 9: offers aimed at students and members (referral codes, whitening creams, loans
  // without an ID card, online arisan, leaked exam answers, bought followers), and their calls to action.
  spam(
    'offers',
    'spam',
    'kode (?:referal|referral|reff?)|referral code|(?:krim|cream|skincare) pemutih|tanpa ktp|cair (?:[0-9]+ ?(?:jt|juta|rb|ribu)|langsung)|arisan online|(?:profit|untung|cuan) [0-9]+ (?:percent|persen) per|followers (?:ig|instagram|tiktok)|jastip|bocoran (?:soal|jawaban|utbk|un|ujian)|answer leaks?|duit jajan tambahan|dijamin cuan|jual akun (?:ml|ff|pubg|game|ig|instagram|tiktok|genshin)',
    [
      'pake kode referal SEBAYA77',
      'skincare pemutih 3 hari glowing',
      'pinjaman buat pelajar tanpa KTP',
      'arisan online member baru dapat bonus',
      'investasi emas profit 30% per minggu',
      'followers IG 1k = 15rb',
      'free UTBK answer leaks',
      'jual akun ml sultan murah',
    ],
  ),
  spam(
    'cta.more',
    'promo',
    'ketik mau(?= di)|(?:order|pesan|beli) (?:lewat|via|di) (?:link|dm|shopee|tokopedia|wa)|download di(?= bit| link| sini)|(?:tf|transfer) [0-9]+ ?(?:rb|ribu|k|jt)? ke (?:bca|bri|bni|mandiri|dana|ovo|gopay|rekening)|main di situs(?= ini)|minat(?= (?:dm|chat|wa|pm)\\b)|link bio|download(?= (?:[a-z0-9]+ )?now)|message me for|(?:dm|chat) (?:aku|admin)(?= ya)|send (?:your|ur)(?= (?:bank details|card details|password|pin|otp) to)',
    [
      'minat? ketik MAU di kolom komentar',
      'order lewat link shopee',
      'download di bit.ly/danakilat',
      'tinggal tf 100rb ke BCA',
      'main di situs ini aja',
      'minat dm',
      'order di shopee link bio ya',
      'download PinjamKilat now!',
      'message me for VIP access',
      'DM aku ya kak',
      'just send your bank details to claim',
    ],
  ),
  // Round 10: money schemes told in plain words (slots played, an arisan or a robot that doubles the
  // money, an instant loan, a slimming pill that takes off kilos in a week).
  spam(
    'schemes',
    'spam',
    '(?:playing|play|main) slots?(?= ?(?:$|[.,!?;]| (?:online|group|grup|gacor)))|slot (?:group|grup)|arisan online|untung pasti|[0-9]+x lipat|modal [0-9]+ ?(?:rb|ribu|k)(?= (?:bisa )?jadi [0-9]+ ?(?:jt|juta|jutaan))|modal [0-9]+ ?(?:rb|ribu|k) bisa jadi jutaan|(?:robot|bot) (?:trading|forex)(?: otomatis)?|profit harian|tanpa risiko|instant loans?|returns?(?<=guaranteed [0-9]+ ?(?:%|percent)? ?returns?)|kg(?= (?:seminggu|dalam seminggu|sebulan|dalam [0-9]+ hari))(?<=turun [0-9]+ ?kg)',
    [
      'Earn 5 million a day playing slots!',
      'join our slot group',
      'daftar arisan online untung pasti 2x lipat',
      'modal 50rb bisa jadi jutaan',
      'join trading forex robot otomatis, profit harian tanpa risiko',
      'Instant loans no collateral',
      'new coin with guaranteed 300% return in 2 weeks',
      'obat pelangsing herbal turun 10 kg seminggu',
    ],
  ),
];
