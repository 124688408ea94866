// The 1/7/2025 reorganisation of the demo province, recorded as an administrator would: a batch for the
// departments (Tây Ninh merged with Long An; Sở Thông tin và Truyền thông into Sở Khoa học và Công nghệ,
// Sở Lao động - Thương binh và Xã hội into Sở Nội vụ, …) and the batch read from Resolution 1682 (96
// communes and wards; the districts abolished, each with the commune or ward that carries on its seat).
// Both go through applyOrgBatch, so the old units keep their names on their past records and their
// obligations due after the date pass to their successors. Then the accounts of ceased units are
// disabled and the current units get theirs.
import { readFileSync } from 'node:fs';
import type { OrgBatchRequest, OrgEventInput } from '@dvcq/shared';
import type { Database } from '../db/client.ts';
import { createOrgRepository } from '../modules/org/org.repository.ts';
import { applyOrgBatch, importOrgBatchFromDocument } from '../modules/org/restructuring.usecases.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';
import { insertUser, setUserDisabled } from '../modules/users/users.usecases.ts';
import { actingAs, DEMO_LABEL } from './demo-actors.ts';
import { CURRENT_ACCOUNTS, DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-org.ts';

export const REORGANISED_ON = '2025-07-01';
export const RESOLUTION_1682 = new URL('../../../../fixtures/documents/2025-NQ-1682-UBTVQH15-tay-ninh-communes.md', import.meta.url);
/** Code prefix of the communes and wards formed on 1/7/2025: TN.CX.TANNINH is phường Tân Ninh. */
export const COMMUNE_CODE_PREFIX = 'TN.CX';

/** Each abolished district and the commune or ward (by its new name) that carries on at its seat. */
const DISTRICT_SUCCESSORS: Record<string, string> = {
  'TN.TPTN': 'Tân Ninh',
  'TN.HOATHANH': 'Hòa Thành',
  'TN.TRANGBANG': 'Trảng Bàng',
  'TN.CHAUTHANH': 'Châu Thành',
  'TN.DMC': 'Dương Minh Châu',
  'TN.GODAU': 'Gò Dầu',
  'TN.BENCAU': 'Bến Cầu',
  'TN.TANBIEN': 'Tân Biên',
  'TN.TANCHAU': 'Tân Châu',
};

export async function applyReorganisation(database: Database): Promise<void> {
  const repo = createOrgRepository(database.db);
  const id = async (code: string) => {
    const u = await repo.findUnitByCode(code);
    if (!u) throw new Error(`demo: unit ${code} missing`);
    return u.id;
  };
  const admin = await actingAs(database, 'admin', `${REORGANISED_ON}T01:00:00Z`);

  // 1. The province and its departments.
  const skhcn = await id('TN.SKHCN');
  const departments: OrgBatchRequest = {
    title: 'Hợp nhất tỉnh Tây Ninh và tỉnh Long An; sắp xếp các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
    legalBasis: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' },
    effectiveDate: REORGANISED_ON,
    // What a merged department still owed is owed by the department it joined, which owes its own already.
    obligationRule: 'waived',
    events: [
      // The divisions of Sở Thông tin và Truyền thông end; Sở Khoa học và Công nghệ takes over their work.
      ...(await Promise.all(
        ['VP', 'TTRA', 'PCNTT', 'PTTBCXB', 'TTCNTT'].map(async (c) => ({
          kind: 'dissolve' as const,
          unitId: await id(`TN.STTTT.${c}`),
          successorId: c === 'TTRA' ? await id('TN.TTT') : skhcn,
        })),
      )),
      { kind: 'merge', sources: [{ unitId: await id('TN.STTTT'), whole: true }], into: { existingUnitId: skhcn } },
      { kind: 'merge', sources: [{ unitId: await id('TN.SLDTBXH'), whole: true }], into: { existingUnitId: await id('TN.SNV') } },
      { kind: 'merge', sources: [{ unitId: await id('TN.SKHDT'), whole: true }], into: { existingUnitId: await id('TN.STC') } },
      { kind: 'rename', unitId: await id('TN.SNNPTNT'), name: 'Sở Nông nghiệp và Môi trường' },
      {
        kind: 'merge',
        sources: [
          { unitId: await id('TN.DPTTH'), whole: true },
          { unitId: await id('TN.BAOTN'), whole: true },
        ],
        into: {
          newUnit: {
            unitId: crypto.randomUUID(),
            name: 'Báo và Phát thanh, Truyền hình Tây Ninh',
            code: 'TN.BPTTH',
            kind: 'public_service',
            parentId: await id('TN'),
          },
        },
      },
    ],
  };
  await applyOrgBatch(repo, admin, departments);
  const snv = await id('TN.SNV');
  await applyOrgBatch(repo, admin, {
    title: 'Thành lập phòng chuyên môn của Sở Nội vụ sau hợp nhất',
    legalBasis: { number: '15/QĐ-SNV', date: '2025-07-01', issuer: 'Sở Nội vụ tỉnh Tây Ninh' },
    effectiveDate: REORGANISED_ON,
    obligationRule: 'successor_owes',
    events: [
      {
        kind: 'establish',
        unit: {
          unitId: crypto.randomUUID(),
          name: 'Phòng Lao động, Việc làm và Bảo hiểm xã hội',
          code: 'TN.SNV.PLDVL',
          kind: 'division',
          parentId: snv,
        },
      },
    ],
  });

  // 2. The communes and wards of Resolution 1682, as the importer proposes them.
  const text = readFileSync(RESOLUTION_1682, 'utf8');
  const proposal = await importOrgBatchFromDocument(repo, admin, {
    text,
    effectiveDate: REORGANISED_ON,
    parentId: await id('TN'),
    codePrefix: COMMUNE_CODE_PREFIX,
  });
  const formed = new Map(proposal.entries.map((e) => [e.name, e.newUnitId]));
  const districtIds = new Map<string, string>();
  for (const code of Object.keys(DISTRICT_SUCCESSORS)) districtIds.set(await id(code), code);
  // The proposal abolishes the districts it emptied; every district goes, each with its successor,
  // after its divisions (which end in the same ward).
  const events: OrgEventInput[] = proposal.batch.events.filter((e) => !(e.kind === 'dissolve' && districtIds.has(e.unitId)));
  const tanNinh = formed.get('Tân Ninh')!;
  for (const code of ['TN.TPTN.PNV', 'TN.TPTN.VPHDND', 'TN.TPTN.PVHTT'])
    events.push({ kind: 'dissolve', unitId: await id(code), successorId: tanNinh });
  for (const [unitId, code] of districtIds) {
    const successorId = formed.get(DISTRICT_SUCCESSORS[code]!);
    if (!successorId) throw new Error(`demo: no ward or commune ${DISTRICT_SUCCESSORS[code]} in Resolution 1682`);
    events.push({ kind: 'dissolve', unitId, successorId });
  }
  await applyOrgBatch(repo, admin, { ...proposal.batch, title: 'Sắp xếp các đơn vị hành chính cấp xã của tỉnh Tây Ninh năm 2025', events });

  // 3. People: accounts of ceased units are disabled; the current units get theirs.
  const users = createUsersRepository(database.db);
  for (const a of DEMO_ACCOUNTS.filter((x) => x.ceased)) {
    const user = await users.findUserByUsername(a.username);
    if (user) await setUserDisabled(users, admin, user.id, true);
  }
  const ctx = { label: DEMO_LABEL, now: new Date(`${REORGANISED_ON}T02:00:00Z`) };
  await users.transaction(async (tx) => {
    for (const a of CURRENT_ACCOUNTS) {
      await insertUser(tx, ctx, {
        username: a.username,
        fullName: a.fullName,
        email: a.email,
        password: DEMO_PASSWORD,
        homeUnitId: (await tx.org.findUnitByCode(a.home))!.id,
        roles: [{ role: a.role, unitId: (await tx.org.findUnitByCode(a.scope))!.id, validFrom: REORGANISED_ON }],
      });
    }
  });
}
