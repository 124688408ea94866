// A model of the first part of Kế hoạch 696/KH-UBND (Tây Ninh, 06/3/2025), the provincial plan
// for "dân vận chính quyền" in 2025. Used by the sample script and as a realistic test fixture.
// The seed text lost its header; issuer lines follow the usual UBND tỉnh layout.
import type { OfficialDocument } from '../docx/official-document.ts';

export const plan696: OfficialDocument = {
  issuer: { name: 'ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH', nameInText: 'Ủy ban nhân dân tỉnh Tây Ninh' },
  number: '696/KH-UBND',
  place: 'Tây Ninh',
  issuedOn: '2025-03-06',
  docType: 'KẾ HOẠCH',
  title: 'Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
  legalBases: [
    'Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    'Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về việc “Tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”',
    'Căn cứ Quyết định số 1116-QĐ/TU ngày 29/9/2021 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế công tác dân vận của hệ thống chính trị trên địa bàn tỉnh',
    'Căn cứ Quyết định số 908/QĐ-UBND ngày 14/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh ban hành Quy định về tiêu chí đánh giá, xếp loại công tác dân vận chính quyền đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Tây Ninh',
  ],
  body: [
    {
      kind: 'paragraph',
      text: 'Căn cứ tình hình thực tiễn của địa phương, Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 như sau:',
    },
    { kind: 'heading', level: 1, text: 'Mục đích, yêu cầu' },
    {
      kind: 'paragraph',
      text: '1. Tập trung chỉ đạo thực hiện hiệu quả các nhiệm vụ trọng tâm của công tác dân vận gắn với triển khai, thực hiện các nhiệm vụ chính trị, các nghị quyết, đề án, chương trình, kế hoạch phát triển kinh tế - xã hội của tỉnh. Nâng cao hiệu lực, hiệu quả quản lý nhà nước, tạo sự chuyển biến tích cực về nhận thức và trách nhiệm của người đứng đầu, công chức, viên chức và người lao động về vai trò, vị trí và tầm quan trọng của công tác dân vận, thực hiện tốt chức trách, nhiệm vụ được giao. Đồng thời, bảo đảm an ninh quốc phòng trên địa bàn tỉnh.',
    },
    {
      kind: 'paragraph',
      text: '2. Tăng cường phối hợp chặt chẽ, đồng bộ trong quá trình tổ chức triển khai và thực hiện có hiệu quả công tác dân vận theo đúng quy chế, quy định, chức năng, nhiệm vụ phù hợp với tình hình thực tế của từng cơ quan, đơn vị, địa phương nhằm đảm bảo tuân thủ đúng các quy định hiện hành.',
    },
    { kind: 'heading', level: 1, text: 'Nội dung thực hiện' },
    {
      kind: 'heading',
      level: 2,
      text: 'Quán triệt và tổ chức học tập các Chỉ thị, Nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và công tác tuyên truyền, giáo dục nhằm nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức về vai trò và vị trí quan trọng của công tác dân vận chính quyền',
    },
    {
      kind: 'bullet',
      text: 'Đẩy mạnh công tác chỉ đạo, tuyên truyền, quán triệt và triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận. Trọng tâm là các chỉ đạo, định hướng của Trung ương, Tỉnh ủy về dân vận chính quyền, dân chủ cơ sở; định hướng, nhiệm vụ về cải cách hành chính giai đoạn 2025 - 2030.',
    },
    {
      kind: 'bullet',
      text: 'Phân công cụ thể cán bộ, công chức, viên chức phụ trách công tác dân vận chính quyền, đảm bảo trách nhiệm rõ ràng trong thực hiện nhiệm vụ được giao.',
    },
    {
      kind: 'heading',
      level: 2,
      text: 'Đẩy mạnh thực hiện cải cách hành chính, nâng cao tinh thần trách nhiệm, ý thức phục vụ Nhân dân của cán bộ, công chức, viên chức',
    },
    {
      kind: 'bullet',
      text: 'Tổ chức thực hiện có hiệu quả Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI về cải cách hành chính giai đoạn 2021 - 2025; Kế hoạch cải cách hành chính giai đoạn 2021 - 2030 trên địa bàn tỉnh Tây Ninh và Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2025.',
    },
    { kind: 'heading', level: 1, text: 'Tổ chức thực hiện' },
    { kind: 'heading', level: 2, text: 'Phân công nhiệm vụ' },
    { kind: 'heading', level: 3, text: 'Sở Nội vụ' },
    {
      kind: 'bullet',
      text: [
        {
          text: 'Chủ trì thực hiện chấm điểm thi đua thực hiện công tác dân vận chính quyền hàng năm đối với các cơ quan, đơn vị, địa phương và tham mưu Ủy ban nhân dân tỉnh quyết định đánh giá, xếp loại ',
        },
        { text: 'trước ngày 15/12/2025', bold: true },
        { text: '.' },
      ],
    },
    { kind: 'heading', level: 3, text: 'Sở Tư pháp' },
    {
      kind: 'bullet',
      text: 'Triển khai, tuyên truyền, phổ biến giáo dục pháp luật đến công chức, viên chức và Nhân dân, đặc biệt là các nội dung có liên quan đến công tác dân vận chính quyền.',
    },
    { kind: 'heading', level: 2, text: 'Chế độ thông tin, báo cáo' },
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Loại báo cáo', width: 40 },
        { header: 'Thời hạn', width: 24, align: 'center' },
        { header: 'Số đơn vị phải báo cáo', width: 28 },
      ],
      rows: [
        ['1', 'Báo cáo 6 tháng', 'Trước 20/5/2025', 1250],
        ['2', 'Báo cáo năm 2025', 'Trước 01/11/2025', 1250],
      ],
      totals: ['', 'Tổng cộng', '', 2500],
    },
    {
      kind: 'paragraph',
      text: 'Trên đây là kế hoạch thực hiện công tác dân vận chính quyền năm 2025, đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.',
    },
  ],
  recipients: [
    'Bộ Nội vụ',
    'TT. TU, TT. HĐND tỉnh',
    'Các PCT UBND tỉnh',
    'BCĐ thực hiện QCDC và công tác VĐQC tỉnh',
    'Ban Tuyên giáo và Dân vận TU',
    'Các sở, ban, ngành tỉnh',
    'UBMTTQVN tỉnh; các tổ chức CT-XH',
    'UBND các huyện, thị xã, thành phố',
    'LĐVP; Phòng NC',
  ],
  archive: 'VT, VP. UBND tỉnh',
  signature: {
    authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
    title: 'PHÓ CHỦ TỊCH',
    name: 'Nguyễn Hồng Thanh',
  },
  appendices: [
    {
      title: 'Lịch báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2025',
      orientation: 'landscape',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'STT', width: 6, align: 'center' },
            { header: 'Cơ quan, đơn vị', width: 40 },
            { header: 'Báo cáo 6 tháng', width: 18, align: 'center' },
            { header: 'Báo cáo năm', width: 18, align: 'center' },
            { header: 'Điểm tự chấm', width: 18 },
          ],
          rows: [
            ['1', 'Sở Nội vụ', '20/5/2025', '01/11/2025', 95.5],
            ['2', 'Sở Tư pháp', '20/5/2025', '01/11/2025', 92],
          ],
        },
      ],
    },
  ],
};
