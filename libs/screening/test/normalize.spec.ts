import { excerptOf, prepare } from '../src/normalize';

const text = (s: string) => prepare(s).text;

describe('normalisation', () => {
  it('lower-cases and folds Unicode compatibility forms and accents', () => {
    expect(text('ＡＫＵ Mau MATI')).toBe('aku mau mati');
    expect(text('𝐛𝐮𝐧𝐮𝐡 𝐝𝐢𝐫𝐢')).toBe('bunuh diri');
    expect(text('café naïve')).toBe('cafe naive');
    expect(text('cafe\u0301')).toBe('cafe');
  });

  it('squeezes repeated letters (and the rules are squeezed the same way)', () => {
    expect(text('capeeeek bangeeet')).toBe('capek banget');
    expect(text('I wanna dieeee')).toBe('i want to die');
    expect(text('killll')).toBe('kil');
  });

  it('undoes leetspeak inside words only', () => {
    expect(text('k1ll mys3lf')).toBe('kil myself');
    expect(text('m4ti b@ngsat su1c1de')).toBe('mati bangsat suicide');
    expect(text('2024 10x slot88')).toBe('2024 10x slot88');
  });

  it('expands abbreviations and contractions', () => {
    expect(text('gw pgn bgt yg dgn')).toBe('gue pengen banget yang dengan');
    expect(text("I'm gonna, he'll, you're, I'd")).toBe('i am going to, he wil, you are, i would');
    expect(text("don't can't she's")).toBe('dont cant she is');
    expect(text('kms rn')).toBe('kil myself right now');
    expect(text('udh g kuat')).toBe('udah g kuat');
  });

  it('keeps one sentence mark per run and turns hyphens and symbols into spaces', () => {
    expect(text('HP-ku mati!!! 😭 ...terus??')).toBe('hp ku mati! terus?');
    expect(text('line one\nline two')).toBe('line one. line two');
    expect(text('diskon 50%')).toBe('diskon 50 percent');
  });

  it('maps meaningful emoji to words', () => {
    expect(text('lol 😂')).toBe('lol haha');
    expect(text('💊💊 tonight')).toBe('pils pils tonight');
  });

  it('maps every part of the normalised text back to the original for excerpts', () => {
    const original = 'Aku   SUDAH capeeek, pgn m4ti ajaaa 😭 bgt';
    const p = prepare(original);
    const at = (needle: string) => {
      const start = p.text.indexOf(needle);
      return excerptOf(p, start, start + needle.length);
    };
    expect(at('sudah capek')).toBe('SUDAH capeeek');
    expect(at('pengen mati aja')).toBe('pgn m4ti ajaaa');
    expect(at('banget')).toBe('bgt');
  });

  it('maps through Unicode folding too', () => {
    const original = 'Ｉ　ｗａｎｔ ｔｏ ｄｉｅ';
    const p = prepare(original);
    const start = p.text.indexOf('want');
    expect(excerptOf(p, start, p.text.length)).toBe('ｗａｎｔ ｔｏ ｄｉｅ');
  });
});
