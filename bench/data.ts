// The benchmark's data set, built with plain SQL (seconds instead of the use cases' minutes). Every unit
// of kind 'province' (existing ones, e.g. the demo's Tây Ninh, plus `extraProvinces` new ones) gets 30
// departments with 5 divisions and 96 communes with 4 divisions (~660 units), one published 2026 plan of
// 10 deadlines owed by every unit below the province (the 10th is the yearly period report, with its
// form), ~60% submitted (accepted reports for the period report), ~2% exempt, org_unit_versions for the
// as-of tree; scoringDataSql adds a scorecard per province and a scored assessment per unit. bench/http.ts
// checks both against the use cases (getPlanCompliance, getRanking) before measuring.
import type { ScorecardVersion } from '@dvcq/domain';

export const provinceDataSql = (extraProvinces: number) => `
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, null, 'province', 'P' || p, 'Tỉnh thử ' || p, 'tinh thu ' || p, '/' || id || '/', 0, '2025-07-01'
  from (select gen_random_uuid() id, p from generate_series(1, ${extraProvinces}) p) x;
with x as (select gen_random_uuid() id, pr.id pid, pr.path ppath, pr.code pcode, d from org_units pr, generate_series(1, 30) d where pr.kind = 'province')
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, pid, 'department', pcode || '.S' || d, 'Sở thử ' || d, 'so thu ' || d, ppath || id || '/', 1, '2025-07-01' from x;
with x as (select gen_random_uuid() id, pr.id pid, pr.path ppath, pr.code pcode, d from org_units pr, generate_series(1, 96) d where pr.kind = 'province')
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, pid, 'commune', pcode || '.X' || d, 'Xã thử ' || d, 'xa thu ' || d, ppath || id || '/', 1, '2025-07-01' from x;
with x as (select gen_random_uuid() id, u.id pid, u.path ppath, u.code pcode, u.kind k, d from org_units u, generate_series(1, 5) d
  where u.kind in ('department', 'commune') and u.code ~ '\\.(S|X)[0-9]+$')
insert into org_units (id, parent_id, kind, code, name, search_text, path, depth, valid_from)
  select id, pid, 'division', pcode || '.P' || d, 'Phòng thử ' || d, 'phong thu ' || d, ppath || id || '/', 2, '2025-07-01' from x
  where k = 'department' or d <= 4;
insert into org_unit_versions (id, unit_id, name, code, kind, parent_id, path, depth, valid_from)
  select gen_random_uuid(), id, name, code, kind, parent_id, path, depth, coalesce(valid_from, '2020-01-01') from org_units u
  where not exists (select 1 from org_unit_versions v where v.unit_id = u.id);
insert into plans (id, issuer_unit_id, status, year, number, title, search_text, published_at)
  select gen_random_uuid(), id, 'published', 2026, '1/KH-' || code, 'Kế hoạch thử ' || code, 'ke hoach thu', '2026-01-05T02:00:00Z' from org_units where kind = 'province';
insert into plan_milestones (id, plan_id, position, title, due_date, inclusive, phrase, deliverable_kind, period_kind, period_year, audience)
  select gen_random_uuid(), p.id, m, 'Hạn ' || m, date '2026-01-15' + m * 30, m % 2 = 0, 'Hạn ' || m,
    case when m = 10 then 'period_report' else 'other' end, case when m = 10 then 'Y' end, case when m = 10 then 2026 end, '{}'::jsonb
  from plans p, generate_series(1, 10) m;
insert into report_forms (id, plan_id, period_kind, period_year, title, sections, indicators)
  select gen_random_uuid(), p.id, 'Y', 2026, 'Báo cáo năm 2026', '[{"code":"ket_qua","title":"Kết quả","hint":null}]'::jsonb,
    (select jsonb_agg(jsonb_build_object('code', 'c' || i, 'name', 'Chỉ tiêu ' || i, 'type', t, 'unit', null, 'required', false,
       'min', null, 'max', null, 'rollup', case t when 'percent' then 'average' else 'sum' end, 'group', 'Số liệu') order by i)
     from generate_series(1, 12) i, lateral (select case when i = 11 then 'money' when i = 12 then 'percent' else 'integer' end t) x)
  from plans p;
insert into obligations (id, plan_id, milestone_id, unit_id, deliverable_kind, period_kind, period_year, due_date, inclusive, phrase, first_submitted_at, exempt_reason, exempted_at, created_at)
  select gen_random_uuid(), p.id, m.id, u.id, m.deliverable_kind, m.period_kind, m.period_year, m.due_date, m.inclusive, m.phrase,
    case when r < 0.6 then (m.due_date - 3 + (r * 10)::int)::timestamp at time zone 'Asia/Ho_Chi_Minh' end,
    case when r > 0.98 then 'Miễn thử' end, case when r > 0.98 then timestamptz '2026-01-10T00:00:00Z' end,
    '2026-01-05T02:00:00Z'
  from plans p join plan_milestones m on m.plan_id = p.id
  join org_units pr on pr.id = p.issuer_unit_id
  join org_units u on u.path like pr.path || '%' and u.id <> pr.id and u.valid_to is null
  cross join lateral (select random() + 0 * length(u.path) r) rr;
insert into reports (id, obligation_id, unit_id, form_id, status, version, sections, values, submission_count, submitted_at, decided_at)
  select gen_random_uuid(), o.id, o.unit_id, f.id, 'accepted', 2, '{"ket_qua":"Đã thực hiện."}'::jsonb,
    -- Twelve indicators (c1–c10 counts, c11 money, c12 percent), about one in ten left empty.
    coalesce((select jsonb_object_agg('c' || i, case when i = 11 then floor(random() * 1e8)
       when i = 12 then round((random() * 100)::numeric, 1) else floor(random() * 500) end)
     from generate_series(1, 12) i where random() > 0.1 + 0 * length(o.id::text)), '{}'),
    1, o.first_submitted_at, o.first_submitted_at
  from obligations o join report_forms f on f.plan_id = o.plan_id
  where o.deliverable_kind = 'period_report' and o.first_submitted_at is not null and o.exempt_reason is null;
analyze;
`;

/** The bench's assessment year (the plan's year). */
export const BENCH_SCORING_YEAR = 2026;

/**
 * The bench's scorecard, stored as the product stores one (scorecard_versions.definition: a ScorecardVersion
 * without id, decision and name): 8 criteria of 5 sub-criteria (40 scored leaves, points in quarters), 100
 * points, four levels by points, the two unit groups of a 1563-shaped scorecard. No bonus, penalty, derived
 * criterion nor rule: a unit's total is the sum of its final scores (appraised, else self) and its level the
 * band that total falls in, which the floor can say in SQL without a second copy of the domain.
 */
export const benchScorecard: Omit<ScorecardVersion, 'id' | 'decision' | 'name'> = {
  maxPoints: 100,
  unitGroups: [
    { code: 'provincial', name: 'Nhóm 1: Các sở, ban, ngành tỉnh', unitKinds: ['department', 'public_service', 'central_agency'] },
    { code: 'local', name: 'Nhóm 2: UBND cấp xã, các phòng chuyên môn', unitKinds: ['district', 'division', 'commune'] },
  ],
  nodes: [15, 15, 10, 10, 15, 10, 15, 10].map((max, i) => ({
    code: String(i + 1),
    title: `Tiêu chí thử ${i + 1}`,
    maxPoints: max,
    children: Array.from({ length: 5 }, (_, j) => ({
      code: `${i + 1}.${j + 1}`,
      title: `Nội dung thử ${i + 1}.${j + 1}`,
      maxPoints: max / 5,
      method: { kind: 'points' as const, step: 0.25 },
    })),
  })),
  levels: {
    basis: 'points',
    levels: [
      { code: 'xuat_sac', name: 'Hoàn thành xuất sắc nhiệm vụ', min: 90 },
      { code: 'tot', name: 'Hoàn thành tốt nhiệm vụ', min: 80 },
      { code: 'hoan_thanh', name: 'Hoàn thành nhiệm vụ', min: 65 },
      { code: 'khong_hoan_thanh', name: 'Không hoàn thành nhiệm vụ', min: 0 },
    ],
  },
  rules: [],
};

const benchLeaves = benchScorecard.nodes.flatMap((n) => n.children ?? []);

/** SQL: a level's code from a total, by the bench scorecard's bands (the floor's copy of levelFor). */
export const benchLevelSql = (total: string) =>
  `(case ${benchScorecard.levels.levels.map((l) => `when ${total} >= ${l.min} then '${l.code}'`).join(' ')} end)`;

/**
 * After provinceDataSql: every province issues the bench scorecard (active, ranking target > 90% at the top
 * level) and every live unit below it has one ${BENCH_SCORING_YEAR} assessment (~97% finalised, the rest appraised or
 * submitted: the ranking's "not finalised" list) with one score per criterion. Each unit draws a weakness
 * w in [0, 0.6) and each criterion loses up to w × its maximum in quarter points, so totals spread over the
 * levels (and tie); ~10% of scores are appraised half a point lower, with a reason.
 */
export const scoringDataSql = () => `
insert into scorecard_versions (id, issuer_unit_id, decision_number, decision_date, name, definition, agencies, ranking_target, status, activated_at)
  select gen_random_uuid(), id, '1/QĐ-UBND-' || code, '2026-01-10', 'Bộ tiêu chí thử ' || code,
    '${JSON.stringify(benchScorecard).replaceAll("'", "''")}'::jsonb, '[]'::jsonb, '{"op":">","share":90}'::jsonb,
    'active', '2026-01-10T02:00:00Z'
  from org_units where kind = 'province' and valid_to is null;
insert into assessments (id, scorecard_id, unit_id, year, unit_group, status, version, first_submitted_at, last_submitted_at, finalised_at, created_at, updated_at)
  select gen_random_uuid(), s.id, u.id, ${BENCH_SCORING_YEAR},
    case when u.kind in (${benchScorecard.unitGroups[0]!.unitKinds.map((k) => `'${k}'`).join(', ')}) then 'provincial' else 'local' end,
    case when r < 0.97 then 'finalised' when r < 0.985 then 'appraised' else 'submitted' end, 3,
    '2026-11-10T03:00:00Z', '2026-11-10T03:00:00Z', case when r < 0.97 then timestamptz '2026-11-28T03:00:00Z' end,
    '2026-11-05T03:00:00Z', '2026-11-28T03:00:00Z'
  from scorecard_versions s join org_units pr on pr.id = s.issuer_unit_id
  join org_units u on u.path like pr.path || '%' and u.id <> pr.id and u.valid_to is null
  cross join lateral (select random() + 0 * length(u.path) r) rr;
with w as (select id, random() * 0.6 + 0 * version w from assessments where year = ${BENCH_SCORING_YEAR}),
x as (
  select w.id aid, l.code, (l.max - floor(random() * w.w * l.max * 4) / 4)::numeric self, random() r
  from w cross join (values ${benchLeaves.map((l) => `('${l.code}', ${l.maxPoints})`).join(', ')}) l(code, max)
)
insert into assessment_scores (id, assessment_id, criterion_code, self_score, self_explanation, appraised_score, appraisal_reason, appraiser_agency, appraised_at, updated_at)
  select gen_random_uuid(), aid, code, self, 'Đã thực hiện; hồ sơ lưu tại văn phòng.',
    case when r < 0.1 then greatest(0, self - 0.5) end, case when r < 0.1 and self > 0 then 'Thiếu minh chứng.' end,
    case when r < 0.1 then 'home_affairs' end, case when r < 0.1 then timestamptz '2026-11-20T03:00:00Z' end, '2026-11-20T03:00:00Z'
  from x;
analyze;
`;
