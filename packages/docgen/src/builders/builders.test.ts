// Each document of the cycle rendered from plain data, checked the way the person receiving it would
// read it: header, addressees, numbering, the figures as printed, signature, appendices.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../docx/render-docx.ts';
import {
  commendationInput,
  consolidatedReportInput,
  periodicReportInput,
  rankingDecisionInput,
  reminderLetterInput,
  selfAssessmentInput,
  unitPlanInput,
} from '../examples/cycle-documents.ts';
import type { DocumentModel } from '../model/document-model.ts';
import { documentGaps } from '../model/resolve.ts';
import { paragraphs, plainText, readDocx, runWith, sectionProperties, type DocxParts } from '../test-support/read-docx.ts';
import { buildCommendationProposal } from './commendation.ts';
import { buildPlanDocument, buildUnitPlanDocument } from './plan.ts';
import { buildRankingDecision } from './ranking-decision.ts';
import { buildReminderLetter } from './reminder-letter.ts';
import { buildConsolidatedReport, buildPeriodicReport } from './reports.ts';
import { buildSelfAssessmentDossier } from './self-assessment.ts';

interface Rendered {
  parts: DocxParts;
  lines: string[];
  /** Text of the body tables (not the header and closing layout tables). */
  cells: string[];
}

async function render(model: DocumentModel): Promise<Rendered> {
  const parts = await readDocx(await renderDocx(model));
  const lines = paragraphs(parts.document)
    .map((p) => plainText(p).trim())
    .filter(Boolean);
  const tables = [...parts.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).filter((t) => t.includes('<w:tblHeader/>'));
  return { parts, lines, cells: tables.flatMap((t) => paragraphs(t).map((p) => plainText(p).trim())) };
}

/** The lines from `first` on, `count` of them. */
const after = (lines: string[], first: string, count: number) => lines.slice(lines.indexOf(first), lines.indexOf(first) + count);

describe("a unit's own plan", async () => {
  const { lines, cells } = await render(buildUnitPlanDocument(unitPlanInput));

  it('is headed by the department under its parent, numbered as issued', () => {
    expect(lines.slice(0, 2)).toEqual(['UBND TỈNH TÂY NINH', 'SỞ NỘI VỤ']);
    expect(lines).toContain('Số: 58/KH-SNV');
    expect(lines).toContain('Tây Ninh, ngày 20 tháng 3 năm 2025');
  });

  it("opens with the superior's plan in its written form", () => {
    expect(lines).toContain(
      'Thực hiện Kế hoạch số 696/KH-UBND ngày 06/3/2025 của Ủy ban nhân dân tỉnh Tây Ninh về thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh, Sở Nội vụ xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 như sau:',
    );
  });

  it('composes the parts from the forms, the task table with its coordinating units', () => {
    expect(lines.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG THỰC HIỆN',
      'III. MỘT SỐ CHỈ TIÊU CỤ THỂ NĂM 2025',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(cells).toContain('Phòng Xây dựng chính quyền; Công đoàn cơ sở');
    expect(cells).toContain('15/04/2025');
    expect(lines).toContain('- Báo cáo năm: Các phòng, đơn vị gửi Văn phòng Sở trước ngày 25/10/2025.');
  });

  it('is signed by the deputy for the director', () => {
    expect(after(lines, 'KT. GIÁM ĐỐC', 2)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(lines).toContain('- Lưu: VT, XDCQ.');
  });
});

describe("a unit's periodic report to its superior", async () => {
  const { lines, cells } = await render(buildPeriodicReport(periodicReportInput));

  it('is addressed with "Kính gửi" and numbered with a leading zero', () => {
    expect(lines).toContain('Kính gửi: Ủy ban nhân dân tỉnh.');
    expect(lines).toContain('Số: 07/BC-SNV');
    expect(after(lines, 'BÁO CÁO', 2)).toEqual(['BÁO CÁO', 'Kết quả thực hiện công tác dân vận chính quyền năm 2025']);
  });

  it('prints only the parts that have text, numbered without gaps', () => {
    expect(lines).toContain('1. Công tác quán triệt, tuyên truyền');
    expect(lines).toContain('2. Cải cách hành chính, thực hiện dân chủ ở cơ sở');
    expect(lines).toContain('3. Số liệu chủ yếu');
    expect(lines.join('\n')).not.toContain('Dân vận khéo');
    expect(lines.filter((l) => /^[IVX]+\. /.test(l))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
    ]);
    expect(lines).toContain('(Số liệu tính đến ngày 25/10/2025)');
  });

  it('prints figures the Vietnamese way', () => {
    expect(cells).toEqual(expect.arrayContaining(['1.250', 'hồ sơ', '100', '%', '68.750.000', 'đồng']));
  });
});

describe("the province's consolidated report", async () => {
  const { lines, cells, parts } = await render(buildConsolidatedReport(consolidatedReportInput));

  it('is signed on behalf of the People’s Committee by a vice-chairman', () => {
    expect(after(lines, 'TM. ỦY BAN NHÂN DÂN', 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(lines.slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH']);
  });

  it('says how many units reported and which are missing; an empty part is left out', () => {
    expect(lines[lines.findIndex((l) => l === 'Kết quả thực hiện công tác dân vận chính quyền năm 2025') + 1]).toMatch(
      /^Thực hiện Kế hoạch số 696\/KH-UBND .*, trên cơ sở báo cáo của 46\/48 cơ quan, đơn vị, địa phương, Ủy ban nhân dân tỉnh Tây Ninh báo cáo/,
    );
    expect(lines).toContain('4. Tình hình gửi báo cáo');
    expect(lines).toContain(
      'Đến thời điểm tổng hợp, còn 02 cơ quan, đơn vị, địa phương chưa có báo cáo được tiếp nhận: Ủy ban nhân dân xã Hưng Điền; Ủy ban nhân dân xã Vĩnh Thạnh.',
    );
    expect(lines.join('\n')).not.toContain('Dân vận khéo');
    expect(cells).toEqual(expect.arrayContaining(['2.480', '45/48', '1.275.500.000']));
  });

  it('prints the figures the coordinator pasted from Excel as a table inside their part', () => {
    expect(cells).toEqual(expect.arrayContaining(['Kỳ', 'Số cuộc đối thoại', 'Quý III', '92', '705']));
    expect(lines.some((l) => l.includes('\t') || /Quý I\s*68/.test(l))).toBe(false);
    const body = parts.document;
    const heading = body.indexOf('Kết quả thực hiện các nhiệm vụ trọng tâm');
    const table = body.indexOf('Quý III');
    expect(heading).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(heading);
    expect(body.lastIndexOf('<w:tbl>', table)).toBeGreaterThan(heading);
  });

  it('puts the per-unit figures in a landscape appendix', () => {
    const appendix = sectionProperties(parts.document).at(-1) ?? '';
    expect(appendix).toMatch(/w:orient="landscape"/);
    expect(lines).toContain('SỐ LIỆU CỦA CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG NĂM 2025');
    expect(cells).toEqual(expect.arrayContaining(['Ủy ban nhân dân phường Long An', '45.000.000']));
  });
});

describe('the self-assessment dossier', async () => {
  const { lines, cells } = await render(buildSelfAssessmentDossier(selfAssessmentInput));

  it('goes to the Department of Home Affairs with the total and the proposed level', () => {
    expect(lines).toContain('Kính gửi: Sở Nội vụ.');
    expect(lines).toContain('1. Tổng điểm tự chấm: 47/50 điểm (chi tiết tại Phụ lục I kèm theo).');
    expect(lines).toContain('2. Tự xếp loại: Hoàn thành tốt.');
    expect(lines).toContain('Số: 215/BC-UBND');
  });

  it('attaches the scoring table and the evidence list as Phụ lục I and II', () => {
    expect(lines).toContain('Phụ lục I');
    expect(lines).toContain('Phụ lục II');
    expect(lines).toContain('DANH MỤC TÀI LIỆU MINH CHỨNG');
    expect(cells).toEqual(expect.arrayContaining(['MC-03, MC-04', 'BB-doi-thoai-KP3.pdf', '12/KH-UBND ngày 25/3/2025', 'Tổng cộng', '47']));
  });
});

describe('the ranking decision', async () => {
  const { lines, cells, parts } = await render(buildRankingDecision(rankingDecisionInput));

  it('is dated on the Vietnamese day even when signed before 07:00', () => {
    expect(lines).toContain('Tây Ninh, ngày 12 tháng 01 năm 2026');
  });

  it('has the authority line, bases one per line, "QUYẾT ĐỊNH:" and three articles', () => {
    expect(lines).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH');
    expect(lines).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
    expect(lines).toContain('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 30/12/2025.');
    expect(lines.filter((l) => /^Điều \d\./.test(l)).map((l) => l.slice(0, 7))).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(runWith(parts.document, 'Điều 1.').bold).toBe(true);
    expect(lines).toContain('- Các sở, ban, ngành tỉnh: 03 đơn vị (Tốt: 02 đơn vị; Khá: 01 đơn vị);');
  });

  it('signs in the Chairman’s authority and attaches the ranking per group', () => {
    expect(after(lines, 'KT. CHỦ TỊCH', 2)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(lines).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh)');
    expect(lines).toContain('Ủy ban nhân dân các xã, phường');
    expect(cells).toEqual(expect.arrayContaining(['96,5', 'Không xếp loại', '—', 'Hạ một mức do gửi hồ sơ chậm']));
  });
});

describe('the reminder letter (công văn đôn đốc)', async () => {
  const { lines } = await render(buildReminderLetter(reminderLetterInput));

  it('is a công văn: "V/v" under the number, the units behind after "Kính gửi:"', () => {
    expect(lines).toContain('V/v Đôn đốc gửi báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2026');
    expect(lines.find((l) => l.startsWith('Số:'))).toMatch(/^Số:\s+\/SNV-XDCQ$/);
    expect(lines).toContain('Kính gửi:- Ủy ban nhân dân xã Hưng Điền;');
    expect(lines).toContain('- Sở Xây dựng.');
  });

  it('states the facts, the deadline and a new time limit', () => {
    const facts = lines.find((l) => l.startsWith('Thực hiện Kế hoạch số 45/KH-UBND')) ?? '';
    expect(facts).toContain('trước ngày 20/5/2026');
    expect(facts).toContain('Tuy nhiên, đến ngày 22/5/2026, còn 03 cơ quan, đơn vị, địa phương chưa gửi (như trên).');
    expect(lines.find((l) => l.startsWith('Để kịp thời tổng hợp'))).toContain('chậm nhất ngày 27/5/2026');
    expect(lines.at(-1)).toBe('Trần Văn Hùng');
  });

  it('names many units in a list attached instead of the address block', async () => {
    const units = Array.from({ length: 9 }, (_, i) => ({ name: `Ủy ban nhân dân xã số ${i + 1}`, status: 'Quá hạn' }));
    const many = await render(buildReminderLetter({ ...reminderLetterInput, units }));
    expect(many.lines).toContain('Kính gửi: Các cơ quan, đơn vị, địa phương có tên tại danh sách kèm theo.');
    expect(many.lines).toContain('Phụ lục');
    expect(many.cells).toContain('Ủy ban nhân dân xã số 9');
  });
});

describe('the commendation proposal (tờ trình)', async () => {
  const { lines, cells } = await render(buildCommendationProposal(commendationInput));

  it('asks the Chairman for the award, counting the nominees', () => {
    expect(lines).toContain('TỜ TRÌNH');
    expect(lines).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(lines.find((l) => l.includes('kính trình'))).toContain('cho 02 tập thể và 01 cá nhân đã có thành tích xuất sắc');
    expect(lines).toContain('Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.');
    expect(lines).toContain('Số: 12/TTr-SNV');
  });

  it('lists collectives and individuals in the attached Danh sách', () => {
    expect(lines).toContain('I. TẬP THỂ (02 TẬP THỂ)');
    expect(lines).toContain('II. CÁ NHÂN (01 CÁ NHÂN)');
    expect(cells).toEqual(expect.arrayContaining(['Ủy ban nhân dân phường Long An', 'Nguyễn Thị Lan']));
    expect(after(lines, 'GIÁM ĐỐC', 1)).toEqual(['GIÁM ĐỐC']);
  });
});

describe('a plan begun in the forms', () => {
  it('exports as a draft and says what is missing', async () => {
    const model = buildPlanDocument({
      issuer: { name: 'Sở Nội vụ', abbreviation: 'SNV', place: 'Tây Ninh', headTitle: 'Giám đốc' },
      signer: { name: null, title: null },
      draft: true,
      year: 2026,
      title: null,
    });
    const { lines } = await render(model);
    expect(lines[0]).toBe('DỰ THẢO');
    expect(documentGaps(model).map((gap) => gap.message)).toEqual(
      expect.arrayContaining([
        'Chưa có số văn bản (văn thư cấp số khi đăng ký).',
        'Chưa có trích yếu nội dung.',
        'Chưa có họ tên người ký.',
      ]),
    );
  });
});
