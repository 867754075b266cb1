import { holdReasonOf, mayKnowHoldReason } from './post-hold.js';

describe('why a post is held', () => {
  it.each([
    ['VISIBLE', false, null],
    ['HELD', true, 'SAFETY'],
    ['HIDDEN', true, 'SAFETY'],
    ['HELD', false, 'PERSONAL_DATA'],
    ['HIDDEN', false, 'REVIEW'],
  ] as const)('%s, staff only %s: %s', (visibility, staffOnly, reason) => {
    expect(holdReasonOf({ visibility, staffOnly })).toBe(reason);
  });

  const post = (staffOnly: boolean) => ({ authorId: 'author', staffOnly });
  const member = { userId: 'member', staff: false, facilitatedGroupIds: ['other-group'] };
  const facilitator = { userId: 'facilitator', staff: false, facilitatedGroupIds: ['group'] };
  const professional = { userId: 'professional', staff: true, facilitatedGroupIds: [] };
  const author = { userId: 'author', staff: false, facilitatedGroupIds: [] };

  it('is known to the author and staff, whatever the hold', () => {
    for (const staffOnly of [true, false]) {
      expect(mayKnowHoldReason(author, post(staffOnly), 'group')).toBe(true);
      expect(mayKnowHoldReason(professional, post(staffOnly), 'group')).toBe(true);
    }
  });

  it('is known to the group’s facilitators, except for a post held for staff only', () => {
    expect(mayKnowHoldReason(facilitator, post(false), 'group')).toBe(true);
    expect(mayKnowHoldReason(facilitator, post(true), 'group')).toBe(false);
  });

  it('is not known to other members, nor to facilitators of other groups', () => {
    expect(mayKnowHoldReason(member, post(false), 'group')).toBe(false);
    expect(mayKnowHoldReason(facilitator, post(false), 'another-group')).toBe(false);
  });
});
