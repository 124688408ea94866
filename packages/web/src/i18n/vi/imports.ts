// Reading a plan from a document.
export const imports = {
  'docImport.title': 'Nhập kế hoạch từ văn bản',
  'docImport.help':
    'Chọn tệp kế hoạch (.docx, .pdf có lớp chữ, hoặc .txt; tối đa 20 MB). Hệ thống đọc số ký hiệu, ngày, căn cứ, chỉ tiêu, nhiệm vụ và các mốc hạn để bạn kiểm tra trước khi tạo bản nháp. Không có gì được ban hành nếu bạn chưa xác nhận.',
  'docImport.issuer': 'Đơn vị ban hành',
  'docImport.drop': 'Bấm hoặc kéo tệp vào đây',
  'docImport.formats': '.docx, .pdf, .txt — tối đa 20 MB',
  'docImport.uploading': 'Đang tải lên… {percent}%',
  'docImport.reading': 'Đang đọc văn bản…',
  'docImport.tooLarge': 'Tệp lớn hơn 20 MB. Hãy chọn tệp nhỏ hơn.',
  'docImport.unsupported': 'Chỉ nhận tệp .docx, .pdf hoặc .txt.',
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
