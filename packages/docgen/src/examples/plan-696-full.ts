// Kế hoạch 696/KH-UBND (Tây Ninh, 06/3/2025) as a complete structured plan: every paragraph of
// fixtures/seeds/2025-KH-696-UBND-province-plan.txt in the section tree (I. / 1. / a) / -), the legal
// bases as structured citations, the lead-in, both footnotes, the closing, the 12 recipient lines and
// the signature. Transcribed from the seed (page-break splits rejoined, markdown emphasis as runs),
// independent of the extractor, so the seed test measures the renderer alone. The seed's header lost
// the issuer lines; they follow the usual UBND tỉnh layout.
import { buildPlanDocument, type PlanDocumentInput } from '../builders/plan.ts';
import type { DocumentModel, RichText, Section } from '../model/document-model.ts';

const FOOTNOTE_1: RichText = 'Quyết định số 490/QĐ-UBND ngày 05/3/2021 của Ủy ban nhân dân tỉnh;';
const FOOTNOTE_2: RichText = 'Quyết định số 2631/QĐ-UBND ngày 14/10/2021 của Ủy ban nhân dân tỉnh;';

const sections: Section[] = [
  {
    title: 'Mục đích, yêu cầu',
    children: [
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Tập trung chỉ đạo thực hiện hiệu quả các nhiệm vụ trọng tâm của công tác dân vận gắn với triển khai, thực hiện các nhiệm vụ chính trị, các nghị quyết, đề án, chương trình, kế hoạch phát triển kinh tế - xã hội của tỉnh. Nâng cao hiệu lực, hiệu quả quản lý nhà nước, tạo sự chuyển biến tích cực về nhận thức và trách nhiệm của người đứng đầu, công chức, viên chức và người lao động về vai trò, vị trí và tầm quan trọng của công tác dân vận, thực hiện tốt chức trách, nhiệm vụ được giao. Đồng thời, bảo đảm an ninh quốc phòng trên địa bàn tỉnh.',
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Tăng cường phối hợp chặt chẽ, đồng bộ trong quá trình tổ chức triển khai và thực hiện có hiệu quả công tác dân vận theo đúng quy chế, quy định, chức năng, nhiệm vụ phù hợp với tình hình thực tế của từng cơ quan, đơn vị, địa phương nhằm đảm bảo tuân thủ đúng các quy định hiện hành.',
          },
        ],
      },
    ],
  },
  {
    title: 'Nội dung thực hiện',
    children: [
      {
        title:
          'Quán triệt và tổ chức học tập các Chỉ thị, Nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và công tác tuyên truyền, giáo dục nhằm nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức về vai trò và vị trí quan trọng của công tác dân vận chính quyền.',
        blocks: [
          {
            kind: 'list',
            items: [
              'Đẩy mạnh công tác chỉ đạo, tuyên truyền, quán triệt và triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác dân vận. Trọng tâm là các chỉ đạo, định hướng của Trung ương, Tỉnh ủy về dân vận chính quyền, dân chủ cơ sở; định hướng, nhiệm vụ về cải cách hành chính giai đoạn 2025 - 2030; Thông tin kết quả sắp xếp tổ chức bộ máy trong hệ thống chính trị; kịp thời thông tin chức năng, nhiệm vụ của cơ quan, đơn vị mới thành lập sau sắp xếp tổ chức và giải quyết thủ tục hành chính cho người dân, doanh nghiệp.',
              'Phân công cụ thể cán bộ, công chức, viên chức phụ trách công tác dân vận chính quyền, đảm bảo trách nhiệm rõ ràng trong thực hiện nhiệm vụ được giao.',
            ],
          },
        ],
      },
      {
        title:
          'Đẩy mạnh thực hiện cải cách hành chính, nâng cao tinh thần trách nhiệm, ý thức phục vụ Nhân dân của cán bộ, công chức, viên chức',
        blocks: [
          {
            kind: 'list',
            items: [
              [
                'Tổ chức thực hiện có hiệu quả Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI về cải cách hành chính giai đoạn 2021 - 2025',
                { footnote: FOOTNOTE_1 },
                '; Kế hoạch cải cách hành chính giai đoạn 2021 - 2030 trên địa bàn tỉnh Tây Ninh',
                { footnote: FOOTNOTE_2 },
                ' và Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2025.',
              ],
              'Kịp thời thông tin và đề ra nhiệm vụ, giải pháp cụ thể nâng cao các chỉ số phản ánh nền hành chính của Tây Ninh, như: Chỉ số cải cách hành chính (Par Index), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), Chỉ số Đánh giá năng lực cạnh tranh sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố (DDCI)...',
              'Thực hiện hiệu quả việc ứng dụng công nghệ thông tin trong công tác điều hành, trao đổi và giải quyết công việc; đồng thời xây dựng và khai thác hiệu quả các cơ sở dữ liệu, góp phần thúc đẩy phát triển chính quyền điện tử, chính quyền số theo đúng quy định.',
              'Tổ chức rà soát và xây dựng kế hoạch đào tạo, bồi dưỡng nâng cao năng lực, trình độ chuyên môn, nghiệp vụ cho đội ngũ tham mưu, phụ trách công tác dân vận, quy chế dân chủ ở cơ sở đảm bảo phù hợp với vị trí công tác và yêu cầu nhiệm vụ.',
              'Thực hiện tốt các quy định về đạo đức công vụ, tăng cường kỷ luật, kỷ cương hành chính, ý thức phục vụ Nhân dân của đội ngũ cán bộ, công chức, viên chức các cấp, xây dựng đội ngũ cán bộ, công chức, viên chức theo hướng chuyên nghiệp, hiện đại, đáp ứng yêu cầu quản lý Nhà nước.',
              'Tăng cường kiểm tra, thanh tra về công vụ, xử lý kịp thời, nghiêm đối với cán bộ, công chức, viên chức có biểu hiện hành vi cửa quyền, tham nhũng, lãng phí, gây phiền hà cho Nhân dân.',
            ],
          },
        ],
      },
      {
        title:
          'Thực hiện tốt quy định về thực hiện dân chủ trong cơ quan, đơn vị, nơi lao động sản xuất, kinh doanh và ở xã phường, thị trấn',
        blocks: [
          {
            kind: 'list',
            items: [
              'Tiếp tục thực hiện tốt quy chế dân chủ ở cơ sở theo Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị (khóa XI) “Về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật thực hiện dân chủ ở cơ sở trong hoạt động của cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập;',
              'Thực hiện việc tiếp công dân của người đứng đầu cơ quan, đơn vị, địa phương và Quy chế dân chủ ở cơ sở theo quy định pháp luật.',
              'Thủ trưởng các cơ quan, đơn vị, Ủy ban nhân dân các cấp tạo điều kiện thuận lợi để Nhân dân tham gia vào các hoạt động kiểm tra, giám sát, xây dựng chính quyền ở cơ sở theo quy định pháp luật. Tập trung giải quyết kịp thời các bức xúc và kiến nghị của Nhân dân. Tăng cường đối thoại, tiếp xúc trực tiếp với Nhân dân, đảm bảo giải quyết nhanh chóng, đúng pháp luật các kiến nghị, khiếu nại, tố cáo của công dân, đặc biệt là những vụ việc khiếu kiện đông người, phức tạp và kéo dài. Kiên quyết không để xảy ra các điểm nóng, gây mất ổn định chính trị và trật tự an toàn xã hội.',
              'Tăng cường công tác thanh tra, kiểm tra công vụ, kiểm tra việc triển khai thực hiện công tác dân vận của các cơ quan nhà nước về chính sách, pháp luật, đảm bảo các quy định pháp lý được tuân thủ nghiêm ngặt, tập trung vào các lĩnh vực trọng điểm như: quản lý đất đai, tài nguyên khoáng sản; quản lý xây dựng, giải phóng mặt bằng, thực hiện các dự án đầu tư; thu, chi tài chính; tuyển dụng và bổ nhiệm cán bộ, công chức, viên chức. Các cơ quan, đơn vị và địa phương cần thường xuyên kiểm tra, đánh giá việc thực hiện dân chủ ở cơ sở, gắn liền với việc xây dựng cơ quan, đơn vị, địa phương trong sạch, vững mạnh.',
            ],
          },
        ],
      },
      {
        title: 'Đẩy mạnh các phong trào thi đua yêu nước góp phần phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh',
        blocks: [
          {
            kind: 'list',
            items: [
              'Các cơ quan, đơn vị và địa phương cần tiếp tục phối hợp, đẩy mạnh các phong trào thi đua yêu nước trong đội ngũ cán bộ, công chức, viên chức và các tầng lớp Nhân dân, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Vận động cán bộ, công chức, viên chức và Nhân dân tích cực tham gia và thực hiện hiệu quả các phong trào thi đua, như: Phong trào thi đua “Dân vận khéo”, “Tây Ninh chung sức xây dựng nông thôn mới”, phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”.',
              'Tích cực triển khai các chương trình giảm nghèo, bảo đảm an sinh xã hội, nâng cao đời sống vật chất và tinh thần cho người dân, đặc biệt là đối với các vùng đồng bào dân tộc thiểu số, tôn giáo. Đồng thời, phấn đấu hoàn thành các chương trình, kế hoạch phát triển kinh tế - xã hội, quốc phòng - an ninh mà chính quyền địa phương các cấp đã đề ra, góp phần nâng cao chất lượng cuộc sống và ổn định xã hội.',
            ],
          },
        ],
      },
      {
        title:
          'Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh uỷ, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và tổ chức chính trị - xã hội, các hội quần chúng tỉnh trong công tác vận động quần chúng',
        blocks: [
          {
            kind: 'list',
            items: [
              'Ủy ban nhân dân các cấp cần tạo điều kiện thuận lợi để Ban Tuyên giáo và Dân vận, Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội cùng cấp và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong việc triển khai thực hiện các chủ trương, chính sách của Đảng và pháp luật của Nhà nước. Đồng thời, chú trọng tổ chức đối thoại và lắng nghe ý kiến, nguyện vọng của Nhân dân. Tăng cường công tác kiểm tra, đôn đốc việc thực hiện các kết luận của Bí thư cấp ủy, chính quyền cùng cấp sau mỗi buổi đối thoại trực tiếp với Nhân dân, đảm bảo các kết luận được triển khai nghiêm túc và hiệu quả.',
              [
                'Ủy ban nhân dân các cấp phối hợp với Ban Tuyên giáo và Dân vận, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp tiếp tục bổ sung, hoàn thiện quy chế, chương trình phối hợp trong công tác dân vận để thực hiện tốt chức năng, nhiệm vụ được giao. Thực hiện tốt Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị khóa XI về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị khóa XI về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Thực hiện tốt phương châm “',
                { text: 'Dân biết, dân bàn, dân làm, dân kiểm tra, giám sát, dân thụ hưởng', italic: true },
                '”; phát huy vai trò giám sát đối với việc thực hiện Quyết định số 99-QĐ/TW, ngày 03/10/2017 và Quy định số 124-QĐ/TW, ngày 02/02/2018 của Ban Bí thư về giám sát của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.',
              ],
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'Một số chỉ tiêu cụ thể năm 2025',
    children: [
      {
        blocks: [
          {
            kind: 'paragraph',
            text: '100% cán bộ, công chức, viên chức được tổ chức học tập, quán triệt đầy đủ các Chỉ thị, Nghị quyết và chính sách của Đảng và Nhà nước liên quan đến công tác dân vận, nhằm nâng cao nhận thức và năng lực thực hiện các nhiệm vụ dân vận hiệu quả.',
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: '100% các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố; các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh và các cơ quan Trung ương đóng trên địa bàn tỉnh đều xây dựng Kế hoạch thực hiện công tác dân vận chính quyền tại cơ quan, đơn vị, địa phương, và tổ chức triển khai thực hiện nghiêm túc, đạt hiệu quả cao.',
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: '100% các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố; các cơ quan Trung ương đóng trên địa bàn tỉnh và các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh; 100% các xã, phường, thị trấn triển khai và tổ chức thực hiện nghiêm túc các quy định về dân chủ trong hoạt động của cơ quan, đơn vị, địa phương theo quy định của Luật Thực hiện dân chủ ở cơ sở năm 2022 (Luật số 10/2022/QH15 ngày 10/11/2022) và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ về việc hướng dẫn thi hành một số điều của Luật thực hiện dân chủ ở cơ sở.',
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Các cơ quan, đơn vị, địa phương tăng cường chỉ đạo và đôn đốc việc triển khai thực hiện các nhiệm vụ cải cách hành chính trong phạm vi quản lý nhà nước của các sở, ngành và địa phương theo Quyết định số 92/QĐ-UBND ngày 14/01/2025 của Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2025; Tiếp tục duy trì và nâng cao mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước. Đồng thời, phấn đấu nâng cao chỉ số cải cách hành chính của các sở, ban, ngành và Ủy ban nhân dân cấp huyện so với năm 2024.',
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Phấn đấu tiếp tục có trên 90% các cơ quan, đơn vị, địa phương được Chủ tịch Ủy ban nhân dân tỉnh đánh giá, xếp loại đạt mức Tốt trong việc thực hiện công tác dân vận chính quyền vào năm 2025.',
          },
        ],
      },
    ],
  },
  {
    title: 'Tổ chức thực hiện',
    children: [
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Trên cơ sở Kế hoạch này, căn cứ chức năng, nhiệm vụ được giao, Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố; thủ trưởng các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh và các cơ quan Trung ương đóng trên địa bàn tỉnh có trách nhiệm:',
          },
          {
            kind: 'list',
            items: [
              [
                'Chủ động xây dựng kế hoạch và chỉ đạo tổ chức thực hiện công tác dân vận chính quyền năm 2025 phù hợp với tình hình thực tế của từng cơ quan, đơn vị, địa phương; phân công lãnh đạo, công chức theo dõi, kiểm tra thực hiện có hiệu quả từng nội dung trong kế hoạch. Thời gian gửi kế hoạch về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) ',
                { text: 'chậm nhất 28/3/2025', bold: true },
                '.',
              ],
              [
                'Thực hiện tự đánh giá, chấm điểm thi đua thực hiện công tác dân vận chính quyền năm 2025 theo nội dung bảng điểm ban hành kèm theo Quyết định số 908/QĐ-UBND ngày 14/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh Ban hành Quy định về tiêu chí đánh giá, xếp loại công tác dân vận chính quyền đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Tây Ninh; gửi hồ sơ chấm điểm về Sở Nội vụ ',
                { text: 'trước ngày 15/11/2025', bold: true },
                '.',
              ],
            ],
          },
        ],
      },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: 'Ngoài nhiệm vụ tại Khoản 1 Mục IV nêu trên, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố; Thủ trưởng các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh và các cơ quan Trung ương đóng trên địa bàn tỉnh có trách nhiệm chỉ đạo triển khai thực hiện một số nhiệm vụ, cụ thể như sau:',
          },
        ],
        children: [
          {
            title: 'Sở Nội vụ',
            blocks: [
              {
                kind: 'list',
                items: [
                  'Chủ động tham mưu, đề xuất Ủy ban nhân dân tỉnh chỉ đạo, tổ chức thực hiện các chủ trương, Nghị quyết, Chỉ thị của Đảng, pháp luật của Nhà nước về công tác dân vận chính quyền trên địa bàn tỉnh.',
                  'Chủ trì, phối hợp với các sở, ban, ngành, địa phương có liên quan tham mưu tổ chức triển khai thực hiện việc nâng cao hiệu quả công tác dân vận đối với vùng đồng bào dân tộc thiểu số. Phát huy vai trò của già làng, người có uy tín trong đồng bào dân tộc thiểu số, vận động các tầng lớp Nhân dân tham gia phát triển kinh tế - xã hội, đảm bảo an ninh, trật tự trên địa bàn và đồng thuận với các chương trình, dự án phát triển kinh tế - xã hội trên địa bàn tỉnh.',
                  'Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy thực hiện tốt việc kiểm tra, giám sát kết quả thực hiện công tác dân vận tại các cơ quan, đơn vị, địa phương.',
                  'Tổng hợp báo cáo kết quả thực hiện công tác dân vận chính quyền trên địa bàn tỉnh, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Nội vụ theo quy định.',
                  [
                    'Chủ trì thực hiện chấm điểm thi đua thực hiện công tác dân vận chính quyền hàng năm đối với các cơ quan, đơn vị, địa phương và tham mưu Ủy ban nhân dân tỉnh quyết định đánh giá, xếp loại ',
                    { text: 'trước ngày 15/12/2025', bold: true },
                    '.',
                  ],
                ],
              },
            ],
          },
          {
            title: 'Sở Tư pháp',
            blocks: [
              {
                kind: 'list',
                items: [
                  'Triển khai, tuyên truyền, phổ biến giáo dục pháp luật đến công chức, viên chức và Nhân dân, đặc biệt là các nội dung có liên quan đến công tác dân vận chính quyền.',
                  'Phối hợp với các ngành liên quan, Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức tập huấn trang bị kiến thức, kỹ năng, nghiệp vụ cho công chức tư pháp - hộ tịch ở cấp xã, đội ngũ hòa giải viên cấp cơ sở đảm bảo phục vụ Nhân dân kịp thời, đúng quy định của pháp luật.',
                ],
              },
            ],
          },
          {
            title: 'Thanh tra tỉnh',
            blocks: [
              {
                kind: 'list',
                items: [
                  'Phối hợp với các cơ quan, đơn vị, địa phương có liên quan kiểm tra, giám sát việc giải quyết khiếu nại, tố cáo, phản ánh, đặc biệt là việc thi hành các văn bản giải quyết khiếu nại, tố cáo trên địa bàn tỉnh theo đúng quy định.',
                  'Nâng cao hiệu quả công tác tiếp dân, công tác giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng trên địa bàn tỉnh; giải quyết dứt điểm các vụ khiếu nại, tố cáo, phản ánh ngay từ cơ sở, không để xảy ra tình trạng đơn thư tồn đọng.',
                  'Phối hợp với Sở Nội vụ chấm điểm thực hiện công tác dân vận chính quyền đối với các tiêu chí liên quan đến việc thực hiện tiếp công dân; giải quyết kịp thời các đơn, thư khiếu nại, tố cáo, kiến nghị, đề nghị của công dân; thực hiện công tác phòng, chống tham nhũng, tiêu cực.',
                ],
              },
            ],
          },
          {
            title: 'Sở Khoa học và Công nghệ; Sở Văn hoá, Thể thao và Du lịch',
            blocks: [
              {
                kind: 'list',
                items: [
                  'Sở Văn hoá, Thể thao và Du lịch: Chủ động phối hợp với các cơ quan, đơn vị, địa phương đăng tin, bài để tuyên truyền về công tác dân vận chính quyền. Thường xuyên nâng cao chất lượng công tác thông tin, tuyên truyền để Nhân dân nâng cao nhận thức, tiếp cận đầy đủ các thông tin, nhất là các thông tin về chính sách, pháp luật có liên quan trực tiếp đến người dân để người dân tự giác thực thi pháp luật và thực hiện tốt quyền làm chủ của mình theo quy định của pháp luật.',
                  'Sở Khoa học và Công nghệ: Phối hợp với Sở Nội vụ chấm điểm thực hiện công tác dân vận chính quyền đối với các tiêu chí liên quan đến việc cập nhật thông tin chuyên ngành, các văn bản của Đảng, Nhà nước có liên quan công tác dân vận trên cổng thông tin điện tử của cơ quan, đơn vị, địa phương.',
                ],
              },
            ],
          },
          {
            title: 'Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng, Công an tỉnh',
            blocks: [
              {
                kind: 'list',
                items: [
                  'Đẩy mạnh công tác tuyên truyền, vận động cán bộ, chiến sĩ thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước về nhiệm vụ quốc phòng, an ninh. Tham gia xây dựng, củng cố và nâng cao chất lượng hoạt động của hệ thống chính trị ở cơ sở; góp phần đảm bảo giữ vững ổn định chính trị - xã hội.',
                  'Đẩy mạnh thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc. Tiếp tục nâng cao chất lượng công tác cải cách hành chính phục vụ Nhân dân và tập trung đẩy mạnh tuyên truyền, vận động toàn dân tích cực tham gia giữ gìn an ninh trật tự. Tiếp tục đẩy mạnh phong trào thi đua “Lực lượng vũ trang chung sức xây dựng nông thôn mới”, xây dựng nền quốc phòng toàn dân, thế trận an ninh Nhân dân, xây dựng Quân đội Nhân dân, Công an Nhân dân cách mạng chính quy, tinh nhuệ, từng bước hiện đại.',
                  'Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh uỷ làm tốt vai trò tham mưu Tỉnh uỷ, UBND tỉnh lãnh đạo, chỉ đạo công tác dân vận các cơ quan, đơn vị lực lượng vũ trang trên địa bàn tỉnh theo quy định; đồng thời phối hợp tổ chức, kiểm tra đôn đốc, hướng dẫn, sơ kết, tổng kết, thi đua, khen thưởng về việc thực hiện công tác dân vận của các cơ quan, đơn vị theo quy định.',
                ],
              },
            ],
          },
          {
            title:
              'Ủy ban nhân dân các huyện, thị xã, thành phố; các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh, theo chức năng nhiệm vụ thực hiện các nhiệm vụ:',
            blocks: [
              {
                kind: 'list',
                items: [
                  'Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các cơ quan, đơn vị trực thuộc, Ủy ban nhân dân các xã, phường, thị trấn thực hiện tốt dân chủ ở xã, phường, thị trấn và ấp, khu phố theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật thực hiện dân chủ ở cơ sở; triển khai thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở theo quy định.',
                  'Ban hành các quy định đối với công chức, viên chức trong thi hành công vụ, tiếp xúc, giải quyết công việc với dân; xử lý kịp thời, nghiêm minh những cán bộ, công chức, viên chức có hành vi tiêu cực, những nhiễu, gây phiền hà cho dân, xâm phạm quyền và lợi ích hợp pháp, chính đáng của công dân trong thi hành công vụ.',
                  'Phối hợp với Ban Tuyên giáo và Dân vận cùng cấp chỉ đạo kiểm tra việc thực hiện các quy định của pháp luật về thực hiện dân chủ ở cơ sở và công tác dân vận của chính quyền.',
                  'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội cùng cấp vận động Nhân dân thực hiện các nhiệm vụ kinh tế, xã hội, an ninh, quốc phòng. Tổ chức lấy ý kiến của Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân tham gia xây dựng các chính sách, chương trình, dự án lớn của địa phương. Thường xuyên lắng nghe và giải quyết kịp thời ý kiến góp ý của Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội phản ánh, kiến nghị với chính quyền những vấn đề mà Nhân dân quan tâm.',
                ],
              },
            ],
          },
        ],
      },
      {
        title: 'Chế độ thông tin, báo cáo',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Các cơ quan, đơn vị, địa phương thực hiện nghiêm túc chế độ báo cáo đánh giá kết quả thực hiện triển khai công tác dân vận chính quyền (qua Sở Nội vụ) để tổng hợp, thời hạn báo cáo:',
          },
          {
            kind: 'list',
            items: ['Báo cáo 6 tháng: Trước ngày 20/5/2025.', 'Báo cáo năm 2025: Trước ngày 01/11/2025.'],
          },
        ],
      },
    ],
  },
];

export const plan696Input: PlanDocumentInput = {
  issuer: {
    name: 'Ủy ban nhân dân tỉnh Tây Ninh',
    abbreviation: 'UBND',
    place: 'Tây Ninh',
    headTitle: 'Chủ tịch',
    collective: 'Ủy ban nhân dân',
  },
  // The plan was signed in the Chairman's authority: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", no "TM.".
  signer: { name: 'Nguyễn Hồng Thanh', title: 'Phó Chủ tịch', onBehalfOfCollective: false },
  sequence: 696,
  issuedOn: '2025-03-06',
  year: 2025,
  title: 'Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh',
  legalBases: [
    {
      kind: 'Quyết định',
      number: '23-QĐ/TW',
      date: '2021-07-30',
      issuer: 'Bộ Chính trị',
      subject: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị',
    },
    {
      kind: 'Chỉ thị',
      number: '33/CT-TTg',
      date: '2021-11-26',
      issuer: 'Thủ tướng Chính phủ',
      subject:
        'về việc “Tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”',
    },
    {
      kind: 'Quyết định',
      number: '1116-QĐ/TU',
      date: '2021-09-29',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      subject: 'về việc ban hành Quy chế công tác dân vận của hệ thống chính trị trên địa bàn tỉnh',
    },
    {
      kind: 'Quyết định',
      number: '908/QĐ-UBND',
      date: '2023-04-14',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh',
      subject:
        'ban hành Quy định về tiêu chí đánh giá, xếp loại công tác dân vận chính quyền đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Tây Ninh',
    },
  ],
  leadIn:
    'Căn cứ tình hình thực tiễn của địa phương, Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 như sau:',
  sections,
  closing:
    'Trên đây là kế hoạch thực hiện công tác dân vận chính quyền năm 2025, đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện.',
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
  ],
  draftingUnit: 'VP. UBND tỉnh',
};

/** The 2025 provincial plan as a document model. */
export const plan696Document: DocumentModel = buildPlanDocument(plan696Input);
