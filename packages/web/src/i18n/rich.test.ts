import { describe, expect, it } from 'vitest';
import { splitTags } from './rich.tsx';

describe('messages with markup', () => {
  it('splits a message into plain parts and tagged parts, in order', () => {
    expect(splitTags('Đã tiếp nhận <b>{accepted}</b>/{expected} báo cáo. <link>Xem</link>')).toEqual([
      { tag: null, text: 'Đã tiếp nhận ' },
      { tag: 'b', text: '{accepted}' },
      { tag: null, text: '/{expected} báo cáo. ' },
      { tag: 'link', text: 'Xem' },
    ]);
    expect(splitTags('Không có thẻ')).toEqual([{ tag: null, text: 'Không có thẻ' }]);
  });
});
