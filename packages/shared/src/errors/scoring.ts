// Errors of scorecards, self-assessment, appraisal and ranking ('scoring.…').
import type { ErrorTable } from './entry.ts';

export const SCORING_ERRORS = {
  'scoring.scorecard_not_found': { status: 404, message: 'Không tìm thấy bộ tiêu chí.' },
  'scoring.scorecard_invalid': { status: 400, message: 'Bộ tiêu chí còn {count} lỗi, chưa lưu được. Lỗi đầu tiên: {first}' },
  'scoring.scorecard_not_draft': {
    status: 409,
    message: 'Bộ tiêu chí đã được áp dụng nên không sửa được; hãy sao chép sang phiên bản mới để chỉnh sửa.',
  },
  'scoring.scorecard_version_conflict': {
    status: 409,
    message: 'Bộ tiêu chí vừa được người khác sửa. Hãy tải lại để xem thay đổi mới nhất rồi thử lại.',
  },
  'scoring.scorecard_agency_unknown': {
    status: 400,
    message: 'Cơ quan thẩm định "{agency}" chưa được khai báo (mã cơ quan và mã đơn vị tương ứng).',
  },
  'scoring.scorecard_agency_unit_unknown': {
    status: 400,
    message: 'Không tìm thấy đơn vị có mã "{unitCode}" của cơ quan thẩm định "{agency}".',
  },
  'scoring.no_active_scorecard': { status: 404, message: 'Chưa có bộ tiêu chí nào đang áp dụng cho {unit}.' },
  'scoring.unit_group_unknown': {
    status: 400,
    message: 'Đơn vị {unit} không thuộc nhóm đơn vị nào của bộ tiêu chí; hãy chọn nhóm đơn vị.',
  },
  'scoring.assessment_not_found': { status: 404, message: 'Không tìm thấy hồ sơ tự đánh giá, chấm điểm.' },
  'scoring.version_conflict': {
    status: 409,
    message:
      'Hồ sơ chấm điểm vừa được người khác cập nhật. Nội dung bạn nhập vẫn được giữ; hãy tải lại để xem thay đổi mới nhất rồi lưu lại.',
  },
  'scoring.not_editable': { status: 409, message: 'Hồ sơ đang ở trạng thái "{status}" nên đơn vị không sửa được.' },
  'scoring.criterion_locked': {
    status: 409,
    message: 'Tiêu chí {code} không bị trả lại để bổ sung nên không sửa được khi hồ sơ đang bổ sung minh chứng.',
  },
  'scoring.criterion_not_found': { status: 400, message: 'Không có tiêu chí mã {code} trong bộ tiêu chí.' },
  'scoring.score_invalid': { status: 400, message: 'Điểm chưa hợp lệ: {message}' },
  'scoring.evidence_file_invalid': { status: 400, message: 'Tệp minh chứng không tồn tại hoặc không thuộc đơn vị này.' },
  'scoring.incomplete': {
    status: 400,
    message: 'Hồ sơ chưa nộp được: còn {count} tiêu chí chưa chấm điểm hoặc thiếu minh chứng mà chưa giải trình.',
  },
  'scoring.not_submitted': { status: 409, message: 'Hồ sơ đang ở trạng thái "{status}", chưa thể thẩm định.' },
  'scoring.not_your_agency': { status: 403, message: 'Tiêu chí {code} do {agency} thẩm định; bạn không thuộc cơ quan này.' },
  'scoring.not_an_appraiser': { status: 403, message: 'Tài khoản của bạn không thuộc cơ quan thẩm định nào của bộ tiêu chí.' },
  'scoring.reason_required': { status: 400, message: 'Điểm thẩm định khác điểm tự chấm: cần ghi lý do.' },
  'scoring.note_required': { status: 400, message: 'Cần ghi rõ minh chứng cần bổ sung.' },
  'scoring.cannot_finalise': { status: 409, message: 'Chưa thể kết thúc thẩm định: {reason}' },
  'scoring.already_finalised': { status: 409, message: 'Hồ sơ đã được kết thúc thẩm định.' },
  'scoring.not_finalised': { status: 409, message: 'Hồ sơ chưa kết thúc thẩm định nên không có gì để mở lại.' },
  'scoring.reopen_after_decision': {
    status: 409,
    message: 'Kết quả xếp loại năm {year} đã được ban hành (Quyết định số {number}); không mở lại hồ sơ được.',
  },
  'scoring.veto_not_found': { status: 404, message: 'Không tìm thấy sự việc đã ghi nhận trên hồ sơ này.' },
  'scoring.veto_already_withdrawn': { status: 409, message: 'Sự việc này đã được rút trước đó.' },
  'scoring.ranking_units_pending': {
    status: 409,
    message:
      'Chưa ban hành được: còn {count} đơn vị chưa kết thúc thẩm định mà chưa ghi lý do không xếp loại ({units}). Hãy kết thúc thẩm định hoặc ghi lý do cho từng đơn vị.',
  },
  'scoring.ranking_exclusion_invalid': {
    status: 400,
    message: 'Chỉ ghi lý do không xếp loại cho hồ sơ chưa kết thúc thẩm định của bộ tiêu chí và năm này.',
  },
  'scoring.version_in_force_clash': {
    status: 409,
    message:
      'Không áp dụng được: bộ tiêu chí "{name}" (Quyết định số {number}) đang áp dụng từ năm {year} cho {groups}. Mỗi năm, mỗi nhóm đơn vị chỉ có một bộ tiêu chí đang áp dụng; hãy đặt năm áp dụng khác cho bộ tiêu chí này.',
  },
  'scoring.veto_unknown': {
    status: 400,
    message: 'Bộ tiêu chí không có sự việc mã "{code}" trong các trường hợp buộc xếp loại thấp nhất.',
  },
  'scoring.ranking_already_issued': {
    status: 409,
    message: 'Kết quả xếp loại năm {year} theo bộ tiêu chí này đã được ban hành (Quyết định số {number}).',
  },
  'scoring.nothing_to_rank': { status: 409, message: 'Chưa có hồ sơ nào được kết thúc thẩm định để xếp loại.' },
  'scoring.commendation_no_rule': {
    status: 409,
    message: 'Bộ tiêu chí này không quy định khen thưởng theo kết quả xếp loại nên không lập được đề nghị khen thưởng.',
  },
  'scoring.commendation_no_decision': {
    status: 409,
    message: 'Chưa ban hành quyết định công bố kết quả xếp loại năm {year}: chỉ lập đề nghị khen thưởng từ kết quả đã ban hành.',
  },
  'scoring.commendation_not_eligible': {
    status: 409,
    message: 'Có {count} đơn vị không đủ điều kiện đề nghị {award} (cần xếp loại từ {level} trở lên).',
  },
  'scoring.commendation_person_not_eligible': {
    status: 409,
    message:
      'Có {count} cá nhân không đề nghị được: chỉ đề nghị gương điển hình của năm thuộc đơn vị xếp loại từ {level} trở lên, trong khối có chỉ tiêu cá nhân.',
  },
  'scoring.commendation_version_conflict': {
    status: 409,
    message:
      'Đề nghị khen thưởng vừa được người khác sửa. Lựa chọn của bạn vẫn được giữ trên màn hình; hãy tải lại để xem bản mới nhất rồi lưu lại.',
  },
  'scoring.commendation_over_quota': {
    status: 409,
    message: 'Vượt chỉ tiêu khen thưởng: {details}',
  },
  'scoring.commendation_proposal_not_found': { status: 404, message: 'Chưa lập đề nghị khen thưởng cho bộ tiêu chí và năm này.' },
  'scoring.commendation_proposal_empty': {
    status: 409,
    message: 'Đề nghị khen thưởng chưa có tập thể hay cá nhân nào nên chưa trình được.',
  },
  'scoring.commendation_proposal_submitted': {
    status: 409,
    message: 'Đề nghị khen thưởng năm {year} đã trình (Tờ trình số {number}); không sửa được.',
  },
  'scoring.import_invalid': { status: 400, message: 'Tệp Excel bộ tiêu chí không đúng mẫu: {detail}' },
} as const satisfies ErrorTable;
