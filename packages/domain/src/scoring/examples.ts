import { HEAD_DISCIPLINE_FLAGS, type ScorecardNode, type ScorecardVersion, type ScoringMethod } from './types.ts';

const pts = (step: number): ScoringMethod => ({ kind: 'points', step });
const leaf = (
  code: string,
  title: string,
  maxPoints: number,
  method: ScoringMethod,
  evidence: string,
  extra: Partial<ScorecardNode> = {},
): ScorecardNode => ({
  code,
  title,
  maxPoints,
  method,
  requiredEvidence: [{ text: evidence, required: true }],
  ...extra,
});

/**
 * Ví dụ minh hoạ theo cấu trúc Quyết định 1563/QĐ-UBND (2022) của UBND tỉnh Tây Ninh: sáu tiêu chí,
 * 100 điểm (10, 10, 20, 20, 20, 20), hai nhóm đơn vị chấm riêng, bốn mức xếp loại, hạ một mức khi nộp
 * hồ sơ muộn. The criteria headings follow 1563's shape; the sub-criteria and their points are an
 * illustration written for DVCQ (the text of the replacing decision 908/QĐ-UBND is not available).
 */
export function exampleScorecard1563(): ScorecardVersion {
  return {
    id: 'vd-1563-2022',
    decision: { number: '1563/QĐ-UBND', date: '2022-07-15' },
    name: 'Ví dụ minh hoạ theo cấu trúc Quyết định 1563/QĐ-UBND — Bộ tiêu chí đánh giá, xếp loại công tác dân vận chính quyền',
    note: 'Ví dụ minh hoạ theo cấu trúc Quyết định 1563/QĐ-UBND; không phải văn bản gốc. Ngày quyết định là giả định.',
    maxPoints: 100,
    unitGroups: [
      {
        code: 'provincial',
        name: 'Nhóm 1: Các sở, ban, ngành tỉnh, đơn vị sự nghiệp, cơ quan Trung ương đóng trên địa bàn tỉnh',
        unitKinds: ['department', 'public_service', 'central_agency'],
      },
      {
        code: 'district_chain',
        name: 'Nhóm 2: UBND các huyện, thị xã, thành phố; các phòng, ban chuyên môn; UBND các xã, phường, thị trấn',
        unitKinds: ['district', 'division', 'commune'],
      },
    ],
    nodes: [
      {
        code: '1',
        title: 'Thực hiện các văn bản chỉ đạo của Trung ương, của Tỉnh về công tác dân vận chính quyền',
        maxPoints: 10,
        children: [
          leaf(
            '1.1',
            'Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm đúng thời hạn',
            4,
            { kind: 'yes_no' },
            'Kế hoạch năm của cơ quan, đơn vị',
            {
              guidance: 'Ban hành kế hoạch trước thời hạn tỉnh quy định: 4 điểm; muộn hoặc không ban hành: 0 điểm.',
            },
          ),
          leaf(
            '1.2',
            'Quán triệt, học tập các văn bản về công tác dân vận cho cán bộ, công chức, viên chức, người lao động',
            3,
            {
              kind: 'derived',
              indicator: 'staff_trained_pct',
              mapping: {
                kind: 'bands',
                bands: [
                  { min: 100, points: 3 },
                  { min: 90, points: 2 },
                  { min: 70, points: 1 },
                ],
              },
            },
            'Báo cáo số lượng cán bộ được quán triệt; biên bản hội nghị',
            {
              guidance:
                'Tính theo tỷ lệ cán bộ được quán triệt trong báo cáo năm: 100%: 3 điểm; từ 90%: 2 điểm; từ 70%: 1 điểm; dưới 70%: 0 điểm.',
            },
          ),
          leaf(
            '1.3',
            'Thực hiện chế độ thông tin, báo cáo định kỳ 6 tháng, năm đầy đủ, đúng thời hạn',
            3,
            pts(0.5),
            'Báo cáo 6 tháng, báo cáo năm kèm ngày gửi',
            {
              guidance: 'Mỗi báo cáo chậm trừ 1 điểm; thiếu báo cáo trừ 1,5 điểm.',
            },
          ),
        ],
      },
      {
        code: '2',
        title: 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực',
        maxPoints: 10,
        appraisingAgency: 'inspectorate',
        guidance: 'Thanh tra tỉnh thẩm định tiêu chí này.',
        children: [
          leaf(
            '2.1',
            'Người đứng đầu tổ chức tiếp công dân định kỳ, đột xuất theo quy định',
            4,
            pts(0.5),
            'Sổ tiếp công dân; thông báo lịch tiếp công dân',
          ),
          leaf(
            '2.2',
            'Giải quyết khiếu nại, tố cáo đúng thẩm quyền, đúng thời hạn; không để xảy ra khiếu kiện đông người, vượt cấp',
            3,
            { kind: 'yes_no' },
            'Báo cáo kết quả giải quyết khiếu nại, tố cáo trong năm',
            { blocksTopLevelIfZero: true },
          ),
          leaf(
            '2.3',
            'Thực hiện các giải pháp phòng, chống tham nhũng, tiêu cực; công khai, minh bạch trong hoạt động của cơ quan',
            3,
            pts(0.5),
            'Kế hoạch và báo cáo công tác phòng, chống tham nhũng',
          ),
        ],
      },
      {
        code: '3',
        title: 'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
        maxPoints: 20,
        children: [
          leaf(
            '3.1',
            'Xây dựng, ký kết và thực hiện quy chế phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp',
            8,
            pts(0.5),
            'Quy chế phối hợp đã ký; báo cáo kết quả thực hiện',
          ),
          leaf(
            '3.2',
            'Tiếp thu, giải trình, phản hồi ý kiến giám sát, phản biện xã hội của Mặt trận và các đoàn thể',
            6,
            pts(0.5),
            'Văn bản tiếp thu, giải trình, trả lời kiến nghị',
          ),
          leaf(
            '3.3',
            'Phối hợp tổ chức các phong trào thi đua, cuộc vận động tại cơ quan, đơn vị, địa phương',
            6,
            pts(0.5),
            'Kế hoạch, báo cáo kết quả các cuộc vận động',
          ),
        ],
      },
      {
        code: '4',
        title: 'Cải cách hành chính',
        maxPoints: 20,
        children: [
          leaf(
            '4.1',
            'Thực hiện cải cách thủ tục hành chính; tiếp nhận, giải quyết hồ sơ đúng hạn qua Bộ phận Một cửa',
            8,
            pts(0.5),
            'Số liệu hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính',
          ),
          leaf(
            '4.2',
            'Cập nhật, công khai thông tin, thủ tục hành chính trên Cổng/Trang thông tin điện tử của cơ quan, đơn vị',
            6,
            pts(0.5),
            'Đường dẫn các tin, bài, thủ tục đã cập nhật',
            {
              appraisingAgency: 'science_tech',
              guidance: 'Sở Khoa học và Công nghệ thẩm định.',
            },
          ),
          leaf(
            '4.3',
            'Thực hiện văn hoá công vụ; thái độ, tác phong phục vụ Nhân dân của cán bộ, công chức, viên chức',
            6,
            pts(0.5),
            'Kết quả khảo sát sự hài lòng; phản ánh, kiến nghị của người dân',
          ),
        ],
      },
      {
        code: '5',
        title: 'Thực hiện dân chủ ở cơ sở',
        maxPoints: 20,
        children: [
          leaf(
            '5.1',
            'Ban hành và thực hiện quy chế dân chủ trong hoạt động của cơ quan, đơn vị theo Luật Thực hiện dân chủ ở cơ sở năm 2022',
            8,
            pts(0.5),
            'Quy chế dân chủ của cơ quan, đơn vị',
          ),
          leaf(
            '5.2',
            'Công khai thông tin để Nhân dân biết, bàn, làm, kiểm tra, giám sát theo quy định',
            6,
            pts(0.5),
            'Hình thức, nội dung công khai',
          ),
          leaf(
            '5.3',
            'Tổ chức hội nghị cán bộ, công chức, viên chức; đối thoại với Nhân dân, tiếp thu và giải quyết kiến nghị',
            6,
            pts(0.5),
            'Biên bản hội nghị; thông báo kết luận đối thoại',
          ),
        ],
      },
      {
        code: '6',
        title: 'Xây dựng mô hình "Dân vận khéo" và phong trào thi đua',
        maxPoints: 20,
        children: [
          leaf(
            '6.1',
            'Đăng ký, xây dựng, duy trì và nhân rộng mô hình "Dân vận khéo"',
            10,
            pts(0.5),
            'Danh sách mô hình; báo cáo kết quả mô hình',
          ),
          leaf(
            '6.2',
            'Phát hiện, biểu dương, khen thưởng điển hình "Dân vận khéo"; sơ kết, tổng kết phong trào',
            10,
            pts(0.5),
            'Quyết định khen thưởng; báo cáo sơ kết, tổng kết',
          ),
        ],
      },
    ],
    levels: {
      basis: 'points',
      levels: [
        { code: 'tot', name: 'Tốt', min: 90 },
        { code: 'kha', name: 'Khá', min: 70 },
        { code: 'trung_binh', name: 'Trung bình', min: 50 },
        { code: 'yeu', name: 'Yếu', min: 0 },
      ],
    },
    rules: [{ kind: 'block_top_level_if_zero' }, { kind: 'downgrade_if_late' }],
  };
}

/**
 * Ví dụ minh hoạ theo cách của Quảng Bình: 100 điểm, hoặc 85 điểm với đơn vị không thuộc đối tượng
 * đánh giá Chỉ số cải cách hành chính (tiêu chí 3 không áp dụng), nên mức xếp loại tính theo tỷ lệ %
 * trên điểm tối đa của từng đơn vị; có khối điểm trừ và khối điểm thưởng.
 */
export function exampleScorecardPercent(): ScorecardVersion {
  return {
    id: 'vd-percent',
    decision: { number: 'VD/QĐ-UBND', date: '2024-01-15' },
    name: 'Ví dụ minh hoạ: bộ tiêu chí 100/85 điểm, xếp loại theo tỷ lệ điểm tối đa',
    note: 'Ví dụ minh hoạ; không phải văn bản gốc.',
    maxPoints: 100,
    unitGroups: [
      { code: 'in_par_index', name: 'Đơn vị thuộc đối tượng đánh giá Chỉ số CCHC', unitKinds: ['department', 'district'] },
      {
        code: 'outside_par_index',
        name: 'Đơn vị không thuộc đối tượng đánh giá Chỉ số CCHC',
        unitKinds: ['public_service', 'central_agency'],
      },
    ],
    nodes: [
      {
        code: '1',
        title: 'Lãnh đạo, chỉ đạo thực hiện công tác dân vận chính quyền',
        maxPoints: 20,
        children: [
          leaf('1.1', 'Ban hành kế hoạch, văn bản chỉ đạo', 10, pts(0.5), 'Kế hoạch năm'),
          leaf('1.2', 'Kiểm tra, sơ kết, tổng kết', 10, pts(0.5), 'Báo cáo kiểm tra'),
        ],
      },
      {
        code: '2',
        title: 'Thực hiện dân chủ ở cơ sở',
        maxPoints: 25,
        children: [
          leaf('2.1', 'Thực hiện quy chế dân chủ trong cơ quan', 15, pts(0.5), 'Quy chế dân chủ'),
          leaf('2.2', 'Đối thoại với Nhân dân', 10, pts(0.5), 'Biên bản đối thoại'),
        ],
      },
      {
        code: '3',
        title: 'Kết quả Chỉ số cải cách hành chính',
        maxPoints: 15,
        applicableGroups: ['in_par_index'],
        children: [
          leaf(
            '3.1',
            'Điểm Chỉ số CCHC năm quy đổi',
            10,
            { kind: 'derived', indicator: 'par_index', mapping: { kind: 'linear', zeroAt: 50, fullAt: 100 }, step: 0.5 },
            'Quyết định công bố Chỉ số CCHC',
          ),
          leaf('3.2', 'Khắc phục tồn tại sau đánh giá Chỉ số CCHC năm trước', 5, { kind: 'yes_no' }, 'Báo cáo khắc phục'),
        ],
      },
      {
        code: '4',
        title: 'Phối hợp với Mặt trận Tổ quốc và các đoàn thể',
        maxPoints: 25,
        children: [
          leaf('4.1', 'Thực hiện quy chế phối hợp', 15, pts(0.5), 'Quy chế phối hợp'),
          leaf('4.2', 'Giải quyết kiến nghị qua giám sát', 10, pts(0.5), 'Văn bản trả lời'),
        ],
      },
      {
        code: '5',
        title: 'Phong trào thi đua "Dân vận khéo"',
        maxPoints: 15,
        children: [
          leaf('5.1', 'Xây dựng mô hình "Dân vận khéo"', 10, pts(1), 'Danh sách mô hình'),
          leaf('5.2', 'Có mô hình được cấp huyện trở lên công nhận', 5, { kind: 'yes_no' }, 'Quyết định công nhận'),
        ],
      },
      leaf('TRU', 'Điểm trừ: để xảy ra khiếu kiện đông người, vượt cấp kéo dài', 5, { kind: 'penalty', step: 1 }, 'Báo cáo của Thanh tra'),
      leaf(
        'THUONG',
        'Điểm thưởng: mô hình, điển hình được cấp tỉnh trở lên khen thưởng',
        5,
        { kind: 'bonus', step: 1 },
        'Quyết định khen thưởng',
      ),
    ],
    levels: {
      basis: 'percent_of_max',
      levels: [
        { code: 'tot', name: 'Tốt', min: 90 },
        { code: 'kha', name: 'Khá', min: 70 },
        { code: 'trung_binh', name: 'Trung bình', min: 50 },
        { code: 'yeu', name: 'Yếu', min: 0 },
      ],
    },
    rules: [{ kind: 'downgrade_if_late' }],
  };
}

/** Derived source key: the number of the unit's "Dân vận khéo" models recognised in the year (models module). */
export const RECOGNISED_MODELS_SOURCE = 'recognised_models';

/** Veto events of Cần Thơ 2579/QĐ-UBND Điều 6.4 (each forces "Không hoàn thành" whatever the points). */
export const VETO_EVENTS_2579 = [
  { code: 'corruption', name: 'Để xảy ra tham nhũng' },
  { code: 'disunity', name: 'Để xảy ra mất đoàn kết nội bộ nghiêm trọng' },
  {
    code: 'leader_dismissed',
    name: 'Cán bộ, công chức, viên chức giữ chức vụ lãnh đạo quản lý bị kỷ luật từ hình thức "Cách chức" trở lên',
  },
  { code: 'criminal', name: 'Công chức, viên chức, người lao động bị xử lý hình sự' },
  { code: 'no_self_assessment', name: 'Không thực hiện việc tự đánh giá, chấm điểm theo quy định' },
] as const;

/**
 * Cần Thơ 2579/QĐ-UBND (21/11/2025, chấm điểm từ năm 2026) on the Ministry of Home Affairs' 2025 model:
 * its visible rules entered as written (100 points = 10 + 90, bonus up to 3 points for recognised "Dân
 * vận khéo" models, deductions up to 3 points, four levels with "no criterion scored 0" for the top
 * two, veto events, caps from discipline of the head). The annex (Phụ lục II) with the sub-criteria is
 * not in the copy: the sub-criteria below are EXAMPLES written for DVCQ and labelled so.
 */
export function exampleScorecard2579(): ScorecardVersion {
  const ex = (title: string) => `Ví dụ: ${title}`;
  return {
    id: 'ct-2579-2025',
    decision: { number: '2579/QĐ-UBND', date: '2025-11-21' },
    fromYear: 2026,
    name: 'Quy định tiêu chí đánh giá, xếp loại công tác dân vận và thực hiện dân chủ ở cơ sở tại các cơ quan nhà nước trên địa bàn thành phố Cần Thơ',
    note: 'Nhập theo Quyết định 2579/QĐ-UBND ngày 21/11/2025 của UBND thành phố Cần Thơ. Các tiêu chí chính, điểm thưởng, điểm trừ, mức xếp loại, trường hợp xếp loại không hoàn thành và hạ bậc theo đúng văn bản; các tiêu chí thành phần (Phụ lục II không có trong bản sao) là ví dụ minh hoạ.',
    maxPoints: 100,
    unitGroups: [
      {
        code: 'city',
        name: 'Cơ quan Trung ương trên địa bàn thành phố; cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc UBND thành phố; ban ngành thành phố',
        unitKinds: ['department', 'public_service', 'central_agency'],
      },
      { code: 'commune', name: 'Ủy ban nhân dân xã, phường', unitKinds: ['commune'] },
    ],
    nodes: [
      {
        code: '1',
        title: 'Công tác tổ chức và cụ thể hóa các văn bản về công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở',
        maxPoints: 10,
        children: [
          leaf(
            '1.1',
            ex('Ban hành kế hoạch công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở năm đúng thời hạn'),
            4,
            { kind: 'yes_no' },
            'Kế hoạch năm',
          ),
          leaf(
            '1.2',
            ex('Quán triệt, cụ thể hóa văn bản của Trung ương, của thành phố'),
            6,
            pts(0.5),
            'Văn bản cụ thể hóa; biên bản hội nghị',
          ),
        ],
      },
      {
        code: '2',
        title: 'Công tác tham mưu, tổ chức thực hiện công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở',
        maxPoints: 90,
        children: [
          leaf(
            '2.1',
            ex('Thực hiện dân chủ ở cơ sở: công khai, lấy ý kiến Nhân dân, đối thoại'),
            20,
            pts(0.5),
            'Báo cáo thực hiện dân chủ ở cơ sở',
          ),
          leaf('2.2', ex('Cải cách hành chính, giải quyết thủ tục hành chính đúng hạn'), 20, pts(0.5), 'Số liệu hệ thống giải quyết TTHC'),
          leaf('2.3', ex('Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị'), 15, pts(0.5), 'Báo cáo tiếp công dân'),
          leaf('2.4', ex('Phối hợp với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội'), 15, pts(0.5), 'Quy chế phối hợp'),
          leaf('2.5', ex('Phong trào thi đua "Dân vận khéo"'), 10, pts(0.5), 'Danh sách mô hình, điển hình'),
          leaf('2.6', ex('Báo cáo, sơ kết, tổng kết đúng quy định'), 10, pts(0.5), 'Báo cáo năm'),
        ],
      },
      {
        code: '3',
        title: 'Điểm thưởng (tối đa 03 điểm)',
        maxPoints: 3,
        children: [
          leaf(
            '3.1',
            'Mô hình, điển hình "Dân vận khéo" được cơ quan có thẩm quyền công nhận (mỗi mô hình 01 điểm — ví dụ quy đổi)',
            3,
            { kind: 'bonus', step: 1, source: { indicator: RECOGNISED_MODELS_SOURCE, mapping: { kind: 'linear', zeroAt: 0, fullAt: 3 } } },
            'Quyết định công nhận mô hình',
          ),
          leaf(
            '3.2',
            ex('Mô hình, điển hình "Dân vận khéo" được khen thưởng cấp thành phố trở lên'),
            2,
            { kind: 'bonus', step: 1 },
            'Quyết định khen thưởng',
          ),
        ],
      },
      {
        code: '4',
        title: 'Điểm trừ (tối đa 03 điểm)',
        maxPoints: 3,
        children: [
          leaf('4.1', ex('Để xảy ra khiếu kiện đông người, vượt cấp'), 2, { kind: 'penalty', step: 0.5 }, 'Báo cáo của Thanh tra'),
          leaf('4.2', ex('Chậm báo cáo công tác dân vận theo yêu cầu'), 2, { kind: 'penalty', step: 0.5 }, 'Văn bản nhắc nhở'),
        ],
      },
    ],
    levels: {
      basis: 'points',
      levels: [
        { code: 'xuat_sac', name: 'Hoàn thành xuất sắc', min: 95, requiresNoZeroCriterion: true },
        { code: 'tot', name: 'Hoàn thành tốt', min: 85, requiresNoZeroCriterion: true },
        { code: 'hoan_thanh', name: 'Hoàn thành', min: 75 },
        { code: 'khong_hoan_thanh', name: 'Không hoàn thành', min: 0 },
      ],
    },
    rules: [
      { kind: 'veto', events: VETO_EVENTS_2579 },
      {
        kind: 'max_level_if_flag',
        flag: HEAD_DISCIPLINE_FLAGS.reprimand,
        maxLevel: 'tot',
        explanation: 'Người đứng đầu hoặc cấp phó bị kỷ luật "Khiển trách": xếp loại cao nhất là Hoàn thành tốt',
      },
      {
        kind: 'max_level_if_flag',
        flag: HEAD_DISCIPLINE_FLAGS.warning,
        maxLevel: 'hoan_thanh',
        explanation: 'Người đứng đầu hoặc cấp phó bị kỷ luật "Cảnh cáo": xếp loại cao nhất là Hoàn thành',
      },
    ],
    // Art. 7–8: Bằng khen for units classified Hoàn thành xuất sắc, by points, within these quotas.
    commendation: {
      award: 'Bằng khen Chủ tịch Ủy ban nhân dân thành phố',
      minLevel: 'xuat_sac',
      quotas: [
        { name: 'Cơ quan Trung ương trên địa bàn thành phố', unitKinds: ['central_agency'], collectives: 2, individuals: 4 },
        {
          name: 'Cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố; ban ngành thành phố',
          unitKinds: ['department', 'public_service'],
          collectives: 3,
          individuals: 6,
        },
        { name: 'Ủy ban nhân dân xã, phường', unitKinds: ['commune'], collectives: 15, individuals: 30 },
      ],
    },
  };
}
