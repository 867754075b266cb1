import { Accounts1795869886098 } from './1795869886098-Accounts.js';
import { SafetyResources1795869965930 } from './1795869965930-SafetyResources.js';
import { Groups1795870812839 } from './1795870812839-Groups.js';
import { Forum1795871052213 } from './1795871052213-Forum.js';
import { Moderation1795879366476 } from './1795879366476-Moderation.js';

/** Every migration, oldest first. `npm run migration:generate -w @sebaya/api -- src/migrations/Name` adds one. */
export const MIGRATIONS = [
  Accounts1795869886098,
  SafetyResources1795869965930,
  Groups1795870812839,
  Forum1795871052213,
  Moderation1795879366476,
];
