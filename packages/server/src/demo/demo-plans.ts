// The 2025 provincial plan 696/KH-UBND as the seed document has it, read by the same extractor a
// coordinator uses to import a file, then published; two departments derive and submit their own
// plans; the other units' plans arrive on time, late, or not at all, as they do in practice.
import { readFileSync } from 'node:fs';
import { extractDocument } from '@dvcq/extractor';
import type { UnitKind } from '@dvcq/shared';
import type { Database } from '../db/client.ts';
import { createPlansRepository } from '../modules/plans/plans.repository.ts';
import { extractionToPlan } from '../modules/imports/imports.mapping.ts';
import { createPlan, derivePlan, publishPlan, submitUnitPlan } from '../modules/plans/plans.usecases.ts';
import { exemptObligation, recordSubmission } from '../modules/obligations/obligations.usecases.ts';
import { actingAs, DEMO_LABEL } from './demo-actors.ts';

export const DEMO_SEEDS_DIR = new URL('../../../../fixtures/seeds/', import.meta.url);

/** A small deterministic generator, so every fresh demo database looks the same. */
function sequence(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

export async function loadPlansDemo(database: Database): Promise<{ provincialPlanId: string }> {
  const repo = createPlansRepository(database.db);
  const root = (await repo.org.findUnitByCode('TN'))!;
  const text = readFileSync(new URL('2025-KH-696-UBND-province-plan.txt', DEMO_SEEDS_DIR), 'utf8').normalize('NFC');
  const extraction = extractDocument(text);
  const units = (await repo.org.allUnits()).map((u) => ({ id: u.id, name: u.name, shortName: u.shortName, kind: u.kind as UnitKind }));
  const { input } = extractionToPlan(text, extraction, { issuerUnitId: root.id, units, fallbackYear: 2025 });

  const coordinator = await actingAs(database, 'snv.dieuphoi', '2025-03-04T02:00:00Z');
  const planId = await createPlan(repo, coordinator, {
    ...input,
    number: null,
    issuedOn: null,
    // The paragraphs before part I. as written: the legal bases in full and the lead-in.
    preamble: extraction.preamble.map((p) => p.text.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean),
    recipients: [
      'Bộ Nội vụ',
      'TT. TU, TT. HĐND tỉnh',
      'Các PCT UBND tỉnh',
      'BCĐ thực hiện QCDC và công tác VĐQC tỉnh',
      'Ban Tuyên giáo và Dân vận TU',
      'Các sở, ban, ngành tỉnh',
      'UBMTTQVN tỉnh; các tổ chức CT-XH',
      'UBND các huyện, thị xã, thành phố',
      'Các đơn vị nghiệp công lập thuộc UBND tỉnh',
      'Các cơ quan Trung ương đóng trên địa bàn tỉnh',
      'LĐVP; Phòng NC',
      'Lưu: VT, VP. UBND tỉnh',
    ],
  });
  await publishPlan(repo, { ...coordinator, now: new Date('2025-03-06T03:00:00Z') }, planId, {
    number: input.number ?? '696/KH-UBND',
    issuedOn: input.issuedOn ?? '2025-03-06',
    signerName: input.signerName ?? 'Nguyễn Hồng Thanh',
    signerTitle: input.signerTitle ?? 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  });

  // Two departments derive their plans from it; Sở Thông tin và Truyền thông submits on time.
  const officer = await actingAs(database, 'stttt.canbo', '2025-03-12T02:00:00Z');
  const sttttId = (await repo.org.findUnitByCode('TN.STTTT'))!.id;
  const sttttPlan = await derivePlan(repo, officer, planId, sttttId);
  const leader = await actingAs(database, 'stttt.lanhdao', '2025-03-25T08:30:00Z');
  await submitUnitPlan(repo, leader, sttttPlan, {
    number: '45/KH-STTTT',
    issuedOn: '2025-03-25',
    signerName: 'Lê Văn Hải',
    signerTitle: 'GIÁM ĐỐC',
  });

  // Ủy ban nhân dân thành phố Tây Ninh has derived its plan but not submitted it yet.
  const cityOfficer = await actingAs(database, 'tptn.canbo', '2025-03-20T02:00:00Z');
  await derivePlan(repo, cityOfficer, planId, (await repo.org.findUnitByCode('TN.TPTN'))!.id);

  // Everyone else: most on time, some late, a few missing, one exempt with its reason.
  const rnd = sequence(696);
  const owed = await repo.obligations.unsubmittedUnitPlans(planId);
  const system = { label: DEMO_LABEL, now: new Date('2025-04-15T02:00:00Z') };
  const exempting = await actingAs(database, 'snv.dieuphoi', '2025-03-15T02:00:00Z');
  await repo.obligations.transaction(async (tx) => {
    for (const { o, code } of owed.sort((a, b) => a.code.localeCompare(b.code))) {
      if (code === 'TN.TPTN') continue;
      if (code === 'TN.BAOTN') {
        await exemptObligation(
          tx,
          exempting,
          o.id,
          'Đơn vị đang thực hiện phương án sắp xếp, hợp nhất cơ quan báo chí; thực hiện theo kế hoạch của cơ quan chủ quản.',
        );
        continue;
      }
      const roll = rnd();
      if (roll < 0.1 && code !== 'TN.SKHCN') continue; // not submitted (the demo officer's Sở did submit)
      const day = roll < 0.78 ? 10 + Math.floor(rnd() * 18) : 29 + Math.floor(rnd() * 12); // 10–27/3 on time, 29/3–9/4 late
      const at = new Date(Date.UTC(2025, 2, day, 1 + Math.floor(rnd() * 9), Math.floor(rnd() * 60)));
      await recordSubmission({ obligations: tx }, system, { obligationId: o.id, submissionType: 'plan', submissionId: o.id, at });
    }
  });
  return { provincialPlanId: planId };
}
