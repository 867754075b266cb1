import type { ScreeningResult } from '@sebaya/screening';
import { authorOutcome, escalationSignal, flagSignal, screeningSignal } from './routing.js';

const screened = (level: ScreeningResult['level'], categories: ScreeningResult['categories'] = []) =>
  ({ level, categories, matches: [] }) as ScreeningResult;

const thresholds = { flagsToRaise: 2, flagsToHide: 3 };

describe('the safety routing table', () => {
  it.each([
    ['CRISIS', ['suicide'], { severity: 'CRISIS', queue: 'PROFESSIONAL', post: 'HOLD', staffOnly: true }],
    ['HIGH', ['self_harm'], { severity: 'HIGH', queue: 'PROFESSIONAL', post: 'KEEP', staffOnly: false }],
    ['MEDIUM', ['harassment'], { severity: 'MEDIUM', queue: 'FACILITATOR', post: 'KEEP', staffOnly: false }],
    [
      'MEDIUM',
      ['unsafe_advice'],
      { severity: 'MEDIUM', queue: 'FACILITATOR', post: 'KEEP', staffOnly: false },
    ],
    [
      'MEDIUM',
      ['personal_data'],
      { severity: 'MEDIUM', queue: 'FACILITATOR', post: 'HOLD', staffOnly: false },
    ],
  ] as const)('screening %s %j', (level, categories, expected) => {
    expect(screeningSignal(screened(level, [...categories]))).toEqual({ ...expected, categories });
  });

  it('opens no case for LOW or NONE', () => {
    expect(screeningSignal(screened('LOW', ['suicide']))).toBeNull();
    expect(screeningSignal(screened('NONE'))).toBeNull();
  });

  it('gives the author the resources for HIGH and CRISIS only, and holds CRISIS and personal data', () => {
    expect(authorOutcome(screened('CRISIS', ['suicide']))).toEqual({
      held: true,
      staffOnly: true,
      resources: true,
    });
    expect(authorOutcome(screened('HIGH', ['suicide']))).toEqual({
      held: false,
      staffOnly: false,
      resources: true,
    });
    expect(authorOutcome(screened('MEDIUM', ['personal_data']))).toEqual({
      held: true,
      staffOnly: false,
      resources: false,
    });
    expect(authorOutcome(screened('MEDIUM', ['harassment']))).toEqual({
      held: false,
      staffOnly: false,
      resources: false,
    });
  });

  it('flags: LOW from one reader, MEDIUM from two, hidden from three', () => {
    expect(flagSignal('SPAM', 1, thresholds)).toMatchObject({
      severity: 'LOW',
      queue: 'FACILITATOR',
      post: 'KEEP',
    });
    expect(flagSignal('HARASSMENT', 2, thresholds)).toMatchObject({ severity: 'MEDIUM', post: 'KEEP' });
    expect(flagSignal('OFF_TOPIC', 3, thresholds)).toMatchObject({
      severity: 'MEDIUM',
      post: 'HIDE',
      categories: ['flag:off_topic'],
    });
  });

  it('a RISK_OF_HARM flag goes to professionals at HIGH and leaves the post as screened', () => {
    for (const flaggers of [1, 2, 3, 7]) {
      expect(flagSignal('RISK_OF_HARM', flaggers, thresholds)).toEqual({
        severity: 'HIGH',
        queue: 'PROFESSIONAL',
        categories: ['flag:risk_of_harm'],
        post: 'KEEP',
        staffOnly: false,
      });
    }
  });

  it('a facilitator escalation lands in the professional queue at HIGH or above', () => {
    expect(escalationSignal('LOW')).toEqual({ severity: 'HIGH', queue: 'PROFESSIONAL' });
    expect(escalationSignal('CRISIS')).toEqual({ severity: 'CRISIS', queue: 'PROFESSIONAL' });
  });
});
