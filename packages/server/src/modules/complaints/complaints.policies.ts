// Who may enter and read complaint statistics: a unit's officers and leaders enter its figures
// (reports.draft); whoever reads its reports reads them and its subtree's totals (reports.read).
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';

export const canEnterComplaints = (actor: Actor, unitPath: string) => canOn(actor, 'reports.draft', unitPath);
export const assertCanEnterComplaints = (actor: Actor, unitPath: string) => assertCanOn(actor, 'reports.draft', unitPath);
export const assertCanReadComplaints = (actor: Actor, unitPath: string) => assertCanOn(actor, 'reports.read', unitPath);
