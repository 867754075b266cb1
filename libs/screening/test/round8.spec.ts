import { expectLevels } from './helpers';
import { ALL_RULES } from '../src/engine';

// Rule families added after the blind rounds 12-14 (our own variants, not the blind sentences).

describe('suicide: plans told in teen, regional and story words (round 8)', () => {
  it('farewells with arrangements, means or a height are CRISIS', () => {
    expectLevels('CRISIS', [
      'aku lagi di atap sekolah sekarang. gak usah dicariin',
      'cutter udah di tangan, sekarang',
      'my drawing tablet goes to rafi, the password for my laptop is on a sticky note for whoever wants my stuff. love you guys, bye',
      'wrote down my passwords for my sister and paid back the 50k i owed dimas. saturday at the reservoir, it will be quick.',
      'udah aku bagiin semua buku sama gitarku ke anak kos. abis ini aku bisa pergi tenang',
      'titip kucingku ya. mulai besok aku gak ada',
      'aku udah di lantai paling atas mall. gak usah ditelpon',
      'gue udah di pinggir jembatan layang. bilangin mama gue maaf ya',
      'logging off for good tonight. please do not look for me',
      'the noose is tied. counting down to 2am',
      'weights are in my bag and i already picked the spot by the dam. friday night',
      'tali wes tak pasang neng kamar, bar iki rampung kabeh',
      'udah nyiapin 30 butir obat tidur, rencananya sabtu malam',
      'the car is running in the closed garage and i am sitting in it. sorry mom.',
      'arang udah aku taruh di kamar, ventilasi udah aku tutup rapat. malam ini',
    ]);
  });
  it('two farewells in separate clauses with a clock time are CRISIS, and without a time or as a joke they are not', () => {
    expectLevels('CRISIS', [
      'logging off for good, pls dont look for me. at 3 am',
      'after my shift. logging off for good, dont look for me',
    ]);
    expectLevels('NONE', [
      'logging off for good, pls dont look for me',
      'logging off for good lol, dont look for me at 3 am',
    ]);
  });

  it('asking how much kills or how high is enough, and a poisoning just taken, are CRISIS', () => {
    expectLevels('CRISIS', [
      'how much of the weed killer would be lethal for someone my size?',
      'are 8 floors enough to be sure?',
      'is the 9th floor high enough to be sure?',
      'what is the most ibuprofen you can take at once?',
      'swallowed a handful of the pills from the drawer, the room is spinning',
      'barusan nenggak racun tikus, rasanya pait banget',
      'obat nyamuk cair udah aku minum barusan, sekarang mual',
    ]);
  });
  it('a cut or a burn just made that will not stop is CRISIS', () => {
    expectLevels('CRISIS', [
      'went way deeper than usual and the blood is all over the sheets',
      'barusan aku gores paha pake silet sampe dalem, kasurnya udah merah',
      'sayatannya dalem banget, darahnya gak mau berhenti',
      'it wont stop bleeding, i went too deep this time',
    ]);
  });
  it('weapons at hand with a time or a target are CRISIS', () => {
    expectLevels('CRISIS', [
      'my uncles machete is in the shed. saturday they pay.',
      'i know when he walks home from futsal. knife is sharpened. tonight',
      'stik baseball udah gue taro di motor. abis dia hari ini',
      'the knife is in my locker. on monday after class he pays.',
      'bensin udah aku simpen di gudang. senin pintu aula bakal aku kunci dari luar',
    ]);
  });
  it('the abuser on the way now is CRISIS', () => {
    expectLevels('CRISIS', [
      'he texted wait till i get home and he gets off work in 15 min',
      'mantanku lagi otw ke kosanku bawa golok, aku ngumpet di kamar mandi',
    ]);
  });
});

describe('ideation, self-harm, abuse and violence in new words (round 8) are HIGH', () => {
  it('ideation', () => {
    expectLevels('HIGH', [
      'been thinking about ctb more and more',
      'i honestly dont know why i am still alive',
      'i hope the train does not stop one of these days',
      'i wish i could just fade out of existence',
      'kadang pengen ilang aja dari muka bumi',
      'mending aku gak pernah dilahirin',
      'hayang paeh wae',
      'tiap malam mikirin gimana caranya biar gak usah bangun lagi',
      'the voices keep telling me i should die',
    ]);
  });
  it('self-harm with small implements and substitutes', () => {
    expectLevels('HIGH', [
      'switched from the rubber band to the sharpener blade',
      'been pressing my nails into my thighs every night',
      'biting the inside of my cheek till it bleeds',
      'aku suka nyubitin lengan sampe memar',
      'paha aku penuh bekas goresan jangka',
      'sengaja nyiram tangan pake air panas',
    ]);
  });
  it('abuse', () => {
    expectLevels('HIGH', [
      'my stepbrother forced himself on me',
      'my dad hits my back with a cable',
      'she threw a mug at me last night',
      'om suka minta aku duduk di pangkuannya',
      'bapak mukul aku pake gesper',
      'papa nyekik leher mama tadi',
    ]);
  });
  it('violent intent', () => {
    expectLevels('HIGH', [
      'sometimes i fantasize about strangling him',
      'i will make them all pay',
      'i swear i will make her pay for what she did',
      'pengen ngelukain dia, beneran bukan bercanda',
    ]);
  });
});

describe('medium families (round 8)', () => {
  it('unsafe advice is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'a couple of benadryl with wine knocks you out',
      'take double your paracetamol if it still hurts',
      'just borrow your friends adderall for the exam',
      'laxatives after every meal, trust me',
      'who wants to do 400 cal a day with me',
      'puasa air putih 7 hari bikin pikiran jernih',
      'weed helps my anxiety more than therapy ever did',
      'obat dari psikiater cuma bikin ketergantungan, buang aja',
    ]);
  });
  it('harassment without insult words is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'dont reply to his posts guys, let him talk to himself',
      'jangan ajak Tono ya, dia pembawa sial',
      'imagine being this obsessed with your ex',
      'nobody here actually likes you',
      'kamu ilang juga gak ada yang nyariin',
      'go ahead, nobody will miss you',
    ]);
  });
  it('spam and phishing with a link are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'free robux for sad members, log in at robux-free-gift.xyz',
      'isi nomor hp dan kode OTP di sebaya-hadiah.site ya',
      'gaji 400rb/hari cuma like dan follow, daftar di linktr.ee/kerjaan',
    ]);
  });
  it('personal data in new forms is MEDIUM', () => {
    expectLevels('MEDIUM', [
      'wa aku di nol delapan satu tiga dua dua tiga empat lima enam',
      'my snap is riri.22 add me',
      'my discord is kira_22, add me and dm',
    ]);
  });
});

describe('look-alikes (round 8) stay NONE', () => {
  it('harmless words next to the new families', () => {
    expectLevels('NONE', [
      'the belt is tied to the suitcase so it does not open',
      'the lake behind the camp is deep enough for diving',
      'i made peace with my sister after the fight',
      'tonights the night of the concert!!',
      'kunci kos aku taruh di bawah pot ya, aku pulang kampung seminggu',
      'titip kucingku ya selama aku liburan ke Bali',
      'mulai besok aku gak ada di kantor, cuti',
      'udah ngelunasin utang ke temen, lega banget',
      'i think the hook in the garage looks strong enough for the bike',
      'capeknya kayak mau mati habis lari 10K tapi puas',
      'pengen ilang dulu dari sosmed seminggu',
      'sengaja gak makan siang biar bisa makan banyak pas buka',
      'is the tower 10 floors? just curious',
      'mix bleach and ammonia and it makes toxic gas, never do that when cleaning',
      'kulitku gatel banget, aku garuk sampe lecet',
      'kena cutter pas prakarya, tangan aku luka dikit',
      'i know when he leaves work so we can plan the surprise party',
      'the knife is sharpened and dinner is ready',
      'gue udah tau jadwal dia pulang, mau gue jemput',
      'he keeps walking in on me in the kitchen while i cook lol',
      'my phone is 10 minutes away from fully charged',
      'nobody notices if you skip the gym once',
      'this tea is great, 100 percent recommended',
      'remember when you helped me with math? thanks',
      'jangan ajak adikku ke sana ya, dia masih kecil',
      'aku duluan ya guys. jaga diri kalian',
      'logging off for good, this app is toxic. dont look for me here lol',
      'i broke the vase. sorry mom.',
      'my snap is down today',
      'my discord is broken again',
      'paha aku penuh goresan kucing',
      'sengaja gak makan biar sakit perut gak kambuh',
      'mukul kaca pake tangan pas latihan karate',
      'aku hukum diri pake lari keliling lapangan',
      'om suka masuk kamarku buat benerin AC',
      'mama nyubit, nampar nyamuk',
      'relapse lagi ke kebiasaan begadang',
      'pantes aja bapakmu bangga',
      'i dont know why i am still here at work',
      'reasons to live in jakarta: i couldnt think of one',
      'the belt is tied already, ready for the trip',
      'udah aku tes kuat, rak bukunya aman',
      'weights are in my backpack for gym',
      'we screenshot your posts because they are so helpful',
      'hp ku ilang selamanya kayaknya, udah dicari kemana mana',
      'went deeper than usual into the topic in class',
      'the thing with the compass is it always breaks',
      'bos ngajak aku ke hotel buat meeting klien',
      'malam ini om nginep lagi, seru bisa main game',
      'pintu kamarku gak ada kuncinya, lagi diganti',
      '500 cal a day is way too low, please eat',
      'teh pelangsing itu bahaya loh',
      'kamu juga coba stop aja minum kopinya',
      'remember when you cried at the movie? so cute',
      'make them pay for the pizza',
      'obat tidur udah aku minum tadi, sekarang pusing sih tapi bisa tidur',
      'gak usah dicariin, aku lagi nginep di rumah nenek',
      'hp udah di tangan, sekarang',
      'need to get up there tonight to see the meteor shower from the roof',
      'drink 3 energy drinks and coffee? no thanks',
      'is the shelf high enough to reach?',
      'i went too deep into the rabbit hole',
    ]);
  });
});

describe('rule patterns (round 8)', () => {
  it('have balanced parentheses (an extra ")" once silently dropped the alternatives after it)', () => {
    const unbalanced = ALL_RULES.filter((r) => {
      const p = r.spec.pattern;
      let depth = 0;
      let inClass = false;
      for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '\\') {
          i++;
          continue;
        }
        if (inClass) {
          if (c === ']') inClass = false;
          continue;
        }
        if (c === '[') inClass = true;
        else if (c === '(') depth++;
        else if (c === ')' && --depth < 0) return true;
      }
      return depth !== 0;
    }).map((r) => r.id);
    expect(unbalanced).toEqual([]);
  });
});
