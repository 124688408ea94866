// Anyone who drafts, reviews or manages a unit's plans, reports or assessments may attach files to it;
// anyone who reads the unit reads them. Decided (issue 17): appraisers and administrators do NOT upload
// into units' files. Appraisal takes scores and comments, not files, and administering the org tree or
// accounts needs none; letting them upload would let a province-wide account plant a "signed copy" or
// "evidence" in any unit's file space.
import type { Actor } from '../../authz/actor.ts';
import { canOn, type Permission } from '../../authz/permissions.ts';

const WRITE_PERMISSIONS: Permission[] = [
  'plans.draft',
  'plans.manage',
  'reports.draft',
  'reports.review',
  'scoring.self_assess',
  'scoring.manage',
];

export const canAttachTo = (actor: Actor, unitPath: string) => WRITE_PERMISSIONS.some((p) => canOn(actor, p, unitPath));
export const canReadFilesOf = (actor: Actor, unitPath: string) => canOn(actor, 'org.read', unitPath);
