/** Every scenario `npm run record-traces` knows, in recording order. */
import type { Scenario } from '../scenario.js';
import { pullScenarios } from './pull.js';
import { errorScenarios } from './errors.js';
import { commitScenarios } from './commit.js';
import { blockdevScenarios } from './blockdev.js';
import { mirrorScenarios } from './mirror.js';
import { snapshotScenarios } from './snapshot.js';

export const allScenarios: Scenario[] = [
  ...pullScenarios,
  ...errorScenarios,
  ...commitScenarios,
  ...blockdevScenarios,
  ...mirrorScenarios,
  ...snapshotScenarios,
];
