import type { ScreeningResult } from '@sebaya/screening';
import type { FlagReason } from './flag.entity.js';
import type { QueueKind, RiskLevel } from './moderation-case.entity.js';

/**
 * The safety routing table of the product brief, as code: what a signal
 * about a post does to its case and to the post. Pure, so that the table
 * has one home and its own unit tests.
 */
export interface Signal {
  severity: RiskLevel;
  queue: QueueKind;
  /** Screening categories or flag reasons, added to the case's categories. */
  categories: string[];
  /** What happens to the post: held for review, hidden pending review, or left as it is. */
  post: 'HOLD' | 'HIDE' | 'KEEP';
  /** Only staff (not the group's facilitators) may read the held post. */
  staffOnly: boolean;
}

const RANK: Record<RiskLevel, number> = { NONE: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRISIS: 4 };

export const atLeast = (level: RiskLevel, floor: RiskLevel): RiskLevel =>
  RANK[level] >= RANK[floor] ? level : floor;

export const isAbove = (level: RiskLevel, than: RiskLevel): boolean => RANK[level] > RANK[than];

/**
 * What a screening result does. NONE and LOW open no case: LOW is distress
 * without risk ("aku capek banget"), which the group's peers are there for.
 */
export function screeningSignal(result: ScreeningResult): Signal | null {
  const categories = [...result.categories];
  switch (result.level) {
    case 'CRISIS':
      return { severity: 'CRISIS', queue: 'PROFESSIONAL', categories, post: 'HOLD', staffOnly: true };
    case 'HIGH':
      return { severity: 'HIGH', queue: 'PROFESSIONAL', categories, post: 'KEEP', staffOnly: false };
    case 'MEDIUM': {
      const personalData = categories.includes('personal_data');
      return {
        severity: 'MEDIUM',
        queue: 'FACILITATOR',
        categories,
        post: personalData ? 'HOLD' : 'KEEP',
        staffOnly: false,
      };
    }
    default:
      return null;
  }
}

/** Whether the author's answer carries the safety resources, and whether the post is held at once. */
export function authorOutcome(result: ScreeningResult): {
  held: boolean;
  staffOnly: boolean;
  resources: boolean;
} {
  const signal = screeningSignal(result);
  return {
    held: signal?.post === 'HOLD',
    staffOnly: signal?.staffOnly ?? false,
    resources: result.level === 'HIGH' || result.level === 'CRISIS',
  };
}

/** Flag reasons become case categories in lower case beside the screening categories ("flag:harassment"). */
export const flagCategory = (reason: FlagReason) => `flag:${reason.toLowerCase()}`;

/**
 * What a flag does, given how many distinct readers have flagged the post
 * since its last review (this flag included). A RISK_OF_HARM flag leaves the
 * post as screened: hiding the words of someone at risk helps nobody.
 */
export function flagSignal(
  reason: FlagReason,
  distinctFlaggers: number,
  thresholds: { flagsToRaise: number; flagsToHide: number },
): Signal {
  const categories = [flagCategory(reason)];
  if (reason === 'RISK_OF_HARM') {
    return { severity: 'HIGH', queue: 'PROFESSIONAL', categories, post: 'KEEP', staffOnly: false };
  }
  const severity = distinctFlaggers >= thresholds.flagsToRaise ? 'MEDIUM' : 'LOW';
  const post = distinctFlaggers >= thresholds.flagsToHide ? 'HIDE' : 'KEEP';
  return { severity, queue: 'FACILITATOR', categories, post, staffOnly: false };
}

/** A facilitator's escalation: the professional queue, at least HIGH. */
export function escalationSignal(severity: RiskLevel): Pick<Signal, 'severity' | 'queue'> {
  return { severity: atLeast(severity, 'HIGH'), queue: 'PROFESSIONAL' };
}
