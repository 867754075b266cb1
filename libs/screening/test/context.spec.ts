import { expectLevels, result, rules } from './helpers';

describe('negation', () => {
  it('cancels what it governs', () => {
    expectLevels('NONE', [
      "I'm not suicidal, just really stressed.",
      'I would never hurt myself.',
      'never would hurt myself',
      "I don't want to die, I want the pain to stop.",
      'aku nggak kepikiran bunuh diri kok',
      'Aku nggak ada niat bunuh diri.',
      'Nggak ada niatan buat nyakitin diri kok, tenang.',
      'Aku gak mau mati, aku cuma pengen didengerin.',
      "Please don't kill yourself, you matter.",
    ]);
    expect(rules("I'm not suicidal")).toContain('negation.scope');
    expect(result("I'm not suicidal").matches.find((m) => m.rule === 'negation.scope')?.excerpt).toBe(
      'not suicidal',
    );
  });

  it('stays in its clause and does not reach across other words', () => {
    expectLevels('HIGH', [
      "I've been thinking about suicide a lot but I don't think I'd act on it.",
      'Aku sering kepikiran bunuh diri, tapi kayaknya nggak bakal aku lakuin.',
      "I don't know why I want to die.",
      'gak kuat, pengen mati aja',
      "I can't stop thinking about killing myself.",
      "I'm trying not to cut again",
    ]);
  });
});

describe('past and recovery', () => {
  it('a recovery story is not a current risk', () => {
    expectLevels('NONE', [
      'Dulu aku pernah self-harm, sekarang sudah 2 tahun bersih.',
      "I used to cut but I've been clean for a year.",
      'Back in high school I cut myself a lot, but therapy helped and I have been clean for 5 years.',
      'Dulu waktu SMP aku sering kepikiran mati, tapi sekarang udah jauh lebih baik.',
      'Proud of myself: two years since my last attempt.',
    ]);
    expect(rules("I used to cut but I've been clean for a year.")).toContain('context.past');
  });

  it('a relapse is current again', () => {
    expectLevels('HIGH', [
      "I've started cutting again, it's the only thing that helps.",
      'Aku mulai nyilet tangan lagi.',
      'I started self-harming again after two years clean.',
    ]);
  });

  it('"never" before pernah is not the past', () => {
    expectLevels('HIGH', ['Kayaknya lebih baik aku gak pernah lahir.']);
  });
});

describe('idioms', () => {
  it('harmless uses of death words', () => {
    expectLevels('NONE', [
      'You absolutely killed it on stage!',
      'This exam is killing me.',
      'That comedy special killed me, I could not stop laughing.',
      'I was dying of laughter.',
      'Mati lampu lagi.',
      'Liburan di rumah bikin mati gaya.',
      'HP-ku mati pas lagi telponan.',
      'Aku mati kutu ditanya dosen.',
      'Main game buat bunuh waktu.',
      'Kita ngakak sampe mati.',
      'Mati aku, lupa bawa payung.',
      'My laptop died right before the deadline.',
      'My mom is going to kill me when she sees this haircut lol',
      'I could kill for a pizza right now.',
      'Baterai laptopku udah mau mati.',
      'Kucingku mati kemarin, sedih banget.',
      'pengen mati lampu aja biar gak usah lembur haha',
      'Ditampar kenyataan pas lihat nilai.',
      'Kita ketemu pukul 7 malam.',
    ]);
    expect(rules('Mati lampu lagi.')).toEqual(['idiom.id.mati_lampu']);
  });

  it('an idiom does not hide a real statement next to it', () => {
    expectLevels('HIGH', [
      'Mati lampu lagi. Aku pengen mati aja rasanya.',
      'This exam is killing me and honestly I want to die.',
    ]);
  });
});

describe('jokes and hypotheticals', () => {
  it('a laughing hyperbole is LOW', () => {
    expectLevels('LOW', ['this homework makes me want to die lol', 'ujian besok bikin pengen mati wkwk']);
  });
});

describe('slang and spelling', () => {
  it('reads abbreviations, leetspeak and elongation', () => {
    expectLevels('HIGH', [
      'gw udh g mau idup lg',
      'pgn m4ti ajaaa',
      'I w4nt to d1e',
      'Aku udah nggak mau hiduuup lagiii',
    ]);
  });

  it('reads Indonesian affixes and enclitics', () => {
    expectLevels('HIGH', [
      'Ayahku sering memukulku.',
      'Aku sering dipukuli ayah.',
      'Adikku dipukulin kakak kelasnya.',
    ]);
  });
});
