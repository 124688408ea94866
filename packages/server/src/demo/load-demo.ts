// Demo data goes into an empty database only, once, and every row passes through the same use
// cases as real data (so it is audited and validated like anything a person enters).
import type { Database } from '../db/client.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';
import { insertUnit } from '../modules/org/org.usecases.ts';
import { insertUser } from '../modules/users/users.usecases.ts';
import type { SystemContext } from '../modules/audit/audit.recorder.ts';
import { DEMO_LABEL } from './demo-actors.ts';
import { CEASED_ON, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS } from './demo-org.ts';
import { loadPlansDemo } from './demo-plans.ts';
import { loadCurrentReportsDemo, loadReportsDemo } from './demo-reports.ts';
import { loadScoringDemo } from './demo-scoring.ts';
import { loadKpiDemo } from './demo-kpi.ts';
import { applyReorganisation } from './demo-reorganisation.ts';
import { loadDialoguesDemo } from './demo-dialogues.ts';
import { loadMovementDemo, MOVEMENT_DEMO_UNITS } from './demo-movement.ts';

export async function isEmptyDatabase(database: Database): Promise<boolean> {
  return (await createUsersRepository(database.db).org.findRoot()) === null;
}

/**
 * The demo province with its people; then its plans, reports and scoring, through the same use cases as
 * real work: the 2024–2025 history of old Tây Ninh, the 1/7/2025 reorganisation, and the cycles after it
 * (the 2025 annual reports, the current year's plan relative to `now`).
 *
 * `orgOnly` (the fixture of most server tests) loads the tree and accounts as they stood before the
 * reorganisation, with every role open. `reorganise: false` loads the history without the
 * reorganisation (tests written against the old tree).
 */
export async function loadDemoData(
  database: Database,
  now = new Date(),
  opts: { orgOnly?: boolean; reorganise?: boolean } = {},
): Promise<void> {
  const reorganise = !opts.orgOnly && opts.reorganise !== false;
  await loadDemoOrg(database, now, reorganise);
  if (opts.orgOnly) return;
  await loadPlansDemo(database);
  await loadReportsDemo(database, now);
  await loadScoringDemo(database, now, 'before');
  if (reorganise) {
    await applyReorganisation(database);
    await loadCurrentReportsDemo(database, now);
  }
  await loadScoringDemo(database, now, 'after');
  await loadKpiDemo(database, now);
  await loadDialoguesDemo(database, now);
  await loadMovementDemo(database, now, MOVEMENT_DEMO_UNITS);
}

async function loadDemoOrg(database: Database, now: Date, reorganised: boolean): Promise<void> {
  const ctx: SystemContext = { label: DEMO_LABEL, now };
  await createUsersRepository(database.db).transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const parentId = u.parent ? (ids.get(u.parent) ?? (await tx.org.findUnitByCode(u.parent))?.id ?? null) : null;
      const row = await insertUnit(
        tx.org,
        { parentId, kind: u.kind, code: u.code, name: u.name, shortName: u.shortName ?? null, validFrom: '2020-01-01' },
        ctx,
      );
      ids.set(u.code, row.id);
    }
    for (const a of DEMO_ACCOUNTS) {
      await insertUser(tx, ctx, {
        username: a.username,
        fullName: a.fullName,
        email: a.email,
        password: DEMO_PASSWORD,
        homeUnitId: ids.get(a.home) ?? null,
        roles: [{ role: a.role, unitId: ids.get(a.scope)!, validTo: reorganised && a.ceased ? CEASED_ON : null }],
      });
    }
  });
}
