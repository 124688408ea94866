// Reading a plan from a document.
import { registerMessages } from '../messages.ts';

export const imports = {
  'docImport.title': 'Nhập kế hoạch từ văn bản',
  'docImport.help':
    'Chọn tệp kế hoạch (.docx, .pdf — kể cả bản quét —, .txt, .doc hoặc ảnh chụp/quét .png, .jpg, .tif; tối đa 20 MB). Bản quét và ảnh được nhận dạng chữ (OCR), có thể mất vài phút; bạn có thể hủy bất cứ lúc nào. Hệ thống đọc số ký hiệu, ngày, căn cứ, chỉ tiêu, nhiệm vụ và các mốc hạn để bạn kiểm tra trước khi tạo bản nháp. Không có gì được ban hành nếu bạn chưa xác nhận.',
  'docImport.issuer': 'Đơn vị ban hành',
  'docImport.drop': 'Bấm hoặc kéo tệp vào đây',
  'docImport.formats': '.docx, .pdf (kể cả bản quét), .txt, .doc, ảnh .png/.jpg/.tif — tối đa 20 MB',
  'docImport.uploading': 'Đang tải lên… {percent}%',
  'docImport.reading': 'Đang đọc văn bản…',
  'docImport.tooLarge': 'Tệp lớn hơn 20 MB. Hãy chọn tệp nhỏ hơn.',
  'docImport.unsupported': 'Chỉ nhận tệp .docx, .pdf, .txt, .doc hoặc ảnh .png, .jpg, .tif.',
  'docImport.stage.queued': 'Đang chờ đến lượt đọc…',
  'docImport.stage.reading': 'Đang đọc tệp…',
  'docImport.stage.converting': 'Đang chuyển tệp .doc…',
  'docImport.stage.rasterising': 'Đang chuyển các trang PDF thành ảnh…',
  'docImport.stage.ocr': 'Đang nhận dạng chữ (OCR)…',
  'docImport.stage.ocrPage': 'Đang nhận dạng chữ (OCR): trang {page}/{pages}…',
  'docImport.stage.extracting': 'Đang phân tích nội dung…',
  'docImport.stage.done': 'Đã đọc xong.',
  'docImport.cancelling': 'Đang hủy…',
  'docImport.confidenceTitle': 'Độ tin cậy của từng mục',
  'docImport.confidenceHelp': 'Mục màu vàng hoặc đỏ cần kiểm tra kỹ. Mục không tìm thấy được để trống, hệ thống không tự điền.',
  'docImport.notFound': 'không tìm thấy, để trống',
  'docImport.field.kind': 'Loại văn bản',
  'docImport.field.number': 'Số ký hiệu',
  'docImport.field.issuedOn': 'Ngày ban hành',
  'docImport.field.place': 'Địa danh',
  'docImport.field.issuer': 'Cơ quan ban hành',
  'docImport.field.title': 'Trích yếu',
  'docImport.field.year': 'Năm',
  'docImport.field.signer': 'Người ký',
  'docImport.ocrConfidence': 'Độ tin cậy nhận dạng chữ trung bình: {percent}%',
  'docImport.restoredTitle': 'Đã thêm dấu cho {count} từ',
  'docImport.restoredHelp':
    'Văn bản gốc không có dấu tiếng Việt; hệ thống đã thêm dấu (xem ở văn bản gốc bên cạnh). Bấm vào một từ để bỏ dấu đã thêm, bấm lại để dùng lại.',
  'docImport.undoAll': 'Bỏ tất cả',
  'docImport.redoAll': 'Dùng lại tất cả',
  'docImport.failedTitle': 'Không đọc được văn bản',
  'docImport.reviewHelp':
    'Đối chiếu với văn bản gốc: các đoạn hệ thống đã đọc được tô vàng; bấm “Xem trong văn bản” để tới đúng đoạn gốc của từng mục. Sửa các chỗ chưa đúng rồi bấm “Tạo bản nháp kế hoạch”.',
  'docImport.source': 'Văn bản gốc',
  'docImport.showSource': 'Xem trong văn bản',
  'docImport.ocr': 'Văn bản có vẻ được nhận dạng từ ảnh (OCR), có thể thiếu dấu; hãy kiểm tra kỹ các ngày và số.',
  'docImport.unmatched': 'Chưa khớp được {count} tên đơn vị với danh sách đơn vị',
  'docImport.unmatchedHelp':
    'Các nhiệm vụ của những đơn vị này đang ghi theo chữ trong văn bản. Chọn đơn vị tương ứng để gán cho các nhiệm vụ đó.',
  'docImport.pickUnit': 'Chọn đơn vị',
  'docImport.found': 'Đã đọc được: số {number}, {deadlines} mốc hạn, {targets} chỉ tiêu, {activities} nhiệm vụ.',
  'docImport.create': 'Tạo bản nháp kế hoạch',
  'docImport.created': 'Đã tạo bản nháp kế hoạch. Hãy kiểm tra lại trước khi ban hành.',
  'docImport.another': 'Chọn tệp khác',
  'docImport.file': 'Tệp: {name}',
  'docImport.textTab': 'Văn bản',
  'docImport.formTab': 'Nội dung đọc được',
  'docImport.exists': 'Kế hoạch số {number} của đơn vị này đã có trong hệ thống',
  'docImport.existsHelp':
    'Nếu đây là cùng một văn bản, hãy mở kế hoạch đã có thay vì tạo bản mới. Nếu muốn tạo bản nháp để tham khảo, hãy xoá hoặc sửa số ký hiệu.',
  'docImport.openExisting': 'Mở kế hoạch đã có',
} as const;

registerMessages(imports);
