import { DomainError } from '../platform/errors/domain-error.js';
import { parseDisplayName, parseEmail, parseLocale, parsePassword } from './account-input.js';

function fieldOf(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') return error.details.field;
    throw error;
  }
  return undefined;
}

describe('account input', () => {
  it('normalises emails to trimmed NFC lower case', () => {
    expect(parseEmail('  Ayu@Sekolah.SCH.ID ')).toBe('ayu@sekolah.sch.id');
    expect(parseEmail('Re\u0301ka@example.test')).toBe('r\u00e9ka@example.test');
  });

  it.each(['', 'ayu', 'ayu@', '@x.id', 'a b@x.id', `${'a'.repeat(250)}@x.id`])(
    'rejects the email %j',
    (email) => {
      expect(fieldOf(() => parseEmail(email))).toBe('email');
    },
  );

  it('wants passwords of 10 to 1024 characters, kept as typed', () => {
    expect(fieldOf(() => parsePassword('123456789'))).toBe('password');
    expect(parsePassword(' 1234567890 ')).toBe(' 1234567890 ');
    expect(fieldOf(() => parsePassword('x'.repeat(1025)))).toBe('password');
  });

  it('tidies display names and counts characters, not UTF-16 units', () => {
    expect(parseDisplayName('  Putri \n  Ayu ')).toBe('Putri Ayu');
    expect(parseDisplayName('🌱'.repeat(40))).toHaveLength(80);
    expect(fieldOf(() => parseDisplayName('🌱'.repeat(41)))).toBe('displayName');
    expect(fieldOf(() => parseDisplayName(' a '))).toBe('displayName');
    expect(fieldOf(() => parseDisplayName('ab\u0007c'))).toBe('displayName');
  });

  it('knows the two interface languages', () => {
    expect(parseLocale('id')).toBe('id');
    expect(parseLocale('en')).toBe('en');
    expect(fieldOf(() => parseLocale('ID'))).toBe('locale');
  });
});
