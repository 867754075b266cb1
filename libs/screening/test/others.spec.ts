import { expectLevels, result } from './helpers';

describe('self-harm', () => {
  it('current self-harm and urges are HIGH', () => {
    expectLevels('HIGH', [
      "I've started cutting again, it's the only thing that helps.",
      'I relapsed last night and cut my thighs.',
      "i've been burning myself with a lighter",
      'I keep having this urge to cut again.',
      'Aku mulai nyilet tangan lagi, cuma itu yang bikin lega.',
      'Semalam aku nyilet lengan lagi.',
      'gue sh lagi semalam',
      'Aku sering benturin kepala ke tembok kalau lagi stres.',
      'My roommate has been cutting herself.',
    ]);
  });

  it('an emergency (heavy bleeding) is CRISIS', () => {
    expectLevels('CRISIS', [
      "i cut myself again and the bleeding won't stop",
      'Aku nyilet tangan lagi, darahnya gak berhenti.',
    ]);
  });

  it('cutting other things is nothing', () => {
    expectLevels('NONE', [
      'I cut my hair short again.',
      'I cut the onions for dinner.',
      'We cut class today haha',
    ]);
  });
});

describe('violence against others', () => {
  it('intent is HIGH, with a weapon or a prepared time it is CRISIS', () => {
    expectLevels('HIGH', [
      "I'm going to beat up that guy from my class when I see him.",
      'Aku bakal hajar dia kalau ketemu besok di sekolah.',
    ]);
    expectLevels('CRISIS', [
      "I'm going to hurt my roommate when he gets home, I've got a bat by the door.",
      'Pas kakakku pulang nanti aku bakal pukul dia pakai balok, udah aku siapin.',
      "I'm going to bring my dad's gun to school tomorrow.",
    ]);
  });

  it('a wish to hit someone is MEDIUM, a joke is not a threat', () => {
    expectLevels('MEDIUM', ['I want to punch him so bad.', 'pengen nampar dia rasanya']);
    expectLevels('NONE', [
      'I beat my brother at chess again, he is so mad haha',
      'Hit me up if you want to study.',
    ]);
  });
});

describe('abuse', () => {
  it('current abuse is HIGH', () => {
    expectLevels('HIGH', [
      "My boyfriend hits me when he's angry.",
      'My uncle keeps touching me at night.',
      'My stepfather beats me and my mom pretends not to see.',
      'Ayahku sering mukul aku pakai ikat pinggang.',
      'Aku dipukul ayah tadi malam.',
      'Aku dilecehkan sama kakak kelas di sekolah.',
      'Pacarku ngancam bakal nyebarin foto aku.',
      'Bapak tiriku suka masuk kamarku malem-malem terus megang-megang aku.',
      'Temanku dipukul ayahnya tiap hari.',
    ]);
  });

  it('abuse with immediate danger is CRISIS', () => {
    expectLevels('CRISIS', [
      "he's outside my door right now yelling that he'll kill me, he already hit me twice tonight",
      'Suamiku lagi ngamuk bawa parang, aku sama anak sembunyi di kamar. Tadi aku dicekik.',
    ]);
  });

  it('bullying is MEDIUM, an old story with recovery is NONE', () => {
    expectLevels('MEDIUM', [
      'Aku dibully di kelas tiap hari.',
      "I'm being bullied at school.",
      'Waktu kecil aku pernah dilecehkan om aku.',
    ]);
    expectLevels('NONE', [
      'Waktu kecil aku pernah dipukul ayah, tapi sekarang kami udah baikan dan aku sudah pulih.',
    ]);
  });

  it('figures of speech are not abuse', () => {
    expectLevels('NONE', [
      'Dihajar deadline minggu ini.',
      'Jangan dipukul rata semua orang.',
      'aku ditendang dari grup WA kelas',
    ]);
  });
});

describe('harassment', () => {
  it('insults and exclusion directed at a member are MEDIUM', () => {
    expectLevels('MEDIUM', [
      "You're a worthless crybaby, leave this group.",
      'Dasar cengeng nggak berguna, keluar aja dari grup ini.',
      'Kamu tuh emang goblok.',
      'lol ur so ugly no wonder nobody likes you',
      'Keluar aja dari grup ini.',
    ]);
    expect(result('Dasar cengeng nggak berguna').categories).toEqual(['harassment']);
  });

  it("telling someone to die is harassment and unsafe, not the writer's own ideation", () => {
    const r = result('kys nobody wants you here');
    expect(r.level).toBe('MEDIUM');
    expect(r.categories).toEqual(['harassment', 'unsafe_advice']);
    expectLevels('MEDIUM', ['mati aja lo', 'Just kill yourself already.', 'mending lo mati']);
  });

  it('support, self-talk and reports are not harassment', () => {
    expectLevels('NONE', [
      "You're not a burden, you are loved.",
      'Kamu nggak sendirian.',
      'I want to leave this group, it is too much for me right now.',
    ]);
    expectLevels('MEDIUM', ['They told me to kill myself.']);
  });
});

describe('unsafe advice', () => {
  it('stopping medication, sharing pills, skipping help, dangerous diets and doses are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'Forget therapy, just take some of my Xanax, works every time.',
      'Nggak usah ke psikolog, minum aja obat penenang punyaku, pasti mempan.',
      'Just stop taking your antidepressants, they are poison.',
      'Gak usah minum obat dari psikiater, nanti ketergantungan.',
      "Don't eat for three days, that's how I lost weight fast.",
      'Muntahin aja makanannya biar cepet kurus.',
      'take double the dose, it works faster',
      'Stop going to therapy, it is a scam.',
      'try cutting, it really helps',
    ]);
    expect(result('Just stop taking your antidepressants').categories).toEqual(['unsafe_advice']);
  });

  it("the writer's own situation is not advice", () => {
    expectLevels('NONE', [
      'I stopped taking my meds last week and I feel weird.',
      'My doctor told me to take xanax when I panic.',
    ]);
  });
});

describe('personal data', () => {
  it('phone numbers, e-mails, NIK, addresses and handles are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'Call me at +1 415 555 0134 if you want to talk.',
      'Telepon aku di 0857-1111-2222 kalau mau ngobrol.',
      'WA aku di +62 812 3456 7890',
      'email me at dewi.lestari@gmail.com',
      'NIK aku 3174051203990001 buat daftar ya',
      'Alamat rumahku di Jl. Melati No. 12, Depok.',
      'I live at 24 Baker Street, come visit.',
      'Follow ig aku @rina.sari99 ya',
    ]);
    const r = result('Telepon aku di 0857-1111-2222 kalau mau ngobrol.');
    expect(r.categories).toEqual(['personal_data']);
    expect(r.matches).toEqual([{ rule: 'personal_data.phone.id', excerpt: '0857-1111-2222' }]);
  });

  it('hotlines, prices, dates and years are not personal data', () => {
    expectLevels('NONE', [
      'If you need help call 119 ext 8 or 112.',
      'Harganya Rp 1.500.000 per semester.',
      'Ujian tanggal 12-05-2025 jam 08.00.',
      'I was born in 2006 and graduated in 2024.',
      'SAPA 129 juga bisa dihubungi lewat WhatsApp 08111-129-129.',
    ]);
  });
});

describe('spam', () => {
  it('gambling, crypto pumps and loan offers with a call to action or a link are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'SLOT GACOR hari ini! Maxwin dijamin, daftar sekarang di slotgacor88.vip',
      'New token presale, 100x guaranteed, join our telegram t.me/moonpump',
      'Pinjaman online cair cepat tanpa BI checking, hubungi admin',
      'Earn 5% profit per day guaranteed, click the link in bio!',
    ]);
    expect(
      result('Togel online terpercaya, bonus 100%! Daftar di situs kami sekarang.').categories,
    ).toContain('spam');
  });

  it('talking about gambling is not spam', () => {
    expectLevels('NONE', [
      'Suamiku kecanduan judi online, aku bingung harus gimana.',
      'Is there a support group for people with a gambling problem?',
    ]);
  });
});

describe('distress', () => {
  it('hopelessness without ideation is LOW', () => {
    expectLevels('LOW', [
      'I feel so hopeless lately.',
      'I hate myself so much.',
      'Aku udah nggak kuat lagi.',
      'Rasanya nggak ada harapan lagi.',
    ]);
    expect(result('I feel so hopeless lately.').categories).toEqual(['suicide']);
  });

  it('ordinary worries are nothing', () => {
    expectLevels('NONE', [
      'I worry a lot about my future and it makes it hard to focus.',
      'Capeeek banget hari ini tapi seneng.',
      'Aku sering khawatir soal masa depan.',
    ]);
  });
});

describe('several risks in one post', () => {
  it('takes the highest level and lists every category', () => {
    const r = result('Dasar bego. Btw aku pengen mati, WA aku di 0812 3456 7890');
    expect(r.level).toBe('HIGH');
    expect(r.categories).toEqual(['suicide', 'harassment', 'personal_data']);
  });
});
