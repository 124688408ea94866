// The benchmark's data set, built with plain SQL (seconds instead of the use cases' minutes). Every unit
// of kind 'province' (existing ones, e.g. the demo's Tây Ninh, plus `extraProvinces` new ones) gets 30
// departments with 5 divisions and 96 communes with 4 divisions (~660 units), one published 2026 plan of
// 10 deadlines owed by every unit below the province (the 10th is the yearly period report, with its
// form), ~60% submitted (accepted reports for the period report), ~2% exempt, org_unit_versions for the
// as-of tree. bench/http.ts checks its figures against the use cases (getPlanCompliance) before measuring.
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
insert into report_forms (id, plan_id, period_kind, period_year, title, sections)
  select gen_random_uuid(), p.id, 'Y', 2026, 'Báo cáo năm 2026', '[{"code":"ket_qua","title":"Kết quả","hint":null}]'::jsonb from plans p;
insert into obligations (id, plan_id, milestone_id, unit_id, deliverable_kind, period_kind, period_year, due_date, inclusive, phrase, first_submitted_at, exempt_reason, exempted_at, created_at)
  select gen_random_uuid(), p.id, m.id, u.id, m.deliverable_kind, m.period_kind, m.period_year, m.due_date, m.inclusive, m.phrase,
    case when r < 0.6 then (m.due_date - 3 + (r * 10)::int)::timestamp at time zone 'Asia/Ho_Chi_Minh' end,
    case when r > 0.98 then 'Miễn thử' end, case when r > 0.98 then timestamptz '2026-01-10T00:00:00Z' end,
    '2026-01-05T02:00:00Z'
  from plans p join plan_milestones m on m.plan_id = p.id
  join org_units pr on pr.id = p.issuer_unit_id
  join org_units u on u.path like pr.path || '%' and u.id <> pr.id and u.valid_to is null
  cross join lateral (select random() + 0 * length(u.path) r) rr;
insert into reports (id, obligation_id, unit_id, form_id, status, version, sections, submission_count, submitted_at, decided_at)
  select gen_random_uuid(), o.id, o.unit_id, f.id, 'accepted', 2, '{"ket_qua":"Đã thực hiện."}'::jsonb, 1, o.first_submitted_at, o.first_submitted_at
  from obligations o join report_forms f on f.plan_id = o.plan_id
  where o.deliverable_kind = 'period_report' and o.first_submitted_at is not null and o.exempt_reason is null;
analyze;
`;
