import { CATEGORIES, LEVELS, screenText } from '../src/index';

describe('screenText', () => {
  it('returns level, categories and matches', () => {
    const r = screenText('aku mau bunuh diri malam ini', { lang: 'id' });
    expect(r).toEqual({
      level: 'CRISIS',
      categories: ['suicide'],
      matches: expect.arrayContaining([{ rule: expect.any(String), excerpt: expect.any(String) }]),
    });
    for (const m of r.matches) {
      expect(m.excerpt.length).toBeGreaterThan(0);
      expect(m.excerpt.length).toBeLessThanOrEqual(80);
    }
  });

  it('handles empty, blank and very long input', () => {
    expect(screenText('')).toEqual({ level: 'NONE', categories: [], matches: [] });
    expect(screenText('   \n ')).toEqual({ level: 'NONE', categories: [], matches: [] });
    const long = 'Hari ini aku belajar bareng teman. '.repeat(3000) + 'Aku pengen mati.';
    expect(screenText(long).level).toBe('HIGH');
  });

  it('treats lang as a hint: both languages always run', () => {
    expect(screenText('I want to die', { lang: 'id' }).level).toBe('HIGH');
    expect(screenText('pengen mati', { lang: 'en' }).level).toBe('HIGH');
  });

  it('takes excerpts from the original text, as written', () => {
    const r = screenText('Udah Gak Kuat... PENGEN MATIII AJAAA');
    expect(r.matches[0]).toEqual({ rule: 'suicide.ideation.id', excerpt: 'PENGEN MATIII AJAAA' });
  });

  it('caps the number of matches', () => {
    const r = screenText('I want to die. '.repeat(100));
    expect(r.matches.length).toBeLessThanOrEqual(24);
  });

  it('exports the level and category lists', () => {
    expect(LEVELS).toEqual(['NONE', 'LOW', 'MEDIUM', 'HIGH', 'CRISIS']);
    expect(CATEGORIES).toEqual([
      'suicide',
      'self_harm',
      'abuse',
      'violence',
      'harassment',
      'personal_data',
      'unsafe_advice',
      'spam',
    ]);
  });

  it('survives odd input', () => {
    for (const t of [
      '\u0000\u0001',
      '🙂🙂🙂',
      'ｋｉｌｌ ｍｙｓｅｌｆ',
      'a'.repeat(10000),
      '!!!???...',
      "''''",
      '@@@',
      '%%%',
    ]) {
      expect(() => screenText(t)).not.toThrow();
    }
    expect(screenText('ｋｉｌｌ ｍｙｓｅｌｆ').level).toBe('HIGH');
  });
});
