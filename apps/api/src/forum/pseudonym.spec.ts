import { pseudonym } from './pseudonym.js';

describe('pseudonym', () => {
  const secret = 'test secret of enough length for hmac';

  it('is stable for one author in one thread', () => {
    expect(pseudonym(secret, 'thread-1', 'user-1')).toBe(pseudonym(secret, 'thread-1', 'user-1'));
    expect(pseudonym(secret, 'thread-1', 'user-1')).toMatch(/^\p{L}+ \p{L}+ \d{2}$/u);
  });

  it('differs across threads and between authors of one thread', () => {
    const names = new Set(
      Array.from({ length: 50 }, (_, index) => pseudonym(secret, `thread-${index}`, 'user-1')),
    );
    expect(names.size).toBeGreaterThan(45);
    const authors = new Set(
      Array.from({ length: 50 }, (_, index) => pseudonym(secret, 'thread-1', `user-${index}`)),
    );
    expect(authors.size).toBeGreaterThan(45);
  });

  it('depends on the secret', () => {
    expect(pseudonym(secret, 't', 'u')).not.toBe(pseudonym(`${secret}!`, 't', 'u'));
  });
});
