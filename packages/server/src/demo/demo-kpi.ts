// Communication KPIs of the demo (issue #12): the city's plan 31/KH-UBND on administrative-reform
// communication, for the current year, with the appendix of the seed document read by the same importer a
// coordinator uses, saved as the plan's KPI set; and evidence spread from January to today: most units
// on track, some behind, a few rejected entries, portal visit readings.
// Units are looked up by kind inside the city (or, on a tree without districts, the province), never by
// code, so the demo follows whichever org tree is loaded.
import { readFileSync } from 'node:fs';
import { extractDocument } from '@dvcq/extractor';
import { addDays, daysBetween, foldVietnamese, localDateInProvince } from '@dvcq/domain';
import { saveKpiSetRequest, recordKpiEvidenceRequest, type KpiRowInput } from '@dvcq/shared';
import type { RequestContext } from '../authz/actor.ts';
import type { Database } from '../db/client.ts';
import { createKpiRepository } from '../modules/kpi/kpi.repository.ts';
import { proposeKpiRows, recordKpiEvidence, reviewKpiEvidence, saveKpiSet } from '../modules/kpi/kpi.usecases.ts';
import { createPlansRepository } from '../modules/plans/plans.repository.ts';
import { createPlan, publishPlan } from '../modules/plans/plans.usecases.ts';
import { actingAs } from './demo-actors.ts';
import { DEMO_SEEDS_DIR } from './demo-plans.ts';

const SEED = '2023-KH-31-UBND-TP-cchc-communication-plan-ocr.txt';

function sequence(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const noLinkCheck = async () => 'not_checkable' as const;

export async function loadKpiDemo(database: Database, now: Date): Promise<void> {
  const plans = createPlansRepository(database.db);
  const repo = createKpiRepository(database.db);
  const today = localDateInProvince(now);
  const year = Number(today.slice(0, 4));
  const all = await plans.org.openUnits();
  const fold = (s: string) => foldVietnamese(s);
  const city =
    all.find((u) => u.kind === 'district' && fold(u.name).includes('thanh pho tay ninh')) ??
    all.find((u) => u.kind === 'district') ??
    all.find((u) => u.parentId === null);
  if (!city) return;
  const inCity = all.filter((u) => u.path.startsWith(city.path) && u.id !== city.id);
  // The city's own divisions; on a tree without districts, three divisions of the departments.
  const direct = inCity.filter((u) => u.kind === 'division' && u.path.split('/').length === city.path.split('/').length + 1);
  const divisions = direct.length
    ? direct
    : inCity.filter((u) => u.kind === 'division' && fold(u.name).includes('phong quan ly')).slice(0, 3);
  // Phường Tân Ninh (the demo's ward officer) first when it exists.
  const communes = inCity
    .filter((u) => u.kind === 'commune')
    .sort((a, b) => Number(b.code === 'TN.CX.TANNINH') - Number(a.code === 'TN.CX.TANNINH'))
    .slice(0, direct.length ? 6 : 3);
  if (communes.length === 0) return;
  // The appendix's culture centre is not in the tree: the city's culture division leads those rows.
  const culture = divisions.find((u) => fold(u.name).includes('van hoa')) ?? divisions[0] ?? communes[0]!;

  // The plan: issued in February of the current year by the city.
  const issuedAt = new Date(`${year}-02-10T02:00:00Z`);
  const coordinator = await actingAs(database, 'snv.dieuphoi', issuedAt);
  const planId = await createPlan(plans, coordinator, {
    issuerUnitId: city.id,
    year,
    title: `Kế hoạch tuyên truyền cải cách hành chính năm ${year}`,
    place: 'Tây Ninh',
    milestones: [],
  });
  await publishPlan(plans, coordinator, planId, {
    number: '31/KH-UBND',
    issuedOn: localDateInProvince(issuedAt),
    signerName: 'Võ Quốc Bảo',
    signerTitle: 'CHỦ TỊCH',
  });

  // Its appendix, read from the seed as a coordinator's import would, then saved.
  const text = readFileSync(new URL(SEED, DEMO_SEEDS_DIR), 'utf8');
  const extraction = extractDocument(text);
  const proposal = await proposeKpiRows(repo, coordinator, planId, { filename: SEED, ocr: extraction.ocr, kpiRows: extraction.kpiRows });
  const rows: KpiRowInput[] = proposal.rows.map(({ source: _s, whoText: _w, ...r }) =>
    r.unitId || r.unitKind ? r : { ...r, unitId: culture.id, leadUnitId: culture.id },
  );
  const set = await saveKpiSet(
    repo,
    coordinator,
    saveKpiSetRequest.parse({ planId, title: 'Chỉ tiêu tuyên truyền cải cách hành chính', rows }),
  );

  // Evidence from January to today, through the use cases, as each unit's officer.
  const rnd = sequence(31);
  const start = `${year}-01-05`;
  const span = Math.max(1, daysBetween(start, today));
  // A ward officer records the evidence (the city's officer on a tree without the reorganisation).
  const officer = await actingAs(database, (await plans.org.findUnitByCode('TN.CX.TANNINH')) ? 'tanninh.canbo' : 'tptn.canbo', now);
  const officerOf = async (unitId: string, at: Date): Promise<RequestContext> => {
    const unit = all.find((u) => u.id === unitId)!;
    return { ...officer, now: at, actor: { ...officer.actor, grants: [{ role: 'officer', unitId, unitPath: unit.path }] } };
  };
  const recorded: string[] = [];
  const record = async (unitId: string, rowId: string, channel: string, count: number, title: string, host: string) => {
    for (let i = 0; i < count; i++) {
      const day = addDays(start, Math.floor(((i + rnd()) / count) * span));
      if (day > today) continue;
      const ctx = await officerOf(unitId, new Date(`${day}T03:00:00Z`));
      const e = await recordKpiEvidence(
        repo,
        ctx,
        set.id,
        recordKpiEvidenceRequest.parse({
          unitId,
          publishedOn: day,
          title: `${title} (${i + 1})`,
          channel,
          url: `https://${host}/tin-tuc/cai-cach-hanh-chinh-${unitId.slice(0, 8)}-${i + 1}`,
          rowIds: [rowId],
        }),
        noLinkCheck,
      );
      recorded.push(e.id);
    }
  };
  const share = (target: number, reliability: number) => Math.round(target * reliability * Math.min(1, span / 365));

  for (const row of set.rows) {
    const targets = row.unitId
      ? inCity.filter((u) => u.id === row.unitId)
      : row.unitKind === 'division'
        ? divisions
        : row.unitKind === 'commune'
          ? communes
          : [];
    for (const [i, unit] of targets.entries()) {
      const reliability = [1.1, 0.95, 0.8, 0.6, 0.3][i % 5]!;
      const host =
        row.channel === 'provincial_newspaper'
          ? 'baotayninh.vn'
          : row.channel === 'provincial_portal'
            ? 'tayninh.gov.vn'
            : 'tayninhcity.tayninh.gov.vn';
      if (row.measure === 'visits') {
        const until = row.periodUntil && row.periodUntil < today ? row.periodUntil : today;
        for (const [k, frac] of [0.3, 0.6, 0.95].entries()) {
          const day = addDays(start, Math.floor(frac * Math.max(1, daysBetween(start, until))));
          const ctx = await officerOf(unit.id, new Date(`${day}T03:00:00Z`));
          await recordKpiEvidence(
            repo,
            ctx,
            set.id,
            recordKpiEvidenceRequest.parse({
              unitId: unit.id,
              publishedOn: day,
              title: `Số lượt truy cập Cổng thông tin điện tử (lần đọc ${k + 1})`,
              channel: 'local_portal',
              visits: Math.round(row.target * frac * reliability),
              rowIds: [row.id],
            }),
            noLinkCheck,
          );
        }
      } else if (row.measure === 'sections_present') {
        if (reliability >= 0.6) await record(unit.id, row.id, row.channel, 1, 'Chuyên mục trên Cổng thông tin điện tử', host);
      } else if (row.periodKind === 'quarter') {
        await record(
          unit.id,
          row.id,
          row.channel,
          Math.round(row.target * reliability * Math.ceil(span / 91)),
          'Tin cải cách hành chính',
          host,
        );
      } else {
        await record(unit.id, row.id, row.channel, share(row.target, reliability), 'Tin, bài tuyên truyền cải cách hành chính', host);
      }
    }
  }

  // The coordinator has reviewed the older entries: most accepted, a few rejected with a reason.
  const reviewer = await actingAs(database, 'snv.dieuphoi', now);
  for (const [i, id] of recorded.entries()) {
    if (i % 3 === 2) continue; // still waiting
    const rejected = i % 17 === 0;
    await reviewKpiEvidence(repo, reviewer, id, {
      decision: rejected ? 'rejected' : 'accepted',
      reason: rejected ? 'Bài viết không có nội dung cải cách hành chính' : null,
    });
  }
}
