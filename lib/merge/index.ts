/** The seed's general merge: plan (pure) and execution over the manager's jobs. */
export { planMerge, directionOf, type MergePlan } from './plan.js';
export { blockMerge, type MergeOptions } from './merge.js';
