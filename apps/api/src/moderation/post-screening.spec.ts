import { screenInThread } from './post-screening.js';

const thread = { threadTitle: 'Aku nggak kuat lagi, pengen mati aja', threadAuthorId: 'a' };

describe('screening a post with its thread as context', () => {
  it('reads the opening post with its title', () => {
    expect(
      screenInThread({ ...thread, body: 'Udah lama aku mikir gini.', isOpening: true, authorId: 'a' }).level,
    ).toBe('HIGH');
  });

  it("reads the thread author's own reply after the title", () => {
    const reply = { ...thread, body: 'Malam ini aku udah siap.', isOpening: false, authorId: 'a' };
    expect(screenInThread(reply).level).toBe('CRISIS');
  });

  it("reads other people's replies alone: comfort under a sad title is no risk", () => {
    const reply = {
      ...thread,
      body: 'Peluk jauh ya, kamu nggak sendirian.',
      isOpening: false,
      authorId: 'b',
    };
    expect(screenInThread(reply).level).toBe('NONE');
  });
});
