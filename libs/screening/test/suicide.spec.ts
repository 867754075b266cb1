import { expectLevels, result, rules } from './helpers';

describe('suicide: active ideation (HIGH)', () => {
  it('English', () => {
    expectLevels('HIGH', [
      'I want to die.',
      'i just wanna die',
      'I wish I was dead.',
      "I've been thinking about suicide a lot.",
      "I'm suicidal and I don't know who to talk to.",
      "I don't want to live anymore.",
      "I'm so tired of living.",
      "What's the point of living?",
      'I want to kill myself',
      'ngl i have been su1c1dal all week',
      'kms',
    ]);
  });

  it('Indonesian, formal and informal', () => {
    expectLevels('HIGH', [
      'Pengen mati rasanya.',
      'Aku ingin mati saja.',
      'gw pgn mati bgt sumpah',
      'Aku sering kepikiran bunuh diri.',
      'Saya tidak ingin hidup lagi.',
      'Udah gak mau hidup lagi.',
      'Capek hidup.',
      'Buat apa aku hidup.',
      'Mending aku mati aja.',
      'pengen bundir',
      'Pengen tidur dan nggak bangun lagi.',
      'Hidupku udah nggak ada artinya.',
    ]);
  });

  it('code-switching and repeated letters', () => {
    expectLevels('HIGH', [
      'Aku capek hidup, I just want to die.',
      'gue pengen die aja',
      'i wanna dieeee',
      'pengen matiii ajaaa',
    ]);
  });
});

describe('suicide: passive ideation (HIGH)', () => {
  it('burden and belonging', () => {
    expectLevels('HIGH', [
      'Everyone would be happier without me around.',
      'Honestly everyone would be better off if I was gone.',
      'Nobody would even notice if I died.',
      "I'm just a burden to everyone.",
      'I wish I had never been born.',
      'Semua orang bakal lebih bahagia tanpa aku.',
      'Nggak ada yang peduli kalau aku mati.',
      'Aku cuma jadi beban buat semua orang.',
      'Nyesel dilahirin ke dunia ini.',
    ]);
  });
});

describe('suicide: plan, method, means, time, goodbye (CRISIS)', () => {
  it('ideation with a time or a method', () => {
    expectLevels('CRISIS', [
      'aku mau bunuh diri malam ini',
      'I want to die tonight.',
      "I'm going to step in front of the next train.",
      'Aku di peron stasiun, mau lompat ke rel pas kereta berikutnya lewat.',
      'pengen gantung diri aja',
      'I want to end it all, I keep looking at the pills in my drawer.',
      "I can't do this anymore. I'm going to end it tonight.",
    ]);
    expectLevels('NONE', ["I'm going to end it with my boyfriend tonight."]);
  });

  it('preparations without the word suicide', () => {
    expectLevels('CRISIS', [
      "I have everything ready, the pills and a note. I'm doing it tonight after everyone is asleep.",
      'Semua udah siap, obat sama surat. Malam ini aku lakuin pas semua tidur.',
      'Obatnya udah aku kumpulin sebulan ini, besok aku minum semuanya.',
      'I wrote a note for my mom and the rope is ready.',
      'i have the razor and the pills next to me, tonight is the night',
      "Everything is ready. I'm doing it tonight.",
    ]);
    expectLevels('NONE', [
      'Everything is ready for the party, we are doing it tonight!',
      'Semua udah siap buat ujian besok, malam ini aku lakuin review terakhir.',
    ]);
  });

  it('a final goodbye, giving things away', () => {
    expectLevels('CRISIS', [
      'Selamat tinggal semuanya.',
      'This is my last post. Goodbye everyone.',
      'Saat kalian baca ini aku udah nggak ada.',
      "I'm giving away all my stuff. I want to die.",
    ]);
    expectLevels('HIGH', ['I have been giving away all my stuff lately.']);
  });

  it('acts in progress and attempts that just happened', () => {
    expectLevels('CRISIS', [
      'I just slit my wrists and there is a lot of blood.',
      'Aku barusan nyayat pergelangan tanganku, darahnya banyak.',
      'I just took 40 sleeping pills.',
      'Barusan aku minum 30 butir obat tidur.',
      "I'm standing on the roof and I'm going to jump.",
      'gue lagi di atas jembatan, pengen lompat aja sekarang',
    ]);
  });

  it('asking for a way to die is held for a professional', () => {
    expectLevels('CRISIS', [
      'What is the most painless way to die?',
      'cara bunuh diri yang paling gampang apa',
      'berapa butir paracetamol biar mati',
    ]);
  });

  it('a method only thought about, or an attempt without a time, is HIGH', () => {
    expectLevels('HIGH', [
      'sometimes i think about driving my car into a wall',
      'Tiap malam aku mikirin cara buat mati.',
      'I tried to kill myself last month and I still think about it.',
    ]);
  });

  it('explains the combination', () => {
    const r = result('aku mau bunuh diri malam ini');
    expect(r.categories).toEqual(['suicide']);
    expect(r.matches.map((m) => m.rule)).toEqual(
      expect.arrayContaining(['plan.time', 'grade.suicide.ideation_plan']),
    );
    expect(r.matches.find((m) => m.rule === 'plan.time')?.excerpt).toBe('malam ini');
  });
});

describe('suicide: about someone else', () => {
  it('a friend or relative at risk is HIGH, in danger now is CRISIS', () => {
    expectLevels('HIGH', [
      'My friend said she wants to die, how do I help?',
      'Temenku cerita dia pengen bunuh diri, aku harus ngapain?',
      'My little brother told me he wants to die.',
      'Adikku bilang dia pengen mati, dia baru kelas 6 SD.',
    ]);
    expectLevels('CRISIS', [
      'my friend just texted me she swallowed a whole bottle of pills, what do I do??',
      'My sister is threatening to jump off the bridge.',
    ]);
  });

  it('people in general, films and the news are not disclosures', () => {
    expectLevels('NONE', [
      'How do I support a friend who self-harms? Any tips?',
      'Bagaimana cara bantu teman yang punya pikiran bunuh diri?',
      'The movie had a scene where the character kills himself.',
      'We had a training on how to respond when a student talks about suicide.',
      'Our counsellor shared a great article on suicide prevention for parents.',
      'Kalau kepikiran bunuh diri, langsung hubungi 119 ext 8 ya.',
      'Kalau ada yang pengen mati, tolong cerita ke konselor.',
      'If you are having thoughts of suicide, please call a hotline.',
    ]);
    expectLevels('HIGH', [
      'Kalau aku kepikiran bunuh diri, aku harus hubungi siapa?',
      'Aku pengen mati, tolong bantu aku.',
    ]);
    expect(rules('The movie had a scene where the character kills himself.')).toContain(
      'context.general_talk',
    );
  });
});
