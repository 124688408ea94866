// Anyone who may write something for a unit may attach files to it; anyone who reads the unit reads them.
import type { Actor } from '../../authz/actor.ts';
import { canOn, type Permission } from '../../authz/permissions.ts';

const WRITE_PERMISSIONS: Permission[] = [
  'plans.draft',
  'plans.manage',
  'reports.draft',
  'reports.review',
  'scoring.self_assess',
  'scoring.manage',
  'scoring.appraise',
  'org.manage',
];

export const canAttachTo = (actor: Actor, unitPath: string) => WRITE_PERMISSIONS.some((p) => canOn(actor, p, unitPath));
export const canReadFilesOf = (actor: Actor, unitPath: string) => canOn(actor, 'org.read', unitPath);
