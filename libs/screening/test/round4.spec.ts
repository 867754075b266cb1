import { ALL_RULES } from '../src/engine';
import { Gate } from '../src/gate';
import { prepare } from '../src/normalize';
import { expectLevels, rules } from './helpers';

// Rule families added after the blind-4 round (variants, not the blind sentences themselves).

describe('normalisation: numbers with units are not leetspeak', () => {
  it('keeps "20rb", "50k", "10mg"', () => {
    expect(prepare('depo 20rb dapet 50k, 10mg').text).toBe('depo 20rb dapet 50k, 10mg');
    expect(prepare('td aq')).toMatchObject({ text: 'tadi aku' });
  });
});

describe('suicide: implicit plans and methods', () => {
  it('laid-out pills with the courage to take them, a note on the bed, a last message are CRISIS', () => {
    expectLevels('CRISIS', [
      'all my meds are laid out on the table, i just need the nerve to take them all',
      'the note is on my desk and everything is ready',
      "you won't hear from me again after tonight",
      'ini terakhir kalinya kalian baca tulisan dari aku',
      'Sorry for being such a burden. By tomorrow it will not matter.',
    ]);
  });
  it('car exhaust in a closed garage, household poisons, "most reliable way" are CRISIS', () => {
    expectLevels('CRISIS', [
      'lying in the car in the closed garage with the engine on',
      'barusan aku nenggak karbol, tenggorokan panas',
      'what is the most effective way to end it all',
      'obat apa yang bisa bikin gak bangun lagi?',
    ]);
  });
  it('at an edge, a farewell makes it CRISIS; on a roof fixing tiles it does not', () => {
    expectLevels('CRISIS', ['aku lagi di tepi jurang, maafin aku semuanya']);
    expectLevels('NONE', ['lagi di atap benerin antena, maaf ya semua']);
  });
  it('at the tracks with a train about to pass is CRISIS; on a platform or at home by the tracks it is not', () => {
    expectLevels('CRISIS', [
      'aku lagi berdiri di rel, keretanya udah mau lewat',
      "I'm on the tracks now and a train is approaching",
    ]);
    expectLevels('NONE', [
      'udah di peron, kereta bentar lagi datang',
      'kosanku di pinggir rel, tiap kereta lewat kaca bergetar',
      'we live by the tracks, the next train is coming',
    ]);
  });
  it('"this is it" at a dangerous place is CRISIS', () => {
    expectLevels('CRISIS', ["I'm at the edge of the bridge. This is it."]);
  });
  it('searching for ways to die, crashing on purpose, a bare "I attempted" are HIGH', () => {
    expectLevels('HIGH', [
      'been looking up painless ways to die all night',
      'i keep thinking about driving my car off the road on purpose',
      'I attempted last month, nobody at school knows',
      "my sister's been planning her own death, she told me",
    ]);
  });
  it('someone suicidal in a book, or any friend in a question, is not a disclosure', () => {
    expectLevels('NONE', [
      'The novel follows a suicidal teenager who finds hope.',
      'What should you do if a friend is thinking about suicide?',
    ]);
    expectLevels('HIGH', ['A friend of mine keeps talking about suicide.']);
  });
});

describe('self-harm: new wounds, burns, punishment', () => {
  it('is HIGH', () => {
    expectLevels('HIGH', [
      'three new cuts on my arm since yesterday',
      'burnt my thigh with a lighter again',
      'aku sengaja gak makan dua hari buat menghukum diri sendiri',
    ]);
  });
  it('burning yourself cooking is nothing', () => {
    expectLevels('NONE', ['I burned my arm on the oven door, ouch']);
  });
});

describe('abuse, bullying, violence', () => {
  it('"used to" abuse without recovery is MEDIUM; abusing a parent is HIGH', () => {
    expectLevels('MEDIUM', ['my mom used to slap me when I was little']);
    expectLevels('HIGH', ['ayah tiap malam mukulin ibu, aku takut']);
  });
  it('being mocked, rumours, name-calling are bullying (MEDIUM)', () => {
    expectLevels('MEDIUM', [
      'they keep making fun of me in the group chat',
      'temen2 sekelas suka ngejek aku',
    ]);
  });
  it('a weapon carried to school, or a sharpened weapon with a time and a threat, is CRISIS', () => {
    expectLevels('CRISIS', [
      "I'm taking my brother's knife to school on monday",
      'golok udah gue siapin, pas dia pulang nanti mampus dia',
    ]);
    expect(rules('golok udah gue siapin, pas dia pulang nanti mampus dia')).toContain('grade.violence.plan');
  });
  it('wanting to punch someone in the face is a violent wish (MEDIUM)', () => {
    expectLevels('MEDIUM', ['pengen nampol muka si andi']);
  });
});

describe('unsafe advice and spam', () => {
  it('mixing sleeping pills with alcohol, "therapists only want money", drinking as a cure are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'campurin aja obat penenang sama miras biar cepet tidur',
      'therapists only want your money lol',
      'just drink yourself to sleep, works for me',
    ]);
  });
  it('gambling with "main di situs" and a deposit is spam', () => {
    expectLevels('MEDIUM', ['slot gacor malam ini, main di situs kami, deposit 10rb']);
  });
});

describe('distress (LOW)', () => {
  it("falling apart, drained, done with everything, hating one's life", () => {
    expectLevels('LOW', [
      "i'm falling apart and nobody sees it",
      'emotionally drained, every single day',
      "honestly i'm done with everything",
      'hidup aku kacau banget sekarang',
      'aku selalu ngecewain orang tua',
    ]);
  });
});

describe('gate size', () => {
  it('keeps the automaton under 65,536 states, so its table stays 16-bit (throughput)', () => {
    const gate = new Gate(ALL_RULES.map((r) => r.gate)) as unknown as { delta: ArrayLike<number> };
    expect(gate.delta).toBeInstanceOf(Uint16Array);
  });
});
