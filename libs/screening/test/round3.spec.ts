import { prepare } from '../src/normalize';
import { expectLevels, rules } from './helpers';

// Rule families added after the blind-3 round (variants, not the blind sentences themselves).

describe('normalisation: reduplication and more short forms', () => {
  it('writes "X2" as "X X" and expands the halves', () => {
    expect(prepare('anak2 sekelas').text).toBe('anak anak sekelas');
    expect(prepare('mati2an belajar').text).toBe('mati matian belajar');
    expect(prepare('bnr2 capek').text).toBe('bener bener capek');
    expect(prepare('h2o ab2').text).toBe('h2o ab2');
  });
  it('expands "tonight\'s" and Indonesian short forms', () => {
    expect(prepare("tonight's the night").text).toBe('tonight is the night');
    expect(prepare('lbh baik mati drpd gini, brp byk').text).toContain('daripada gini, berapa banyak');
  });
});

describe('suicide: new phrasings', () => {
  it('asking for a lethal amount is CRISIS', () => {
    expectLevels('CRISIS', [
      'how much ibuprofen would be fatal for someone my size',
      'what is the lethal dose of paracetamol',
      'berapa butir obat tidur yg harus aku minum supaya gak bangun lagi',
      'dosis parasetamol yang mematikan berapa ya',
    ]);
  });
  it('a prepared means with a waiting time, or "enough to end it", is CRISIS', () => {
    expectLevels('CRISIS', [
      'aku udah nyiapin racun tikus, tinggal nunggu orang rumah pergi',
      'obat tidurku udah aku kumpulin, sekarang cukup buat mengakhiri hidupku',
      "I'm going to end it next week, nobody will stop me",
      "bought charcoal, tonight's the night",
    ]);
  });
  it('praying to be taken and "better off if I wasn\'t here" are HIGH', () => {
    expectLevels('HIGH', [
      'Tuhan tolong ambil aku aja, aku capek',
      'ya Allah cabut aja nyawaku',
      'my family would be better off if I wasnt around',
      'aku kepikiran terus terusan buat bunuh diri',
    ]);
  });
  it('an attempt days or weeks ago is HIGH, not CRISIS', () => {
    expectLevels('HIGH', [
      'I tried to overdose two weeks ago and nobody knows',
      'bulan lalu aku nyoba gantung diri tapi talinya putus, sekarang aku di kamar',
    ]);
  });
});

describe('self-harm: relapse after a clean streak', () => {
  it('is HIGH', () => {
    expectLevels('HIGH', [
      'relapsed today after 40 days clean from cutting',
      'aku kambuh lagi setelah setahun berhenti self harm',
      'gw suka mukul2 kepala sendiri kalo panik',
    ]);
  });
});

describe('abuse: danger with a weapon, touching written with a 2', () => {
  it('someone armed at the door while the writer hides is CRISIS', () => {
    expectLevels('CRISIS', ['ayah lagi gedor pintu bawa pisau, aku ngumpet di kamar mandi']);
  });
  it('reduplicated touching is HIGH', () => {
    expectLevels('HIGH', ['paman aku suka grepe2 aku kalau rumah sepi']);
  });
  it('being called names every day is bullying (MEDIUM)', () => {
    expectLevels('MEDIUM', ['aku dikatain gendut tiap hari sama temen sekelas']);
  });
});

describe('harassment, unsafe advice, violent wishes', () => {
  it('insults with particles and exclusion phrasings are MEDIUM', () => {
    expectLevels('MEDIUM', [
      'tolol amat sih lu',
      'dasar lo anak setan',
      'ga ada yg mau deket sama kamu, sadar diri',
    ]);
  });
  it("conditional advice to the reader counts; the writer's own habits do not", () => {
    expectLevels('MEDIUM', [
      'kalau sedih minum aja sampe teler, besok juga lupa',
      'if you cant focus take one of your brothers adderall',
      'gak perlu resep dokter, beli aja online',
    ]);
    expectLevels('NONE', ['kalau aku stres aku minum teh anget terus tidur']);
  });
  it('hoping someone gets hurt is a violent wish (MEDIUM)', () => {
    expectLevels('MEDIUM', ['I hope that teacher gets run over', 'moga2 si rudi kecelakaan besok']);
    expect(rules('I hope that teacher gets run over')).toContain('violence.wish_harm');
  });
});

describe('spam and personal data', () => {
  it('income offers and illegal medicine sales with a call to action are spam', () => {
    expectLevels('MEDIUM', [
      'earn 300 a day from home, dm me for info',
      'sedia obat penggugur kandungan, wa aja kak',
    ]);
  });
  it('a lone promotional link is LOW', () => {
    expectLevels('LOW', ['check out my channel youtube.com/c/ceritaku']);
  });
  it('a chat handle after filler words is personal data', () => {
    expectLevels('MEDIUM', ['add line gue dong: rara_cute99']);
  });
});

describe('distress and idioms', () => {
  it('exhaustion, emptiness and crying are LOW', () => {
    expectLevels('LOW', [
      "so tired of pretending i'm fine",
      'rasanya kosong banget akhir akhir ini',
      'nangis terus tiap malem',
      'ngerasa gagal banget jadi anak',
    ]);
  });
  it('laughing "to death" and "drop dead gorgeous" are nothing', () => {
    expectLevels('NONE', ['ketawa sampe hampir mati liat meme itu', 'she looked drop dead stunning at prom']);
  });
});
